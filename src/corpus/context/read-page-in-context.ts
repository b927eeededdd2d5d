import type { Claim, CompiledCorpus, Entity, TimelineEvent } from '../../model/corpus-types';
import { localNames } from '../local-names';
import { toUserArticleRecord, type ArticleInput } from '../../model/user-article';
import { compileCorpusFromFiles, SEED_PATHS, toMatcherEntity, type CompileOptions, type SeedFile } from '../../compiler';
import { cachedDetector } from './detector-cache';
import { corpusAgencies } from './corpus-agencies';
import type { CorpusSource } from '../source';
import { articlesBehindClaims, CONTEXT_LIMITS } from './corpus-articles';
import { leftOutClaims } from './left-out';
import { pageClaims } from './page-claims';
import { articlesThatArePage } from './same-article';
import { articleFactsByQuote, readPageFacts } from './page-facts';
import { CorpusMemo } from './corpus-memo';
import { sharedMemo } from './shared-memo';
import type { FactEntity } from '../../compiler/facts';
import type { PageContext, PageName } from './page-context';
import type { PageInput } from './page-input';

export interface ContextInputs {
  /** The seed files (only the gazetteer, chrome rules and facets are read; articles come from `source`). */
  seedFiles: readonly SeedFile[];
  /** The corpus served now: the same one cards read. */
  source: CorpusSource;
  /** Compile options for tests (a detector). */
  compile?: Pick<CompileOptions, 'detector'>;
  /** What is kept between reads of one corpus version; by default the module's own, unless a detector is given. */
  memo?: CorpusMemo;
}


/**
 * Reads the page's article with the compiler's own reader and sets its claims against the corpus:
 * 1. the content script's detector finds the names the page gives;
 * 2. the corpus claims of those names lead to the corpus articles behind them, which are compiled again with
 *    the page, so the page's statements are grouped with the corpus's by the very code that built the cards
 *    (and the compile says which event the page reports);
 * 3. the page's facts and those of the corpus claims are read by the fact reader (src/compiler/facts);
 * 4. a claim the page shares with corpus sources is `confirmed`, one on a point where they answer otherwise is
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

  // 1. The names the page gives (the content script's detector, built once), most mentioned first.
  const gazetteer = ruleText(rules, SEED_PATHS.gazetteer);
  const detector = inputs.compile?.detector ?? cachedDetector(gazetteer);
  const mentioned = new Map<string, number>();
  // The detector needs the gazetteer's entities: the corpus source has them, as the compiler would parse them.
  const find = detector((await inputs.source.listEntities()).map(toMatcherEntity));
  for (const m of find(record.text)) mentioned.set(m.entityId, (mentioned.get(m.entityId) ?? 0) + 1);
  const nameIds = [...mentioned].sort((a, b) => b[1] - a[1]).slice(0, CONTEXT_LIMITS.MAX_ENTITIES).map(([id]) => id);

  // 2. The page with the corpus articles behind its names' claims, compiled together: the page's names, its
  // event, and its statements grouped with the corpus's by the code that built the cards.
  const claimsOf = async (ids: readonly string[]) => (await Promise.all(ids.map((id) => inputs.source.getClaimsForEntity(id)))).flat();
  // A test's own detector reads facts its own way: nothing it reads is kept for the next read.
  const memo = (inputs.memo ?? (inputs.compile?.detector ? new CorpusMemo() : sharedMemo)).at(meta.version, gazetteer, ruleText(rules, SEED_PATHS.facets));
  // (A saved page is not read back: it would push a source out of the compared set, and change it with every save.)
  const behind = await articlesBehindClaims(inputs.source, await claimsOf(nameIds), memo, record.id);
  // The page may be a corpus article itself (a seed, or one saved from this page): it is not its own source.
  const self = new Set([record.id, ...articlesThatArePage(record.text, record.contentHash, behind).map((a) => a.id)]);
  const corpusArticles = behind.filter((a) => !self.has(a.id));
  const corpusClaims = withoutSources(await claimsOf(nameIds), self);
  const together = compileCorpusFromFiles([...rules], {
    detector,
    corpusArticles,
    userArticles: [record],
    keepClaimsOf: record.id,
    articleStage: memo.stage,
    agencyNames: corpusAgencies(inputs.seedFiles),
  });
  const eventId = together.articles.find((a) => a.id === record.id)?.event;
  const names = await pageNames(together, record.id, inputs.source);
  const mainEntityIds = mainEntities(names, eventId);
  corpusClaims.push(...withoutSources(await claimsOf(mainEntityIds.filter((id) => !nameIds.includes(id))), self));

  // 3. Each page claim against the corpus sources it was grouped with.
  const factEntities = new Map<string, FactEntity>(together.entities.map((e) => [e.id, e]));
  const pageText = together.articles.find((a) => a.id === record.id)?.text ?? record.text;
  const facts = readPageFacts(
    { text: pageText, title: input.title, ...(page.date ? { date: page.date } : {}), assumedDate: input.date, ...(eventId ? { event: eventId } : {}) },
    together.entities,
    corpusArticles,
    corpusClaims,
    find,
    (a) => memo.facts(a, () => articleFactsByQuote(a, find, factEntities)),
  );
  const claims = pageClaims(together, record.id, corpusClaims, facts.bySentence, page.date);
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
      inCorpus: stored ? (stored.origin ?? 'saved') : self.size > 1 ? 'corpus' : null,
      ...(page.language ? { language: page.language } : {}),
      ...(eventId ? { eventId } : {}),
    },
    names,
    mainEntityIds,
    claims: status === 'article' ? claims : [],
    leftOut: status === 'article' ? leftOutClaims(mainEntityIds, entityOf, corpusClaims, claims, CONTEXT_LIMITS.LEFT_OUT_PER_ENTITY, page.date) : [],
    corpus: { version: meta.version, asOf: meta.asOf, articleCount: meta.articleCount },
    compared: { articles: corpusArticles.length, ms: Math.round(performance.now() - started) },
  };
  // The corpus articles prepared for this read outlive the worker (when the memo has a store): after the answer.
  memo.persistLater();
  return context;
}

/** The text of one of the seed rule files (`SEED_PATHS`), empty when absent (as the compiler reads it). */
export function ruleText(rules: readonly SeedFile[], file: string): string {
  return rules.find((f) => f.path.replace(/\\/g, '/') === file)?.text ?? '';
}

