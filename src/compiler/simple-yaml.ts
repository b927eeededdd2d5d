import type { YamlFile } from './yaml-file';

/**
 * A fast path for the flat front matter every article has (`key: scalar` and `key: [a, b]` lines, comments).
 * The full YAML parser costs about half a millisecond per article, seconds for 10,000 articles; this reads the
 * common shape in microseconds. Anything outside that shape returns undefined and goes to the full parser,
 * so the results always equal the `yaml` package's (core schema); a unit test compares the two.
 */
const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const NUMBER = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;
const INDICATOR = /^[[\]{}&*!|>'"%@`#,?:-]/;

function plainScalar(raw: string): unknown {
  const text = raw.trim();
  if (text === '' || text === '~' || /^(?:null|Null|NULL)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (NUMBER.test(text)) return Number(text);
  return text;
}

/** One value; undefined when it is not in the simple shape. */
function scalar(raw: string): unknown {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\["\\/bfnrtu])*")\s*(?:#.*)?$/.exec(text);
    if (!m) return undefined;
    try {
      return JSON.parse(m[1]!) as string;
    } catch {
      return undefined;
    }
  }
  if (text.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(text);
    return m ? m[1]!.replace(/''/g, "'") : undefined;
  }
  const value = text.replace(/\s+#.*$/, '');
  if (INDICATOR.test(value) || /:(?:\s|$)/.test(value) || /[\t]/.test(value) || value.includes(' #')) return undefined;
  if (/^0[xXoO]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(value)) return undefined;
  return plainScalar(value);
}

function flowList(raw: string): unknown[] | undefined {
  const m = /^\[([^[\]{}"'#]*)\]\s*(?:#.*)?$/.exec(raw.trim());
  if (!m) return undefined;
  const inner = m[1]!.trim();
  if (inner === '') return [];
  const items = inner.split(',').map((s) => s.trim());
  if (items.some((s, i) => s === '' && i !== items.length - 1)) return undefined;
  const out: unknown[] = [];
  for (const item of items) {
    if (item === '') continue;
    if (INDICATOR.test(item) || /:(?:\s|$)/.test(item)) return undefined;
    out.push(plainScalar(item));
  }
  return out;
}

export function parseSimpleYaml(file: string, text: string, firstLine: number): YamlFile | undefined {
  const obj: Record<string, unknown> = {};
  const keyLines = new Map<string | number, number>();
  const lists = new Map<unknown, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || /^#/.test(line)) continue;
    const m = KEY_LINE.exec(line.replace(/\s+$/, ''));
    if (!m) return undefined;
    const key = m[1]!;
    if (key in obj) return undefined;
    const raw = m[2] ?? '';
    const value = raw.trim().startsWith('[') ? flowList(raw) : scalar(raw);
    if (value === undefined) return undefined;
    // `key:` with nothing after may open a block on the next lines: leave that to the full parser.
    if (raw.trim() === '' && lines.slice(i + 1).some((l) => /^\s+\S/.test(l))) return undefined;
    obj[key] = value;
    keyLines.set(key, firstLine + i);
    if (Array.isArray(value)) lists.set(value, firstLine + i);
  }
  const firstKeyLine = keyLines.size > 0 ? Math.min(...keyLines.values()) : firstLine;
  return {
    file,
    data: keyLines.size > 0 ? obj : null,
    lineOf(container, key) {
      if (container === obj) return key === undefined ? firstKeyLine : keyLines.get(key) ?? firstKeyLine;
      return lists.get(container) ?? firstLine;
    },
  };
}
