import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGazetteer } from '../../../../src/compiler/gazetteer';
import { compileMatcherData, matcherEntityOf } from '../../../../src/detect/compile';
import { detectInText, explainText } from '../../../../src/detect/gating';
import { createMatcher } from '../../../../src/detect/matcher';
import type { MatcherEntity } from '../../../../src/model/corpus-types';
import { findProjectRoot } from '../../../../src/tooling/project-root.mjs';

/** The shipped gazetteer, compiled as the build compiles it: what these tests hold the detector to. */
const root = findProjectRoot(path.dirname(new URL(import.meta.url).pathname));
const file = path.join(root, 'seeds', 'gazetteer.yaml');
export const ENTITIES: MatcherEntity[] = parseGazetteer(file, readFileSync(file, 'utf8')).entities.map((e) => matcherEntityOf(e));
export const DATA = compileMatcherData(ENTITIES);
export const MATCHER = createMatcher(DATA);

/** What gets marked in `text`, as [entity id, text as written]. */
export function marks(text: string, pageLang?: string): Array<[string, string]> {
  return detectInText(text, MATCHER, DATA, pageLang ? { pageLang } : {}).mentions.map((m) => [m.entityId, text.slice(m.start, m.end)]);
}

/** The entities marked in `text`. */
export const ids = (text: string, pageLang?: string): string[] => [...new Set(marks(text, pageLang).map(([id]) => id))];

export { explainText };
