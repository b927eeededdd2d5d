import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../shared/messaging/client';
import type { HiddenName, PartialPrefs } from '../../model/user-settings';
import { userDataFileText } from '../../model/user-data-file';
import { downloadText, exportFileName, MAX_IMPORT_BYTES, parseImportText } from './import-file';
import { OptionsView, type Notice, type UserSettings } from './OptionsView';
import { errorMessage } from '../../model/errors';


/** The options page wired to the background; every change re-reads the settings it shows. */
export function OptionsContainer() {
  const [data, setData] = useState<UserSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [entityNames, setEntityNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function reload() {
    try {
      setData(await callBackground({ type: 'listUserSettings' }));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorMessage(err));
    }
  }

  useEffect(() => {
    void reload();
    callBackground({ type: 'listEntities' }).then(
      (list) => setEntityNames(new Map(list.map((e) => [e.id, e.name]))),
      () => undefined, // ids are shown instead of names
    );
  }, []);

  async function run(action: () => Promise<Notice | null>) {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (err) {
      setNotice({ kind: 'error', text: errorMessage(err) });
    } finally {
      await reload();
      setBusy(false);
    }
  }

  const setPrefs = (prefs: PartialPrefs) =>
    run(async () => {
      await callBackground({ type: 'setPrefs', prefs });
      return null;
    });

  return (
    <OptionsView
      data={data}
      loadError={loadError}
      entityNames={entityNames}
      notice={notice}
      busy={busy}
      onRemoveSite={(site) =>
        void run(async () => {
          await callBackground({ type: 'removeSiteSetting', site });
          return { kind: 'ok', text: `Removed the setting for ${site}: Backstory follows the default there again.` };
        })
      }
      onUnhide={(h: HiddenName) =>
        void run(async () => {
          await callBackground({ type: 'unhideName', site: h.site, entityId: h.entityId });
          return { kind: 'ok', text: `${entityNames.get(h.entityId) ?? h.entityId} is marked on ${h.site} again.` };
        })
      }
      onSetPrefs={(prefs) => void setPrefs(prefs)}
      onExport={() =>
        void run(async () => {
          const exported = await callBackground({ type: 'exportUserData' });
          downloadText(userDataFileText(exported), exportFileName(new Date()));
          return { kind: 'ok', text: 'Exported your settings.' };
        })
      }
      onImportFile={(file) =>
        void run(async () => {
          if (file.size > MAX_IMPORT_BYTES) return { kind: 'error', text: `Import refused: ${file.name} is too large to be a settings file. Nothing was changed.` };
          const parsed = parseImportText(await file.text(), file.size);
          if (!parsed.ok) return { kind: 'error', text: `Import refused: ${parsed.error} Nothing was changed.` };
          try {
            const { added, updated } = await callBackground({ type: 'importUserData', data: parsed.data });
            return { kind: 'ok', text: `Imported ${file.name}: ${added} added, ${updated} updated.` };
          } catch (err) {
            return { kind: 'error', text: `Import refused: ${errorMessage(err)} Nothing was changed.` };
          }
        })
      }
    />
  );
}
