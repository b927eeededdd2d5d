import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { SeedError } from './seed-error';

/**
 * A parsed YAML file that remembers where each value came from, so validation errors can name a line.
 * Values are plain JSON (objects, arrays, strings, numbers, booleans, null).
 */
export interface YamlFile {
  file: string;
  data: unknown;
  /** Line of `key` (or item `key`) inside `container`, else the container's own line, else the first line. */
  lineOf(container: unknown, key?: string | number): number;
}

/**
 * Parse `text` as YAML. `firstLine` is the file line the text starts on (2 for front matter after `---`).
 * Throws a SeedError with the offending line on a syntax error.
 */
export function parseYamlFile(file: string, text: string, firstLine = 1): YamlFile {
  const lineCounter = new LineCounter();
  // The core schema keeps 2025-10-15 a string, which is what the date checks expect.
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
    throw new SeedError(file, line, `YAML syntax error: ${error.message.split('\n')[0]}`);
  }
  const lines = new WeakMap<object, Map<string | number, number>>();
  const ownLine = new WeakMap<object, number>();
  const lineAt = (offset: number | undefined): number =>
    offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;

  const convert = (node: unknown): unknown => {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return node.value ?? null;
    if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      const keyLines = new Map<string | number, number>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = String(isScalar(keyNode) ? keyNode.value : keyNode);
        obj[key] = convert(pair.value);
        keyLines.set(key, lineAt(keyNode?.range?.[0]));
      }
      lines.set(obj, keyLines);
      ownLine.set(obj, lineAt(node.range?.[0]));
      return obj;
    }
    if (isSeq(node)) {
      const arr: unknown[] = [];
      const itemLines = new Map<string | number, number>();
      node.items.forEach((item, i) => {
        arr.push(convert(item));
        itemLines.set(i, lineAt((item as Node | null)?.range?.[0]));
      });
      lines.set(arr, itemLines);
      ownLine.set(arr, lineAt(node.range?.[0]));
      return arr;
    }
    // Aliases (*anchor) and other node kinds: resolve through the document's own conversion.
    return (node as { toJSON?: (doc: unknown) => unknown }).toJSON?.(doc) ?? null;
  };

  const data = convert(doc.contents);
  return {
    file,
    data,
    lineOf(container, key) {
      if (typeof container !== 'object' || container === null) return firstLine;
      const own = ownLine.get(container) ?? firstLine;
      if (key === undefined) return own;
      return lines.get(container)?.get(key) ?? own;
    },
  };
}
