import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

const STORY = '<p>' + 'The council met again on the question of the crossing and its inspection posts. '.repeat(6) + '</p>';
const page = (scripts: string) =>
  parseHTML(`<!doctype html><html lang="en"><head><title>Crossing reopens</title>${scripts}</head><body><h1>Crossing reopens</h1>${STORY}</body></html>`).document as unknown as Document;

describe('a publication date kept only in the page\'s script state', () => {
  it('is read, as text, when the page states no other date', () => {
    const doc = page('<script>window.__STATE__ = {"review":{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2017-01-02T10:00:00Z"}};</script>');
    expect(extractArticle(doc, 'https://a.example/x')).toMatchObject({ date: '2016-11-04', found: { date: 'html' } });
  });

  it('is left empty when the scripts name several days (a page of many stories)', () => {
    const doc = page('<script>var s = [{"published_at":"2019-03-02T06:22:28+01:00"},{"published_at":"2019-02-11T08:00:00+01:00"}];</script>');
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });

  it('never takes a modification or a script loaded from an address', () => {
    const doc = page('<script>var s = {"dateModified":"2019-03-02"};</script><script src="https://cdn.example/app.js">{"datePublished":"2019-03-02"}</script>');
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });
});
