import { describe, expect, it } from 'vitest';
import { PARAGRAPH_SEPARATOR } from '../../../src/compiler/article-file';
import { splitPassages } from '../../../src/compiler/passages';
import type { Article } from '../../../src/model/corpus-types';

const article = (paragraphs: string[]): Article => ({
  id: 'a1',
  file: 'articles/a1.txt',
  title: 'T',
  outlet: 'O',
  date: '2025-10-15',
  event: 'e',
  text: paragraphs.join(PARAGRAPH_SEPARATOR),
});

const idOf = (paragraphs: string[], text: string) => splitPassages(article(paragraphs)).find((p) => p.text === text)?.id;

describe('passage ids', () => {
  const talks = 'The talks covered the Hmeimim base.';
  const wheat = 'Wheat shipments resumed in March.';

  it('name the same paragraph after paragraphs are added before it or removed', () => {
    const before = idOf(['Intro.', talks, wheat], wheat);
    expect(idOf(['A new first paragraph.', 'Intro.', talks, wheat], wheat)).toBe(before);
    expect(idOf([talks, wheat], wheat)).toBe(before);
  });

  it('name nothing once the paragraph itself has changed', () => {
    const before = idOf(['Intro.', wheat], wheat)!;
    const after = splitPassages(article(['Intro.', 'Wheat shipments resumed in April.'])).map((p) => p.id);
    expect(after).not.toContain(before);
  });

  it('stay unique when one article repeats a paragraph, numbering repeats in reading order', () => {
    const ids = splitPassages(article([talks, wheat, talks])).map((p) => p.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(`${ids[0]}-2`);
  });
});
