import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../shared/messaging/client';
import type { HiddenName, PartialPrefs } from '../../model/user-settings';
import { userDataFileText } from '../../model/user-data-file';
import { exportFileName, MAX_IMPORT_BYTES, parseImportText } from './settings-file';
import { downloadText } from './download';
import { OptionsView, type Notice, type UserSettings } from './OptionsView';
import { errorText } from '../../shared/ui/failure-text';
import { useBackgroundLoad } from '../../shared/ui/use-background';
import { t } from '../../shared/i18n';
import { PacksContainer } from './PacksContainer';
import { StorageContainer } from './StorageContainer';


/** The options page wired to the background; every change re-reads the settings it shows. */
export function OptionsContainer() {
  const { data, error: loadError, reload } = useBackgroundLoad<UserSettings>(() => callBackground({ type: 'listUserSettings' }));
  const [entityNames, setEntityNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
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
      setNotice({ kind: 'error', text: errorText(err) });
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
          return { kind: 'ok', text: t('notice_site_removed', { site }) };
        })
      }
      onUnhide={(h: HiddenName) =>
        void run(async () => {
          await callBackground({ type: 'unhideName', site: h.site, entityId: h.entityId });
          return { kind: 'ok', text: t('notice_unhidden', { name: entityNames.get(h.entityId) ?? h.entityId, site: h.site }) };
        })
      }
      onSetPrefs={(prefs) => void setPrefs(prefs)}
      onExport={() =>
        void run(async () => {
          const exported = await callBackground({ type: 'exportUserData' });
          downloadText(userDataFileText(exported), exportFileName(new Date()));
          return { kind: 'ok', text: t('notice_exported') };
        })
      }
      onImportFile={(file) =>
        void run(async () => {
          if (file.size > MAX_IMPORT_BYTES) return { kind: 'error', text: t('import_too_large_file', { file: file.name }) };
          const parsed = parseImportText(await file.text(), file.size);
          if (!parsed.ok) return { kind: 'error', text: t('import_refused', { reason: parsed.error }) };
          try {
            const { added, updated } = await callBackground({ type: 'importUserData', data: parsed.data });
            return { kind: 'ok', text: t('notice_imported', { file: file.name, added, updated }) };
          } catch (err) {
            return { kind: 'error', text: t('import_refused', { reason: errorText(err) }) };
          }
        })
      }
    >
      <PacksContainer />
      <StorageContainer />
    </OptionsView>
  );
}
