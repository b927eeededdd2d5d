import type { Article, Claim, Entity } from '../../model/corpus-types';
import type { Fact, FactDifferenceKind } from '../../model/fact';
import type { FindMentions } from '../../compiler';
import { compareFacts, readArticleFacts, type FactEntity } from '../../compiler/facts';

/** What the fact reader says of one sentence of the page. */
export interface SentenceVerdict {
  fact: Fact;
  standing: 'confirmed' | 'differs' | 'new';
  claims: Claim[];
  kind?: FactDifferenceKind;
}

export interface PageFactReading {
  /** By the page sentence's start offset in the page text. */
  bySentence: Map<number, SentenceVerdict>;
  /** Corpus claims about the page's actors and event that no page fact states. */
  leftOut: Claim[];
}

/**
 * The page's facts against the corpus's claims, by the fact reader (src/compiler/facts): the page's statements and
 * the sentences behind the corpus claims are read into facts by the same reader, then compared slot by slot
 * (`compareFacts`). A corpus claim's fact is the fact of its first source sentence the reader can read.
 */
export function readPageFacts(
  page: { text: string; title?: string; date?: string; assumedDate: string; event?: string },
  entities: readonly Entity[],
  corpusArticles: readonly Article[],
  corpusClaims: readonly Claim[],
  find: FindMentions,
  /** The facts of a corpus article by their sentence (`articleFactsByQuote`), remembered between reads by the caller. */
  factsOfArticle: (article: Article) => ReadonlyMap<string, Fact> = (a) => articleFactsByQuote(a, find, new Map(entities.map((e) => [e.id, e]))),
): PageFactReading {
  const factEntities = new Map<string, FactEntity>(entities.map((e) => [e.id, e]));
  const pageFacts = readArticleFacts(
    page.text,
    { ...(page.title ? { title: page.title } : {}), ...(page.date ? { date: page.date } : {}), assumedDate: page.assumedDate, ...(page.event ? { event: page.event } : {}) },
    find,
    factEntities,
  );
  // The facts of the corpus articles behind the claims, by article and sentence.
  const factsOf = new Map(corpusArticles.map((a) => [a.id, factsOfArticle(a)]));
  const holders: Array<{ claim: Claim; fact?: Fact }> = [];
  const seen = new Set<string>();
  for (const claim of corpusClaims) {
    const key = claim.key ?? claim.id;
    if (seen.has(key)) continue;
    seen.add(key);
    const sources = [...claim.sources, ...(claim.variants ?? []).flatMap((v) => v.sources)];
    const fact = sources.map((s) => factsOf.get(s.articleId)?.get(s.quote.trim())).find((f) => f !== undefined);
    holders.push(fact ? { claim, fact } : { claim });
  }
  const compared = compareFacts(pageFacts, holders);
  const bySentence = new Map<number, SentenceVerdict>();
  for (const c of compared.confirmed) bySentence.set(c.fact.start, { fact: c.fact, standing: 'confirmed', claims: c.claims.map((h) => h.claim) });
  for (const d of compared.differs) bySentence.set(d.fact.start, { fact: d.fact, standing: 'differs', claims: d.claims.map((h) => h.claim), kind: d.kind });
  for (const f of compared.new) if (!bySentence.has(f.start)) bySentence.set(f.start, { fact: f, standing: 'new', claims: [] });
  return { bySentence, leftOut: compared.leftOut.map((h) => h.claim) };
}

/** The facts an article of the corpus states, by their sentence (trimmed), as the fact reader reads the article. */
export function articleFactsByQuote(a: Article, find: FindMentions, entities: ReadonlyMap<string, FactEntity>): Map<string, Fact> {
  const meta = { title: a.title, date: a.date, ...(a.event ? { event: a.event } : {}) };
  return new Map(readArticleFacts(a.text, meta, find, entities).map((f) => [f.quote.trim(), f]));
}
