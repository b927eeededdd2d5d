import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../src/extract/extract-article';
import { isoDayOf } from '../../../src/extract/page-date';
import { cleanLine } from '../../../src/extract/clean-text';
import { ARTICLE_LIMITS } from '../../../src/model/user-article';
import { fixtureDocument } from './load-fixture';

const extract = (name: string, url = 'https://www.page.example/story') => extractArticle(fixtureDocument(name), url);
const page = (head: string, body = '<p>x</p>') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('metadata from JSON-LD', () => {
  const a = extract('json-ld-graph.html');

  it('follows @graph references for publisher and authors, and takes ["NewsArticle"] as an article', () => {
    expect(a.title).toBe('Moscow and Damascus sign a port deal for Tartus');
    expect(a.outlet).toBe('The Levant Ledger');
    expect(a.author).toBe('Amal Haddad, Pavel Orlov');
    expect(a.found).toMatchObject({ title: 'json-ld', outlet: 'json-ld', author: 'json-ld', date: 'json-ld', url: 'json-ld' });
  });

  it('keeps the day as published (23:30 at UTC-5 is still the 15th), and skips the malformed block before it', () => {
    expect(a.date).toBe('2025-10-15');
  });

  it('keeps the article, without the headline repeated or a lone "Share" line', () => {
    expect(a.paragraphs).toBe(3);
    expect(a.text.startsWith('Russian and Syrian officials signed')).toBe(true);
    expect(a.text).toContain('forty-nine year lease');
    expect(a.text.split('\n\n')).not.toContain('Share');
  });

  it('takes the canonical URL from mainEntityOfPage and the language from the page', () => {
    expect(a.url).toBe('https://ledger.example/news/port-deal/');
    expect(a.language).toBe('en-GB');
    expect(a.found.language).toBe('html');
  });
});

describe('metadata from Open Graph only', () => {
  const a = extract('og-only.html', 'https://harbour.example/2024/03/grain-convoy');

  it('reads og: and article: tags, collapsing white space', () => {
    expect(a).toMatchObject({ title: 'Grain convoy reaches Latakia', outlet: 'Harbour Watch', date: '2024-03-01', language: 'en-US' });
    expect(a.found).toMatchObject({ title: 'og', outlet: 'og', date: 'meta', language: 'og', url: 'og' });
  });

  it('resolves a relative og:url against the page', () => {
    expect(a.url).toBe('https://harbour.example/2024/03/grain-convoy?utm_source=feed');
  });

  it('skips an article:author that is a profile link, for the name in meta author', () => {
    expect(a.author).toBe('Lina Saleh');
  });
});

describe('metadata from <time> only', () => {
  const a = extract('time-only.html');

  it("takes the article's <time>, not the header's date, and does not shift its zone", () => {
    expect(a.date).toBe('2023-06-30');
    expect(a.found.date).toBe('time');
  });

  it('falls back to the host for the outlet and to the page for the URL', () => {
    expect(a.outlet).toBe('page.example');
    expect(a.found).toMatchObject({ outlet: 'host', url: 'page' });
    expect(a.url).toBe('https://www.page.example/story');
  });

  it('does not take a page-wide <time> when the page gives two different days', () => {
    const doc = page('', '<header><time datetime="2026-01-05">x</time></header><aside><time datetime="2020-02-02">y</time></aside>');
    expect(extractArticle(doc, 'https://a.example/').date).toBeUndefined();
  });
});

describe('a page with no metadata', () => {
  const a = extract('no-metadata.html', 'http://www.qamishli-notes.example/market');

  it('leaves what the page does not say absent', () => {
    expect(a.date).toBeUndefined();
    expect(a.author).toBeUndefined();
    expect(a.language).toBeUndefined();
    expect(a.found).toEqual({ url: 'page', title: 'readability', outlet: 'host' });
  });

  it('still has the title, the host as outlet, and the text', () => {
    expect(a.title).toBe('Notes from Qamishli');
    expect(a.outlet).toBe('qamishli-notes.example');
    expect(a.text).toContain('Russian military police patrol the road');
    expect(a.paragraphs).toBe(3);
  });
});

