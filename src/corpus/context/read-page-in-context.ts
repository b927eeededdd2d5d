import type { Claim, CompiledCorpus, Entity, Origin, SourceRef } from '../../model/corpus-types';
import { toUserArticleRecord, type ArticleInput } from '../../model/user-article';
import { compileCorpusFromFiles, SEED_PATHS, type CompileOptions, type SeedFile } from '../compile/compile-corpus';
import type { CorpusSource } from '../source';
import { articlesBehindClaims, CONTEXT_LIMITS } from './corpus-articles';
import { leftOutClaims } from './left-out';
import type { ClaimStanding, PageClaim, PageContext, PageName } from './page-context';

/** The page as the extension read it (src/extract), before the reader corrected anything. */
export interface PageInput {
  url: string;
  title?: string;
  outlet?: string;
  date?: string;
  language?: string;
  text: string;
  /** The extractor's judgement that the page is an article, not a front page or a list. */
  looksLikeArticle: boolean;
}

export interface ContextInputs {
  /** The seed files (only the gazetteer, chrome rules and facets are read; articles come from `source`). */
  seedFiles: readonly SeedFile[];
  /** The corpus served now: the same one cards read. */
  source: CorpusSource;
  /** Compile options for tests (a detector). */
  compile?: Pick<CompileOptions, 'detector'>;
}

/**
 * Reads the page's article with the compiler's own reader and sets its claims against the corpus:
 * 1. the page alone is compiled, to learn the names it gives and the event it reports;
 * 2. the corpus claims of those names lead to the corpus articles behind them, which are compiled again with
 *    the page, so the page's statements are grouped with the corpus's by the very code that built the cards;
 * 3. a claim the page shares with corpus sources is `confirmed`, one on a point where they answer otherwise is
 *    `differs` (with the kind of difference), one alone is `new`; the corpus claims of the page's main entities
 *    that no page claim meets are what it leaves out.
 * Nothing is stored: the page is compiled in memory, as the article it would be if saved.
 */
export async function readPageInContext(page: PageInput, inputs: ContextInputs): Promise<PageContext> {
  const started = performance.now();
  const rules = inputs.seedFiles.filter((f) => !f.path.replace(/\\/g, '/').startsWith(SEED_PATHS.articles));
  const meta = await inputs.source.meta();
  const input: ArticleInput = {
    url: page.url,
    title: page.title?.trim() || page.url,
    outlet: page.outlet?.trim() || hostOf(page.url),
    date: page.date ?? meta.asOf,
    text: page.text,
  };
  if (page.language) input.language = page.language;
  const record = toUserArticleRecord(input, 'saved', 0);
  const stored = await inputs.source.getArticle(record.id);

  // 1. The page alone: its names and its event.
  const alone = compileCorpusFromFiles([...rules], { ...inputs.compile, userArticles: [record] });
  const pageArticle = alone.articles.find((a) => a.id === record.id);
  const names = await pageNames(alone, record.id, inputs.source);
  const nameIds = names.map((n) => n.id).slice(0, CONTEXT_LIMITS.MAX_ENTITIES);
  const eventId = pageArticle?.event;
  const mainEntityIds = mainEntities(names, eventId);

  // 2. The page with the corpus articles behind its names' claims.
  const corpusClaims = (await Promise.all([...new Set([...nameIds, ...mainEntityIds])].map((id) => inputs.source.getClaimsForEntity(id)))).flat();
  const corpusArticles = (await articlesBehindClaims(inputs.source, corpusClaims)).filter((a) => a.id !== record.id);
  const together = compileCorpusFromFiles([...rules], { ...inputs.compile, corpusArticles, userArticles: [record], keepClaimsOf: record.id });

  // 3. Each page claim against the corpus sources it was grouped with.
  const claims = pageClaims(together, record.id, corpusClaims);
  const status: PageContext['status'] = !page.looksLikeArticle ? 'not-article' : claims.length === 0 ? 'no-claims' : 'article';
  const entityOf = new Map(together.entities.map((e) => [e.id, e]));
  const context: PageContext = {
    status,
    page: {
      url: page.url,
      title: input.title,
      outlet: input.outlet,
      date: input.date,
      dateAssumed: page.date === undefined,
      articleId: record.id,
      inCorpus: stored ? (stored.origin ?? 'saved') : null,
      ...(page.language ? { language: page.language } : {}),
      ...(eventId ? { eventId } : {}),
    },
    names,
    mainEntityIds,
    claims: status === 'article' ? claims : [],
    leftOut: status === 'article' ? leftOutClaims(mainEntityIds, entityOf, corpusClaims, claims, CONTEXT_LIMITS.LEFT_OUT_PER_ENTITY) : [],
    corpus: { version: meta.version, asOf: meta.asOf, articleCount: meta.articleCount },
    compared: { articles: corpusArticles.length, ms: Math.round(performance.now() - started) },
  };
  return context;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'this page';
  } catch {
    return 'this page';
  }
}

