import * as v from 'valibot';
import type { CardData } from '../../corpus/types';
import type { Article, Entity } from '../../corpus/types';
import type { SearchResponse } from '../../search/types';
import { count, id, shortText, tabId, url } from './limits';

/**
 * Requests any of our contexts (content script, popup, extension pages) may send to the background.
 * One schema, checked at the receiver before anything runs; `BackgroundResponses` types each reply.
 */
export const backgroundRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ping') }),
  /** Content script: what it found on its page, for the toolbar badge. */
  v.strictObject({ type: v.literal('reportPage'), entityIds: v.pipe(v.array(id), v.maxLength(5000)), mentionCount: count }),
  /** Content script: may Backstory run here, and with which settings? */
  v.strictObject({ type: v.literal('getPageSettings'), url }),
  v.strictObject({ type: v.literal('getCard'), entityId: id }),
  v.strictObject({ type: v.literal('hideName'), url, entityId: id, alias: v.optional(shortText) }),
  v.strictObject({ type: v.literal('setSiteEnabled'), url, enabled: v.boolean(), scope: v.picklist(['domain', 'host']) }),
  v.strictObject({ type: v.literal('setGlobalPause'), paused: v.boolean() }),
  v.strictObject({
    type: v.literal('search'),
    query: shortText,
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
    filters: v.optional(
      v.strictObject({ entityId: v.optional(id), outlet: v.optional(shortText), from: v.optional(shortText), to: v.optional(shortText) }),
    ),
  }),
  v.strictObject({ type: v.literal('getArticle'), articleId: id }),
  v.strictObject({ type: v.literal('listEntities') }),
  v.strictObject({ type: v.literal('getStatus') }),
  /** Popup opened as a page (tests) names the tab it is about. */
  v.strictObject({ type: v.literal('getTabUrl'), tabId }),
  /** Content scripts cannot open extension pages themselves: the card asks the background. */
  v.strictObject({
    type: v.literal('openPage'),
    page: v.picklist(['reader', 'search']),
    articleId: v.optional(id),
    passageId: v.optional(id),
    query: v.optional(shortText),
  }),
]);

export type BackgroundRequest = v.InferOutput<typeof backgroundRequestSchema>;
export type BackgroundRequestType = BackgroundRequest['type'];

export interface PageSettings {
  enabled: boolean;
  /** Why it is off, when it is: the site switch or the global pause. */
  reason?: 'site' | 'paused';
  site: string;
  markMode: 'emphasise-first' | 'all' | 'first';
  hoverOpens: boolean;
  hiddenEntityIds: string[];
}

export interface CorpusStatus {
  backend: 'indexeddb' | 'memory';
  /** Why the extension fell back to the bundled corpus, when it did. */
  reason?: string;
  version: string;
  asOf: string;
  articleCount: number;
  entityCount: number;
  paused: boolean;
}

export interface BackgroundResponses {
  ping: { pong: true; version: string };
  reportPage: { badge: string };
  getPageSettings: PageSettings;
  getCard: CardData | null;
  hideName: { hidden: true };
  setSiteEnabled: { site: string; enabled: boolean };
  setGlobalPause: { paused: boolean };
  search: SearchResponse;
  getArticle: Article | null;
  listEntities: Array<Pick<Entity, 'id' | 'name' | 'type'>>;
  getStatus: CorpusStatus;
  getTabUrl: { url: string | null };
  openPage: { opened: true };
}

export type RequestOf<T extends BackgroundRequestType> = Extract<BackgroundRequest, { type: T }>;
