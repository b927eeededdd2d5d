import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

const page = (byline: string, story: string) =>
  parseHTML(`<!doctype html><html><head><title>Fährhafen</title></head><body><h1>Fährhafen</h1><p class="byline">${byline}</p><p>${story.repeat(5)}</p></body></html>`)
    .document as unknown as Document;

describe('a printed date on a page that names no language', () => {
  it('is read in the language it is written in, not only in English', () => {
    const german = page('Von Ines am 3. August 2015', 'Die Fähre fuhr trotz des Sturms nach dem Winterfahrplan, das Hafenamt meldete täglich. ');
    expect(extractArticle(german, 'https://a.example/x')).toMatchObject({ date: '2015-08-03', found: { date: 'text' } });
    const russian = page('15 августа 2016, 13:43', 'Паром шёл по зимнему расписанию, и портовая служба сообщала об изменениях. ');
    expect(extractArticle(russian, 'https://a.example/x').date).toBe('2016-08-15');
  });

  it('still reads an English date first, and a bare month and year as no day', () => {
    const english = page('By Ines, August 3, 2015', 'The ferry kept its winter timetable through the storm. ');
    expect(extractArticle(english, 'https://a.example/x').date).toBe('2015-08-03');
    const month = page('Von Ines, August 2015', 'Die Fähre fuhr trotz des Sturms nach dem Winterfahrplan. ');
    expect(extractArticle(month, 'https://a.example/x').date).toBeUndefined();
  });
});
