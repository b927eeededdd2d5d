import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

const STORY = '<p>' + 'The ferry kept its winter timetable through the storm, and the harbour office posted the changes daily. '.repeat(5) + '</p>';
const page = (structured: string, byline: string) =>
  parseHTML(
    `<!doctype html><html lang="en"><head><title>Ferry keeps its timetable</title>${structured}</head><body><h1>Ferry keeps its timetable</h1><p class="byline">${byline}</p>${STORY}</body></html>`,
  ).document as unknown as Document;
const ld = (day: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry keeps its timetable","datePublished":"${day}T18:37:32+01:00"}</script>`;

describe('the day in the address', () => {
  it('gives way when the structured and the printed date agree on another day', () => {
    const a = extractArticle(page(ld('2020-02-19'), 'By Ines Roe, 19 February 2020'), 'https://paper.example/2020/02/18/ferry.html');
    expect(a).toMatchObject({ date: '2020-02-19', found: { date: 'json-ld' } });
    // A slug that starts with a number is no day: "/2023/10/3-questions-for-…".
    const b = extractArticle(page(ld('2023-10-31'), 'By Ines Roe, 31 October 2023'), 'https://paper.example/2023/10/3-questions-for-the-harbour/');
    expect(b.date).toBe('2023-10-31');
  });

  it('still wins over a structured or a printed date alone', () => {
    const a = extractArticle(page(ld('2020-02-19'), 'By Ines Roe'), 'https://paper.example/2020/02/18/ferry.html');
    expect(a).toMatchObject({ date: '2020-02-18', found: { date: 'url' } });
    const b = extractArticle(page('', 'By Ines Roe, 19 February 2020'), 'https://paper.example/2020/02/18/ferry.html');
    expect(b).toMatchObject({ date: '2020-02-18', found: { date: 'url' } });
  });
});
