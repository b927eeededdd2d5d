import type { HiddenName, MarkMode, PartialPrefs, Prefs, SiteSetting } from '../../model/user-settings';

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
}

const MARK_MODE_LABELS: Array<[MarkMode, string, string]> = [
  ['emphasise-first', 'Emphasise first mentions', 'Every mention is marked; the first of each name stands out.'],
  ['all', 'Mark every mention', 'Every mention is marked the same way.'],
  ['first', 'First mention only', 'Only the first mention of each name is marked: the quietest.'],
];

/** The options page: what the user switched off or hid (each undoable), preferences, and their data. */
export function OptionsView(props: OptionsViewProps) {
  const { data, busy } = props;
  return (
    <main class="bs-options">
      <h1>Backstory settings</h1>
      {props.notice && (
        <p class={`bs-banner ${props.notice.kind === 'error' ? 'bs-banner-error' : 'bs-banner-ok'}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
          {props.notice.text}
        </p>
      )}
      {props.loadError && (
        <p class="bs-banner bs-banner-error" role="alert">
          Could not read your settings: {props.loadError}
        </p>
      )}

      <section aria-labelledby="bs-sites-title">
        <h2 id="bs-sites-title">Sites</h2>
        {data === null ? (
          <p class="bs-muted">Loading…</p>
        ) : data.sites.length === 0 ? (
          <p class="bs-muted">Backstory runs on every site. Switch it off for a site from the toolbar button.</p>
        ) : (
          <ul class="bs-rows">
            {data.sites.map((s) => (
              <li key={s.site}>
                <span>
                  <strong>{s.site}</strong> <span class="bs-muted">{describeSite(s)}</span>
                </span>
                <button type="button" disabled={busy} onClick={() => props.onRemoveSite(s.site)} aria-label={`Forget the setting for ${s.site}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="bs-hidden-title">
        <h2 id="bs-hidden-title">Hidden names</h2>
        {data === null ? null : data.hiddenNames.length === 0 ? (
          <p class="bs-muted">No names are hidden. Hide one from its card on a page.</p>
        ) : (
          <ul class="bs-rows">
            {data.hiddenNames.map((h) => {
              // A hidden name covers every spelling of the entity on that site, as the card's button says.
              const name = props.entityNames.get(h.entityId) ?? h.entityId;
              return (
                <li key={`${h.site} ${h.entityId}`}>
                  <span>
                    <span dir="auto">{name}</span> <span class="bs-muted">(all spellings) on {h.site}</span>
                  </span>
                  <button type="button" disabled={busy} onClick={() => props.onUnhide(h)} aria-label={`Show ${name} again on ${h.site}`}>
                    Show again
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="bs-prefs-title">
        <h2 id="bs-prefs-title">Preferences</h2>
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
              <span>Open the card when the pointer rests on a marked name (otherwise on click)</span>
            </label>
            <fieldset class="bs-mark-mode" disabled={busy}>
              <legend>How names are marked</legend>
              {MARK_MODE_LABELS.map(([mode, label, hint]) => (
                <label key={mode}>
                  <input type="radio" name="bs-mark-mode" value={mode} checked={data.prefs.markMode === mode} onChange={() => props.onSetPrefs({ markMode: mode })} />
                  {label} <span class="bs-muted">{hint}</span>
                </label>
              ))}
            </fieldset>
          </>
        )}
      </section>

      <section aria-labelledby="bs-data-title">
        <h2 id="bs-data-title">Your data</h2>
        <p class="bs-muted">Settings stay in this browser. Export them to a file to keep or move them; importing merges a file into what is here.</p>
        <div class="bs-data-actions">
          <button type="button" disabled={busy} onClick={props.onExport}>
            Export settings
          </button>
          <label class="bs-file">
            Import settings{' '}
            <input
              type="file"
              accept="application/json,.json"
              disabled={busy}
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                if (file) props.onImportFile(file);
                input.value = ''; // choosing the same file again should import again
              }}
            />
          </label>
        </div>
      </section>
    </main>
  );
}

function describeSite(s: SiteSetting): string {
  const where = s.scope === 'domain' ? 'whole site' : 'this host only';
  return `${s.enabled ? 'on' : 'off'}, ${where}`;
}
