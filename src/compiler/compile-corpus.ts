import type { Article, Claim, CompiledCorpus, Entity, Passage } from '../model/corpus-types';
import { parseArticleFile } from './article-file';
import { claimsByEntity, groupStatements } from './claims';
import { corpusDetector, toMatcherEntity } from './detector';
import { facetClaims, matchVariant, sourceRef, withVia, type ClaimContext, type VariantMatch } from './facet-claims';
import { resolveFacts } from './description-facts';
import { parseSeedRules } from './seed-rules';
import { createHasher } from '../model/hash';
import { linkEntities, type ArticleLinks, type FindMentions, type MentionDetector } from './link-entities';
import type { Mention } from '../detect/types';
import { splitPassages } from './passages';
import { SeedError } from './seed-error';
import { findDifferences } from './differences';
import { selectSentences } from './select-sentences';
import type { Statement } from './statements';
import { readStatements, type StatementStage } from './statement-stage';
import { addContainedMentions, citedArticles } from './entity-articles';
import { factDifferences } from './fact-differences';
import { buildTimeline, type CueHits } from './timeline';
import { inferEvents, markUserSources, userArticleToArticle } from './user-articles';
import type { UserArticleRecord } from '../model/user-article';

export interface SeedFile {
  /** Relative to the seeds folder, with `/` separators: `gazetteer.yaml`, `articles/000_x.txt`. */
  path: string;
  text: string;
}

export interface CompileOptions {
  /** Mention detection; defaults to the content script's own (src/detect). Tests may pass another. */
  detector?: MentionDetector;
  /**
   * The reader's own articles (saved from pages, imported with packs), compiled with the seeds by the
   * same code: the extension's background and `npx backstory … --with <pack>` both pass them here.
   */
  userArticles?: readonly UserArticleRecord[];
  /**
   * The per-article stage's results kept between compiles of the same seeds (incremental.ts): an
   * article compiled before is not split or scanned again. Keyed by article id, which for a reader's
   * article is its content hash; entries of articles no longer compiled are dropped.
   */
  articleStage?: ArticleStageCache;
  /**
   * Articles of a compiled corpus, read back from its passages, compiled again beside the seed files: the side
   * panel compares a page with the corpus articles its names lead to (src/corpus/context), not with all of them.
   */
  corpusArticles?: readonly Article[];
  /** An article whose every claim is kept on every card, however little agreed: the side panel reads all of the page's. */
  keepClaimsOf?: string;
  /**
   * Agencies the whole corpus cites, credited besides those the compiled articles cite: the side panel compiles a
   * few corpus articles, and crediting as the whole corpus's compile does keeps their statements (and the kept
   * per-article stage) the same when a save brings another article, citing another agency, into the few.
   */
  agencyNames?: readonly string[];
}

/** What the per-article stage gives for one article: plain data, the same for the same text and gazetteer. */
export interface ArticleStage {
  passages: Passage[];
  /** Absent until the article has been scanned. */
  mentions?: Mention[];
  /** Its statements and their facts, as last read. */
  statements?: StatementStage;
  /** Per facet variant (facet-claims.ts `VariantMatch`): where the article first says it, -1 nowhere, UNMATCHED not asked yet. */
  facetMatches?: Int32Array;
  /** Per event id: the passages (counted from the article's first) where its cues match, -1 outside any; null: no match. */
  cueHits?: Map<string, number[] | null>;
  /** Its sentences' mentions and its passages' entities, once linked (link-entities.ts). */
  linked?: ArticleLinks;
  /** Its passages' share of the corpus version (`bundleVersion`), once the gazetteer has linked them. */
  passagesDigest?: string;
}

const UNMATCHED = -2;

export interface ArticleStageCache {
  articles: Map<string, ArticleStage>;
  /**
   * Keep up to this many articles, the least recently compiled dropped first, rather than only this compile's:
   * the side panel compiles each page with a different few corpus articles, and the next page meets most again.
   */
  retain?: number;
  /** The facets file the entries' `facetMatches` answer. */
  facetsText?: string;
  /** The gazetteer the entries' `cueHits` answer. */
  gazetteerText?: string;
  /** The gazetteer's mention finder, built by the first compile that scans an article. */
  find?: FindMentions;
}

export function createArticleStageCache(retain?: number): ArticleStageCache {
  return retain === undefined ? { articles: new Map() } : { articles: new Map(), retain };
}

