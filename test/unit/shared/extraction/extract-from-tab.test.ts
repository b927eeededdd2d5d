/**
 * extractArticleFromTab, the one call the popup and the side panel make: the article from the tab's
 * snapshot, and a clear error — never an endless wait — when the page does not answer, has no content
 * script, or answers with something that is not a snapshot.
 */
import { DOMParser as LinkedomParser } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParseHtml } from '../../../../src/extract/page-snapshot';

let answer: (tabId: number, message: unknown) => Promise<unknown>;
vi.mock('webextension-polyfill', () => ({ default: { tabs: { sendMessage: (tabId: number, message: unknown) => answer(tabId, message) } } }));

const { extractArticleFromTab, TabReadError } = await import('../../../../src/shared/extraction/extract-from-tab');

const parse: ParseHtml = (html) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Wheat reaches Latakia</title><meta property="og:site_name" content="Port Wire"></head><body><article>' +
  ['The first Russian wheat shipment in four months reached the port of Latakia on Tuesday, officials said, after weeks of talks over payment and insurance terms.',
    'Port workers unloaded the cargo overnight; millers in Homs and Hama expect the flour to reach bakeries within a fortnight if the roads stay open.',
    'Traders said the price agreed was lower than last year, a sign that Moscow wants to keep its place as the main supplier of grain to the country.'].map((p) => `<p>${p}</p>`).join('') +
  '</article></body></html>';

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (err) {
    return err instanceof TabReadError ? `${err.problem}${err.detail ? `: ${err.detail}` : ''}` : `other: ${String(err)}`;
  }
}

describe('extractArticleFromTab', () => {
  beforeEach(() => {
    answer = async () => ({ result: { url: 'https://port.example/wheat', html: PAGE, truncated: false } });
  });

  it('asks the tab for a snapshot and extracts the article here', async () => {
    const sent: unknown[] = [];
    answer = async (tabId, message) => {
      sent.push([tabId, message]);
      return { result: { url: 'https://port.example/wheat', html: PAGE, truncated: false } };
    };
    const article = await extractArticleFromTab(7, { parse });
    expect(sent).toEqual([[7, { type: 'snapshotPage' }]]);
    expect(article).toMatchObject({ url: 'https://port.example/wheat', title: 'Wheat reaches Latakia', outlet: 'Port Wire', paragraphs: 3, shadowRoot: false });
  });

  it('gives up with noAnswer when the page does not answer in time', async () => {
    answer = () => new Promise(() => undefined);
    const started = performance.now();
    expect(await problemOf(extractArticleFromTab(7, { parse, timeoutMs: 150 }))).toBe('noAnswer');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('says noContentScript where no content script listens', async () => {
    answer = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await problemOf(extractArticleFromTab(7, { parse }))).toBe('noContentScript');
  });

  it('refuses a reply that is not a bounded snapshot of an http(s) page', async () => {
    answer = async () => ({ result: { url: 'javascript:alert(1)', html: PAGE, truncated: false } });
    expect(await problemOf(extractArticleFromTab(7, { parse }))).toMatch(/^failed: /);
    answer = async () => ({ result: { url: 'https://port.example/wheat', html: 42, truncated: false } });
    expect(await problemOf(extractArticleFromTab(7, { parse }))).toMatch(/^failed: /);
    answer = async () => ({ error: 'the page threw' });
    expect(await problemOf(extractArticleFromTab(7, { parse }))).toBe('failed: the page threw');
  });
});
