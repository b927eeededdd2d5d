import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { printedDays } from '../../../src/extract/date/date-text';
import { structuredDayOf } from '../../../src/extract/date/structured-date';
import { dayInUrl } from '../../../src/extract/date/url-date';
import { extractArticle } from '../../../src/extract/extract-article';
import { fixtureDocument } from './load-fixture';

const extract = (name: string, url = 'https://www.page.example/story') => extractArticle(fixtureDocument(name), url);
const page = (head: string, body: string) => parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const STORY = '<p>' + 'The council met again on the question of the crossing and its inspection posts. '.repeat(6) + '</p>';

describe('the date printed in the byline, in the page language', () => {
  it('Arabic: "نُشر في ١٣ نيسان ٢٠٢٠", not the masthead\'s today nor a related story\'s date', () => {
    const a = extract('byline-date-arabic.html');
    expect(a.date).toBe('2020-04-13');
    expect(a.found.date).toBe('text');
  });

  it('Russian: the publication, not the update printed before it', () => {
    const a = extract('byline-date-russian.html');
    expect(a.date).toBe('2020-04-13');
    expect(a.found.date).toBe('text');
  });

  it('an update is taken only when it is the one date printed', () => {
    const doc = page('', `<h1>Crossing reopens</h1><p class="date">Updated: 14 April 2020</p>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBe('2020-04-14');
  });

  it('a day in the story\'s sentences is not its date', () => {
    const doc = page('', `<h1>Crossing reopens</h1><p>${'The crossing, closed since 3 March 2020, reopened after a long debate in the council chamber. '.repeat(4)}</p>`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });
});

describe('a UTC timestamp of an evening story', () => {
  it('yields to the local day the page prints, one day earlier', () => {
    const a = extract('utc-evening.html', 'https://valley.example/council');
    expect(a.date).toBe('2023-11-08');
    expect(a.found.date).toBe('text');
  });

  it('stays when the page prints the same day, or prints no day', () => {
    const same = page('<meta property="article:published_time" content="2023-11-09T01:49:09Z">', `<h1>Crossing reopens</h1><p class="date">9 November 2023</p>${STORY}`);
    expect(extractArticle(same, 'https://a.example/x')).toMatchObject({ date: '2023-11-09', found: { date: 'meta' } });
    const none = page('<meta property="article:published_time" content="2023-11-09T01:49:09Z">', `<h1>Crossing reopens</h1>${STORY}`);
    expect(extractArticle(none, 'https://a.example/x').date).toBe('2023-11-09');
  });

  it('a timestamp with its own offset is never moved ("23:30 at UTC-5" is still the 13th)', () => {
    expect(structuredDayOf('2020-01-13T23:30:00-05:00')).toEqual({ day: '2020-01-13', from: '' });
    expect(structuredDayOf('2023-11-09T01:49:09Z')?.day).toBe('2023-11-09');
  });
});

describe('the printed date over a structured one that disagrees', () => {
  it('takes what readers see, and credits the structured source when both agree', () => {
    const differs = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-08-29"}</script>', `<h1>Crossing reopens</h1><p class="date">May 6, 2019</p>${STORY}`);
    expect(extractArticle(differs, 'https://a.example/x')).toMatchObject({ date: '2019-05-06', found: { date: 'text' } });
    const agrees = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-05-06"}</script>', `<h1>Crossing reopens</h1><p class="date">May 6, 2019</p>${STORY}`);
    expect(extractArticle(agrees, 'https://a.example/x')).toMatchObject({ date: '2019-05-06', found: { date: 'json-ld' } });
  });
});

describe('the article\'s own <time>, not a related story\'s card', () => {
  it('skips a teaser card before the article and a related box after it', () => {
    const a = extract('related-card.html');
    expect(a.date).toBe('2021-07-14');
    expect(a.found.date).toBe('time');
  });
});

describe('an article\'s own aside and footer', () => {
  it('reads the date in the <aside> or <footer> inside the <article>, not in the site\'s', () => {
    const inArticle = (tag: string) =>
      page('', `<header><p>Monday 6 May 2024</p></header><article><h1>Crossing reopens</h1><${tag} class="meta"><p>Datum</p><p>12.01.2017</p></${tag}>${STORY}</article><footer><p>Posted 2 March 2023</p></footer>`);
    for (const tag of ['aside', 'footer']) expect(extractArticle(inArticle(tag), 'https://a.example/x').date).toBe('2017-01-12');
  });

  it('still skips an aside named as another region, inside the article too', () => {
    const doc = page('', `<article><h1>Crossing reopens</h1><aside class="related-posts"><p>12.01.2017</p></aside>${STORY}</article>`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });

  it('skips the site\'s own aside and footer', () => {
    const doc = page('', `<h1>Crossing reopens</h1><aside><p>12.01.2017</p></aside>${STORY}<footer><p>13.01.2017</p></footer>`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });
});

describe('a marked date whose attribute no parser reads', () => {
  it('is read from the element\'s text', () => {
    const doc = page('', `<div class="hentry"><p>kinra | <abbr class="published" title="Sonntag, Dezember 16th, 2012, 7:05 pm">16.12.2012</abbr></p>${STORY}</div>`);
    expect(extractArticle(doc, 'https://a.example/x')).toMatchObject({ date: '2012-12-16', found: { date: 'html' } });
  });
});

describe('a story titled by a bare heading', () => {
  const titled = (body: string) => page('<title>Crossing reopens after two years | Valley News</title>', body);

  it('reads the date under an <h3> that says what the <title> says, on a page with no <h1>', () => {
    const doc = titled(`<div><h3>Crossing reopens after two years</h3><span>30.01.2022 18:36</span></div>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBe('2022-01-30');
  });

  it('prefers it to an <h1> that names a section, not the story', () => {
    const doc = titled(`<h1>Events</h1><p>Events on 02.02.2022</p>${'<p>Menu entry</p>'.repeat(40)}<h2>Crossing reopens after two years</h2><p>30.01.2022</p>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBe('2022-01-30');
  });

  it('takes no date from a bare heading the <title> does not name (a widget, a card)', () => {
    const doc = titled(`<div><h3>Latest from the league</h3><span>30.01.2022 18:36</span></div>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });
});

describe('a block named "teaser"', () => {
  it('is the story\'s own header when no other element carries its class', () => {
    const doc = page('', `<h1>Crossing reopens</h1><div class="teaser_text_meta">Peter Grimm / 07.11.2023 / 09:30</div>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBe('2023-11-07');
  });

  it('is another story\'s card when the page has a row of them', () => {
    const card = (day: string) => `<div class="teaser_text_meta">Peter Grimm / ${day} / 09:30</div>`;
    const doc = page('', `<h1>Crossing reopens</h1>${card('07.11.2023')}${card('06.11.2023')}${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBeUndefined();
  });
});

describe('a structured date that outweighs the printed one', () => {
  it('keeps the ISO day when the page prints it with day and month swapped', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02T14:00:51Z"}</script>', `<h1>Crossing reopens</h1><p class="date">02/11/2023</p>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x')).toMatchObject({ date: '2023-11-02', found: { date: 'json-ld' } });
  });

  it('keeps article:published_time over a printed day more than a day away, and yields within a day', () => {
    const far = page('<meta property="article:published_time" content="2019-10-18T16:06:50+0200">', `<h1>Crossing reopens</h1><p class="date">21 April 2019</p>${STORY}`);
    expect(extractArticle(far, 'https://a.example/x')).toMatchObject({ date: '2019-10-18', found: { date: 'meta' } });
    const near = page('<meta property="article:published_time" content="2019-10-19T01:06:50Z">', `<h1>Crossing reopens</h1><p class="date">18 October 2019</p>${STORY}`);
    expect(extractArticle(near, 'https://a.example/x')).toMatchObject({ date: '2019-10-18', found: { date: 'text' } });
  });
});

describe('every structured source', () => {
  it.each([
    ['<meta name="parsely-pub-date" content="2021-05-04T10:00:00Z">', '2021-05-04'],
    ['<meta name="sailthru.date" content="2021-05-04 10:00:00">', '2021-05-04'],
    ['<meta name="citation_publication_date" content="2021/05/04">', '2021-05-04'],
    ['<meta name="DC.date.created" content="2021-05-04">', '2021-05-04'],
    ['<meta itemprop="datePublished" content="20210504">', '2021-05-04'],
    ['<script type="application/ld+json">[{"@type":"WebSite"},{"@type":["ReportageNewsArticle"],"dateCreated":"2021-05-04"}]</script>', '2021-05-04'],
  ])('%s', (head, day) => {
    expect(extractArticle(page(head, `<h1>Crossing reopens</h1>${STORY}`), 'https://a.example/x').date).toBe(day);
  });

  it('microdata in the page: an <abbr class="published" title> and an itemprop with its text', () => {
    const abbr = page('', `<h1>Crossing reopens</h1><abbr class="published" itemprop="datePublished" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>${STORY}`);
    expect(extractArticle(abbr, 'https://a.example/x').date).toBe('2011-03-30');
    const span = page('', `<h1>Crossing reopens</h1><span itemprop="datePublished"> May 19, 2020 </span>${STORY}`);
    expect(extractArticle(span, 'https://a.example/x').date).toBe('2020-05-19');
  });

  it('prefers the original publication over a modification date', () => {
    const doc = page('<meta property="article:modified_time" content="2022-02-02"><meta property="article:published_time" content="2021-01-01">', `<h1>x</h1>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/x').date).toBe('2021-01-01');
  });
});

describe('the URL, last', () => {
  it('reads a whole day from the address only', () => {
    expect(dayInUrl('https://a.example/2020/04/13/crossing-reopens/')).toBe('2020-04-13');
    expect(dayInUrl('https://a.example/news/2020-4-3-crossing')).toBe('2020-04-03');
    expect(dayInUrl('https://a.example/2020/04/crossing/')).toBeUndefined();
    expect(dayInUrl('https://a.example/2020/13/45/crossing/')).toBeUndefined();
  });

  it('wins over a page date that disagrees: the address is written once, at publication', () => {
    const doc = page('<meta property="article:published_time" content="2021-06-01">', `<h1>Crossing reopens</h1>${STORY}`);
    expect(extractArticle(doc, 'https://a.example/2020/04/13/crossing/')).toMatchObject({ date: '2020-04-13', found: { date: 'url' } });
    expect(extractArticle(doc, 'https://a.example/2021/06/01/crossing/')).toMatchObject({ date: '2021-06-01', found: { date: 'meta' } });
  });

  it('is used when the page states no date', () => {
    const a = extractArticle(page('', `<h1>Crossing reopens</h1>${STORY}`), 'https://a.example/2020/04/13/crossing/');
    expect(a).toMatchObject({ date: '2020-04-13', found: { date: 'url' } });
  });
});

describe('printedDays', () => {
  it('needs a whole day, and never reads "today" or "3 hours ago" as one', () => {
    expect(printedDays('April 2020', 'en')).toEqual([]);
    expect(printedDays('today at 10:00', 'en')).toEqual([]);
    expect(printedDays('3 hours ago', 'en')).toEqual([]);
  });

  it('reads numeric days the way the page\'s language writes them', () => {
    expect(printedDays('03/04/2019', 'en-US')[0]?.day).toBe('2019-03-04');
    expect(printedDays('03/04/2019', 'en-GB')[0]?.day).toBe('2019-04-03');
    expect(printedDays('03.04.2019', 'de')[0]?.day).toBe('2019-04-03');
    expect(printedDays('Samstag, 19. Juli 2014', 'de')[0]?.day).toBe('2014-07-19');
    expect(printedDays('jeudi 27 juin 2019', 'fr')[0]?.day).toBe('2019-06-27');
  });
});
