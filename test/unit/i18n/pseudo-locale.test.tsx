// @vitest-environment happy-dom
// The pseudo-locale en-XA, made here from the English catalogue: every letter accented, each message
// bracketed and a third longer. Every page component is rendered in it; any plain ASCII letter left
// in the interface (text, labels, placeholders, titles) is English that does not go through t().
import { cleanup, render } from '@testing-library/preact';
import type { VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../src/locales/en/messages.json';
import { currentLocale, formatDay, t, useCatalogue, type MessageFile } from '../../../src/shared/i18n';
import { Card, type CardProps, type CardState } from '../../../src/content/card/Card';
import { Popup } from '../../../src/popup/Popup';
import { FindingsList, type FindingsState } from '../../../src/popup/FindingsList';
import { StatusBanner } from '../../../src/popup/StatusBanner';
import { SiteControls } from '../../../src/popup/SiteControls';
import { SearchPanel, type SearchPanelProps } from '../../../src/shared/ui/SearchPanel';
import { OptionsView, type OptionsViewProps } from '../../../src/pages/options/OptionsView';
import { Reader, type ReaderState } from '../../../src/pages/reader/Reader';
import { SearchPage } from '../../../src/pages/search/SearchPage';
import { parseImportText } from '../../../src/pages/options/settings-file';
import type { ArticleView } from '../../../src/shared/messaging/background-request';
import { ENTITIES, response, result } from '../popup/fixtures';
import { SavePreview, type SaveState } from '../../../src/shared/ui/SavePreview';
import { ArticlesView } from '../../../src/pages/articles/ArticlesView';
import { PacksSection, type PackImportState } from '../../../src/pages/options/PacksSection';
import { StorageSection } from '../../../src/pages/options/StorageSection';
import { formatBytes } from '../../../src/pages/options/storage-info';
import { ARTICLES, PACK } from '../pages/articles/articles-fixtures';
import { hmeimimCard } from '../content/card/card-fixture';
import { pseudoCatalogue } from './pseudo-catalogue';
import * as v from 'valibot';
import { strToU8, zipSync } from 'fflate';
import { validatePack } from '../../../src/pack';
import { CodedError, ERROR_CODES, failureOf, type ErrorCode, type Failure } from '../../../src/model/errors';
import { USER_DATA_FORMAT, UserDataImportError } from '../../../src/model/user-data-file';
import { createReceiver } from '../../../src/shared/messaging/receiver';
import { callBackground } from '../../../src/shared/messaging/client';
import { errorText, failureText } from '../../../src/shared/ui/failure-text';
import { SchemaTooNewError, StorageBlockedError, StorageUnavailableError } from '../../../src/storage/db';
import { storageError } from '../../../src/storage/storage-error';
import { UnreadableSettingError, createUserData } from '../../../src/storage/user-data';
import { PanelView } from '../../../src/pages/panel/PanelView';
import { freshDb } from '../storage/fixtures/db';

// The search page's connected panel asks the background for names; here nobody answers, unless a test
// routes the message to a receiver (the error paths: a failure crossing the messaging boundary).
const messages = vi.hoisted(() => {
  const m = { route: null as null | ((message: unknown) => Promise<unknown>), api: {} };
  m.api = { runtime: { sendMessage: (x: unknown) => (m.route ? m.route(x) : new Promise(() => undefined)), id: 'test' } };
  return m;
});
vi.mock('webextension-polyfill', () => ({ default: messages.api }));
// The messaging client reads the browser's own runtime (src/shared/messaging/runtime.ts).
vi.stubGlobal('browser', messages.api);

/** Data that reaches the interface as it is (names, hosts, outlets, file names, the browser's reasons). */
const DATA = [
  ...ENTITIES.map((e) => e.name),
  'Vladimir Putin', 'Something', 'bbc.co.uk', 'news.bbc.co.uk', 'reuters.com', 'Reuters', 'TASS', 'Kommersant', 'Hmeimim', 'Tartus',
  'Tartos', 'QuotaExceededError', 'IndexedDB is off', 'No reply', 'settings.json', 'Kremlin talks', 'Putin–al-Sharaa talks', 'Tartus naval base',
  'search.html', 'reader.html',
].sort((a, b) => b.length - a.length);
const DATES = ['2025-02-12', '2025-01-29', '2025-03-01', '2025-10-15', '2025-10-20', '2025-09-01'];

/** What JSON.parse says of `text`: the browser's words, data wherever they are shown. */
function jsonReason(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

/** A settings backup with these lists, as the options page reads it. */
function settingsFile(lists: Record<string, unknown>): string {
  return JSON.stringify({ format: USER_DATA_FORMAT, version: 1, exportedAt: '2025-10-20T10:00:00.000Z', siteSettings: [], hiddenNames: [], prefs: {}, ...lists });
}

/**
 * The data in the failures of the error-path test: the values it put in (a host, a file's fields and values,
 * a pack's name), the names of the fields a file has, and the browser's own words. Nothing else may be English.
 */
const FAILURE_DATA = [
  'UnknownError: disk said no', 'not a host', 'markMode', '"something else"', USER_DATA_FORMAT, 'siteSettings[0].scope', '("domain" | "host")',
  'hiddenNames[0].colour', 'siteSettings, hiddenNames, prefs', 'site, entityId, createdAt, alias', 'example.com', 'Desk notes', jsonReason('{'),
  'The operation failed for reasons unknown to the user agent.',
];

/** The interface text of what is rendered: text nodes and the attributes people read or hear. */
function interfaceText(container: Element, data: string[] = []): string {
  const clone = container.cloneNode(true) as HTMLElement;
  // Text in its own language (corpus passages, a language's own name) is not interface text; an
  // element in the interface's own language (the card's root) is.
  for (const el of [...clone.querySelectorAll('[lang]')]) if (el.getAttribute('lang') !== currentLocale()) el.remove();
  const parts: string[] = [clone.textContent ?? '', document.title];
  for (const el of clone.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) parts.push(value);
    }
  }
  let text = parts.join('\n');
  // The test's own data first, longest first: whole strings before the names inside them.
  for (const d of [...data].sort((a, b) => b.length - a.length)) text = text.split(d).join(' ');
  for (const data of DATA) text = text.split(data).join(' ');
  for (const date of DATES) text = text.split(formatDay(date)).join(' ');
  return text;
}

