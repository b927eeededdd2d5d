import * as v from 'valibot';
import type { CardData } from '../../model/corpus-types';
import type { ArticleMeta, Entity, Passage } from '../../model/corpus-types';
import type { SearchResponse } from '../../search/types';
import { partialPrefsSchema, siteScopeSchema, type HiddenName, type MarkMode, type Prefs, type SiteSetting, type UiLanguageChoice } from '../../model/user-settings';
import type { MessageFile } from '../i18n/catalog';
import type { UserDataExport } from '../../model/user-data-file';
import type { Failure } from '../../model/errors';
import { count, id, shortText, tabId, url } from './limits';
import {
  ARTICLE_LIMITS,
  articleDateSchema,
  articleChangesSchema,
  articleInputSchema,
  userArticleRecordSchema,
  type ArticleInput,
  type PackSummary,
  type UserArticleRecord,
  type UserArticleSummary,
  type UserCorpusState,
} from '../../model/user-article';
import { packManifestSchema } from '../../pack/format';
import type { AllowedSenders } from './sender-policy';
import type { PageContext } from '../../corpus/context';
import type { MatcherNames } from '../../detect/types';

/** A page's article as the extractor read it, for the side panel: every field bounded as a saved article's. */
const pageInputSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(ARTICLE_LIMITS.urlChars), v.regex(/^(?:https?|file):\/\//i, 'must be a web page address')),
  title: v.optional(v.pipe(v.string(), v.maxLength(ARTICLE_LIMITS.titleChars))),
  outlet: v.optional(v.pipe(v.string(), v.maxLength(ARTICLE_LIMITS.outletChars))),
  date: v.optional(articleDateSchema),
  language: v.optional(v.pipe(v.string(), v.maxLength(35))),
  text: v.pipe(v.string(), v.maxLength(ARTICLE_LIMITS.textChars)),
  looksLikeArticle: v.boolean(),
});

const userArticleId = v.pipe(v.string(), v.regex(/^u-[0-9a-f]{16}$/, 'not an article id'));
const packId = v.pipe(v.string(), v.regex(/^p-[0-9a-f]{16}$/, 'not a pack id'));
/** Articles per `packImportChunk`: one short transaction each. */
export const PACK_CHUNK_MAX = 500;

/**
 * Requests our contexts (content script, popup, extension pages) send to the background. One schema,
 * checked at the receiver before anything runs, with who may send each (`BACKGROUND_REQUEST_SENDERS`);
 * `BackgroundResponses` types each reply.
 */
