import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';

const STORY = '<p>' + 'The ferry kept its winter timetable through the storm, and the harbour office posted the changes daily. '.repeat(18) + '</p>';
const page = (body: string) =>
  parseHTML(`<!doctype html><html lang="en"><head><title>Ferry keeps winter timetable</title></head><body>${body}</body></html>`).document as unknown as Document;
const story = '<h1>Ferry keeps winter timetable</h1><p class="byline">By Ines Roe, 8 January 2020</p>' + STORY;

describe('a wrapper around the whole story', () => {
  it('is the page, not a region beside it: a page-wide <form>, a main column named after its sidebar', () => {
    expect(extractArticle(page(`<form id="aspnetForm" action="/x">${story}</form>`), 'https://a.example/x').date).toBe('2020-01-08');
    expect(extractArticle(page(`<div class="main-column has-sidebar">${story}</div>`), 'https://a.example/x').date).toBe('2020-01-08');
    expect(extractArticle(page(`<article class="story sticky-sidebar-parent">${story}</article>`), 'https://a.example/x').date).toBe('2020-01-08');
  });

  it('is still another region when it holds only a masthead: its logo heading and today\'s date stay out', () => {
    const masthead = '<div class="site-masthead"><h1>The Harbour Post</h1><span class="date">Wednesday, 8 July 2020</span></div>';
    const doc = page(`${masthead}<div class="story"><h2 class="title">Ferry keeps winter timetable</h2>${STORY}</div>`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });
});
