/**
 * The compiled corpus: what `build.mjs` produces from `seeds/` and every context reads.
 * Plain JSON-serialisable data, so the same bundle is shipped as a file, kept in IndexedDB
 * and read by the CLI. Ids are stable strings so user data can refer to them across updates.
 */

import type { EntityType } from './entity-types';
import type { Fact } from './fact';
import type { Lang } from './lang';

export type { EntityType };
export type { Lang };

/** A name under which an entity appears in text. */
export interface Alias {
  text: string;
  lang: Lang;
  /** Ambiguous on its own ("Novak", "Assad", "military police"): marks only with context. */
  ambiguous?: boolean;
  /**
   * A family name alone ("Assad", "al-Sharaa", "Лавров"): it names the entity only when nothing next to
   * it says the text means a relative or a namesake (another given name, a kinship word, another's title).
   */
  family?: boolean;
  /**
   * Also a common word in its own language (الشرع "the law", الأسد "the lion"): marks only with a
   * person cue (a given name, a title, a verb of speech, or a fuller mention earlier in the section).
   */
  cue?: boolean;
  /** Languages (ISO 639-1) in which the alias is an ordinary word, never this name (Estonian "Tartus", "in Tartu"). */
  commonIn?: string[];
}

/** A sentence of an entity's description that says more than what the entity is, with the passages behind it. */
export interface EntityFact {
  text: string;
  sources: SourceRef[];
}

/** The interface languages besides English in which the gazetteer may identify an entity. */
export type IdentificationLang = 'ar' | 'ru';

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical English name shown on the card. */
  name: string;
  /**
   * A bare identification ("Russia's foreign minister"), Backstory's own words: the build rejects one that
   * reports anything (dates, numbers, relative clauses). What the sources report goes in `facts`.
   */
  description: string;
  /** The same identification in Arabic and Russian, Backstory's own words too; the card falls back to `description`. */
  identification?: Partial<Record<IdentificationLang, string>>;
  /** An event's name in Arabic and Russian (gazetteer `label`): a claim set in the event is headed with it on those cards. */
  label?: Partial<Record<IdentificationLang, string>>;
  /** Description sentences that report something, each with the corpus passages that support it. */
  facts?: EntityFact[];
  /** Articles that mention it (an event: also those that report it); the card's count, same as its timeline's. */
  articles?: number;
  aliases: Alias[];
  /**
   * `specific` entities (Hmeimim, al-Sharaa, Qamishli) mark on any page;
   * `broad` ones (Putin, Russia, sanctions, wheat) mark only on a page that is about Syria–Russia.
   */
  scope: 'specific' | 'broad';
  /** ISO date (YYYY-MM-DD) for events. */
  date?: string;
  /** Ids of entities an event or topic is about; drives timelines. */
  related?: string[];
  /**
   * Which side of the Syria–Russia pair the entity signals (Damascus → sy, the Kremlin → ru).
   * A page that names both sides is on topic, so its broad entities are marked too.
   */
  country?: 'sy' | 'ru';
}

/** An article as the extension ships and stores it: its text is in its passages, paragraph by paragraph. */
export interface ArticleMeta {
  id: string;
  /** The seed file the article came from, relative to `seeds/`. */
  file: string;
  title: string;
  /** Outlet as the text names it ("Reuters", "TASS", "bne IntelliNews"); never guessed. */
  outlet: string;
  /** ISO publication date. */
  date: string;
  /**
   * A reader's article whose date the page did not give: `reader`, they entered it; `assumed`, a default (the day
   * it was saved, a pack's default) the card says it assumed. Absent when the page (or the seed) gives it.
   */
  dateSource?: 'reader' | 'assumed';
  /**
   * Id of the event entity the article reports. Every seed article names one; an article the reader
   * added has one only when it names an event of the days just before its date (`infer-event.ts`).
   */
  event?: string;
  /** Agencies the text cites ("according to Reuters", "TASS reported"), when it names any. */
  cites?: string[];
  /** Present on the reader's own articles: saved from a page, or imported with a pack. */
  origin?: UserOrigin;
  /** The reader's own articles: the page address. */
  url?: string;
  /** The pack an imported article came with. */
  packId?: string;
}

