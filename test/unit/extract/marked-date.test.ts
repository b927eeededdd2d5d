import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

const STORY = '<p>' + 'The ferry kept its winter timetable through the storm, and the harbour office posted the changes daily. '.repeat(5) + '</p>';
const page = (body: string, lang = 'en') =>
  parseHTML(`<!doctype html><html lang="${lang}"><head><title>Harbour notes</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('a day in a line marked as a date, far from any heading', () => {
  it('dates a post whose only date sits in its footer, below the story', () => {
    const doc = page(`<div class="post"><b>Winter timetable</b>${STORY.repeat(3)}<p class="postmeta">Filed on 14 December 2015 in Harbour</p></div>`);
    expect(extractArticle(doc, 'https://a.example/x')).toMatchObject({ date: '2015-12-14', found: { date: 'text' } });
  });

  it('is not taken from a sidebar, nor from an update line, nor from an unmarked sentence', () => {
    const sidebar = page(`<div class="post">${STORY}</div><div class="sidebar"><span class="date">3 March 2016</span></div>`);
    expect(extractArticle(sidebar, 'https://a.example/x').date).toBeUndefined();
    const updated = page(`<div class="post">${STORY}<p class="post-date">Updated 3 March 2016</p></div>`);
    expect(extractArticle(updated, 'https://a.example/x').date).toBeUndefined();
    const sentence = page(`<div class="post">${STORY}<p>The pier reopened on 3 March 2016.</p></div>`);
    expect(extractArticle(sentence, 'https://a.example/x').date).toBeUndefined();
  });
});
