import type { SiteScope } from '../model/user-settings';
import { t, tParts } from '../shared/i18n';

export interface SiteControlsProps {
  /** Exact host of the page; null when Backstory cannot run on it. */
  host: string | null;
  /** Its registrable domain (same as `host` for a bare domain). */
  domain: string | null;
  /** null while loading. */
  siteEnabled: boolean | null;
  scope: SiteScope;
  paused: boolean | null;
  busy: boolean;
  /** Set when the settings could not be read (so nothing is marked): what went wrong. */
  unreadable?: string | null;
  onToggleSite(enabled: boolean): void;
  onScopeChange(scope: SiteScope): void;
  onTogglePause(paused: boolean): void;
}

/** The two switches that matter most: this site on/off (for the domain or one host), and pause everywhere. */
export function SiteControls(props: SiteControlsProps) {
  const { host, domain, siteEnabled, scope, paused, busy } = props;
  const target = scope === 'host' ? host : domain;
  return (
    <section class="bs-controls" aria-label={t('site_controls_label')}>
      {host === null ? (
        <p class="bs-muted">{t('site_not_web')}</p>
      ) : (
        <>
          <label class="bs-switch">
            <input
              type="checkbox"
              role="switch"
              checked={siteEnabled === true}
              disabled={siteEnabled === null || busy}
              onChange={(e) => props.onToggleSite((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{tParts('site_on', { site: <bdi><strong>{target}</strong></bdi> })}</span>
          </label>
          {props.unreadable != null && (
            <p class="bs-note" role="alert">
              {props.unreadable ? t('site_unreadable_reason', { problem: props.unreadable }) : t('site_unreadable')}
            </p>
          )}
          {domain !== null && domain !== host && (
            <fieldset class="bs-scope" disabled={busy}>
              <legend>{t('scope_legend')}</legend>
              <label>
                <input type="radio" name="bs-scope" value="domain" checked={scope === 'domain'} onChange={() => props.onScopeChange('domain')} />
                {tParts('scope_domain', { domain: <bdi>{domain}</bdi> })}
              </label>
              <label>
                <input type="radio" name="bs-scope" value="host" checked={scope === 'host'} onChange={() => props.onScopeChange('host')} />
                {tParts('scope_host', { host: <bdi>{host}</bdi> })}
              </label>
            </fieldset>
          )}
        </>
      )}
      <label class="bs-switch">
        <input
          type="checkbox"
          role="switch"
          checked={paused === true}
          disabled={paused === null || busy}
          onChange={(e) => props.onTogglePause((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('pause_everywhere')}</span>
      </label>
      {paused === true && <p class="bs-note">{t('paused_note')}</p>}
    </section>
  );
}