/** Whose article a source is, when it is not the shipped corpus's: the card marks it ("saved by you"). */
export type UserOrigin = 'saved' | 'pack';

/** An article as the compiler sees it. */
export interface Article extends ArticleMeta {
  /** Cleaned body text; passage offsets index into it. */
  text: string;
}

/** A paragraph of an article, with its sentences; offsets are into `Article.text`. */
export interface Passage {
  id: string;
  articleId: string;
  /** Paragraph index within the article. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Sentence spans, relative to `start` of this passage. */
  sentences: Array<[number, number]>;
  /** Entities mentioned in the passage, sorted, unique. */
  entityIds: string[];
}

/** Where one source says something. */
export interface SourceRef {
  articleId: string;
  passageId: string;
  outlet: string;
  date: string;
  /** The sentence that carries the statement, verbatim from the article. */
  quote: string;
  /** Whom the outlet credits for the statement ("Reuters", "SANA", "anonymous Syrian sources"), when it says. */
  via?: string;
  /** How the quote supports the claim it sits under: set on every source of a clustered claim. */
  support?: Support;
  /** The source is one of the reader's own articles. */
  origin?: UserOrigin;
  /** Its article's date was not the page's (`ArticleMeta.dateSource`): the card says so beside it. */
  dateSource?: 'reader' | 'assumed';
}

/**
 * Why a source stands under a claim. `partial`: the quote says less (a hedge such as "likely", a part of the
 * claim's content), so the card marks it; `full`: same event, same speaker and direction, the claim's content.
 */
export interface Support {
  level: 'full' | 'partial';
  /** Human-readable reasons, in English, for `backstory card --explain` (never shown on the card). */
  why: string[];
  /** Why a `partial` source supports only part of the claim, as codes the card puts into the reader's words. */
  partial?: PartialReason[];
}

/**
 * Why a source supports a claim only in part: `hedged`, it hedges what the claim states (`hedge`: its own word,
 * verbatim, when it has one; else `certainty`, the fact's); `unnamed`, it does not name these entities the claim
 * names (their names, shown as names); `part`, it says only part of the claim's content.
 */
export type PartialReason =
  | { code: 'hedged'; hedge?: string; certainty?: 'likely' | 'expected' | 'planned' }
  | { code: 'unnamed'; names: string[] }
  | { code: 'part' };

/** One independent origin of a claim: an agency several outlets repeat counts once ("Reuters, via 3 outlets"). */
export interface Origin {
  name: string;
  /** Outlets (article outlets) that carry the claim from this origin. */
  outlets: string[];
}

/** When and within which event a claim is set. */
export interface ClaimWhen {
  /** Event entity id, or `time:YYYY-MM[-DD]` for a dated statement outside known events, or `background`. */
  id: string;
  /** "Al-Sharaa's talks with Putin at the Kremlin", "December 2024", "Background". */
  label: string;
  /** ISO date or month (YYYY-MM) the statement is about; empty for undated background. */
  date: string;
  /** The statement says how things stood at `date` ("has repositioned"), not what happened then. */
  asOf?: true;
  /** The event's name in Arabic and Russian, when the gazetteer gives it (`label`); `label` is the English. */
  labels?: Partial<Record<IdentificationLang, string>>;
}

/** How the versions of a disputed point relate: what "Sources differ" means for it. */
export type DifferenceKind =
  | 'contradiction'
  | 'change-over-time'
  | 'later-development'
  | 'precision'
  | 'dates-of-one-act'
  | 'scope'
  | 'paraphrase'
  | 'different-questions'
  | 'attribution';

/**
 * The fact a claim states, as the card writes its headline in the reader's language: the slots of a Fact
 * (without one source's quote), the names of the entities it names in each language, and the languages its
 * sources are written in. Only claims merged on a fact carry one.
 */
export interface ClaimFact extends Omit<Fact, 'quote' | 'start' | 'end' | 'lang'> {
  /** Entity id → its name in English, Arabic and Russian (for the headline). */
  names: Record<string, Partial<Record<Lang, string>>>;
  /** Languages the claim's sources are written in, sorted. */
  langs: Lang[];
}

/** One version of a disputed fact, and who reports it. */
export interface ClaimVariant {
  label: string;
  sources: SourceRef[];
}

