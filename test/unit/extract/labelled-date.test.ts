import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

const STORY = '<p>' + 'Der Rat tagte erneut zur Frage des Übergangs und seiner Kontrollposten. '.repeat(6) + '</p>';
const page = (body: string) => parseHTML(`<!doctype html><html lang="de"><head><title>Podcast</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('a day the page labels as its publication', () => {
  it('is read anywhere in the text, the label and the day in two elements', () => {
    const doc = page(`<div>${STORY}<p><b>Veröffentlicht am</b> 16.08.2019<br>Dauer: 1 Stunde</p></div><div><p>Nächster Termin: 24.08.2019</p></div>`);
    expect(extractArticle(doc, 'https://a.example/x')).toMatchObject({ date: '2019-08-16', found: { date: 'text' } });
  });

  it('is left empty when two days are so labelled, or the label is in another story\'s card', () => {
    const two = page(`<div>${STORY}<p>Veröffentlicht am 16.08.2019</p><p>Veröffentlicht am 18.08.2019</p></div>`);
    expect(extractArticle(two, 'https://a.example/x').date).toBeUndefined();
    const card = page(`<div>${STORY}</div><div class="related-posts"><p>Veröffentlicht am 16.08.2019</p></div>`);
    expect(extractArticle(card, 'https://a.example/x').date).toBeUndefined();
  });
});
