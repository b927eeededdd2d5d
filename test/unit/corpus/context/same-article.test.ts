import { describe, expect, it } from 'vitest';
import { articlesThatArePage } from '../../../../src/corpus/context/same-article';
import type { Article } from '../../../../src/model/corpus-types';
import { articleContentHash } from '../../../../src/model/user-article';

const article = (id: string, paragraphs: string[]): Article => ({ id, file: `articles/${id}.txt`, title: id, outlet: 'Desk', date: '2025-10-15', text: paragraphs.join('\n\n') });
const shipped = article('shipped', ['Talks were held at the Kremlin on Wednesday.', 'The delegation asked for help with the army.', 'No joint statement followed.', 'The talks lasted three hours.', 'Wheat shipments were discussed.']);
const other = article('other', ['Talks were held at the Kremlin on Wednesday.', 'A second outlet told the story in its own words.', 'It named other officials.']);

describe('a corpus article that is the page itself', () => {
  it('is the same text, or nearly all of its paragraphs word for word (a page adds its headline and sub-headings)', () => {
    const page = ['Headline of the page', ...shipped.text.split('\n\n').slice(0, 2), 'A sub-heading', ...shipped.text.split('\n\n').slice(2)].join('\n\n');
    expect(articlesThatArePage(page, articleContentHash(page), [shipped, other]).map((a) => a.id)).toEqual(['shipped']);
    expect(articlesThatArePage(shipped.text, articleContentHash(shipped.text), [shipped, other]).map((a) => a.id)).toEqual(['shipped']);
  });

  it('is not an article that shares a paragraph or two with the page', () => {
    const page = ['Talks were held at the Kremlin on Wednesday.', 'The delegation asked for help with the army.', 'Something else entirely.'].join('\n\n');
    expect(articlesThatArePage(page, articleContentHash(page), [shipped, other])).toEqual([]);
  });
});
