import { FilePicker } from '../../shared/ui/FilePicker';
import type { ComponentChildren } from 'preact';
import { UI_LANGUAGES, type HiddenName, type MarkMode, type PartialPrefs, type Prefs, type SiteSetting, type UiLanguageChoice } from '../../model/user-settings';
import { languageName, t, tParts, type MessageKey } from '../../shared/i18n';

export interface UserSettings {
  sites: SiteSetting[];
  hiddenNames: HiddenName[];
  prefs: Prefs;
}

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export interface OptionsViewProps {
  data: UserSettings | null;
  loadError: string | null;
  /** Entity id → display name, for hidden names. */
  entityNames: ReadonlyMap<string, string>;
  notice: Notice | null;
  busy: boolean;
  onRemoveSite(site: string): void;
  onUnhide(hidden: HiddenName): void;
  onSetPrefs(changes: PartialPrefs): void;
  onExport(): void;
  onImportFile(file: File): void;
  /** Sections wired on their own (corpus packs, storage), after the settings. */
  children?: ComponentChildren;
}

const MARK_MODE_LABELS = [
  ['emphasise-first', 'mark_mode_emphasise', 'mark_mode_emphasise_hint'],
  ['all', 'mark_mode_all', 'mark_mode_all_hint'],
  ['first', 'mark_mode_first', 'mark_mode_first_hint'],
] as const satisfies ReadonlyArray<readonly [MarkMode, MessageKey, MessageKey]>;

/** The options page: what the user switched off or hid (each undoable), preferences, and their data. */
export function OptionsView(props: OptionsViewProps) {
  const { data, busy } = props;
  return (
    <main class="bs-options">
      <h1>{t('options_title')}</h1>
      {props.notice && (
        <p class={`bs-banner ${props.notice.kind === 'error' ? 'bs-banner-error' : 'bs-banner-ok'}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
          {props.notice.text}
        </p>
      )}
      {props.loadError && (
        <p class="bs-banner bs-banner-error" role="alert">
          {t('options_load_error', { error: props.loadError })}
        </p>
      )}

      <section aria-labelledby="bs-sites-title">
        <h2 id="bs-sites-title">{t('options_sites')}</h2>
        {data === null ? (
          <p class="bs-muted">{t('options_loading')}</p>
        ) : data.sites.length === 0 ? (
          <p class="bs-muted">{t('options_sites_empty')}</p>
        ) : (
          <ul class="bs-rows">
            {data.sites.map((s) => (
              <li key={s.site}>
                <span>
                  <bdi><strong>{s.site}</strong></bdi> <span class="bs-muted">{describeSite(s)}</span>
                </span>
                <button type="button" disabled={busy} onClick={() => props.onRemoveSite(s.site)} aria-label={t('options_remove_label', { site: s.site })}>
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="bs-hidden-title">
        <h2 id="bs-hidden-title">{t('options_hidden')}</h2>
        {data === null ? null : data.hiddenNames.length === 0 ? (
          <p class="bs-muted">{t('options_hidden_empty')}</p>
        ) : (
          <ul class="bs-rows">
            {data.hiddenNames.map((h) => {
              // A hidden name covers every spelling of the entity on that site, as the card's button says.
              const name = props.entityNames.get(h.entityId) ?? h.entityId;
              return (
                <li key={`${h.site} ${h.entityId}`}>
                  <span>
                    <bdi>{name}</bdi> <span class="bs-muted">{tParts('options_hidden_on', { site: <bdi>{h.site}</bdi> })}</span>
                  </span>
                  <button type="button" disabled={busy} onClick={() => props.onUnhide(h)} aria-label={t('options_show_again_label', { name, site: h.site })}>
                    {t('options_show_again')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="bs-prefs-title">
        <h2 id="bs-prefs-title">{t('options_prefs')}</h2>
        {data && (
          <>
            <label class="bs-switch">
              <input
                type="checkbox"
                role="switch"
                checked={data.prefs.hoverOpen}
                disabled={busy}
                onChange={(e) => props.onSetPrefs({ hoverOpen: (e.currentTarget as HTMLInputElement).checked })}
              />
              <span>{t('options_hover')}</span>
            </label>
            <fieldset class="bs-mark-mode" disabled={busy}>
              <legend>{t('options_mark_mode')}</legend>
              {MARK_MODE_LABELS.map(([mode, label, hint]) => (
                <label key={mode}>
                  <input type="radio" name="bs-mark-mode" value={mode} checked={data.prefs.markMode === mode} onChange={() => props.onSetPrefs({ markMode: mode })} />
                  {t(label)} <span class="bs-muted">{t(hint)}</span>
                </label>
              ))}
            </fieldset>
            <label class="bs-language">
              <span>{t('options_language')}</span>
              <select
                value={data.prefs.uiLanguage ?? 'browser'}
                disabled={busy}
                onChange={(e) => props.onSetPrefs({ uiLanguage: (e.currentTarget as HTMLSelectElement).value as UiLanguageChoice })}
              >
                <option value="browser">{t('options_language_browser')}</option>
                {UI_LANGUAGES.map((lang) => (
                  // Each language named in itself, so it can be found whatever the interface reads now.
                  <option key={lang} value={lang} lang={lang}>
                    {languageName(lang)}
                  </option>
                ))}
              </select>
            </label>
            <p class="bs-muted">{t('options_language_hint')}</p>
          </>
        )}
      </section>

      <section aria-labelledby="bs-data-title">
        <h2 id="bs-data-title">{t('options_data')}</h2>
        <p class="bs-muted">{t('options_data_note')}</p>
        <div class="bs-data-actions">
          <button type="button" disabled={busy} onClick={props.onExport}>
            {t('options_export')}
          </button>
          <FilePicker label={t('options_import')} accept="application/json,.json" disabled={busy} onFile={props.onImportFile} />
        </div>
      </section>
      {props.children}
    </main>
  );
}

function describeSite(s: SiteSetting): string {
  if (s.enabled) return s.scope === 'domain' ? t('options_site_on_domain') : t('options_site_on_host');
  return s.scope === 'domain' ? t('options_site_off_domain') : t('options_site_off_host');
}
