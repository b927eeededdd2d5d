import type { SiteScope } from '../model/user-settings';

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
    <section class="bs-controls" aria-label="Where Backstory runs">
      {host === null ? (
        <p class="bs-muted">This page is not a web page Backstory can mark.</p>
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
            <span>
              On <strong>{target}</strong>
            </span>
          </label>
          {props.unreadable != null && (
            <p class="bs-note" role="alert">
              Backstory could not read your settings{props.unreadable ? ` (${props.unreadable})` : ''}, so it marks nothing, to be
              sure not to mark a site you switched off.
            </p>
          )}
          {domain !== null && domain !== host && (
            <fieldset class="bs-scope" disabled={busy}>
              <legend>Switch applies to</legend>
              <label>
                <input type="radio" name="bs-scope" value="domain" checked={scope === 'domain'} onChange={() => props.onScopeChange('domain')} />
                all of {domain}
              </label>
              <label>
                <input type="radio" name="bs-scope" value="host" checked={scope === 'host'} onChange={() => props.onScopeChange('host')} />
                only {host}
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
        <span>Pause everywhere</span>
      </label>
      {paused === true && <p class="bs-note">Paused: nothing is marked on any site until you turn this off.</p>}
    </section>
  );
}
