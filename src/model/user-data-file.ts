import * as v from 'valibot';
import { CodedError, errorMessage, type ErrorParams } from './errors';
import { fileProblemOf, problemCode as code, showValue, type FileProblem, type FileProblemCode, type FileProblemParams } from './file-problem';
import {
  USER_DATA_LIMITS,
  hiddenNameEntries,
  partialPrefsSchema,
  domainScopeRule,
  siteSettingEntries,
  textSchema,
  type HiddenName,
  type PartialPrefs,
  type SiteSetting,
} from './user-settings';

/**
 * The backup file: what "Export settings" writes and "Import settings" reads.
 *
 * Reading is strict. Every object must be plain data (no prototype tricks, getters or symbol keys, no
 * `__proto__`/`constructor`/`prototype` names), with only known fields and all required ones; every
 * value is checked by the same schemas that guard storage and messages. The first problem is reported
 * as a code with the path of the field (`check_not_one_of` at "siteSettings[3].scope"), and nothing is written unless the
 * whole file is valid. The result is valibot's output, built afresh: nothing of the input object
 * itself reaches storage.
 */

export const USER_DATA_FORMAT = 'backstory-user-data';
export const USER_DATA_VERSION = 1;

export interface UserDataExport {
  format: typeof USER_DATA_FORMAT;
  version: typeof USER_DATA_VERSION;
  /** ISO date-time. */
  exportedAt: string;
  siteSettings: SiteSetting[];
  hiddenNames: HiddenName[];
  /** Only the preferences the user has set; missing ones keep their defaults. */
  prefs: PartialPrefs;
}

/**
 * The largest file a reachable state exports to, in bytes, derived from the record limits:
 * - a site key is ASCII that JSON never escapes: a byte per character;
 * - an entity id takes at most 3 bytes per UTF-16 unit: control characters and lone surrogates are
 *   refused, `"` and `\` escape to 2 bytes, the rest of the BMP is at most 3 bytes of UTF-8 and a
 *   surrogate pair is 4 bytes for 2 units;
 * - the frame is the indentation, field names, punctuation and 13-digit time stamp of one record as
 *   `userDataFileText` prints it (86 bytes for a hidden name, 113 for a site setting), rounded up.
 * The options page refuses larger files before reading them.
 */
const RECORD_FRAME_BYTES = 128;
const MAX_BYTES_PER_UNIT = 3;
/** format, version, exportedAt, the three preferences and the brackets around the lists. */
const FILE_FRAME_BYTES = 1024;
export const MAX_USER_DATA_FILE_BYTES =
  FILE_FRAME_BYTES +
  USER_DATA_LIMITS.siteSettings * (RECORD_FRAME_BYTES + USER_DATA_LIMITS.siteChars) +
  USER_DATA_LIMITS.hiddenNames * (RECORD_FRAME_BYTES + USER_DATA_LIMITS.siteChars + MAX_BYTES_PER_UNIT * USER_DATA_LIMITS.entityIdChars);

