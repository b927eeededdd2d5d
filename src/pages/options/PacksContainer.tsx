import { useState } from 'preact/hooks';
import { errorText } from '../../shared/ui/failure-text';
import { t } from '../../shared/i18n';
import { callBackground } from '../../shared/messaging/client';
import { downloadBlob } from './download';
import { exportSavedArticles, packExportFileName } from './export-articles';
import type { Notice } from './OptionsView';
import { importPack } from './pack-import';
import { createWorkerPackReader } from './worker-pack-reader';
import { PacksSection, type PackImportState } from './PacksSection';


/** "Corpus packs" wired to the background and to the pack reader and writer. */
export function PacksContainer() {
  const [importState, setImportState] = useState<PackImportState>({ kind: 'idle' });
  const [exportNotice, setExportNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setBusy(true);
    setExportNotice(null);
    setImportState({ kind: 'checking', name: file.name, linesRead: 0 });
    // The file is read and checked in the pack worker, off this page's thread (and the popup's, which
    // shares Chromium's renderer with it): a hostile pack makes only the worker wait.
    const reader = createWorkerPackReader();
    try {
      const result = await importPack(
        file,
        callBackground,
        (p) => setImportState(p.phase === 'checking' ? { kind: 'checking', name: file.name, linesRead: p.linesRead, total: p.total } : { kind: 'writing', name: file.name, ...p }),
        reader,
      );
      if (result.kind === 'refused') setImportState({ kind: 'refused', name: file.name, problems: result.problems });
      else setImportState(result);
    } finally {
      reader.close();
      setBusy(false);
    }
  }

  async function exportArticles() {
    setBusy(true);
    try {
      const now = new Date();
      const exported = await exportSavedArticles(callBackground, now);
      if (!exported) return setExportNotice({ kind: 'error', text: t('options_pack_export_empty') });
      downloadBlob(exported.blob, packExportFileName(now));
      setExportNotice({ kind: 'ok', text: t('options_pack_exported', { count: exported.count }) });
    } catch (err) {
      setExportNotice({ kind: 'error', text: t('options_pack_export_error', { error: errorText(err) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <PacksSection importState={importState} exportNotice={exportNotice} busy={busy} onImportFile={(f) => void importFile(f)} onExport={() => void exportArticles()} />
  );
}
