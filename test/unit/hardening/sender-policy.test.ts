import type { Runtime, Tabs } from 'webextension-polyfill';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND_REQUEST_SENDERS, backgroundRequestSchema, type BackgroundRequestType } from '../../../src/shared/messaging/background-request';
import { createReceiver } from '../../../src/shared/messaging/receiver';
import { senderKind } from '../../../src/shared/messaging/sender-policy';
import { sampleRequests } from './sample-requests';

const OWN = 'own-extension-id';
const ORIGIN = 'chrome-extension://own-extension-id/';
const PAGE = 'https://news.example/story';
const TAB = { id: 7 } as Tabs.Tab;

const contexts = {
  /** The popup (no tab) and an extension page in a tab. */
  popup: { id: OWN, url: `${ORIGIN}popup.html` },
  optionsTab: { id: OWN, url: `${ORIGIN}options.html`, tab: TAB },
  contentScript: { id: OWN, url: PAGE, tab: TAB, frameId: 0 },
} satisfies Record<string, Runtime.MessageSender>;

const samples = sampleRequests(PAGE);
const types = Object.keys(samples) as BackgroundRequestType[];

function receiverCallingThrough() {
  const called: string[] = [];
  const handlers = Object.fromEntries(types.map((type) => [type, () => { called.push(type); return { ok: true }; }]));
  const receive = createReceiver('test', backgroundRequestSchema, handlers as never, () => OWN, {
    origin: () => ORIGIN,
    senders: BACKGROUND_REQUEST_SENDERS,
  });
  return { receive, called };
}

describe('privilege by context', () => {
  it('every sample is a valid request, and every request type has one', () => {
    for (const type of types) expect(v.is(backgroundRequestSchema, samples[type]), type).toBe(true);
    expect(types.sort()).toEqual(Object.keys(BACKGROUND_REQUEST_SENDERS).sort());
  });

  it('tells extension pages from content scripts by the URL the browser reports', () => {
    expect(senderKind(contexts.popup, ORIGIN)).toBe('page');
    expect(senderKind(contexts.optionsTab, ORIGIN)).toBe('page');
    expect(senderKind(contexts.contentScript, ORIGIN)).toBe('content');
    // Another extension's page is not ours, whatever its path.
    expect(senderKind({ id: OWN, url: 'chrome-extension://other/options.html' }, ORIGIN)).toBe('unknown');
    expect(senderKind({ id: OWN }, ORIGIN)).toBe('unknown');
  });

  it('extension pages may send every request', async () => {
    const { receive, called } = receiverCallingThrough();
    for (const sender of [contexts.popup, contexts.optionsTab]) {
      for (const type of types) expect(await receive(samples[type], sender), type).toEqual({ result: { ok: true } });
    }
    expect(called).toHaveLength(types.length * 2);
  });

  it('a content script may send only what marking and the card need; every privileged request is refused before its handler', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { receive, called } = receiverCallingThrough();
    const allowed: string[] = [];
    for (const type of types) {
      const reply = await receive(samples[type], contexts.contentScript);
      if ('result' in reply) allowed.push(type);
      else expect(reply.error).toBe(`Refused: ${type} is not allowed from this context`);
    }
    expect(allowed.sort()).toEqual(['getCard', 'getMatcherNames', 'getPageSettings', 'getUiLanguage', 'hideName', 'openPage', 'openPanel', 'ping', 'reportPage']);
    expect(called.sort()).toEqual(allowed);
    // The privileged ones the hardening probe used, named: none got through.
    for (const type of ['saveArticle', 'exportSavedArticlesPage', 'exportUserData', 'importUserData', 'setPrefs', 'removeSiteSetting', 'unhideName', 'packImportBegin', 'search', 'getStatus'] as const) {
      expect(allowed).not.toContain(type);
    }
    warn.mockRestore();
  });

  it("a content script may speak only of its own page's host", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { receive, called } = receiverCallingThrough();
    const elsewhere = sampleRequests('https://other.example/page');
    expect(await receive(elsewhere.getPageSettings, contexts.contentScript)).toEqual({ error: 'Refused: getPageSettings is not allowed from this context' });
    expect(await receive(elsewhere.hideName, contexts.contentScript)).toEqual({ error: 'Refused: hideName is not allowed from this context' });
    expect(await receive(sampleRequests('https://news.example/another').hideName, contexts.contentScript)).toEqual({ result: { ok: true } });
    expect(called).toEqual(['hideName']);
    warn.mockRestore();
  });

  it('a sender that is neither our page nor a content script in a web page gets nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { receive, called } = receiverCallingThrough();
    for (const type of types) expect('error' in (await receive(samples[type], { id: OWN, url: 'about:blank', tab: TAB }))).toBe(true);
    expect(called).toEqual([]);
    warn.mockRestore();
  });
});