/** The text of a backup file, as the options page saves it. */
export function userDataFileText(data: UserDataExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * A backup file refused. What the file check found is a problem code with its parameters (a field path,
 * a limit), sent as the parameters of `import_invalid` with the code as `check`; a merge over the limits
 * is `import_over_limits`. The English `message` is for logs.
 */
export class UserDataImportError extends CodedError {
  override name = 'UserDataImportError';
  constructor(message: string, code: 'import_invalid' | 'import_over_limits', params: ErrorParams) {
    super(code, message, params);
  }

  static of(problem: FileProblem): UserDataImportError {
    return new UserDataImportError(`settings file: ${problem.code} ${JSON.stringify(problem.params ?? {})}`, 'import_invalid', { check: problem.code, ...problem.params });
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function pathItem(input: object, key: string): v.IssuePathItem {
  return { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value: undefined };
}

/**
 * A plain data object with exactly the fields of `entries` (optional ones may be missing). The shape
 * is checked on the raw value before valibot reads any field, so a getter is never called.
 */
function plainObject<const E extends v.ObjectEntries>(entries: E) {
  const allowed = Object.keys(entries);
  const required = allowed.filter((key) => entries[key]?.type !== 'optional');
  return v.pipe(
    v.unknown(),
    v.rawCheck(({ dataset, addIssue }) => {
      const value = dataset.value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return addIssue({ message: code('check_not_object') });
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return addIssue({ message: code('check_not_plain') });
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key !== 'string') return addIssue({ message: code('check_not_plain') });
        if (FORBIDDEN_KEYS.has(key)) return addIssue({ message: code('check_not_plain'), path: [pathItem(value, key)] });
        if (!allowed.includes(key)) return addIssue({ message: code('check_field_unknown'), expected: allowed.join(', '), path: [pathItem(value, key)] });
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (!descriptor || !('value' in descriptor)) return addIssue({ message: code('check_not_plain'), path: [pathItem(value, key)] });
      }
      for (const key of required) {
        if (!Object.hasOwn(value, key)) return addIssue({ message: code('check_field_missing'), path: [pathItem(value, key)] });
      }
    }),
    v.strictObject(entries),
  );
}

/** A list of at most `max` items; the length is checked before any item is. */
function list<S extends v.GenericSchema>(item: S, max: number) {
  return v.pipe(
    v.array(v.unknown(), code('check_not_list')),
    v.maxLength(max, code('check_list_too_long')),
    v.array(item),
  );
}

const isoDateTime = code('check_not_date_time');

const fileSchema = plainObject({
  format: v.literal(USER_DATA_FORMAT),
  version: v.literal(USER_DATA_VERSION),
  exportedAt: v.pipe(v.string(isoDateTime), v.maxLength(40, isoDateTime), v.check((s) => !Number.isNaN(Date.parse(s)), isoDateTime)),
  siteSettings: v.pipe(
    list(v.pipe(plainObject(siteSettingEntries), domainScopeRule()), USER_DATA_LIMITS.siteSettings),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const settings = dataset.value;
      const seen = new Set<string>();
      const twice = settings.findIndex(({ site }) => seen.has(site) || !seen.add(site));
      if (twice < 0) return;
      const path: v.IssuePathItem = { type: 'array', origin: 'value', input: settings, key: twice, value: settings[twice] };
      addIssue({ message: code('check_site_twice'), input: settings[twice]!.site, path: [path] });
    }),
  ),
  hiddenNames: list(
    v.pipe(
      // Files written before a hidden name covered every spelling name the one spelling; it is checked, then dropped.
      plainObject({ ...hiddenNameEntries, alias: v.optional(textSchema(USER_DATA_LIMITS.aliasChars)) }),
      v.transform(({ site, entityId, createdAt }): HiddenName => ({ site, entityId, createdAt })),
    ),
    USER_DATA_LIMITS.hiddenNames,
  ),
  prefs: plainObject(partialPrefsSchema.entries),
});

function fail(problem: FileProblemCode, params?: FileProblemParams): never {
  throw UserDataImportError.of({ code: problem, ...(params ? { params } : {}) });
}

/** Parses (when given text) and validates a backup file; throws `UserDataImportError` on the first problem. */
export function parseUserData(input: unknown): UserDataExport {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_USER_DATA_FILE_BYTES) {
      fail('check_file_too_large', { size: input.length, limit: MAX_USER_DATA_FILE_BYTES });
    }
    try {
      value = JSON.parse(input);
    } catch (err) {
      fail('check_not_json', { detail: errorMessage(err).slice(0, 200) });
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('check_file_not_settings');
  }
  // Identify the file before reporting anything else about it.
  const format: unknown = Object.getOwnPropertyDescriptor(value, 'format')?.value;
  if (format === undefined) fail('check_no_format', { expected: USER_DATA_FORMAT });
  if (format !== USER_DATA_FORMAT) fail('check_other_format', { format: showValue(format), expected: USER_DATA_FORMAT });
  const version: unknown = Object.getOwnPropertyDescriptor(value, 'version')?.value;
  if (typeof version === 'number' && Number.isInteger(version) && version > USER_DATA_VERSION) {
    fail('check_newer_version', { version, known: USER_DATA_VERSION });
  }
  if (version === undefined) fail('check_no_version', { known: USER_DATA_VERSION });
  if (version !== USER_DATA_VERSION) fail('check_unknown_version', { version: showValue(version), known: USER_DATA_VERSION });

  const result = v.safeParse(fileSchema, value, { abortEarly: true });
  if (!result.success) throw UserDataImportError.of(fileProblemOf(result.issues[0]));
  return result.output;
}
