import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

// The page the save end-to-end test serves: written for Backstory's tests.
const page = readFileSync(path.resolve(__dirname, '../../pages/save-article.html'), 'utf8');

describe('the text of a saved article', () => {
  it('starts with the story: the headline and the byline under it are metadata, not passages', () => {
    const { document } = parseHTML(page);
    const article = extractArticle(document as unknown as Document, 'http://127.0.0.1:8080/pages/save-article.html');
    expect(article).toMatchObject({ title: 'Russian engineers return to Latakia port talks', outlet: 'The Levant Ledger', author: 'Mira Haddad', date: '2025-11-04' });
    expect(article.text.startsWith('A delegation of Russian engineers arrived in Latakia on Monday')).toBe(true);
    expect(article.text).not.toContain('Most read');
    expect(article.paragraphs).toBe(7);
  });
});
