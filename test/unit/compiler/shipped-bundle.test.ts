import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../../src/compiler';
import { seedBundle } from './seed-files';

describe('shippedBundle', () => {
  it('leaves out each article text and nothing else', async () => {
    const compiled = await seedBundle();
    const shipped = shippedBundle(compiled);
    expect(shipped.articles.every((a) => !('text' in a))).toBe(true);
    expect(shipped.articles).toEqual(compiled.articles.map(({ text: _text, ...meta }) => meta));
    const { articles: _a, ...rest } = shipped;
    const { articles: _b, ...compiledRest } = compiled;
    expect(rest).toEqual(compiledRest);
    // The compiled corpus is not changed on the way.
    expect(compiled.articles.every((a) => typeof a.text === 'string' && a.text.length > 0)).toBe(true);
  });

  it('loses no text: the passages of each article, in order, are its whole text', async () => {
    const compiled = await seedBundle();
    const shipped = shippedBundle(compiled);
    for (const article of compiled.articles) {
      const passages = shipped.passages.filter((p) => p.articleId === article.id).sort((a, b) => a.index - b.index);
      expect(passages.map((p) => p.index)).toEqual(passages.map((_, i) => i));
      expect(passages.map((p) => p.text).join('\n\n'), article.id).toBe(article.text);
    }
  });
});
