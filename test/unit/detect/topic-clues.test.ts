/**
 * The cheap topic judgement (src/detect/topic-clues.ts) says "off topic" only where the full gate
 * does: never a lost mark. Checked on every real page in ../shared/pages (read from there, never
 * copied), on the project's own test pages, and on random texts of names, titles, family names and
 * paragraphs; and it stops, before any matching, the off-topic pages it exists for.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/cli/commands/detect';
import { compileMatcherData } from '../../../src/detect/compile';
import { detectInText } from '../../../src/detect/gating';
import { createMatcher } from '../../../src/detect/matcher';
import { gateCluesOf, gateOf, nameGate } from '../../../src/detect/name-gate';
import { prefilterScan } from '../../../src/detect/prefilter-scan';
import { mayBeOnTopic } from '../../../src/detect/topic-clues';
import type { MatcherData } from '../../../src/detect/types';
import type { MatcherEntity } from '../../../src/model/corpus-types';
import { findProjectRoot, sharedPagesDir } from '../../../src/tooling/project-root.mjs';
import { FIXTURE_ENTITIES } from './fixture-entities';
import { ENTITIES } from './names/real-gazetteer';

const root = findProjectRoot(path.dirname(new URL(import.meta.url).pathname));

interface Judge {
  data: MatcherData;
  /** What the full gate marks. */
  marks: (text: string, pageLang?: string) => number;
  /** The cheap judgement, from the shipped probe's clues. */
  may: (text: string) => boolean;
}

function judgeFor(entities: MatcherEntity[]): Judge {
  const data = compileMatcherData(entities);
  const matcher = createMatcher(data);
  const gate = nameGate(gateOf(data.keys.map((k) => k[0])), gateCluesOf(data));
  const scan = prefilterScan(data.prefilter);
  return {
    data,
    marks: (text, pageLang) => detectInText(text, matcher, data, pageLang ? { pageLang } : {}).mentions.length,
    may: (text) => mayBeOnTopic(text, scan, gate),
  };
}

const real = judgeFor(ENTITIES);
const fixture = judgeFor(FIXTURE_ENTITIES);

const htmlUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return htmlUnder(file);
    return /\.html?$/i.test(name) ? [file] : [];
  });

describe('the cheap topic judgement', () => {
  it('never says off topic for a page the full gate marks, and stops the off-topic real pages early', async () => {
    const pages = [...htmlUnder(sharedPagesDir(root)), ...htmlUnder(path.join(root, 'test', 'pages'))];
    expect(pages.length).toBeGreaterThan(30);
    const rows: Array<{ page: string; marks: number; early: boolean }> = [];
    for (const file of pages) {
      const { text, lang } = await extractText(file);
      rows.push({ page: path.relative(root, file), marks: real.marks(text, lang), early: !real.may(text) });
    }
    const lost = rows.filter((r) => r.early && r.marks > 0);
    expect(lost).toEqual([]);
    const offTopic = rows.filter((r) => r.marks === 0);
    const early = rows.filter((r) => r.early);
    console.log(`topic clues: ${early.length} of ${offTopic.length} pages with no mark stop before matching (${rows.length} pages; not: ${offTopic.filter((r) => !r.early).map((r) => r.page).join(", ")}): ${early.map((r) => r.page).join(', ')}`);
    // The pages this judgement exists for: a Russia story and an off-topic page that name Russia or Moscow.
    const stopped = (name: string) => rows.find((r) => r.page.endsWith(name))?.early;
    if (rows.some((r) => r.page.endsWith('guardian-1/source.html'))) expect(stopped('guardian-1/source.html')).toBe(true);
    if (rows.some((r) => r.page.endsWith('cnn-gates-tillerson-russia-2.9MB.html'))) expect(stopped('cnn-gates-tillerson-russia-2.9MB.html')).toBe(true);
  }, 120_000);

  it('stops a page whose only names are of one side, and lets through any the gate could mark', () => {
    expect(real.may('Russia said on Monday that Moscow would answer. Putin spoke to Russia’s parliament.')).toBe(false);
    expect(real.may('The council approved the new cycle lanes on Tuesday.')).toBe(false);
    expect(real.may('Officials at Hmeimim said so.')).toBe(true);
    expect(real.may('Russia and Syria agreed.\nMoscow and Damascus signed it.')).toBe(true);
    // One paragraph naming both sides and a person: the short report (gating.ts).
    expect(fixture.may('Новак заявил, что Россия и Сирия договорились.')).toBe(true);
    expect(fixture.marks('Новак заявил, что Россия и Сирия договорились.')).toBeGreaterThan(0);
  });

  it('lets a family name take the side of an earlier full name (coreference)', () => {
    // A Russian person, and a namesake entity with no side known only by the family name.
    const entities: MatcherEntity[] = [
      ...FIXTURE_ENTITIES,
      { id: 'ivan-petrov', type: 'person', name: 'Ivan Petrov', scope: 'broad', country: 'ru', aliases: [{ text: 'Ivan Petrov', lang: 'en' }] },
      { id: 'petrov-family', type: 'person', name: 'The Petrovs', scope: 'broad', aliases: [{ text: 'Petrov', lang: 'en', family: true }] },
    ];
    const judge = judgeFor(entities);
    const t = 'Ivan Petrov spoke. Later, Petrov answered.\nSyria replied. Then Syria asked. Again, Petrov said no.';
    expect(judge.marks(t)).toBeGreaterThan(0);
    expect(judge.may(t)).toBe(true);
  });

  const words = ['the', 'said', 'President', 'brother', 'Mr', 'Ahmed', 'Bashar', 'Vladimir', 'Farouk', 'visited', 'and', 'in', 'قال', 'الرئيس', 'заявил', 'президент', 'Башар'];
  const text = (entities: MatcherEntity[]) => {
    const aliases = entities.flatMap((e) => e.aliases.map((a) => a.text));
    const fragment = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...aliases) },
      { weight: 4, arbitrary: fc.constantFrom(...words) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '. ', ', ', "'s ", ' x'.repeat(400)) },
    );
    return fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' '));
  };

  /** Random texts: off topic by the judgement implies no mark; and both answers occur often, so the check bites. */
  const agrees = (judge: Judge, entities: MatcherEntity[], seed: number, numRuns: number) => {
    let stopped = 0;
    let marked = 0;
    fc.assert(
      fc.property(text(entities), (t) => {
        const marks = judge.marks(t);
        if (marks > 0) marked++;
        if (judge.may(t)) return;
        stopped++;
        expect(marks, JSON.stringify(t)).toBe(0);
      }),
      { seed, numRuns },
    );
    expect(stopped).toBeGreaterThan(numRuns / 20);
    expect(marked).toBeGreaterThan(numRuns / 20);
  };

  it('agrees with the full gate on random texts (the test gazetteer)', () => agrees(fixture, FIXTURE_ENTITIES, 20261207, 3000));

  it('agrees with the full gate on random texts (the shipped gazetteer)', () => agrees(real, ENTITIES, 20261208, 1500));
});
