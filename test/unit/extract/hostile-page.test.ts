// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { fixtureDocument } from './load-fixture';

const html = readFileSync(path.join(import.meta.dirname, 'fixtures', 'hostile.html'), 'utf8');
const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

/**
 * A page whose article quotes markup and script as text, and holds a real script and an `<img onerror>`.
 * The quoted markup must come out as its literal characters; the real elements contribute nothing, and
 * nothing the page holds may run because it was extracted.
 */
describe('a page with markup and script', () => {
  afterEach(() => {
    delete (window as unknown as { __pwned?: unknown }).__pwned;
  });

  for (const [dom, load] of [
    ['linkedom', () => fixtureDocument('hostile.html')],
    // happy-dom: a browser-like DOM with its own window; the page is parsed inert, as a DOMParser document is.
    ['happy-dom', () => new DOMParser().parseFromString(html, 'text/html')],
  ] as const) {
    it(`keeps quoted markup as literal text and runs nothing (${dom})`, async () => {
      const a = extractArticle(load(), 'https://security.example/forum-malware');
      expect(a.text).toContain('the string <script>alert(1)</script> on a forum');
      expect(a.text).toContain('<img src=x onerror="window.__pwned=1">, that runs its handler');
      expect(a.text).toContain('Real markup inside a paragraph, like bold and a link, must come out as its words only.');
      expect(a.text).not.toContain('window.__pwned = ');
      expect(a.title).toBe('<img src=x onerror="window.__pwned=1"> Headline');
      expect(a.outlet).toBe('Security Weekly');
      // Give an image error or a queued script every chance to fire.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pwned()).toBeUndefined();
    });
  }

  it('runs nothing even when the page is the live document', async () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    const before = document.body.innerHTML;
    const a = extractArticle(document, 'https://security.example/forum-malware');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(a.text).toContain('<script>alert(1)</script>');
    expect(document.body.innerHTML).toBe(before);
    expect(pwned()).toBeUndefined();
  });
});