/** The names the page gives, most paragraphs first, with the corpus's identification and latest events. */
async function pageNames(alone: CompiledCorpus, articleId: string, source: CorpusSource): Promise<PageName[]> {
  const paragraphs = new Map<string, number>();
  for (const p of alone.passages) if (p.articleId === articleId) for (const id of p.entityIds) paragraphs.set(id, (paragraphs.get(id) ?? 0) + 1);
  const order = alone.entities.map((e) => e.id);
  const ranked = [...paragraphs].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
  const out: PageName[] = [];
  for (const [id, count] of ranked) {
    const entity: Entity | undefined = (await source.getEntity(id)) ?? alone.entities.find((e) => e.id === id);
    if (!entity) continue;
    const timeline = (await source.getTimeline(id)).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    out.push({
      id,
      name: entity.name,
      type: entity.type,
      description: entity.description,
      paragraphs: count,
      timeline: timeline.slice(-3).map((t) => ({ id: t.id, date: t.date, label: t.label })),
    });
  }
  return out;
}

/** The page's event first, then the people and organisations it names most. */
function mainEntities(names: readonly PageName[], eventId: string | undefined): string[] {
  const actors = names.filter((n) => n.type === 'person' || n.type === 'organisation' || n.type === 'event').map((n) => n.id);
  return [...new Set([...(eventId ? [eventId] : []), ...actors])].slice(0, CONTEXT_LIMITS.MAX_MAIN);
}

/** Every claim of the compiled page-with-corpus that the page is a source of, once each, in the page's order. */
function pageClaims(together: CompiledCorpus, pageId: string, corpusClaims: readonly Claim[]): PageClaim[] {
  const pageParagraph = new Map(together.passages.filter((p) => p.articleId === pageId).map((p) => [p.id, p.index]));
  const byKey = new Map<string, Claim[]>();
  for (const c of together.claims) {
    const key = c.key ?? c.id;
    const all = [...c.sources, ...(c.variants ?? []).flatMap((v) => v.sources)];
    if (!all.some((s) => s.articleId === pageId)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const out: Array<PageClaim & { order: number }> = [];
  for (const copies of byKey.values()) {
    const claim = copies[0]!;
    const entityIds = [...new Set(copies.map((c) => c.entityId))].sort();
    const line = claim.variants && claim.variants.length >= 2 ? difference(claim, pageId) : agreement(claim, pageId, corpusClaims);
    if (!line) continue;
    const paragraph = pageParagraph.get(line.pageSource.passageId) ?? 0;
    const sentenceStart = together.passages.find((p) => p.id === line.pageSource.passageId)?.text.indexOf(line.pageSource.quote) ?? 0;
    const { pageSource, ...rest } = line;
    out.push({ ...rest, entityIds, sentence: { quote: pageSource.quote, paragraph }, ...(claim.when ? { when: claim.when } : {}), order: paragraph * 1e6 + Math.max(0, sentenceStart) });
  }
  return out.sort((a, b) => a.order - b.order || (a.text < b.text ? -1 : 1)).map(({ order: _order, ...line }) => line);
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
    text: claim.text,
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
  if (same || sources.length === 0) {
    const agreeing = same?.sources ?? [];
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
