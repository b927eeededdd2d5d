import { SeedError } from './seed-error';
import type { YamlFile } from './yaml-file';

/**
 * Small readers for fields of YAML objects, each throwing a SeedError at the field's line.
 * They keep the validation code in the seed parsers short and its messages uniform.
 */
export type YamlObject = Record<string, unknown>;

export function asObject(y: YamlFile, value: unknown, container: unknown, key: string | number, what: string): YamlObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SeedError(y.file, y.lineOf(container, key), `${what} must be a mapping`);
  }
  return value as YamlObject;
}

export function asList(y: YamlFile, value: unknown, container: unknown, key: string | number, what: string): unknown[] {
  if (!Array.isArray(value)) throw new SeedError(y.file, y.lineOf(container, key), `${what} must be a list`);
  return value;
}

/** A required field: absent → "missing field"; present but not a non-empty string → "must be a string". */
export function requireString(y: YamlFile, obj: YamlObject, key: string, what: string): string {
  if (!(key in obj)) throw new SeedError(y.file, y.lineOf(obj), `missing field "${key}" in ${what}`);
  const value = obj[key];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SeedError(y.file, y.lineOf(obj, key), `field "${key}" in ${what} must be a non-empty string`);
  }
  return value.trim();
}

export function optionalString(y: YamlFile, obj: YamlObject, key: string, what: string): string | undefined {
  if (!(key in obj) || obj[key] === null) return undefined;
  return requireString(y, obj, key, what);
}

export function optionalStringList(y: YamlFile, obj: YamlObject, key: string, what: string): string[] | undefined {
  if (!(key in obj) || obj[key] === null) return undefined;
  const list = asList(y, obj[key], obj, key, `field "${key}" in ${what}`);
  return list.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new SeedError(y.file, y.lineOf(list, i), `items of "${key}" in ${what} must be non-empty strings`);
    }
    return item.trim();
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD (2025-02-30 is rejected, not rolled over). */
export function requireDate(y: YamlFile, obj: YamlObject, key: string, what: string): string {
  const text = requireString(y, obj, key, what);
  const m = ISO_DATE.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== text) {
    throw new SeedError(y.file, y.lineOf(obj, key), `unparseable date "${text}" in ${what} (expected YYYY-MM-DD)`);
  }
  return text;
}

/** Compile a seed regex; a bad pattern is a seed error at its line, not a crash later. */
export function compileRegex(y: YamlFile, source: string, flags: string, container: unknown, key: string | number): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new SeedError(y.file, y.lineOf(container, key), `invalid regex /${source}/: ${(e as Error).message}`);
  }
}
