import * as v from 'valibot';
import { parseJsonLine } from './check-article';
import { PACK_ENTRIES, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, packManifestSchema, type PackManifest } from './format';
import { fileProblemOf, type FileProblem } from '../model/file-problem';
import { quote } from './quote';

const FIELDS = Object.keys(packManifestSchema.entries);
const REQUIRED = FIELDS.filter((k) => packManifestSchema.entries[k as keyof typeof packManifestSchema.entries].type !== 'optional');

export interface CheckedManifest {
  manifest?: PackManifest;
  /** Problems with the line of manifest.json each is about (0: the whole file, or a field it lacks). */
  problems: Array<{ line: number } & FileProblem>;
  /**
   * True when the pack is not one this reader may read at all (another format, an unknown format version):
   * then that is the only reason given, since its articles may follow rules this reader does not know.
   */
  refused: boolean;
}

/** The line of `"key":` in the manifest's text (written one field per line), else 0. The key is the file's, so it is searched as text, never as a pattern. */
export function manifestLineOf(text: string, key: string): number {
  const quoted = JSON.stringify(key);
  for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
    if (/^\s*:/.test(text.slice(at + quoted.length, at + quoted.length + 64))) return text.slice(0, at).split('\n').length;
  }
  return 0;
}

/** Checks manifest.json's text: the format and its version first, then every field. */
export function checkManifest(text: string): CheckedManifest {
  const parsed = parseJsonLine(text);
  if ('problem' in parsed) return { problems: [{ line: 1, ...parsed.problem }], refused: true };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: [{ line: 0, code: 'check_not_object', params: { field: PACK_ENTRIES.manifest } }], refused: true };
  const record = value as Record<string, unknown>;

  if (record['format'] !== PACK_FORMAT) {
    const problem: FileProblem =
      'format' in record ? { code: 'check_other_format', params: { format: quote(record['format']), expected: PACK_FORMAT } } : { code: 'check_no_format', params: { expected: PACK_FORMAT } };
    return { problems: [{ line: manifestLineOf(text, 'format'), ...problem }], refused: true };
  }
  const version = record['formatVersion'];
  if (version !== PACK_FORMAT_VERSION) {
    const known = PACK_FORMAT_VERSION;
    const problem: FileProblem =
      version === undefined
        ? { code: 'check_no_version', params: { known } }
        : typeof version === 'number' && version > PACK_FORMAT_VERSION
          ? { code: 'check_newer_version', params: { version, known } }
          : { code: 'check_unknown_version', params: { version: quote(version), known } };
    return { problems: [{ line: manifestLineOf(text, 'formatVersion'), ...problem }], refused: true };
  }

  const problems: CheckedManifest['problems'] = [];
  for (const key of REQUIRED) if (!(key in record)) problems.push({ line: 0, code: 'check_field_missing', params: { field: key } });
  for (const key in record) {
    if (problems.length >= PACK_LIMITS.problems) return { problems, refused: false };
    if (!FIELDS.includes(key)) problems.push({ line: manifestLineOf(text, key), code: 'check_field_unknown', params: { field: quote(key), fields: FIELDS.join(', ') } });
  }
  const result = v.safeParse(packManifestSchema, record);
  if (result.success && problems.length === 0) return { manifest: result.output, problems, refused: false };
  const said = new Set<string>();
  for (const issue of result.issues ?? []) {
    const key = String(issue.path?.[0]?.key ?? '');
    if (said.has(key) || !(key in record) || !FIELDS.includes(key)) continue;
    said.add(key);
    problems.push({ line: manifestLineOf(text, key), ...fileProblemOf(issue, key) });
  }
  if (problems.length === 0) problems.push({ line: 1, code: 'check_invalid', params: { field: PACK_ENTRIES.manifest } });
  return { problems, refused: false };
}