function expectNoEnglish(vnode: VNode, name: string, data: string[] = []) {
  const { container } = render(vnode);
  const left = interfaceText(container, data).match(/[A-Za-z]+/g) ?? [];
  expect(left, `${name}: untranslated text`).toEqual([]);
  cleanup();
}

const noop = () => undefined;
const VIEW: ArticleView = {
  article: { id: 'a1', file: 'articles/a1.txt', title: 'Kremlin talks', outlet: 'Reuters', date: '2025-10-15', event: 'talks', cites: ['TASS'] },
  passages: [
    { id: 'a1#p0', articleId: 'a1', index: 0, start: 0, end: 20, text: 'Talks covered Tartus.', sentences: [[0, 20]], entityIds: ['tartus'] },
    { id: 'a1#p1', articleId: 'a1', index: 1, start: 21, end: 40, text: 'В Хмеймиме тихо.', sentences: [[0, 16]], entityIds: [] },
  ],
  entities: [
    { id: 'tartus', name: 'Tartus naval base', type: 'installation' },
    { id: 'talks', name: 'Putin–al-Sharaa talks', type: 'event', date: '2025-09-01' },
  ],
  asOf: '2025-10-20',
};

beforeEach(() => useCatalogue('en-XA', pseudoCatalogue(en)));
afterEach(cleanup);

