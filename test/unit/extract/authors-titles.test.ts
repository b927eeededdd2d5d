import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { authorNames } from '../../../src/extract/authors';
import { extractArticle } from '../../../src/extract/extract-article';
import { resemblesPageTitle, splitTitleTail } from '../../../src/extract/title-tail';
import { fixtureDocument } from './load-fixture';

const extract = (name: string, url = 'https://www.page.example/story') => extractArticle(fixtureDocument(name), url);
const STORY = '<p>' + 'The council met again on the question of the crossing and its inspection posts. '.repeat(6) + '</p>';
const page = (head: string, body: string) => parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('authors', () => {
  it.each([
    ['By Mira Haddad and Pavel Orlov, Staff Writers', ['Mira Haddad', 'Pavel Orlov']],
    ['Mira Haddad | Follow', ['Mira Haddad']],
    ['By Jane Doe Updated 4 Nov 2025 at 10:00', ['Jane Doe']],
    ['Jane Doe, The Associated Press', ['Jane Doe']],
    ['Von Karin Finkenzeller', ['Karin Finkenzeller']],
    ['Автор: Мария Иванова', ['Мария Иванова']],
    ['بقلم: ميرا حداد و سامر خليل، مراسل', ['ميرا حداد', 'سامر خليل']],
    ['By Jane Doe | jdoe@paper.example | Paper Group', ['Jane Doe', 'Paper Group']],
    ['https://paper.example/authors/jane', []],
  ])('%s', (byline, names) => {
    expect(authorNames(byline)).toEqual(names);
  });

  it("falls back to Readability's byline, cleaned, as a list", () => {
    const doc = page('<title>Crossing reopens</title>', `<article><h1>Crossing reopens</h1><p class="byline">By Mira Haddad and Pavel Orlov, Correspondents</p>${STORY}${STORY}</article>`);
    const a = extractArticle(doc, 'https://a.example/x');
    expect(a.authors).toEqual(['Mira Haddad', 'Pavel Orlov']);
    expect(a).toMatchObject({ author: 'Mira Haddad, Pavel Orlov', found: { author: 'readability' } });
    expect(a.text.startsWith('The council met')).toBe(true);
  });

  it('reads the Arabic and Russian bylines of the fixtures', () => {
    expect(extract('byline-date-arabic.html').authors).toEqual(['ميرا حداد', 'سامر خليل']);
    expect(extract('byline-date-russian.html').authors).toEqual(['Мария Иванова']);
  });

  it('keeps structured authors first, and never the outlet as an author', () => {
    const doc = page('<meta property="og:site_name" content="Paper Group"><meta name="author" content="Jane Doe, Paper Group">', `<h1>x</h1>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x')).toMatchObject({ authors: ['Jane Doe'], found: { author: 'meta' } });
  });
});

describe("titles without the site's tail", () => {
  it('cuts " | Outlet" and names the outlet by it when the page names none', () => {
    const doc = page('<title>Ports and politics in Tartus | The Levant Ledger</title>', `<h1>Ports and politics in Tartus</h1>${STORY}`);
    const a = extractArticle(doc, 'https://ledger.example/ports');
    expect(a).toMatchObject({ title: 'Ports and politics in Tartus', outlet: 'The Levant Ledger', found: { outlet: 'title' } });
  });

  it('cuts " — Outlet" from og:title when it is the outlet the page names', () => {
    const a = extract('byline-date-russian.html');
    expect(a.title).toBe('Переговоры о базе в Тартусе продолжатся');
    expect(a).toMatchObject({ outlet: 'Вестник Леванта', found: { outlet: 'og' } });
  });

  it('cuts " - Outlet" when the tail is the host\'s name, accents and case aside', () => {
    expect(splitTitleTail('West Ham hrozí gigantům - Aktuálně.cz', [], 'zpravy.aktualne.cz')).toEqual({ title: 'West Ham hrozí gigantům', site: 'Aktuálně.cz' });
    expect(splitTitleTail('Senate passes the bill - TheHill', [], 'thehill.com')).toEqual({ title: 'Senate passes the bill', site: 'TheHill' });
    expect(extract('related-card.html', 'https://levantledger.example/aid').title).toBe('Aid convoy crosses into the north-west');
  });

  it('keeps a dash that is part of the headline, and cuts a section after the site was found', () => {
    expect(splitTitleTail('Syria - what comes next', [], 'paper.example')).toEqual({ title: 'Syria - what comes next' });
    expect(splitTitleTail('Aid convoy crosses | World | The Levant Ledger', ['The Levant Ledger'], undefined)).toEqual({ title: 'Aid convoy crosses', site: 'The Levant Ledger' });
  });

  it("cuts whatever follows the page's own heading, a site named unlike its host, and names the outlet by it", () => {
    const doc = page('<title>Ferry keeps its timetable – Harbour Notes</title>', `<h1>Ferry keeps its timetable</h1>${STORY}`);
    expect(extractArticle(doc, 'https://ines-roe.example/ferry')).toMatchObject({ title: 'Ferry keeps its timetable', outlet: 'Harbour Notes', found: { outlet: 'title' } });
    expect(splitTitleTail('Tartus – Ports | Harbour Notes', [], undefined, ['Tartus'])).toEqual({ title: 'Tartus', site: 'Harbour Notes' });
    // A heading that is only the headline's start keeps the rest: "Syria" is no site.
    expect(splitTitleTail('Syria - what comes next', [], undefined, ['Syria - what comes next'])).toEqual({ title: 'Syria - what comes next' });
  });
});

describe('never a page type as the headline', () => {
  it('skips a JSON-LD headline that is the kind of page, for the page\'s own title', () => {
    const a = extract('page-type-name.html', 'https://en.wikipedia.org/wiki/Governorates_of_Syria');
    expect(a.title).toBe('List of Syrian governorates');
    expect(a.title).not.toMatch(/Wikimedia/);
  });

  it("skips a WebPage's name", () => {
    const a = extract('web-page-name.html', 'https://harbour.example/grain');
    expect(a).toMatchObject({ title: 'Grain prices rise again in Latakia', outlet: 'Harbour Watch' });
  });

  it('compares words, not letters', () => {
    expect(resemblesPageTitle('Wikimedia list article', ['List of Syrian governorates'])).toBe(false);
    expect(resemblesPageTitle('Syrian governorates: a list', ['List of Syrian governorates - Wikipedia'])).toBe(true);
  });
});

describe('the body', () => {
  const a = extract('page-type-name.html', 'https://en.wikipedia.org/wiki/Governorates_of_Syria');

  it('keeps a formula as its text alternative', () => {
    expect(a.text).toContain('such as the density d = p / a for each governorate');
  });

  it("keeps a figure's caption out of the text but with the article", () => {
    expect(a.text).not.toContain('Map of the governorates');
    expect(a.captions).toEqual(['Map of the governorates of Syria in 2011']);
  });
});
