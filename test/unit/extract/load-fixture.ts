import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** A page of ours (fixtures/), parsed by linkedom, which never runs a script or loads anything. */
export function fixtureDocument(name: string): Document {
  const html = readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
  return parseHTML(html).document as unknown as Document;
}
