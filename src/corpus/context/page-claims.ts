import type { Claim, CompiledCorpus, Origin, SourceRef } from '../../model/corpus-types';
import type { SentenceVerdict } from './page-facts';
import type { ClaimStanding, PageClaim } from './page-context';
import { notAClaim } from '../../compiler/facts';
import { pageClaimFact, pageWords } from './page-fact';

/**
 * The page's claims: each sentence of the page that the compiler made a claim of, or the fact reader read a
 * fact from, with its standing against the corpus. The compiler's grouping (the same that builds the cards)
 * says which corpus sources state it or answer its point otherwise; the fact reader adds what the compiler's
 * word overlap cannot see (the same fact in other words or another script, a number or a polarity that differs).
 */
/** Every claim the page is a source of, once each, in the page's order. */
export function pageClaims(
  together: CompiledCorpus,
  pageId: string,
  corpusClaims: readonly Claim[],
  verdicts: ReadonlyMap<number, SentenceVerdict>,
  /** The page's own date (not one assumed for it): what happened after it is nothing the page could confirm or contradict. */
  pageDate?: string,
): PageClaim[] {
  const entityOf = new Map(together.entities.map((e) => [e.id, e]));
  /** The claim is of what happened after the page's date: its time, else the date of the event it is on (a facet of the talks). */
  const afterPage = (claim: Pick<Claim, 'when' | 'entityId'>): boolean => {
    const date = claim.when?.date || entityOf.get(claim.entityId)?.date;
    return pageDate !== undefined && date !== undefined && date !== '' && date.slice(0, 10) > pageDate.slice(0, 10);
  };
  const page = together.articles.find((a) => a.id === pageId);
  const pagePassages = together.passages.filter((p) => p.articleId === pageId);
  /** Where a sentence of the page starts in its text, and its paragraph. */
  const locate = (quote: string, passageId?: string): { start: number; paragraph: number } => {
    const passage = pagePassages.find((p) => p.id === passageId) ?? pagePassages.find((p) => p.text.includes(quote));
    const within = passage ? passage.text.indexOf(quote) : -1;
    return { start: passage ? passage.start + Math.max(0, within) : (page?.text.indexOf(quote) ?? 0), paragraph: passage?.index ?? 0 };
  };
  const byKey = new Map<string, Claim[]>();
  for (const c of together.claims) {
    const all = [...c.sources, ...(c.variants ?? []).flatMap((v) => v.sources)];
    if (!all.some((s) => s.articleId === pageId)) continue;
    const key = c.key ?? c.id;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const out: Array<PageClaim & { order: number }> = [];
  const sentencesShown = new Set<number>();
  for (const copies of byKey.values()) {
    const claim = copies[0]!;
    const compared = claim.variants && claim.variants.length >= 2 ? difference(claim, pageId) : agreement(claim, pageId, corpusClaims);
    if (!compared) continue;
    // Grouped with an event after the page was written (a 2019 page's "met Putin" with the talks of 2025): the
    // page cannot report it, so the corpus neither confirms nor contradicts the page there. The line is new.
    const later = copies.some(afterPage);
    const line: Line = later ? { standing: 'new', text: compared.pageSource.quote, sources: [], origins: [], pageSource: compared.pageSource } : compared;
    const { pageSource, ...rest } = line;
    const at = locate(pageSource.quote, pageSource.passageId);
    const verdict = verdictAt(verdicts, at.start, pageSource.quote);
    const merged = verdict ? withVerdict(rest, beforePage(verdict, afterPage), pageId) : rest;
    if (verdict) sentencesShown.add(verdict.fact.start);
    const entityIds = [...new Set([...copies.map((c) => c.entityId), ...(verdict ? factEntities(verdict) : [])])].sort();
    const fact = verdict ? pageClaimFact(verdict.fact, entityOf) : undefined;
    out.push({ ...merged, ...(fact ? { fact } : {}), entityIds, sentence: { quote: pageSource.quote, paragraph: at.paragraph }, ...(claim.when && !later ? { when: claim.when } : {}), order: at.start });
  }
  // Facts the compiler made no claim of: the fact reader's verdict alone.
  for (const verdict of verdicts.values()) {
    if (sentencesShown.has(verdict.fact.start) || out.some((l) => l.sentence.quote.trim() === verdict.fact.quote.trim())) continue;
    const at = locate(verdict.fact.quote.trim());
    const base: Omit<PageClaim, 'entityIds' | 'sentence' | 'when'> = { standing: 'new', text: verdict.fact.quote.trim(), sources: [], origins: [] };
    out.push({ ...withVerdict(base, beforePage(verdict, afterPage), pageId), fact: pageClaimFact(verdict.fact, entityOf), entityIds: factEntities(verdict), sentence: { quote: verdict.fact.quote.trim(), paragraph: at.paragraph }, order: at.start });
  }
  // A sentence the corpus confirms or answers otherwise on one point is not also "new" on another.
  const compared = new Set(out.filter((l) => l.standing !== 'new').map((l) => l.sentence.quote));
  const kept = out.filter(
    (l, i) =>
      notAClaim(l.sentence.quote) === undefined &&
      (l.standing !== 'new' || !compared.has(l.sentence.quote)) &&
      out.findIndex((m) => m.sentence.quote === l.sentence.quote && m.standing === l.standing && m.text === l.text) === i,
  );
  return kept.sort((a, b) => a.order - b.order || (a.text < b.text ? -1 : 1)).map(({ order: _order, ...line }) => line);
}

/** The verdict with only the corpus claims of what happened by the page's date (a claim with no date stays). */
function beforePage(verdict: SentenceVerdict, afterPage: (claim: Claim) => boolean): SentenceVerdict {
  const claims = verdict.claims.filter((c) => !afterPage(c));
  return claims.length === verdict.claims.length ? verdict : { ...verdict, claims };
}

function verdictAt(verdicts: ReadonlyMap<number, SentenceVerdict>, start: number, quote: string): SentenceVerdict | undefined {
  const exact = verdicts.get(start);
  if (exact) return exact;
  for (const v of verdicts.values()) if (v.fact.quote.trim() === quote.trim()) return v;
  return undefined;
}

function factEntities(v: SentenceVerdict): string[] {
  return [...new Set([v.fact.who, ...v.fact.whom, ...(v.fact.where ? [v.fact.where] : []), ...(v.fact.when.event ? [v.fact.when.event] : [])].filter((id) => !id.startsWith('side:')))];
}

/**
 * The fact reader's verdict on a line: a difference it finds (a number, a polarity, a development) is said; a
 * fact it finds in corpus claims the compiler did not group with the page confirms a line that was new. What the
 * compiler already found (a confirmation, a difference) stands.
 */
function withVerdict<L extends Omit<PageClaim, 'entityIds' | 'sentence' | 'when'>>(line: L, verdict: SentenceVerdict, pageId: string): L {
  const sources = dedupe(verdict.claims.flatMap((c) => [...c.sources, ...(c.variants ?? []).flatMap((v) => v.sources)]).filter((s) => s.articleId !== pageId));
  if (verdict.standing === 'differs' && verdict.kind !== 'precision' && verdict.kind !== 'paraphrase' && line.standing !== 'differs' && sources.length > 0) {
    return {
      ...line,
      standing: 'differs',
      sources,
      origins: originsOf(sources),
      difference: {
        kind: verdict.kind ?? 'contradiction',
        question: verdict.fact.action,
        note: '',
        pageVariant: verdict.fact.quote.trim(),
        corpusVariants: verdict.claims.map((c) => ({ label: c.text, sources: c.sources.filter((s) => s.articleId !== pageId) })),
      },
    };
  }
  if (verdict.standing === 'confirmed' && line.standing === 'new' && sources.length > 0) {
    const first = verdict.claims[0]!;
    return { ...line, standing: 'confirmed', sources, origins: verdict.claims.length === 1 && first.origins ? first.origins : originsOf(sources), ...(first.key ? { corpusKey: first.key } : {}) };
  }
  return line;
}

function dedupe(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.articleId}|${s.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Line = Omit<PageClaim, 'entityIds' | 'sentence' | 'when'> & { pageSource: SourceRef };

function agreement(claim: Claim, pageId: string, corpusClaims: readonly Claim[]): Line | undefined {
  const pageSource = claim.sources.find((s) => s.articleId === pageId);
  if (!pageSource) return undefined;
  const others = claim.sources.filter((s) => s.articleId !== pageId);
  const standing: ClaimStanding = others.length > 0 ? 'confirmed' : 'new';
  // The corpus's own claim, when the group reaches one: its sources and origins are the whole corpus's view.
  const match = others.length > 0 ? matchingCorpusClaim(others, corpusClaims) : undefined;
  const line: Line = {
    standing,
    text: pageWords(claim.text, pageSource.quote),
    sources: match ? match.sources : others,
    origins: match ? (match.origins ?? []) : withoutOutlet(claim.origins ?? [], pageSource.outlet, others),
    pageSource,
  };
  if (match?.key) line.corpusKey = match.key;
  return line;
}

function difference(claim: Claim, pageId: string): Line | undefined {
  const variants = claim.variants ?? [];
  const own = variants.find((v) => v.sources.some((s) => s.articleId === pageId));
  if (!own) return undefined;
  const pageSource = own.sources.find((s) => s.articleId === pageId)!;
  const corpusVariants = variants
    .map((v) => ({ label: v.label, sources: v.sources.filter((s) => s.articleId !== pageId) }))
    .filter((v) => v.sources.length > 0);
  const sources = corpusVariants.flatMap((v) => v.sources);
  // The page gives an answer corpus sources give too: confirmed by them. An answer no corpus source gives, on a
  // point the corpus answers otherwise: it differs. A point only the page raises is new.
  const same = corpusVariants.find((v) => v.label === own.label);
  // One report retold, or one value told more or less precisely: the corpus confirms the page.
  const retold = claim.difference?.kind === 'paraphrase' || claim.difference?.kind === 'precision';
  if (same || retold || sources.length === 0) {
    const agreeing = retold ? sources : (same?.sources ?? []);
    return { standing: agreeing.length > 0 ? 'confirmed' : 'new', text: pageSource.quote, sources: agreeing, origins: originsOf(agreeing), pageSource };
  }
  return {
    standing: 'differs',
    text: pageSource.quote,
    sources,
    origins: originsOf(sources),
    pageSource,
    difference: {
      kind: claim.difference?.kind ?? 'contradiction',
      question: claim.facet ?? claim.text,
      note: claim.difference?.note ?? '',
      pageVariant: own.label,
      corpusVariants,
    },
  };
}

/** A corpus claim sharing a source sentence with the group: the same statement as the cards show it. */
function matchingCorpusClaim(others: readonly SourceRef[], corpusClaims: readonly Claim[]): Claim | undefined {
  const quotes = new Set(others.map((s) => `${s.articleId}|${s.quote}`));
  return corpusClaims.find((c) => !c.variants && c.sources.some((s) => quotes.has(`${s.articleId}|${s.quote}`)));
}

/** Origins without the page: its outlet is dropped from each, and an origin left with no outlet goes. */
function withoutOutlet(origins: readonly Origin[], pageOutlet: string, others: readonly SourceRef[]): Origin[] {
  const stillCarried = new Set(others.map((s) => s.outlet));
  return origins
    .map((o) => ({ name: o.name, outlets: o.outlets.filter((x) => x !== pageOutlet || stillCarried.has(x)) }))
    .filter((o) => o.outlets.length > 0);
}

/** For the sources of a difference: each outlet, or the agency it credits, once. */
function originsOf(sources: readonly SourceRef[]): Origin[] {
  const by = new Map<string, Set<string>>();
  for (const s of sources) {
    const name = s.via && !/anonymous|sources/i.test(s.via) ? s.via : s.outlet;
    by.set(name, (by.get(name) ?? new Set()).add(s.outlet));
  }
  return [...by].map(([name, outlets]) => ({ name, outlets: [...outlets].sort() })).sort((a, b) => b.outlets.length - a.outlets.length || (a.name < b.name ? -1 : 1));
}