export const backgroundRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ping') }),
  /** Content script: what it found on its page, for the toolbar badge. */
  v.strictObject({ type: v.literal('reportPage'), entityIds: v.pipe(v.array(id), v.maxLength(5000)), mentionCount: count }),
  /** Content script: may Backstory run here, and with which settings? */
  v.strictObject({ type: v.literal('getPageSettings'), url }),
  /** Content script, once its prefilter hits: the gazetteer's names, which it does not embed (lean content script). */
  v.strictObject({ type: v.literal('getMatcherNames') }),
  v.strictObject({ type: v.literal('getCard'), entityId: id }),
  /**
   * "Don't mark this name" on a card: hides the entity on the page's site under every spelling. `alias`
   * is the spelling the card was opened on; it does not narrow what is hidden, and is not stored.
   */
  v.strictObject({ type: v.literal('hideName'), url, entityId: id, alias: v.optional(shortText) }),
  v.strictObject({ type: v.literal('setSiteEnabled'), url, enabled: v.boolean(), scope: siteScopeSchema }),
  v.strictObject({
    type: v.literal('search'),
    query: shortText,
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
    filters: v.optional(
      v.strictObject({ entityId: v.optional(id), outlet: v.optional(shortText), from: v.optional(shortText), to: v.optional(shortText) }),
    ),
  }),
  v.strictObject({ type: v.literal('getArticle'), articleId: id }),
  /** Reader page: an article with its passages and the names of the entities they mention. */
  v.strictObject({ type: v.literal('getArticleView'), articleId: id }),
  v.strictObject({ type: v.literal('listEntities') }),
  v.strictObject({ type: v.literal('getStatus') }),
  /** Popup opened as a page (tests) names the tab it is about. */
  v.strictObject({ type: v.literal('getTabUrl'), tabId }),
  /** Content scripts cannot open extension pages themselves: the card asks the background. */
  v.strictObject({
    type: v.literal('openPage'),
    page: v.picklist(['reader', 'search', 'articles']),
    articleId: v.optional(id),
    passageId: v.optional(id),
    query: v.optional(shortText),
  }),
  /** Options page: everything the user has set, to list and undo. */
  v.strictObject({ type: v.literal('listUserSettings') }),
  /** `site` is the stored key (a host or a registrable domain), as `listUserSettings` lists it. */
  v.strictObject({ type: v.literal('removeSiteSetting'), site: id }),
  v.strictObject({ type: v.literal('unhideName'), site: id, entityId: id }),
  /**
   * Every context that shows interface text: the language the user chose, with its catalogue read from
   * the package (null when the choice is the browser's language, which browser.i18n already reads).
   */
  v.strictObject({ type: v.literal('getUiLanguage') }),
  /** Some preferences (the popup's pause, the options page's choices), checked by the user-settings schema. */
  v.strictObject({ type: v.literal('setPrefs'), prefs: partialPrefsSchema }),
  v.strictObject({ type: v.literal('exportUserData') }),
  /** The parsed file, unchecked here: the storage layer validates all of it (shape and limits) before writing. */
  v.strictObject({ type: v.literal('importUserData'), data: v.unknown() }),

  // The reader's own articles (src/model/user-article.ts). Every field is checked here and again by storage.
  /** Popup preview: is an article with this address already saved? */
  v.strictObject({ type: v.literal('findUserArticle'), url }),
  v.strictObject({ type: v.literal('saveArticle'), article: articleInputSchema }),
  v.strictObject({ type: v.literal('listUserArticles') }),
  v.strictObject({ type: v.literal('updateUserArticle'), id: userArticleId, changes: articleChangesSchema }),
  v.strictObject({ type: v.literal('removeUserArticle'), id: userArticleId }),
  /** Undo of a removal: the record `removeUserArticle` returned, checked whole. */
  v.strictObject({ type: v.literal('restoreUserArticle'), article: userArticleRecordSchema }),
  /** A pack import, after the options page validated the whole file: begin, chunks in order, commit. */
  v.strictObject({ type: v.literal('packImportBegin'), manifest: packManifestSchema }),
  v.strictObject({
    type: v.literal('packImportChunk'),
    packId,
    /** Index of the chunk's first article in the pack (0-based): a repeated chunk is written once. */
    first: count,
    articles: v.pipe(v.array(articleInputSchema), v.minLength(1), v.maxLength(PACK_CHUNK_MAX)),
  }),
  v.strictObject({ type: v.literal('packImportCommit'), packId }),
  v.strictObject({ type: v.literal('packImportAbort'), packId }),
  v.strictObject({ type: v.literal('removePack'), packId }),
  /** The popup, as it opens: was it opened by "Save this article" (context menu, keyboard), for which tab? */
  v.strictObject({ type: v.literal('takeSaveRequest') }),
  // Backups of the reader's saved articles (issue 26). Who may send: EXTENSION PAGES ONLY (the options
  // page), never a content script: they read the reader's own data.
  /**
   * One page of the articles the reader saved (not those from packs), in id order from the one after
   * `after`: a backup of any size crosses in pages far below the 64 MiB message limit.
   */
  v.strictObject({ type: v.literal('exportSavedArticlesPage'), after: v.optional(userArticleId) }),
  // Side panel ("This page in context", src/pages/panel).
  /** The article read from a page, compared with the corpus in the extension; nothing of it is stored. */
  v.strictObject({ type: v.literal('readPageInContext'), page: pageInputSchema }),
  /** Popup, card, menu, keyboard: open the side panel beside this tab (a window of it where the browser refuses). */
  v.strictObject({ type: v.literal('openPanel'), tabId: v.optional(tabId) }),
]);

export type BackgroundRequest = v.InferOutput<typeof backgroundRequestSchema>;
export type BackgroundRequestType = BackgroundRequest['type'];

/**
 * Who may send each request (src/shared/messaging/sender-policy.ts): the content script gets only what
 * marking and the card need; everything that reads or changes the reader's data is for extension pages.
 * A new request type does not compile until it is given its senders here.
 */
