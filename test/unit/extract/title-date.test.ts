import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

const STORY = '<p>' + 'The council met again on the question of the crossing and its inspection posts. '.repeat(6) + '</p>';
const page = (title: string, lang = 'de') =>
  parseHTML(`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><h1>Bericht</h1>${STORY}</body></html>`).document as unknown as Document;

describe('a day stated in the page\'s title', () => {
  it('dates a page that states it nowhere else', () => {
    expect(extractArticle(page('Bericht zur Lage vom 22.04.2020 – was nun?'), 'https://a.example/x')).toMatchObject({ date: '2020-04-22', found: { date: 'title' } });
  });

  it('is left empty when the title names two days, or only an update', () => {
    expect(extractArticle(page('Fahrplan vom 22.04.2020 bis 30.04.2020'), 'https://a.example/x').date).toBeUndefined();
    expect(extractArticle(page('Crossing rules, updated 22 April 2020', 'en'), 'https://a.example/x').date).toBeUndefined();
  });
});
