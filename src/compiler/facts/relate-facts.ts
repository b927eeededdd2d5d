import type { Fact, FactDifferenceKind } from '../../model/fact';
import { sameTime } from '../time-expressions';
import { numbersAgree } from './numbers';
import { actionById } from './lexicon';

/**
 * How two facts relate: the same fact (perhaps told with other precision or credited to another origin), a
 * difference on the same slot (who does what to whom, when), or unrelated. The slot is who + action (+ request)
 * + whom + when; within a slot:
 * - denied against asserted is a contradiction;
 * - planned or expected, then reported; begun, then completed: a later development;
 * - numbers that cannot both be true are a contradiction; a bound against its value ("more than 2.5 hours"
 *   against "2.5 hours") is precision, and the facts agree;
 * - two dates given for one signing or lifting: the dates of one act (signed, effective);
 * - two credited origins for one fact: the same fact, with a different credit.
 */
export interface FactRelation {
  relation: 'same' | 'differs' | 'unrelated';
  /** For `differs`: how. For `same`: `precision` or `attribution` when that is how the two tellings differ. */
  kind?: FactDifferenceKind;
}

/** Acts with several dates of their own (signed, announced, effective). */
const DATED_ACTS = new Set(['sign', 'lift-sanctions', 'impose-sanctions']);
const PLAN = new Set(['planned', 'expected']);

export function relateFacts(a: Fact, b: Fact): FactRelation {
  if (a.action !== b.action || !!a.request !== !!b.request) return { relation: 'unrelated' };
  if (a.who !== b.who && !oneMeetingEitherWay(a, b)) return { relation: 'unrelated' };
  if (a.who === b.who && !whomCompatible(a, b)) return { relation: 'unrelated' };
  // Places: Qamishli and Qamishli airport are one place told more or less precisely; two installations differ.
  if (a.where && b.where && !a.where.startsWith(b.where) && !b.where.startsWith(a.where)) return { relation: 'unrelated' };
  if (a.when.event && b.when.event && a.when.event !== b.when.event) return { relation: 'unrelated' };
  const textDates = a.when.source === 'text' && b.when.source === 'text' && a.when.date && b.when.date;
  if (textDates && !sameTime(a.when.date!, b.when.date!)) {
    if (DATED_ACTS.has(a.action) && withinDays(a.when.date!, b.when.date!, 62)) return { relation: 'differs', kind: 'dates-of-one-act' };
    return { relation: 'unrelated' };
  }
  // A process told as still going on is not the talks held at a dated event (as the claims keep them: claims.ts).
  const ongoingApart = (x: Fact, y: Fact): boolean => x.phase === 'ongoing' && !x.when.event && !!y.when.event;
  if (ongoingApart(a, b) || ongoingApart(b, a)) return { relation: 'unrelated' };
  const oneEvent = !!a.when.event && a.when.event === b.when.event;
  // An act done once ("granted asylum"), told later with no date of its own, is the act of its dated telling.
  const onceRetold = !!actionById(a.action)?.once && (a.when.source === 'article' || b.when.source === 'article');
  if (!oneEvent && !onceRetold && a.when.date && b.when.date && !sameTime(a.when.date.slice(0, 7), b.when.date.slice(0, 7)) && !a.phase && !b.phase) {
    // Two undated reports months apart about the same act are two acts (two meetings), not one told twice.
    if (!PLAN.has(a.certainty) && !PLAN.has(b.certainty)) return { relation: 'unrelated' };
  }
  if ((a.certainty === 'denied') !== (b.certainty === 'denied')) {
    // "Perhaps Russia will hand Assad over" against "Russia will not": a speculation asserts nothing, so it
    // contradicts no one; kept apart, never called a difference.
    if (a.certainty === 'likely' || b.certainty === 'likely') return { relation: 'unrelated' };
    return { relation: 'differs', kind: 'contradiction' };
  }
  if (a.phase && b.phase && a.phase !== b.phase) return { relation: 'differs', kind: 'later-development' };
  if (PLAN.has(a.certainty) !== PLAN.has(b.certainty) && !(a.request && b.request)) {
    // Planned, then done — only when the doing is reported later. On the same day or event, an intention and
    // a statement of it are not a development: kept apart, never called a difference.
    const later = laterOf(a, b);
    const earlier = later === a ? b : a;
    const sameTimeOrEvent = (a.when.event && a.when.event === b.when.event) || (a.when.date && b.when.date && a.when.date === b.when.date);
    if (sameTimeOrEvent || !later.when.date || !earlier.when.date || later.when.date <= earlier.when.date) return { relation: 'unrelated' };
    return { relation: 'differs', kind: 'later-development' };
  }
  let kind: FactDifferenceKind | undefined;
  for (const x of a.numbers) {
    for (const y of b.numbers) {
      // A number without a unit ("the two countries") says nothing comparable.
      if (!x.unit || x.unit !== y.unit) continue;
      const r = numbersAgree(x, y);
      if (r === 'differ') return { relation: 'differs', kind: 'contradiction' };
      if (r === 'precision') kind = 'precision';
    }
  }
  if (!kind && a.credit && b.credit && a.credit !== b.credit && a.credit !== 'anonymous' && b.credit !== 'anonymous') kind = 'attribution';
  return kind ? { relation: 'same', kind } : { relation: 'same' };
}

/**
 * Acts whose content is what was said: "X said …" holds no fact of its own, so two of them are one fact only
 * when both are about an entity they share ("Few in Damascus would say so" is not what al-Sharaa said).
 */
const SPEECH = new Set(['say']);

function whomCompatible(a: Fact, b: Fact): boolean {
  if (SPEECH.has(a.action)) return a.whom.some((id) => b.whom.includes(id));
  if (a.whom.length === 0 || b.whom.length === 0) return true;
  return a.whom.some((id) => b.whom.includes(id));
}

/** A mutual act (a meeting) told with its two sides the other way round: "al-Sharaa met Putin", "Putin's talks with al-Sharaa". */
function oneMeetingEitherWay(a: Fact, b: Fact): boolean {
  return !!actionById(a.action)?.mutual && a.whom.includes(b.who) && b.whom.includes(a.who);
}

function withinDays(x: string, y: string, days: number): boolean {
  const t = (d: string): number => Date.parse(d.length === 7 ? `${d}-15` : d.length === 4 ? `${d}-07-01` : d);
  return Math.abs(t(x) - t(y)) <= days * 86400000;
}

/** The later of two facts on a slot that differ by development: the one completed, or the one reported after a plan. */
export function laterOf(a: Fact, b: Fact): Fact {
  if (a.phase === 'completed' && b.phase !== 'completed') return a;
  if (b.phase === 'completed' && a.phase !== 'completed') return b;
  if (PLAN.has(a.certainty) && !PLAN.has(b.certainty)) return b;
  if (PLAN.has(b.certainty) && !PLAN.has(a.certainty)) return a;
  return (a.when.date ?? '') >= (b.when.date ?? '') ? a : b;
}
