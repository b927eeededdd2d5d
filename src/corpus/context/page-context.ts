import type { Claim, ClaimFact, ClaimWhen, DifferenceKind, EntityType, IdentificationLang, Origin, SourceRef, TimelineEvent } from '../../model/corpus-types';
import type { LocalNames } from '../local-names';
import type { FactDifferenceKind } from '../../model/fact';

/**
 * What the side panel shows for the article on a page, and `npx backstory context` prints: the page read by
 * the compiler's own statement reader, set against the corpus. Codes and data only: the words are made by
 * whoever shows it, in the reader's language. Every line carries the page's sentence it comes from and the
 * corpus sources it was compared with, so nothing in it stands without a source.
 */
export interface PageContext {
  /**
   * `article`: claims were read and compared. `not-article`: the extractor judged the page a front page or a
   * list. `no-claims`: an article, but no statement of it could be read as a claim. The last two show names only.
   */
  status: 'article' | 'not-article' | 'no-claims';
  page: PageSummary;
  /** People, places, events… the page names, most named first, each with Backstory's identification and a compact timeline. */
  names: PageName[];
  /** The entities the article is mainly about (its event first): what `leftOut` is computed for. */
  mainEntityIds: string[];
  /** The page's claims, in the page's order: confirmed, differs or new. */
  claims: PageClaim[];
  /** Per main entity, what the corpus holds that the page does not state, most supported and most recent first. */
  leftOut: LeftOut[];
  corpus: { version: string; asOf: string; articleCount: number };
  /** How many corpus articles the page was compiled with, and how long the comparison took. */
  compared: { articles: number; ms: number };
}

export interface PageSummary {
  url: string;
  title: string;
  outlet: string;
  date: string;
  /** The page gave no date: the comparison used the corpus's "as of" date, and says so. */
  dateAssumed: boolean;
  language?: string;
  /** The id the article has (or would have) once saved: the same text saved is the same article. */
  articleId: string;
  /** The article is already part of the corpus (the reader saved it, a pack holds it, or it is one the corpus ships): it is compared with the other sources only. */
  inCorpus: 'saved' | 'pack' | 'corpus' | null;
  /** The event the compiler took the article to report, when it could tell. */
  eventId?: string;
}

export interface PageName {
  id: string;
  name: string;
  /** Its name in Arabic and Russian, when the gazetteer has one: the panel names it in the reader's language. */
  names?: LocalNames;
  type: EntityType;
  /** Backstory's identification ("Russia's foreign minister"). */
  description: string;
  /** The same identification in Arabic and Russian, Backstory's own words too. */
  identification?: Partial<Record<IdentificationLang, string>>;
  /** Paragraphs of the page that name it. */
  paragraphs: number;
  /** The latest dated events that concern it, newest last (a compact timeline), each with its Arabic and Russian label. */
  timeline: Array<Pick<TimelineEvent, 'id' | 'date' | 'label'> & { names?: LocalNames }>;
}

export type ClaimStanding = 'confirmed' | 'differs' | 'new';

/** The sentence of the page a line comes from: verbatim, with the paragraph it is in (0-based). */
export interface PageSentence {
  quote: string;
  paragraph: number;
}

export interface PageClaim {
  standing: ClaimStanding;
  /** The claim as the page states it (the compiler's display text: a resolved "He" becomes "[Name]"). */
  text: string;
  sentence: PageSentence;
  when?: ClaimWhen;
  /** Entities the claim is on the cards of. */
  entityIds: string[];
  /** The corpus sources it was compared with (never the page itself). Empty for `new`. */
  sources: SourceRef[];
  /** Their independent origins (an agency several outlets repeat counts once). */
  origins: Origin[];
  /** For `differs`: what the page says against what the corpus says, and how they relate. */
  difference?: {
    /** The compiler's kinds (as on cards) or the fact reader's (a later development, precision, dates of one act, scope). */
    kind: DifferenceKind | FactDifferenceKind;
    /** The point they differ on ("How long the Kremlin talks lasted"). */
    question: string;
    note: string;
    pageVariant: string;
    corpusVariants: Array<{ label: string; sources: SourceRef[] }>;
  };
  /** The corpus's own claim this one matched, when there is one (its key). */
  corpusKey?: string;
  /** The fact the page's sentence states, when the fact reader read one: the panel writes the claim from it in the reader's language. */
  fact?: ClaimFact;
}

export interface LeftOut {
  /** With its Arabic and Russian name, when the gazetteer has one: the panel names it in the reader's language. */
  entity: { id: string; name: string; names?: LocalNames; type: EntityType };
  /** Corpus claims the page does not state, ranked by independent origins, then by their latest source. */
  claims: Claim[];
}
