import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { flattenedCopy } from '../../../src/extract/shadow-clone';

const PARAGRAPHS = [
  'The Russian defence ministry said on Tuesday that its forces had completed the withdrawal of equipment from the Qamishli airport in north-east Syria, ending a presence that began in 2019.',
  'Local officials said the airport would reopen to civilian flights once the runway has been repaired, a process they expect to take several months because of damage from shelling.',
  'Kurdish-led authorities in the region have asked the government in Damascus to guarantee the safety of the airport staff, most of whom were hired during the Russian deployment.',
];

/**
 * A publisher's page whose article is rendered by a custom element into its shadow root. In linkedom:
 * happy-dom 21's `matches('li p')` throws inside a cloned document, which Readability's quick check calls.
 */
function shadowPage(mode: 'open' | 'closed') {
  const html = '<!doctype html><html lang="en"><head><title>Russia leaves Qamishli airport</title></head><body></body></html>';
  const document = parseHTML(html).document as unknown as Document;
  const host = document.createElement('news-article');
  const headline = document.createElement('h1');
  headline.setAttribute('slot', 'headline');
  headline.textContent = 'Russia leaves Qamishli airport';
  host.appendChild(headline);
  document.body.appendChild(host);
  const root = host.attachShadow({ mode });
  const article = document.createElement('article');
  const slot = document.createElement('slot');
  slot.setAttribute('name', 'headline');
  article.appendChild(slot);
  for (const text of PARAGRAPHS) article.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
  root.appendChild(article);
  return { document, host, root };
}

describe('an article inside a shadow root', () => {
  it('is read from an open shadow root, and says so', () => {
    const { document } = shadowPage('open');
    const a = extractArticle(document, 'https://shadow.example/story');
    expect(a.shadowRoot).toBe(true);
    expect(a.paragraphs).toBeGreaterThanOrEqual(3);
    expect(a.text).toContain('withdrawal of equipment from the Qamishli airport');
  });

  it('places the host’s slotted children where the slot is', () => {
    const { document } = shadowPage('open');
    const { doc } = flattenedCopy(document);
    const article = doc.querySelector('news-article > article')!;
    expect(article.firstElementChild?.localName).toBe('h1');
    expect(article.querySelector('slot')).toBeNull();
  });

  it('reaches a closed root only through the accessor it is given (the extension API in a browser)', () => {
    const { document, host, root } = shadowPage('closed');
    expect(extractArticle(document, 'https://shadow.example/story').text).not.toContain('Qamishli airport in north-east');
    const a = extractArticle(document, 'https://shadow.example/story', { shadowRootOf: (el) => (el === host ? root : el.shadowRoot) });
    expect(a.text).toContain('withdrawal of equipment from the Qamishli airport');
    expect(a.shadowRoot).toBe(true);
  });

  it('leaves the page itself untouched', () => {
    const { document, root } = shadowPage('open');
    const before = document.body.innerHTML;
    const shadowBefore = root.innerHTML;
    extractArticle(document, 'https://shadow.example/story');
    expect(document.body.innerHTML).toBe(before);
    expect(root.innerHTML).toBe(shadowBefore);
  });

  it('says the text came from the page when there is no shadow root', () => {
    const { document } = shadowPage('closed');
    const p = document.createElement('div');
    for (const text of PARAGRAPHS) p.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
    document.body.appendChild(p);
    expect(extractArticle(document, 'https://shadow.example/story').shadowRoot).toBe(false);
  });
});
