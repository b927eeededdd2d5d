/**
 * A fact: what one statement asserts, read into language-independent slots so that the same fact told in
 * other words, another script or by another outlet is the same value. Plain JSON-serialisable data: the
 * compiler keeps one per statement (cached per article), the card renders a claim's headline from it in the
 * reader's language, and the side panel compares the facts of the page with the corpus's.
 */
import type { Lang } from './lang';

/** How sure the statement is of what it states. `denied`: it says the act did not happen (or will not). */
export type FactCertainty = 'reported' | 'expected' | 'planned' | 'likely' | 'denied';

/**
 * For acts that take time (withdraw, deploy, supply): begun, or completed. `ongoing`: a topical act told as a process
 * still going on ("negotiations continue", "ведут переговоры", "المفاوضات مستمرة"), which one telling after another
 * reports at different times: those tellings are one fact, not one per month.
 */
export type FactPhase = 'begun' | 'completed' | 'ongoing';

/** A number the statement gives, folded: "more than two and a half hours" = { value: 2.5, unit: 'hour', bound: 'more' }. */
export interface FactNumber {
  value: number;
  unit?: string;
  /** "more than", "less than", "about": a bound or an approximation, which agrees with the plain number. */
  bound?: 'more' | 'less' | 'about';
}

/** When a fact happened, and where that date came from. */
export interface FactWhen {
  /** An event entity the statement is set in (gazetteer id). */
  event?: string;
  /** ISO day, month or year. */
  date?: string;
  /**
   * `text`: the sentence gives it; `event`: the event it reports; `article`: the article's date;
   * `assumed`: the article had no date of its own, so the date is a guess the card must say it made.
   */
  source: 'text' | 'event' | 'article' | 'assumed';
}

export interface Fact {
  /**
   * Who acts: an entity id (a gazetteer entity, or one a description resolves to: "the Kremlin leader" is
   * Putin), or a side (`side:ru`, `side:sy`) for a government or delegation.
   */
  who: string;
  /** An action id of the lexicon (src/compiler/facts/action-lexicon.json): meet, ask, withdraw, extradite, … */
  action: string;
  /** The act is asked for, proposed or demanded (a request verb governs it), not done. */
  request?: 'ask' | 'propose' | 'demand';
  phase?: FactPhase;
  /** Entities the act is done to or about (sorted ids), not the actor, the speaker or the credited origin. */
  whom: string[];
  /** A place or installation where it happens (entity id). */
  where?: string;
  when: FactWhen;
  certainty: FactCertainty;
  /** Who says it, when someone is quoted or reported as saying it (entity id). */
  speaker?: string;
  /** The origin the outlet credits: an organisation entity id ("reuters"), or `anonymous` for unnamed sources. */
  credit?: string;
  numbers: FactNumber[];
  /** The language the statement is written in. */
  lang: Lang;
  /** The statement, verbatim, and its offsets in the text it was read from. */
  quote: string;
  start: number;
  end: number;
}

/** Why a sentence gave no fact: the panel and `--explain` say it instead of guessing. */
export interface NoFact {
  quote: string;
  start: number;
  end: number;
  reason: 'not-a-statement' | 'no-action' | 'no-actor' | 'no-topic' | 'too-short' | 'conditional';
  detail?: string;
}

/** How the facts of one article compare with the corpus's claims (the side panel's four lists). */
export interface FactComparison<C> {
  /** Page facts the corpus states too, with the corpus claims that state them. */
  confirmed: Array<{ fact: Fact; claims: C[] }>;
  /** Page facts whose slot the corpus fills differently, with how (difference kind) and the claims. */
  differs: Array<{ fact: Fact; claims: C[]; kind: FactDifferenceKind }>;
  /** Page facts the corpus does not hold. */
  new: Fact[];
  /** Corpus claims about what the page is about (same actors and event) that the page does not state. */
  leftOut: C[];
}

/** How two facts on the same slot differ (see src/compiler/facts/classify-difference.ts). */
export type FactDifferenceKind = 'contradiction' | 'later-development' | 'precision' | 'dates-of-one-act' | 'scope' | 'paraphrase' | 'attribution';