describe('the pseudo-locale en-XA', () => {
  it('is longer than English and keeps every placeholder', () => {
    const pseudo = pseudoCatalogue(en);
    for (const [key, entry] of Object.entries(en as MessageFile)) {
      if (key === 'meta_locale') continue;
      expect(pseudo[key]!.message.length).toBeGreaterThanOrEqual(Math.floor(entry.message.length * 1.3));
      for (const [placeholder] of entry.message.matchAll(/\$[A-Za-z0-9_]+\$/g)) expect(pseudo[key]!.message).toContain(placeholder);
    }
  });

  it('translates the whole popup, in every state', () => {
    const findings = [
      { entityId: 'hmeimim', name: 'Hmeimim air base', type: 'installation', count: 3 },
      { entityId: 'russia', name: 'Russia', type: 'place', count: 1 },
      { entityId: 'al-sharaa', name: 'Ahmed al-Sharaa', type: 'person', count: 2 },
      { entityId: 'x', name: 'Something', type: 'organisation', count: 1 },
      { entityId: 'e', name: 'Sanctions', type: 'topic', count: 1 },
      { entityId: 'ev', name: 'Vladimir Putin', type: 'event', count: 1 },
    ];
    const controls = {
      host: 'news.bbc.co.uk', domain: 'bbc.co.uk', siteEnabled: true, scope: 'domain' as const, paused: true, busy: false,
      unreadable: 'QuotaExceededError', onToggleSite: noop, onScopeChange: noop, onTogglePause: noop,
    };
    expectNoEnglish(
      <Popup
        controls={controls}
        findings={{ state: { kind: 'ready', onTopic: true, findings }, current: { entityId: 'hmeimim', index: 1 }, onReveal: noop }}
        status={{ status: { backend: 'memory', reason: { code: 'storage_newer_schema', params: { stored: 6, known: 5 } }, version: 'v', asOf: '2025-03-01', articleCount: 5, entityCount: 4, paused: true }, error: null }}
        search={null}
        onOpenOptions={noop}
      />,
      'popup',
    );
    expectNoEnglish(<SiteControls {...controls} unreadable="" paused={false} />, 'site controls, unreadable without a reason');
    expectNoEnglish(<SiteControls {...controls} host={null} domain={null} />, 'site controls, not a web page');
    const states: FindingsState[] = [{ kind: 'loading' }, { kind: 'unavailable' }, { kind: 'inactive' }, { kind: 'ready', onTopic: true, findings: [] }, { kind: 'ready', onTopic: false, findings: [] }];
    for (const state of states) {
      expectNoEnglish(<FindingsList state={state} current={null} onReveal={noop} />, `findings ${JSON.stringify(state)}`);
    }
    expectNoEnglish(<StatusBanner status={null} error={null} />, 'status loading');
    expectNoEnglish(<StatusBanner status={null} error="No reply" />, 'status error');
    expectNoEnglish(
      <StatusBanner status={{ backend: 'indexeddb', importing: true, version: 'v', asOf: '2025-03-01', articleCount: 1, entityCount: 4, paused: false }} error={null} />,
      'status importing',
    );
    expectNoEnglish(
      <StatusBanner status={{ backend: 'memory', version: 'v', asOf: '2025-03-01', articleCount: 2, entityCount: 4, paused: false }} error={null} />,
      'status memory',
    );
  });

  it('translates the search panel and the search page', () => {
    const base: SearchPanelProps = {
      state: { query: '', filters: {}, response: null, pending: false, error: null },
      onQueryChange: noop, onFiltersChange: noop, entities: ENTITIES, suggestions: ENTITIES.slice(0, 3), outlets: ['Reuters', 'TASS'],
      onOpenResult: noop, onOpenFullPage: noop,
    };
    const many = { entityIds: ENTITIES.map((e) => e.id).concat(['tartus', 'russia']) };
    const results = [result('p1', 'Jets left Hmeimim.', ['Hmeimim'], many), result('p2', 'Talks on Tartus.', ['Tartus'], { outlet: 'TASS', date: '2025-01-29' })];
    const states: Array<Partial<SearchPanelProps['state']>> = [
      {},
      { query: 'Hmeimim', pending: true },
      { query: 'Hmeimim', response: response('Hmeimim', results), filters: { outlet: 'TASS', from: '2025-01-01' } },
      { query: 'Tartos', response: response('Tartos', [], { didYouMean: 'Tartus', entities: ['tartus'] }) },
      { query: 'Tartos', response: response('Tartos', []) },
      { query: 'Tartos', error: 'No reply' },
    ];
    for (const state of states) expectNoEnglish(<SearchPanel {...base} state={{ ...base.state, ...state }} />, `search ${JSON.stringify(state)}`);
    expectNoEnglish(<SearchPage initialQuery="" />, 'search page');
  });

  it('translates the options page, its notices and the import checks', () => {
    const props: OptionsViewProps = {
      data: {
        sites: [
          { site: 'bbc.co.uk', enabled: false, scope: 'domain', updatedAt: 1 },
          { site: 'news.bbc.co.uk', enabled: true, scope: 'host', updatedAt: 2 },
          { site: 'reuters.com', enabled: true, scope: 'domain', updatedAt: 3 },
          { site: 'reuters.com', enabled: false, scope: 'host', updatedAt: 4 },
        ],
        hiddenNames: [{ site: 'reuters.com', entityId: 'al-sharaa', createdAt: 1 }],
        prefs: { paused: false, hoverOpen: true, markMode: 'first', uiLanguage: 'ar' },
      },
      loadError: 'No reply',
      entityNames: new Map([['al-sharaa', 'Ahmed al-Sharaa']]),
      notice: { kind: 'ok', text: parseImportText('').ok ? '' : (parseImportText('') as { error: string }).error },
      busy: false,
      onRemoveSite: noop, onUnhide: noop, onSetPrefs: noop, onExport: noop, onImportFile: noop,
    };
    expectNoEnglish(<OptionsView {...props} />, 'options');
    expectNoEnglish(<OptionsView {...props} data={null} notice={null} loadError={null} />, 'options loading');
    expectNoEnglish(<OptionsView {...props} data={{ sites: [], hiddenNames: [], prefs: { paused: false, hoverOpen: false, markMode: 'all' } }} />, 'options empty');
    const checks = [parseImportText('{', 1), parseImportText('x'.repeat(10), 10 ** 9)];
    for (const check of checks) expect(check.ok ? '' : check.error.replace(/\([^)]*\)/, '')).not.toMatch(/[A-Za-z]{2}/);
  });

  it('translates the reader page, in every state', () => {
    const states: ReaderState[] = [
      { status: 'loading' },
      { status: 'missing', articleId: 'a1' },
      { status: 'missing', articleId: null },
      { status: 'error', message: 'No reply' },
      { status: 'ready', view: VIEW },
      { status: 'ready', view: { ...VIEW, article: { ...VIEW.article, outlet: '', cites: [] } } },
    ];
    for (const state of states) {
      expectNoEnglish(
        <Reader state={state} passageId="a1#gone" findMentions={() => []} searchHref={(q) => `search.html?q=${q}`} />,
        `reader ${state.status}`,
      );
    }
  });

  it('translates the context card, in every state', () => {
    const data = hmeimimCard();
    data.entity.facts = [{ text: 'Its future was discussed at the talks.', sources: data.claims[0]!.sources }];
    data.claims[1]!.when = { id: 'time:2025-03-14', label: 'As of 14 Mar 2025', date: '2025-03-14', asOf: true };
    data.claims[2]!.when = { id: 'background', label: 'Background', date: '' };
    data.claims[2]!.hedge = 'reportedly';
    const empty = { ...hmeimimCard(), claims: [], differences: [], empty: 'passing' as const };
    /** Every string of the card's data, as the corpus gives it (titles carry quotes and reasons), and its dates. */
    const corpus = (value: unknown): string[] =>
      typeof value === 'string' ? [value, value.replace(/^partial: /, ''), formatDay(value), formatDay(value, undefined, 'long')] : value && typeof value === 'object' ? Object.values(value).flatMap(corpus) : [];
    const props = { matchedText: 'Khmeimim', alias: 'Khmeimim', onOpenSource: noop, onNotThis: noop, onHideName: noop, onSearch: noop, onClose: noop };
    const cases: Array<[CardState, Partial<CardProps>]> = [
      [{ status: 'ready', data }, { site: 'example.com' }],
      [{ status: 'ready', data: { ...data, articleCount: 1 } }, { site: '', matchedText: 'Хмеймиме', alias: 'Хмеймим' }],
      [{ status: 'ready', data: empty }, { site: 'example.com', matchedText: 'Hmeimim air base' }],
      [{ status: 'ready', data: { ...empty, empty: 'unmentioned' as const, articleCount: 0 } }, { site: 'example.com' }],
      [{ status: 'loading' }, { site: 'example.com' }],
      [{ status: 'missing' }, { site: 'example.com' }],
      [{ status: 'error', message: 'IndexedDB is off' }, { site: 'example.com' }],
    ];
    for (const [state, over] of cases) {
      const all = { ...props, site: '', ...over, state };
      expectNoEnglish(<Card {...all} />, `card ${state.status}`, [...corpus(state), all.site, all.matchedText, all.alias]);
    }
  });

  it('translates Save to Backstory, Your articles, and the packs and storage sections', () => {
    const article = {
      url: 'https://example.org/a', title: 'Kremlin talks', outlet: 'Reuters', date: '2025-10-15', text: 'Talks covered Tartus.', paragraphs: 1,
      found: {}, looksLikeArticle: false, shadowRoot: false, ms: 1,
    };
    const fields = { title: '', outlet: '', date: '', author: 'x'.repeat(400) };
    const match = { ...ARTICLES[0]!, title: 'Kremlin talks', date: '2025-10-15' };
    const saveStates: SaveState[] = [
      { kind: 'reading' },
      { kind: 'unreadable', problem: 'failed', detail: 'No reply' },
      { kind: 'unreadable', problem: 'noAnswer', detail: null },
      { kind: 'preview', article, match, fields, saving: false, error: 'No reply' },
      { kind: 'preview', article: { ...article, url: 'file:///a', language: undefined }, match: null, fields, saving: true, error: null },
      { kind: 'saved', status: 'added' },
      { kind: 'saved', status: 'duplicate' },
    ];
    const data = ['https://example.org/a', 'file:///a', 'Talks covered Tartus.', 'x'.repeat(400)];
    for (const state of saveStates) {
      expectNoEnglish(<SavePreview state={state} onChange={noop} onSave={noop} onCancel={noop} onOpenArticles={noop} />, `save ${state.kind}`, data);
    }
    const articles = ARTICLES.map((a) => ({ ...a, title: 'Kremlin talks', outlet: 'Reuters', author: 'TASS', date: '2025-10-15' }));
    const names = [...ARTICLES.flatMap((a) => a.entities.map((e) => e.name)), PACK.name, formatDay('2025-03-02')];
    const view = {
      data: { articles, packs: [PACK], corpus: { articles: 3, pending: true, problem: { code: 'storage_quota' as const } } },
      loadError: 'No reply', notice: null, undo: { title: 'Kremlin talks' }, busy: false,
      onUpdate: async () => true, onRemove: noop, onUndo: noop, onRemovePack: noop,
    };
    expectNoEnglish(<ArticlesView {...view} />, 'articles', names);
    expectNoEnglish(<ArticlesView {...view} data={null} undo={null} notice={{ kind: 'error', text: 'No reply' }} />, 'articles loading', names);
    expectNoEnglish(<ArticlesView {...view} data={{ articles: [], packs: [], corpus: { articles: 0, pending: false } }} loadError={null} />, 'articles empty', names);
    const packStates: PackImportState[] = [
      { kind: 'idle' },
      { kind: 'checking', name: 'settings.json', linesRead: 3 },
      { kind: 'writing', name: 'settings.json', done: 250, total: 600 },
      { kind: 'refused', name: 'settings.json', problems: [{ file: 'settings.json', line: 0, code: 'check_pack_not_zip' }] },
      { kind: 'imported', name: 'settings.json', added: 2, duplicates: 1 },
      { kind: 'failed', name: 'settings.json', error: 'No reply' },
    ];
    for (const state of packStates) {
      expectNoEnglish(<PacksSection importState={state} exportNotice={{ kind: 'error', text: 'No reply' }} busy={false} onImportFile={noop} onExport={noop} />, `packs ${state.kind}`);
    }
    const sizes = [formatBytes(1_234_567), formatBytes(2_000_000_000)];
    const info = { usage: 1_234_567, quota: 2_000_000_000, persisted: false, canPersist: true };
    expectNoEnglish(<StorageSection info={info} persistResult="refused" onPersist={noop} />, 'storage', sizes);
    expectNoEnglish(<StorageSection info={{ ...info, persisted: true }} persistResult="granted" onPersist={noop} />, 'storage granted', sizes);
    expectNoEnglish(<StorageSection info={{ usage: null, quota: null, persisted: null, canPersist: false }} persistResult="unavailable" onPersist={noop} />, 'storage unknown');
    expectNoEnglish(<StorageSection info={null} persistResult={null} onPersist={noop} />, 'storage loading');
  });

  it('says every problem of a refused pack, with only the pack\'s own data left in English', async () => {
    const article = { url: 'https://example.org/a', title: 'Kremlin talks', outlet: 'Reuters', date: '2025-10-15', text: 'Talks covered Tartus.' };
    const pack = (entries: Record<string, string>) => {
      const bytes = zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)])));
      return { name: 'desk.backstory', stream: () => new Blob([bytes]).stream() };
    };
    const manifest = (extra: Record<string, unknown>) => JSON.stringify({ format: 'backstory-pack', formatVersion: 1, name: 'Desk notes', createdAt: '2025-10-20T10:00:00.000Z', corpusVersion: 'v', articleCount: 3, contentHash: '0'.repeat(32), ...extra }, null, 2);
    const lines = [
      JSON.stringify({ ...article, date: 'soon', colour: 'red' }),
      '[1]',
      '',
      '{',
      JSON.stringify({ ...article, title: `Kremlin\u202Etalks` }),
      JSON.stringify(article),
      JSON.stringify(article),
    ].join('\n');
    const found = [
      ...(await validatePack(pack({ 'manifest.json': manifest({ articleCount: 'many', extra: 1 }), 'articles.jsonl': lines }))).problems,
      ...(await validatePack(pack({ 'manifest.json': manifest({ format: 'zip' }), 'articles.jsonl': lines }))).problems,
      ...(await validatePack(pack({ 'manifest.json': manifest({ formatVersion: 2 }), 'articles.jsonl': lines }))).problems,
      ...(await validatePack(pack({ 'articles.jsonl': lines, 'run.sh': 'x' }))).problems,
      ...(await validatePack({ name: 'desk.backstory', stream: () => new Blob(['not a zip']).stream() })).problems,
    ];
    expect(new Set(found.map((p) => p.code)).size).toBeGreaterThanOrEqual(12);
    // The pack's data: its file and entry names, the fields and values it wrote, the format's own field names.
    const fields = 'url, title, outlet, author, date, dateSource, language, text';
    const manifestFields = 'format, formatVersion, name, createdAt, corpusVersion, articleCount, contentHash, origin';
    const data = ['desk.backstory', 'articles.jsonl', 'manifest.json', fields, manifestFields, '"colour"', '"extra"', '"run.sh"', '"zip"', 'backstory-pack', 'articleCount', 'date', 'title', 'array', 'U+202E', jsonReason('{')];
    const state: PackImportState = { kind: 'refused', name: 'desk.backstory', problems: found };
    expectNoEnglish(<PacksSection importState={state} exportNotice={null} busy={false} onImportFile={noop} onExport={noop} />, 'packs refused', data);
  });

  it('says every failure the background, storage and pack import send, on every page that shows one', async () => {
    // The failures as the code that fails throws them: storage, user settings, the settings import.
    const { connector } = freshDb();
    const user = createUserData(() => connector.getDb());
    const thrown = async (work: () => Promise<unknown>): Promise<unknown> => work().then(() => expect.unreachable('it should fail'), (e: unknown) => e);
    const produced: unknown[] = [
      storageError(new SchemaTooNewError(6, 5)),
      storageError(new StorageBlockedError('held')),
      storageError(new StorageUnavailableError('none')),
      storageError(new DOMException('full', 'QuotaExceededError')),
      storageError(new DOMException('disk said no', 'UnknownError')),
      await thrown(() => user.setSiteEnabled('not a host', true, 'host')),
      await thrown(() => user.hideName('example.com', '')),
      await thrown(() => user.setPrefs({ markMode: 'loudly' } as never)),
      await thrown(() => user.importUserData('{"format": "something else"}')),
      await thrown(() => user.importUserData('{')),
      await thrown(() => user.importUserData(JSON.stringify({ format: USER_DATA_FORMAT, version: 9 }))),
      await thrown(() => user.importUserData(settingsFile({ siteSettings: [{ site: 'example.com', enabled: false, scope: 'everywhere', updatedAt: 1_700_000_000_000 }] }))),
      await thrown(() => user.importUserData(settingsFile({ hiddenNames: [{ site: 'example.com', entityId: 'x', createdAt: 1_700_000_000_000, colour: 1 }] }))),
      new UnreadableSettingError('example.com'),
      new UserDataImportError('over', 'import_over_limits', { sites: 5001, hidden: 3, maxSites: 5000, maxHidden: 5000 }),
    ];
    await connector.close();
    // Every other code, as the background throws it (handlers, pack import, saved articles).
    const seen = new Set(produced.map((e) => failureOf(e)?.code));
    const SAMPLE: Partial<Record<ErrorCode, Failure['params']>> = { pack_already_imported: { name: 'Desk notes' }, storage_failed: { detail: 'disk said no' } };
    for (const code of ERROR_CODES) if (!seen.has(code)) produced.push(new CodedError(code, 'for logs', SAMPLE[code]));
    expect(new Set(produced.map((e) => failureOf(e)?.code))).toEqual(new Set(ERROR_CODES));
    // And one the browser throws, uncoded: its text is data, the sentence around it is not.
    produced.push(new DOMException('The operation failed for reasons unknown to the user agent.', 'UnknownError'));

    // Each crosses the messaging boundary as the extension's pages receive it.
    const schema = v.object({ type: v.literal('fail'), index: v.number() });
    const receive = createReceiver<{ type: 'fail'; index: number }, { fail: never }>('test', schema, { fail: ({ index }) => { throw produced[index]; } }, () => 'test');
    messages.route = (message) => receive(message, { id: 'test' });
    try {
      for (const [index] of produced.entries()) {
        const err = await (callBackground as unknown as (r: unknown) => Promise<unknown>)({ type: 'fail', index }).catch((e: unknown) => e);
        const failure = failureOf(err);
        // What the failure carries is data: names, counts, the browser's own words.
        // Data is what this test put in or the browser said, never a parameter taken on trust: English sent
        // as a parameter (a sentence made in the background) is left in the text, and fails.
        const data = FAILURE_DATA;
        const name = `${failure?.code ?? 'uncoded'}`;
        const text = errorText(err);
        const reason = failure ?? { code: 'storage_failed' as const, params: { detail: (err as Error).message } };
        const status = { backend: 'memory' as const, reason, version: 'v', asOf: '2025-03-01', articleCount: 5, entityCount: 4, paused: false };
        expectNoEnglish(<StatusBanner status={status} error={null} />, `status banner, ${name}`, data);
        expectNoEnglish(<StatusBanner status={null} error={text} />, `status banner error, ${name}`, data);
        const controls = { host: 'news.bbc.co.uk', domain: 'bbc.co.uk', siteEnabled: false, scope: 'domain' as const, paused: false, busy: false, onToggleSite: noop, onScopeChange: noop, onTogglePause: noop };
        expectNoEnglish(<SiteControls {...controls} unreadable={failureText(reason)} />, `site controls, ${name}`, data);
        const article = { url: 'https://example.org/a', title: 'Kremlin talks', outlet: 'Reuters', date: '2025-10-15', text: 'Talks covered Tartus.', paragraphs: 1, found: {}, looksLikeArticle: true, shadowRoot: false, ms: 1 };
        const preview: SaveState = { kind: 'preview', article, match: null, fields: { title: 'Kremlin talks', outlet: 'Reuters', date: '2025-10-15', author: '' }, saving: false, error: text };
        expectNoEnglish(<SavePreview state={preview} onChange={noop} onSave={noop} onCancel={noop} onOpenArticles={noop} />, `save preview, ${name}`, [...data, 'https://example.org/a', 'Talks covered Tartus.']);
        const options: OptionsViewProps = {
          data: { sites: [], hiddenNames: [], prefs: { paused: false, hoverOpen: true, markMode: 'first' } }, loadError: text, entityNames: new Map(),
          notice: { kind: 'error', text: t('import_refused', { reason: text }) }, busy: false,
          onRemoveSite: noop, onUnhide: noop, onSetPrefs: noop, onExport: noop, onImportFile: noop,
        };
        expectNoEnglish(<OptionsView {...options} />, `options, ${name}`, data);
        const failed: PackImportState = { kind: 'failed', name: 'settings.json', error: (err as Error).message, ...(failure ? { failure } : {}) };
        const exportNotice = { kind: 'error' as const, text: t('options_pack_export_error', { error: text }) };
        expectNoEnglish(<PacksSection importState={failed} exportNotice={exportNotice} busy={false} onImportFile={noop} onExport={noop} />, `packs, ${name}`, [...data, (err as Error).message]);
        const articles = { data: null, loadError: text, notice: { kind: 'error' as const, text: t('articles_action_error', { error: text }) }, undo: null, busy: false, onUpdate: async () => true, onRemove: noop, onUndo: noop, onRemovePack: noop };
        expectNoEnglish(<ArticlesView {...articles} />, `articles, ${name}`, data);
        expectNoEnglish(<Reader state={{ status: 'error', message: text }} passageId={null} findMentions={() => []} searchHref={(q) => q} />, `reader, ${name}`, data);
        expectNoEnglish(<PanelView state={{ kind: 'error', message: text }} findings={null} onReveal={noop} onSave={noop} savePanel={null} />, `panel, ${name}`, data);
      }
    } finally {
      messages.route = null;
    }
  });
});

