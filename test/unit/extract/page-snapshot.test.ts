/**
 * The snapshot the content script sends (page-snapshot.ts): the same article comes out of it, parsed again
 * elsewhere, as out of the page itself — shadow roots, their provenance and the page's metadata included —
 * and what the extractor never reads (scripts, styles) is not carried.
 */
import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleFromSnapshot } from '../../../src/extract/extract-article';
import { SNAPSHOT_LIMITS, snapshotOf, type ParseHtml } from '../../../src/extract/page-snapshot';

const parse: ParseHtml = (html) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;

const PARAGRAPHS = [
  'The Russian defence ministry said on Tuesday that its forces had completed the withdrawal of equipment from the Qamishli airport in north-east Syria, ending a presence that began in 2019.',
  'Local officials said the airport would reopen to civilian flights once the runway has been repaired, a process they expect to take several months because of damage from shelling.',
  'Kurdish-led authorities in the region have asked the government in Damascus to guarantee the safety of the airport staff, most of whom were hired during the Russian deployment.',
];

const HEAD =
  '<title>Russia leaves Qamishli airport | Test Wire</title><meta property="og:site_name" content="Test Wire">' +
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Russia leaves Qamishli airport","datePublished":"2025-11-18T09:00:00Z","author":{"name":"Mira Haddad & Co"}}</script>' +
  '<script>window.tracker = "</p>never text";</script><style>p { color: red }</style>';

function page(body: string): Document {
  return parseHTML(`<!doctype html><html lang="en"><head>${HEAD}</head><body>${body}</body></html>`).document as unknown as Document;
}

/** A page whose article a custom element renders into a closed shadow root, its headline slotted in. */
function closedShadowPage() {
  const document = page('<news-article><h1 slot="headline">Russia leaves Qamishli airport</h1></news-article><footer><p>© Test Wire</p></footer>');
  const host = document.querySelector('news-article')!;
  const root = host.attachShadow({ mode: 'closed' });
  const article = document.createElement('article');
  const slot = document.createElement('slot');
  slot.setAttribute('name', 'headline');
  article.appendChild(slot);
  for (const text of PARAGRAPHS) article.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
  root.appendChild(article);
  return { document, reach: (el: Element) => (el === host ? root : el.shadowRoot) };
}

describe('a page snapshot', () => {
  it('gives the article the page itself gives, shadow root and metadata included', () => {
    const { document, reach } = closedShadowPage();
    const direct = extractArticle(document, 'https://wire.example/qamishli', { shadowRootOf: reach });
    const snapshot = snapshotOf(document, 'https://wire.example/qamishli', reach);
    const fromSnapshot = extractArticleFromSnapshot(snapshot, parse);
    expect(fromSnapshot.shadowRoot).toBe(true);
    expect(fromSnapshot.text).toContain('withdrawal of equipment from the Qamishli airport');
    expect(fromSnapshot).toMatchObject({ title: 'Russia leaves Qamishli airport', outlet: 'Test Wire', date: '2025-11-18', author: 'Mira Haddad & Co', language: 'en' });
    expect({ ...fromSnapshot, ms: 0 }).toEqual({ ...direct, ms: 0 });
  });

  it('says the text came from the page when no shadow root held it', () => {
    const document = page(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const a = extractArticleFromSnapshot(snapshotOf(document, 'https://wire.example/a'), parse);
    expect(a.paragraphs).toBe(3);
    expect(a.shadowRoot).toBe(false);
  });

  it('carries no script or style, keeps JSON-LD, and leaves the page untouched', () => {
    const { document, reach } = closedShadowPage();
    const before = document.documentElement.outerHTML;
    const { html, truncated, url } = snapshotOf(document, 'https://wire.example/qamishli', reach);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(html).not.toContain('tracker');
    expect(html).not.toContain('color: red');
    expect(html).toContain('application/ld+json');
    expect(html).toContain('withdrawal of equipment');
    expect({ truncated, url }).toEqual({ truncated: false, url: 'https://wire.example/qamishli' });
  });

  it('is bounded: a larger copy is cut at the limit and says so', () => {
    const huge = 'x'.repeat(SNAPSHOT_LIMITS.htmlChars);
    const document = page(`<p>${huge}</p>`);
    const snapshot = snapshotOf(document, 'https://wire.example/huge');
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.html.length).toBe(SNAPSHOT_LIMITS.htmlChars);
  });
});
