import { MAX_USER_DATA_FILE_BYTES } from '../../model/user-data-file';
import { errorMessage } from '../../model/errors';
import { t } from '../../shared/i18n';

/**
 * The largest file the page reads: the largest export the record limits allow, so every backup the
 * extension writes can be read back. Anything larger is refused before it is read.
 */
export const MAX_IMPORT_BYTES = MAX_USER_DATA_FILE_BYTES;

export type ImportText = { ok: true; data: unknown } | { ok: false; error: string };

/**
 * First check of a file the user chose: size and JSON syntax. The shape and every value are checked by
 * the background (the storage layer's validator), which writes nothing unless the whole file is valid.
 */
export function parseImportText(text: string, size = text.length): ImportText {
  if (size > MAX_IMPORT_BYTES) return { ok: false, error: t('import_error_size', { size: Math.round(size / 1024), max: Math.floor(MAX_IMPORT_BYTES / 1024) }) };
  if (text.trim() === '') return { ok: false, error: t('import_error_empty') };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, error: t('import_error_json', { error: errorMessage(err) }) };
  }
}

/** Name for an export made on `date`, e.g. backstory-settings-2026-03-01.json. */
export function exportFileName(date: Date): string {
  return `backstory-settings-${date.toISOString().slice(0, 10)}.json`;
}