describe('Arabic and Russian pages', () => {
  it('reads an Arabic page verbatim, with its language, outlet and pubdate', () => {
    const a = extract('arabic.html');
    expect(a).toMatchObject({ language: 'ar', outlet: 'صحيفة الشام اليوم', date: '2025-02-12', title: 'وفد روسي يزور دمشق لبحث مستقبل القواعد العسكرية' });
    expect(a.text).toContain('القاعدتين الروسيتين في طرطوس وحميميم');
    expect(a.text).not.toContain('اقرأ أيضاً');
  });

  it('reads a Russian page: content-language, DC.date.issued, rel=author', () => {
    const a = extract('russian.html');
    expect(a).toMatchObject({ language: 'ru', date: '2025-11-03', author: 'Мария Иванова' });
    expect(a.found).toMatchObject({ language: 'meta', date: 'meta', author: 'html' });
    expect(a.text).toContain('авиабазы Хмеймим');
    expect(a.text).not.toMatch(/Читайте также/);
  });
});

describe('an AMP page', () => {
  const a = extract('amp.html', 'https://news.example/amp/world/bab-al-hawa-crossing');

  it('names the regular page as canonical, not the AMP copy', () => {
    expect(a.url).toBe('https://news.example/world/bab-al-hawa-crossing');
    expect(a.found.url).toBe('html');
  });

  it('extracts around amp-img and other AMP elements', () => {
    expect(a).toMatchObject({ title: 'Aid crossing at Bab al-Hawa stays open', outlet: 'News Example', date: '2023-07-11' });
    expect(a.paragraphs).toBe(3);
    expect(a.text).toContain('Russia had vetoed a draft');
    expect(a.looksLikeArticle).toBe(true);
  });
});

describe('hostile metadata', () => {
  it('refuses canonical URLs that are not http(s)', () => {
    const doc = page('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">');
    expect(extractArticle(doc, 'https://a.example/p').url).toBe('https://a.example/p');
  });

  it('caps long fields and removes control characters', () => {
    const doc = page(`<meta property="og:title" content="${'A\u0007'.repeat(5000)}"><meta property="og:site_name" content="x\u2028y">`);
    const a = extractArticle(doc, 'https://a.example/');
    expect(a.title!.length).toBeLessThanOrEqual(ARTICLE_LIMITS.titleChars);
    expect(a.title).not.toMatch(/\u0007/);
    expect(a.outlet).toBe('x y');
  });

  it('ignores JSON-LD that is not JSON, and dates that are not days', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle",</script><meta name="date" content="2019-02-30"><meta name="pubdate" content="13 Jan">');
    const a = extractArticle(doc, 'https://a.example/');
    expect(a.date).toBeUndefined();
  });

  it('reads a machine date written in words when it names a whole day', () => {
    const doc = page('<meta name="pubdate" content="Mon, 13 Jan 2020 16:38:00 GMT">');
    expect(extractArticle(doc, 'https://a.example/').date).toBe('2020-01-13');
  });

  it('reads a day only from the start of an ISO string', () => {
    expect(isoDayOf('2020-01-13T23:59:59-11:00')).toBe('2020-01-13');
    expect(isoDayOf('2020-01-13')).toBe('2020-01-13');
    expect(isoDayOf('2020-01-131')).toBeUndefined();
    expect(isoDayOf('Mon, 13 Jan 2020')).toBeUndefined();
    expect(isoDayOf(20200113)).toBeUndefined();
  });

  it('decodes entities as characters, not markup', () => {
    expect(cleanLine('Assad&#8217;s &lt;b&gt; troops&amp;co', 100)).toBe('Assad’s <b> troops&co');
  });
});