/** Claims with the sources of `articles` taken out; a claim left with no source goes. */
function withoutSources(claims: readonly Claim[], articles: ReadonlySet<string>): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    const sources = c.sources.filter((s) => !articles.has(s.articleId));
    const variants = c.variants?.map((v) => ({ ...v, sources: v.sources.filter((s) => !articles.has(s.articleId)) })).filter((v) => v.sources.length > 0);
    if (sources.length === 0 && (variants?.length ?? 0) === 0) continue;
    const origins = c.origins?.filter((o) => sources.some((s) => o.outlets.includes(s.outlet)));
    out.push({ ...c, sources, ...(variants ? { variants } : {}), ...(origins ? { origins } : {}) });
  }
  return out;
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
    const names = localNames(entity);
    out.push({
      id,
      name: entity.name,
      ...(names ? { names } : {}),
      type: entity.type,
      description: entity.description,
      ...(entity.identification ? { identification: entity.identification } : {}),
      paragraphs: count,
      timeline: await Promise.all(timeline.slice(-3).map((t) => timelineEntry(t, source))),
    });
  }
  return out;
}

/** One event of a compact timeline, with its Arabic and Russian label (the event entity's). */
async function timelineEntry(t: TimelineEvent, source: CorpusSource): Promise<PageName['timeline'][number]> {
  const event = await source.getEntity(t.id);
  const names = event ? localNames(event) : undefined;
  return { id: t.id, date: t.date, label: t.label, ...(names ? { names } : {}) };
}

/** The page's event first, then the people and organisations it names most. */
function mainEntities(names: readonly PageName[], eventId: string | undefined): string[] {
  const actors = names.filter((n) => n.type === 'person' || n.type === 'organisation' || n.type === 'event').map((n) => n.id);
  return [...new Set([...(eventId ? [eventId] : []), ...actors])].slice(0, CONTEXT_LIMITS.MAX_MAIN);
}