export const SEED_PATHS = { gazetteer: 'gazetteer.yaml', chromeRules: 'chrome-rules.yaml', facets: 'facets.yaml', articles: 'articles/' };

/**
 * Compile seed files into a CompiledCorpus (`shippedBundle` makes the CorpusBundle the extension
 * ships from it). Pure and deterministic: the same files (in any order) give the
 * same bundle, byte for byte. Throws SeedError (`file:line: message`) on the first problem in the seeds.
 */
export function compileCorpusFromFiles(files: SeedFile[], options: CompileOptions = {}): CompiledCorpus {
  const byPath = new Map<string, string>();
  for (const f of files) byPath.set(f.path.replace(/\\/g, '/').replace(/^\.\//, ''), f.text);
  const gazetteerText = byPath.get(SEED_PATHS.gazetteer);
  if (gazetteerText === undefined) throw new SeedError(SEED_PATHS.gazetteer, 1, 'missing file: the gazetteer is required');
  const rulesText = byPath.get(SEED_PATHS.chromeRules);
  const facetsText = byPath.get(SEED_PATHS.facets);
  const { entities, cues, facts, rules, facets } = parseSeedRules({
    gazetteer: [SEED_PATHS.gazetteer, gazetteerText],
    ...(rulesText === undefined ? {} : { chromeRules: [SEED_PATHS.chromeRules, rulesText] }),
    ...(facetsText === undefined ? {} : { facets: [SEED_PATHS.facets, facetsText] }),
  });
  const entityTypes = new Map(entities.map((e) => [e.id, e.type as string]));
  // The facet matches an article's entry keeps are those of these facets: others drop them.
  if (options.articleStage && options.articleStage.facetsText !== (facetsText ?? '')) {
    options.articleStage.facetsText = facetsText ?? '';
    for (const entry of options.articleStage.articles.values()) delete entry.facetMatches;
  }
  if (options.articleStage && options.articleStage.gazetteerText !== gazetteerText) {
    options.articleStage.gazetteerText = gazetteerText;
    for (const entry of options.articleStage.articles.values()) {
      delete entry.cueHits;
      delete entry.passagesDigest;
      delete entry.linked;
    }
  }

  const articlePaths = [...byPath.keys()].filter((p) => p.startsWith(SEED_PATHS.articles) && p.endsWith('.txt')).sort();
  const articles: Article[] = [];
  const idFile = new Map<string, string>();
  for (const path of articlePaths) {
    const { article } = parseArticleFile(path, byPath.get(path)!, rules, entityTypes);
    const other = idFile.get(article.id);
    if (other) throw new SeedError(path, 1, `duplicate article id "${article.id}" (also ${other})`);
    idFile.set(article.id, path);
    articles.push(article);
  }
  for (const article of options.corpusArticles ?? []) {
    if (idFile.has(article.id)) continue;
    idFile.set(article.id, `corpus article ${article.id}`);
    articles.push({ ...article });
  }
  for (const record of options.userArticles ?? []) {
    if (idFile.has(record.id)) continue; // the same text saved twice, or in two packs: one article
    idFile.set(record.id, `user article ${record.id}`);
    articles.push(userArticleToArticle(record));
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const stage = options.articleStage;
  const passages: Passage[] = [];
  const firstPassage: number[] = [];
  for (const article of articles) {
    firstPassage.push(passages.length);
    const own = stage?.articles.get(article.id)?.passages ?? splitPassages(article);
    for (const p of own) passages.push(p);
  }
  resolveFacts(SEED_PATHS.gazetteer, facts, entities, articles, passages);
  const detector = options.detector ?? corpusDetector;
  // Building the matcher costs as much as scanning hundreds of articles: once per cache, and only if one is new.
  const build = () => detector(entities.map(toMatcherEntity));
  const find: FindMentions = stage ? (text) => (stage.find ??= build())(text) : build();
  const links = stage
    ? linkEntities(articles, passages, firstPassage, rememberStage(stage, articles, passages, firstPassage, find), (ai) => stage.articles.get(articles[ai]!.id))
    : linkEntities(articles, passages, firstPassage, find);
  inferEvents(articles, entities, links.articlesByEntity);
  addContainedMentions(entities, links.articlesByEntity);

  // Agreement denominators: articles that mention the entity, and for an event also those that report it.
  const articleTotals = new Map([...links.articlesByEntity].map(([id, set]) => [id, set.size]));
  const reporting = new Map<string, Set<number>>();
  articles.forEach((a, ai) => a.event && reporting.set(a.event, (reporting.get(a.event) ?? new Set()).add(ai)));
  for (const [id, set] of reporting) articleTotals.set(id, unionSize(set, links.articlesByEntity.get(id)));
  const ctx: ClaimContext = { articles, passages, sentences: links.sentences, articleTotals };
  const sentencesByArticle: number[][] = articles.map(() => []);
  const candidates = new Map<string, number[]>();
  links.sentences.forEach((s, i) => {
    sentencesByArticle[s.article]!.push(i);
    for (const m of s.mentions) {
      const list = candidates.get(m.entityId);
      if (!list) candidates.set(m.entityId, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });

  // Statements from the sentences that name an entity or report an event, with those just before them (a "He …" needs what came before).
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const agencyNames = new Set<string>();
  for (const name of [...articles.flatMap((a) => a.cites ?? []), ...(options.agencyNames ?? [])]) agencyNames.add(name.toLowerCase());
  for (const e of entities) if (agencyNames.has(e.name.toLowerCase())) for (const al of e.aliases) agencyNames.add(al.text.toLowerCase());
  // With their facts (plain data, per article: kept in the per-article cache when there is one).
  const { statements, facts: statementFacts } = readStatements(
    { articles, sentences: links.sentences, entities: entityById, cues: eventCues(entities, cues), agencyNames },
    selectSentences(articles, links.sentences, sentencesByArticle, candidates),
    stage && ((id) => stage.articles.get(id)),
  );
  const statementOf = new Map(statements.map((statement) => [statement.sentence, statement]));
  const textOf = (statement: Statement): string => {
    const r = links.sentences[statement.sentence]!;
    return articles[r.article]!.text.slice(r.start, r.end);
  };
  const found = findDifferences(statements, entityById, textOf, (statement) => withVia(sourceRef(ctx, links.sentences[statement.sentence]!), statement), (statement) => articles[statement.article]!.date);
  const groups = groupStatements(
    { articles, passages, sentences: links.sentences, entities: entityById, facts: statementFacts },
    statements.filter((statement) => !found.disputed.has(statement.sentence)),
  );
  const facetsByEntity = new Map<string, Claim[]>();
  for (const d of [...found.claims, ...factDifferences(groups, entityById)]) {
    const { entityIds, ...claim } = d;
    for (const id of entityIds) facetsByEntity.set(id, [...(facetsByEntity.get(id) ?? []), { ...claim, id: `${id}:diff:${claim.key}`, entityId: id }]);
  }
  const variants = facets.reduce((n, f) => n + f.variants.length, 0);
  const match: VariantMatch | undefined = stage && ((article, k, patterns) => {
    const entry = stage.articles.get(article.id);
    if (!entry) return matchVariant(article, k, patterns);
    const row = (entry.facetMatches ??= new Int32Array(variants).fill(UNMATCHED));
    if (row[k] === UNMATCHED) row[k] = matchVariant(article, k, patterns);
    return row[k]!;
  });
  for (const c of facetClaims(ctx, facets, sentencesByArticle, statementOf, match)) facetsByEntity.set(c.entityId, [...(facetsByEntity.get(c.entityId) ?? []), c]);
  const keep = options.keepClaimsOf;
  const claims: Claim[] = claimsByEntity(groups, entities, keep === undefined ? undefined : (g) => g.members.some((m) => articles[m.article]!.id === keep));
  for (const entity of entities) claims.push(...(facetsByEntity.get(entity.id) ?? []));

  const cueHits: CueHits | undefined = stage && ((ai, eventId, _cues, compute) => {
    const entry = stage.articles.get(articles[ai]!.id);
    if (!entry) return compute();
    const row = (entry.cueHits ??= new Map());
    let kept: number[] | null | undefined = row.get(eventId);
    if (kept === undefined) {
      const first = firstPassage[ai]!;
      kept = compute()?.map((pi) => (pi < 0 ? -1 : pi - first)) ?? null;
      row.set(eventId, kept);
    }
    return kept?.map((pi) => (pi < 0 ? -1 : pi + firstPassage[ai]!));
  });
  const timeline = buildTimeline({ articles, passages, firstPassage, articlesByEntity: links.articlesByEntity, ...(cueHits ? { cueHits } : {}) }, entities, cues);
  const reportedBy = new Map(timeline.map((t) => [t.id, t.sources.length]));
  const cited = citedArticles(entities, claims, articles);
  for (const e of entities) e.articles = Math.max(reportedBy.get(e.id) ?? 0, unionSize(links.articlesByEntity.get(e.id), cited.get(e.id)));
  markUserSources(claims, timeline, articles);
  const asOf = articles.reduce((max, a) => (a.date > max ? a.date : max), '');
  const content = { asOf, entities, articles, passages, claims, timeline };
  const passagesDigest = (ai: number): string => articlePassagesDigest(passages, firstPassage[ai]!, ai + 1 < firstPassage.length ? firstPassage[ai + 1]! : passages.length);
  const digestOf = stage
    ? (ai: number): string => {
        const entry = stage.articles.get(articles[ai]!.id);
        return entry ? (entry.passagesDigest ??= passagesDigest(ai)) : passagesDigest(ai);
      }
    : passagesDigest;
  return { version: bundleVersion(content, digestOf), ...content };
}

/**
 * The mention finder, through the per-article cache: an article scanned before is not scanned again.
 * Refreshes the cache with this compile's articles (their passages and mentions) and drops the others (or, with
 * `retain`, the least recently compiled beyond that many).
 */
function rememberStage(stage: ArticleStageCache, articles: Article[], passages: Passage[], firstPassage: number[], find: FindMentions): FindMentions {
  const idOf = new Map(articles.map((a) => [a.text, a.id]));
  const keep = new Set(articles.map((a) => a.id));
  if (stage.retain === undefined) for (const id of stage.articles.keys()) if (!keep.has(id)) stage.articles.delete(id);
  articles.forEach((a, ai) => {
    const end = ai + 1 < firstPassage.length ? firstPassage[ai + 1]! : passages.length;
    const known = stage.articles.get(a.id);
    stage.articles.delete(a.id); // (set again last: most recently used)
    stage.articles.set(a.id, known ?? { passages: passages.slice(firstPassage[ai]!, end) });
  });
  if (stage.retain !== undefined) for (const id of stage.articles.keys()) if (stage.articles.size > Math.max(stage.retain, keep.size)) stage.articles.delete(id);
  return (text) => {
    const entry = stage.articles.get(idOf.get(text) ?? '');
    if (!entry) return find(text);
    entry.mentions ??= find(text);
    return entry.mentions;
  };
}

/**
 * How many articles are in either set, counted without making their union: with 10,000 articles a broad entity's
 * set holds thousands, and a union per entity per compile was 13 MB of garbage at each save (measured in Node).
 */
function unionSize(a: ReadonlySet<number> | undefined, b: ReadonlySet<number> | undefined): number {
  let size = a?.size ?? 0;
  for (const ai of b ?? []) if (!a?.has(ai)) size++;
  return size;
}

/** Event cues, plus each event's own names as plain patterns, in gazetteer order. */
function eventCues(entities: Entity[], cues: Map<string, RegExp[]>): Map<string, RegExp[]> {
  const out = new Map<string, RegExp[]>();
  for (const e of entities) if (e.type === 'event' && cues.has(e.id)) out.set(e.id, cues.get(e.id)!);
  return out;
}

/** An article's passages as hashed into the corpus version: their ids carry their texts' hashes (see `bundleVersion`). */
function articlePassagesDigest(passages: Passage[], from: number, to: number): string {
  const h = createHasher();
  for (let pi = from; pi < to; pi++) {
    const p = passages[pi]!;
    h.update(`${p.id}|${p.articleId}|${p.index}|${p.start}|${p.end}|${p.sentences.join(';')}|${p.entityIds.join(',')}`);
  }
  return h.digest();
}

/**
 * Hash the compiled content, not the inputs: a compiler change that alters the output must change the version
 * too. Texts are not hashed again: each passage's id carries a hash of its paragraph's text, and its offsets
 * where it sits in the article, so hashing the ids stands for the texts without reading 10 MB of them at
 * every compile. Each article's passages are hashed apart (`passagesDigest`, kept per article by an incremental
 * compile: they are the same for the same text and gazetteer), and the corpus hash takes their digests.
 */
function bundleVersion(content: Omit<CompiledCorpus, 'version'>, passagesDigest: (ai: number) => string): string {
  const h = createHasher().update(JSON.stringify([content.asOf, content.entities, content.claims, content.timeline]));
  content.articles.forEach((a, ai) => {
    h.update(JSON.stringify([a.id, a.file, a.title, a.outlet, a.date, a.event ?? null, a.cites ?? null, a.origin ?? null, a.url ?? null, a.dateSource ?? null]));
    h.update(passagesDigest(ai));
  });
  return h.digest();
}
