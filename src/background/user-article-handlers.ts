import type { Handlers } from './handler-types';
import type { ArticleInput, UserArticleRecord, UserArticleSummary } from '../model/user-article';
import type { CorpusSource } from '../corpus/source';
import { getDb } from '../storage/db';
import {
  activeUserArticles,
  findUserArticleByUrl,
  savedArticlesPage,
  removeUserArticle,
  restoreUserArticle,
  saveUserArticle,
  updateUserArticle,
} from '../storage/user-articles';
import { beginPackImport, commitPackImport, listPacks, removePackRecords, rollBackUnfinishedPacks, writePackChunk } from '../storage/pack-import';
import { corpusService, getCorpus, loadBundledCorpus } from './corpus-access';
import { forgetPreparedArticles } from '../corpus/context';
import { storageError } from '../storage/storage-error';

type UserArticleRequests =
  | 'findUserArticle'
  | 'saveArticle'
  | 'listUserArticles'
  | 'updateUserArticle'
  | 'removeUserArticle'
  | 'restoreUserArticle'
  | 'packImportBegin'
  | 'packImportChunk'
  | 'packImportCommit'
  | 'packImportAbort'
  | 'removePack'
  | 'exportSavedArticlesPage';

/** "Your articles" lists the entities of this many articles (the newest); beyond, the list stays quick. */
const ENTITY_LISTING_LIMIT = 300;

let rolledBack: Promise<unknown> | undefined;

/**
 * Once per worker, before any pack request: a pack a stopped worker left half-written goes, so none is
 * ever half-imported. The options page, if still open, starts that import again.
 */
export function rollBackOnce(): Promise<unknown> {
  rolledBack ??= getDb().then(rollBackUnfinishedPacks);
  return rolledBack;
}

/**
 * Runs a storage write; its failure goes to the page as a code (a full disk, "quota", is the one a reader
 * can act on), which the page says in the reader's language. Our own coded errors pass as they are.
 */
async function withStorageErrorsSaid<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storageError(error);
  }
}

async function summarise(record: UserArticleRecord, source: CorpusSource | undefined): Promise<UserArticleSummary> {
  const summary: UserArticleSummary = {
    id: record.id,
    title: record.title,
    outlet: record.outlet,
    date: record.date,
    url: record.url,
    origin: record.origin,
    savedAt: record.savedAt,
    chars: record.text.length,
    entities: [],
  };
  if (record.author) summary.author = record.author;
  if (record.language) summary.language = record.language;
  if (record.packId) summary.packId = record.packId;
  if (source) {
    const ids = new Set((await source.getPassagesForArticle(record.id)).flatMap((p) => p.entityIds));
    const entities = await Promise.all([...ids].map((id) => source.getEntity(id)));
    summary.entities = entities.filter((e) => e !== undefined).map(({ id, name, type }) => ({ id, name, type }));
  }
  return summary;
}

const servedSource = async (): Promise<CorpusSource> => (await getCorpus()).source;

function toInput(record: UserArticleRecord): ArticleInput {
  const input: ArticleInput = { url: record.url, title: record.title, outlet: record.outlet, date: record.date, text: record.text };
  if (record.author) input.author = record.author;
  if (record.dateSource) input.dateSource = record.dateSource;
  if (record.language) input.language = record.language;
  return input;
}

export const userArticleHandlers: Pick<Handlers, UserArticleRequests> = {
  findUserArticle: async (request) => {
    const record = await findUserArticleByUrl(await getDb(), request.url);
    return { match: record ? await summarise(record, await servedSource()) : null };
  },

  // Waits for the corpus compiled with the new article: when the popup says "saved", cards show it.
  saveArticle: async (request) => {
    const result = await withStorageErrorsSaid(async () => saveUserArticle(await getDb(), request.article, Date.now()));
    if (result.status === 'added') await corpusService.changed([result.id]);
    return result;
  },

  listUserArticles: async () => {
    const db = await getDb();
    // A pack still being imported is not in the corpus yet, and not listed either.
    const [records, packs] = await Promise.all([activeUserArticles(db), listPacks(db)]);
    records.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
    const source = await servedSource();
    const articles = await Promise.all(records.map((r, i) => summarise(r, i < ENTITY_LISTING_LIMIT ? source : undefined)));
    return {
      articles,
      packs: packs.map((p) => ({ id: p.id, name: p.name, createdAt: p.createdAt, importedAt: p.importedAt ?? p.startedAt, articles: p.added, duplicates: p.duplicates })),
      corpus: await corpusService.state(records.length),
    };
  },

  updateUserArticle: async (request) => {
    const record = await withStorageErrorsSaid(async () => updateUserArticle(await getDb(), request.id, request.changes));
    await corpusService.changed();
    await forgetPreparedArticles();
    return summarise(record, await servedSource());
  },

  removeUserArticle: async (request) => {
    const removed = await withStorageErrorsSaid(async () => removeUserArticle(await getDb(), request.id));
    await corpusService.changed([request.id]);
    await forgetPreparedArticles();
    return { removed };
  },

  restoreUserArticle: async (request) => {
    await withStorageErrorsSaid(async () => restoreUserArticle(await getDb(), request.article));
    await corpusService.changed();
    return { restored: true };
  },

  packImportBegin: async (request) => {
    await rollBackOnce();
    const pack = await withStorageErrorsSaid(async () => beginPackImport(await getDb(), request.manifest, Date.now()));
    return { packId: pack.id };
  },

  packImportChunk: async (request) => {
    await rollBackOnce();
    return withStorageErrorsSaid(async () => writePackChunk(await getDb(), request.packId, request.first, request.articles, Date.now()));
  },

  // The corpus is compiled again in the background: for a large pack that takes a while, and the
  // previous corpus keeps answering meanwhile ("Your articles" shows it as pending).
  packImportCommit: async (request) => {
    await rollBackOnce();
    const pack = await withStorageErrorsSaid(async () => commitPackImport(await getDb(), request.packId, Date.now()));
    void corpusService.changed();
    return { packId: pack.id, added: pack.added, duplicates: pack.duplicates };
  },

  packImportAbort: async (request) => {
    await removePackRecords(await getDb(), request.packId);
    return { rolledBack: true };
  },

  removePack: async (request) => {
    const removed = await removePackRecords(await getDb(), request.packId);
    await corpusService.changed();
    await forgetPreparedArticles();
    return { removed };
  },

  exportSavedArticlesPage: async (request) => {
    const { records, next } = await savedArticlesPage(await getDb(), request.after);
    return { articles: records.map(toInput), next, corpusVersion: (await loadBundledCorpus()).version };
  },
};
