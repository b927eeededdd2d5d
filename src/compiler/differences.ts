import type { Claim, ClaimVariant, Entity } from '../model/corpus-types';
import { contentHash } from '../model/hash';
import type { Statement } from './statements';
import { findTimes, sameTime } from './time-expressions';

/**
 * Differences the corpus holds without anyone listing them in facets.yaml, found by rule:
 * - a date given two ways for one event ("an executive order … in July" / "On June 30, the President issued");
 * - "all X" against an exception for X within one event ("removed all sanctions" / "allowing sanctions to
 *   continue against Assad").
 * Each is a claim with variants and a classified `difference`; the statements involved are `disputed`, so
 * they are not also shown as plain claims.
 */
export interface FoundDifferences {
  claims: FoundDifference[];
  /** Sentence indices whose statements a difference contradicts. */
  disputed: Set<number>;
}

type SourceOf = (s: Statement) => ClaimVariant['sources'][number];

export function findDifferences(statements: Statement[], entities: Map<string, Entity>, text: (s: Statement) => string, sourceOf: SourceOf, articleDate: (s: Statement) => string): FoundDifferences {
  const claims: FoundDifference[] = [];
  const disputed = new Set<number>();
  const byEvent = new Map<string, Statement[]>();
  for (const s of statements) {
    const e = entities.get(s.when.id);
    if (e?.type !== 'event') continue;
    let list = byEvent.get(s.when.id);
    if (!list) byEvent.set(s.when.id, (list = []));
    list.push(s);
  }

  for (const [eventId, list] of byEvent) {
    const event = entities.get(eventId)!;
    // A date given two ways: statements whose own date (the first in the sentence) disagree.
    const dated = list.filter((s) => s.date);
    const groups = new Map<string, Statement[]>();
    for (const s of dated) {
      const key = [...groups.keys()].find((k) => sameTime(k, s.date!)) ?? s.date!;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    if (groups.size >= 2) {
      const variants: ClaimVariant[] = [...groups].map(([, ss]) => ({ label: dateWords(text(ss[0]!), articleDate(ss[0]!)), sources: ss.map(sourceOf) }));
      const sameArticle = new Set(dated.map((s) => s.article)).size === 1;
      const both = dated.find((s) => findTimes(text(s), articleDate(s)).length >= 2);
      const note = `${sameArticle ? 'One article dates' : 'Sources date'} “${event.name}” two ways${both ? `; one sentence also gives a second date (“${dateWords(text(both), articleDate(both), 1)}”), so one date may be when it took effect` : ''}.`;
      // One act has several dates (signed, announced, took effect): when a sentence gives two, or says when
      // the act took effect, the dates are of one act, not a contradiction.
      const effective = dated.some((s) => /\b(?:effective|took effect|take effect|comes? into force|came into force|enter(?:s|ed)? into force)\b/i.test(text(s)));
      const kind = both || effective ? 'dates-of-one-act' : 'contradiction';
      claims.push(differenceClaim(eventId, `When: ${event.name}`, variants, kind, note, relatedOf(dated, eventId, entities)));
      for (const s of dated) if (!both || s !== both) disputed.add(s.sentence);
    }
    // "all X" against an exception for the same X.
    for (const all of list) {
      const m = /\ball\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/iu.exec(text(all));
      if (!m) continue;
      const word = m[1]!.toLowerCase();
      const exception = list.find((s) => s !== all && new RegExp(`\\b${word}\\b[^.]{0,40}\\b(?:continue|remain|except|still|maintain)|\\b(?:continue|remain|except|still|maintain)[^.]{0,40}\\b${word}\\b`, 'i').test(text(s)));
      if (!exception) continue;
      const note = `“all ${word}” (the whole country) against ${word} kept on named people${exception.article === all.article ? ' in the same article' : ''}: a difference of scope.`;
      claims.push(
        differenceClaim(eventId, `Scope: ${word}`, [{ label: `all ${word}`, sources: [sourceOf(all)] }, { label: `${word} continue for some`, sources: [sourceOf(exception)] }], 'scope', note, relatedOf([all, exception], eventId, entities)),
      );
      disputed.add(all.sentence);
    }
  }
  return { claims, disputed };
}

/** The date expression of a sentence as written: "in July", "On June 30". */
function dateWords(sentence: string, articleDate: string, index = 0): string {
  return findTimes(sentence, articleDate)[index]?.text ?? 'undated';
}

/** The cards a difference goes on: its event, who acts in it, and what it is about — not places named in passing. */
function relatedOf(statements: Statement[], eventId: string, entities: Map<string, Entity>): string[] {
  const ids = new Set<string>([eventId]);
  for (const s of statements) {
    if (s.agent) ids.add(s.agent);
    for (const id of s.about) if (entities.get(id)?.type !== 'place') ids.add(id);
  }
  return [...ids].sort();
}

export type FoundDifference = Claim & { entityIds: string[] };

export function differenceClaim(eventId: string, question: string, variants: ClaimVariant[], kind: NonNullable<Claim['difference']>['kind'], note: string, entityIds: string[]): FoundDifference {
  const key = contentHash(`${eventId}|${question}|${variants.map((v) => v.sources.map((s) => s.passageId).join(',')).join('|')}`).slice(0, 12);
  const seen = new Set<string>();
  const sources = variants.flatMap((v) => v.sources).filter((s) => !seen.has(s.articleId) && seen.add(s.articleId));
  return {
    id: key,
    entityId: eventId,
    key,
    text: `${question}: ${variants.map((v) => v.label).join(' / ')}`,
    sources,
    agreement: { count: seen.size, total: seen.size },
    variants,
    facet: question,
    difference: { kind, note },
    entityIds,
  };
}
