// @vitest-environment happy-dom
/**
 * A page that blocks its main thread cannot answer the popup. The popup waits for it a bounded time,
 * then says so, in the reader's language, instead of "Looking…" for ever (issue 26).
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ar from '../../../src/locales/ar/messages.json';
import en from '../../../src/locales/en/messages.json';
import ru from '../../../src/locales/ru/messages.json';
import { useCatalogue } from '../../../src/shared/i18n';
import { FindingsList } from '../../../src/popup/FindingsList';
import { resolveTargetTab, type TargetTabSources } from '../../../src/popup/target-tab';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'test' } } }));
afterEach(cleanup);

const never = () => new Promise<never>(() => undefined);

describe('resolveTargetTab', () => {
  it('gives up on a page that does not answer, and goes on with the background\u2019s address', async () => {
    const sources: TargetTabSources = { activeTab: async () => ({ id: 7 }), askPage: never, askBackground: async () => 'https://news.example/frozen' };
    const started = Date.now();
    const target = await resolveTargetTab('', sources, 200);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(target).toEqual({ tabId: 7, url: 'https://news.example/frozen', pageMode: false, pageBlocked: true });
  });

  it('asks the page first when it answers, and a page that refuses is not called blocked', async () => {
    const answering: TargetTabSources = { activeTab: async () => ({ id: 3 }), askPage: async () => 'https://news.example/a', askBackground: never };
    expect(await resolveTargetTab('', answering, 200)).toEqual({ tabId: 3, url: 'https://news.example/a', pageMode: false });
    const refusing: TargetTabSources = { activeTab: async () => ({ id: 3, url: 'https://news.example/b' }), askPage: async () => Promise.reject(new Error('no receiver')), askBackground: async () => null };
    expect(await resolveTargetTab('', refusing, 200)).toEqual({ tabId: 3, url: 'https://news.example/b', pageMode: false });
  });
});

describe('the popup says the page is not answering, in each language', () => {
  for (const [lang, catalogue, words] of [
    ['en', en, /This page is not answering/],
    ['ar', ar, /هذه الصفحة لا تستجيب/],
    ['ru', ru, /Страница не отвечает/],
  ] as const) {
    it(lang, () => {
      useCatalogue(lang, catalogue);
      render(<FindingsList state={{ kind: 'unresponsive' }} current={null} onReveal={() => undefined} />);
      expect(screen.getByRole('status').textContent).toMatch(words);
    });
  }
});