export const BACKGROUND_REQUEST_SENDERS: Readonly<Record<BackgroundRequestType, AllowedSenders>> = {
  // Marking and the card.
  ping: 'content',
  reportPage: 'content',
  getPageSettings: 'content',
  getMatcherNames: 'content',
  getCard: 'content',
  getUiLanguage: 'content',
  /** The card's "Don't mark this name", for the page's own site only. */
  hideName: 'content',
  /** The card's links to the reader and search pages: opening a page shows the reader, not the page, anything. */
  openPage: 'content',
  // The reader's data and settings: extension pages only.
  setSiteEnabled: 'pages',
  search: 'pages',
  getArticle: 'pages',
  getArticleView: 'pages',
  listEntities: 'pages',
  getStatus: 'pages',
  getTabUrl: 'pages',
  listUserSettings: 'pages',
  removeSiteSetting: 'pages',
  unhideName: 'pages',
  setPrefs: 'pages',
  exportUserData: 'pages',
  importUserData: 'pages',
  findUserArticle: 'pages',
  saveArticle: 'pages',
  listUserArticles: 'pages',
  updateUserArticle: 'pages',
  removeUserArticle: 'pages',
  restoreUserArticle: 'pages',
  packImportBegin: 'pages',
  packImportChunk: 'pages',
  packImportCommit: 'pages',
  packImportAbort: 'pages',
  removePack: 'pages',
  takeSaveRequest: 'pages',
  exportSavedArticlesPage: 'pages',
  /** The side panel's comparison of the page it shows: the panel is an extension page. */
  readPageInContext: 'pages',
  /** The card's "More about this page" asks too; only the sender's own tab (handlers.ts). */
  openPanel: 'content',
};

export interface PageSettings {
  enabled: boolean;
  /** Why it is off, when it is: the site switch, the global pause, or settings that could not be read. */
  reason?: 'site' | 'paused' | 'unreadable';
  /** With reason 'unreadable': what went wrong, a code for the popup to say. */
  problem?: Failure;
  site: string;
  markMode: MarkMode;
  hoverOpens: boolean;
  hiddenEntityIds: string[];
}

export interface CorpusStatus {
  backend: 'indexeddb' | 'memory';
  /** Why the extension fell back to the bundled corpus, when it did: a code for the popup to say. */
  reason?: Failure;
  /** The bundled corpus answers while it is being saved to IndexedDB (just after an install or update). */
  importing?: boolean;
  version: string;
  asOf: string;
  articleCount: number;
  entityCount: number;
  paused: boolean;
  /** The reader's saved and imported articles, and whether cards include them yet. */
  user?: UserCorpusState;
}

/** What the reader page shows: one article, its paragraphs in order, and who/what they name. */
export interface ArticleView {
  article: ArticleMeta;
  /** Every passage of the article, sorted by `index` (0 … n-1). */
  passages: Passage[];
  /** The entities any passage names, plus the article's event (id, name, type, date). */
  entities: Array<Pick<Entity, 'id' | 'name' | 'type' | 'date'>>;
  /** The corpus "as of" date. */
  asOf: string;
}

export interface BackgroundResponses {
  ping: { pong: true; version: string };
  reportPage: { badge: string };
  getPageSettings: PageSettings;
  getMatcherNames: MatcherNames;
  getCard: CardData | null;
  hideName: { hidden: true };
  setSiteEnabled: { site: string; enabled: boolean };
  search: SearchResponse;
  getArticle: ArticleMeta | null;
  getArticleView: ArticleView | null;
  listEntities: Array<Pick<Entity, 'id' | 'name' | 'type'>>;
  getStatus: CorpusStatus;
  getTabUrl: { url: string | null };
  openPage: { opened: true };
  listUserSettings: { sites: SiteSetting[]; hiddenNames: HiddenName[]; prefs: Prefs };
  removeSiteSetting: { removed: true };
  unhideName: { unhidden: true };
  getUiLanguage: { choice: UiLanguageChoice; messages: MessageFile | null };
  setPrefs: Prefs;
  exportUserData: UserDataExport;
  importUserData: { added: number; updated: number };
  findUserArticle: { match: UserArticleSummary | null };
  /** `duplicate`: an article with the same address or text was already there (`id` is that one). */
  saveArticle: { id: string; status: 'added' | 'duplicate' };
  listUserArticles: { articles: UserArticleSummary[]; packs: PackSummary[]; corpus: UserCorpusState };
  updateUserArticle: UserArticleSummary;
  removeUserArticle: { removed: UserArticleRecord };
  restoreUserArticle: { restored: true };
  packImportBegin: { packId: string };
  packImportChunk: { written: number; duplicates: number };
  packImportCommit: { packId: string; added: number; duplicates: number };
  packImportAbort: { rolledBack: true };
  removePack: { removed: number };
  /** `next`: the `after` of the next page; null when this was the last. */
  exportSavedArticlesPage: { articles: ArticleInput[]; next: string | null; corpusVersion: string };
  takeSaveRequest: { tabId: number | null };
  readPageInContext: PageContext;
  openPanel: { opened: 'panel' | 'window' };
}

export type RequestOf<T extends BackgroundRequestType> = Extract<BackgroundRequest, { type: T }>;