/**
 * A statement, clustered across sources, as shown on the card of one entity it concerns. The same statement
 * on another entity's card has the same `key`, text, sources and counts; only `id` and `entityId` differ.
 * `agreement.count` = independent origins (`origins.length`); `agreement.total` = articles that report the
 * claim's event. Neither depends on the card that shows the claim.
 */
export interface Claim {
  id: string;
  entityId: string;
  /** Shared by the copies of one statement on the cards of the entities it concerns. */
  key?: string;
  /**
   * The statement as shown on the card: a source sentence, with an unresolved lead-in ("In addition, he")
   * replaced by what it refers to in brackets ("[Ahmad al-Sharaa]").
   */
  text: string;
  sources: SourceRef[];
  agreement: { count: number; total: number };
  /** Independent origins, most outlets first. */
  origins?: Origin[];
  /** The event and date the claim is about. */
  when?: ClaimWhen;
  /** Who says or does what the claim states (entity id), when the sentence names or implies it. */
  agent?: string;
  /** The claim's own hedge ("likely", "expected to"), kept so it is never shown as fact. */
  hedge?: string;
  /** Present when sources differ on this point (e.g. al-Sharaa's title); two or more variants. */
  variants?: ClaimVariant[];
  /** The language-independent fact the claim states; the card's headline is written from it. */
  fact?: ClaimFact;
  /** For disputed facts: the question they answer ("Title used for al-Sharaa"). */
  facet?: string;
  /** For disputed facts: how the variants relate, and a one-line note saying so. */
  difference?: { kind: DifferenceKind; note: string };
}

export interface TimelineEvent {
  /** Event entity id. */
  id: string;
  date: string;
  label: string;
  /** Entities the event concerns. */
  entityIds: string[];
  sources: Array<Pick<SourceRef, 'articleId' | 'outlet' | 'date' | 'origin' | 'dateSource'>>;
}

/** Everything the content script needs to find mentions; small enough to ship in its bundle. */
export interface MatcherEntity {
  id: string;
  type: EntityType;
  name: string;
  scope: 'specific' | 'broad';
  country?: 'sy' | 'ru';
  aliases: Alias[];
  /** Title concepts its identification names ("vice-president"): a family name after a namesake's title is the namesake. */
  titles?: string[];
  /** The corpus has no report on it yet: recognised, marked quietly, its card says so. */
  unreported?: true;
}

/** The corpus as the background compiles it from the shipped seeds and every context reads it. */
export interface CorpusBundle {
  /** Content hash of the compiled corpus; a change triggers a re-import into IndexedDB. */
  version: string;
  /** Latest article date: the card says "as of" this date. */
  asOf: string;
  entities: Entity[];
  articles: ArticleMeta[];
  passages: Passage[];
  claims: Claim[];
  timeline: TimelineEvent[];
}

/** The shipped corpus's identity (corpus-meta.json beside corpus.json in the package). */
export interface ShippedCorpusMeta {
  version: string;
  asOf: string;
  articleCount: number;
  entityCount: number;
}

/** The compiler's output: the bundle with each article's whole text, which `shippedBundle` leaves out. */
export interface CompiledCorpus extends CorpusBundle {
  articles: Article[];
}

/** What the context card shows for one entity; `npx backstory card` prints exactly this. */
export interface CardData {
  entity: Pick<Entity, 'id' | 'type' | 'name' | 'description' | 'identification' | 'facts'> & {
    /** The entity's name in Arabic and Russian (its first plain alias in each), for the card's heading. */
    names?: Partial<Record<IdentificationLang, string>>;
  };
  /** Key claims, most agreed first (three to five). */
  claims: Claim[];
  /** Claims on which sources differ. */
  differences: Claim[];
  timeline: TimelineEvent[];
  asOf: string;
  /** Articles that mention the entity (or, for an event, report it). */
  articleCount: number;
  /**
   * Set when the card cites nothing (no claim, difference or sourced description fact): `unmentioned`, no
   * article names the entity; `passing`, the `articleCount` articles that do name it only in passing or as a
   * source. A code: the card and the CLI put it into words in the reader's language.
   */
  empty?: CardEmpty;
}

/** Why a card cites nothing (see `CardData.empty`). */
export type CardEmpty = 'unmentioned' | 'passing';
