/**
 * One valid request of every type the background accepts, for the tests that send each request from
 * each context (unit: the receiver's policy; e2e: the content script's own world in a real browser).
 * `url` fields name the test server's page: a content script may speak only of its own page.
 */
import type { BackgroundRequest, BackgroundRequestType } from '../../../src/shared/messaging/background-request';

const ARTICLE = {
  url: 'https://example.org/a',
  title: 'A title',
  outlet: 'An outlet',
  date: '2025-01-01',
  text: 'One paragraph of text.',
};

export function sampleRequests(pageUrl: string): { [T in BackgroundRequestType]: Extract<BackgroundRequest, { type: T }> } {
  return {
    ping: { type: 'ping' },
    reportPage: { type: 'reportPage', entityIds: [], mentionCount: 0 },
    getPageSettings: { type: 'getPageSettings', url: pageUrl },
    getMatcherNames: { type: 'getMatcherNames' },
    getCard: { type: 'getCard', entityId: 'hmeimim' },
    getUiLanguage: { type: 'getUiLanguage' },
    hideName: { type: 'hideName', url: pageUrl, entityId: 'hmeimim' },
    openPage: { type: 'openPage', page: 'search', query: 'x' },
    setSiteEnabled: { type: 'setSiteEnabled', url: pageUrl, enabled: false, scope: 'host' },
    search: { type: 'search', query: 'Hmeimim' },
    getArticle: { type: 'getArticle', articleId: 'a' },
    getArticleView: { type: 'getArticleView', articleId: 'a' },
    listEntities: { type: 'listEntities' },
    getStatus: { type: 'getStatus' },
    getTabUrl: { type: 'getTabUrl', tabId: 1 },
    listUserSettings: { type: 'listUserSettings' },
    removeSiteSetting: { type: 'removeSiteSetting', site: 'example.org' },
    unhideName: { type: 'unhideName', site: 'example.org', entityId: 'hmeimim' },
    setPrefs: { type: 'setPrefs', prefs: { paused: true } },
    exportUserData: { type: 'exportUserData' },
    importUserData: { type: 'importUserData', data: {} },
    findUserArticle: { type: 'findUserArticle', url: pageUrl },
    saveArticle: { type: 'saveArticle', article: ARTICLE },
    listUserArticles: { type: 'listUserArticles' },
    updateUserArticle: { type: 'updateUserArticle', id: 'u-0123456789abcdef', changes: { title: 'T' } },
    removeUserArticle: { type: 'removeUserArticle', id: 'u-0123456789abcdef' },
    restoreUserArticle: {
      type: 'restoreUserArticle',
      article: { ...ARTICLE, v: 1, id: 'u-0123456789abcdef', origin: 'saved', contentHash: '0'.repeat(32), urlKey: 'example.org/a', savedAt: 0 },
    },
    packImportBegin: {
      type: 'packImportBegin',
      manifest: { format: 'backstory-pack', formatVersion: 1, name: 'P', createdAt: '2025-01-01T00:00:00Z', corpusVersion: 'x', articleCount: 1, contentHash: '0'.repeat(32) },
    },
    packImportChunk: { type: 'packImportChunk', packId: 'p-0123456789abcdef', first: 0, articles: [ARTICLE] },
    packImportCommit: { type: 'packImportCommit', packId: 'p-0123456789abcdef' },
    packImportAbort: { type: 'packImportAbort', packId: 'p-0123456789abcdef' },
    removePack: { type: 'removePack', packId: 'p-0123456789abcdef' },
    takeSaveRequest: { type: 'takeSaveRequest' },
    exportSavedArticlesPage: { type: 'exportSavedArticlesPage' },
    readPageInContext: { type: 'readPageInContext', page: { url: pageUrl, text: 'One paragraph.', looksLikeArticle: true } },
    openPanel: { type: 'openPanel' },
  };
}
