// Which extractor for "Save to Backstory": Readability (as src/extract uses it) against defuddle, on the
// real news pages in ../shared/pages (BACKSTORY_PAGES moves them). Run: `node test/bench/compare-extractors.mjs`.
// defuddle is not a dependency; to include it, `npm i --no-save defuddle` (or DEFUDDLE=/path/to/defuddle/dist/node.js).
//
// For each page and extractor: median time of a few runs (a fresh parse for each run, not timed), the
// text's characters and paragraphs, whether title, date and outlet were found, and two quality proxies:
// - recall: of three key passages picked by reading each page's article (its start, middle and end),
//   how many the text holds: did the extractor find the whole article?
// - furniture: the share of paragraphs holding a boilerplate marker (share, subscribe, advertisement,
//   cookie, newsletter, "related"...): how much of the page around the article came along?
// Both extractors' content goes through the same paragraph reader and furniture filter (src/extract), so
// the difference is the extractor's choice of content only.
//
// What it showed (linkedom, Node 20, readability 0.6.0 against defuddle 0.19.4, 10 pages): both recall 3/3
// key passages on all 9 pages that have an article body; furniture paragraphs 4/194 for Readability,
// 6/198 for defuddle; Readability 3-7x faster on every page (medians 25-196 ms against 102-959 ms on a
// shared two-core machine) and 35 KB minified (12 KB gzip) against defuddle's 331 KB (97 KB gzip).
// Metadata is read by src/extract itself (JSON-LD, meta, <time>), which found dates defuddle did not (tpm: Parse.ly; cnn; mk.ru: microdata). So Readability.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { loadTs, projectRoot } from '../../src/tooling/load-ts.mjs';
import { sharedPagesDir } from '../../src/tooling/project-root.mjs';

const RUNS = 5;
const pagesDir = sharedPagesDir(projectRoot);

/** Key passages (start, middle, end of the article body), chosen by reading each page. */
const PAGES = [
  ['scrapinghub/polygraph-russia-syria-rukban.html', ['In a joint statement published Oct. 25', 'The population in the Rukban camp has fluctuated', 'The United States does not support forced or coerced relocations']],
  ['htmldate/globalnews-syria-turkey-assad.html', ['Syrian government forces entered parts of a strategic rebel-held town', 'Defense Minister Hulusi Akar said', 'More than 1,000 migrants have arrived by sea on Greek islands']],
  ['newspaper/cnnarabic-damascus-rebels.html', ['أكدت جهات سورية معارضة', 'وفي محافظة الحسكة شمال شرقي البلاد', 'وشدد الائتلاف على']],
  ['newspaper/tpm-kobane-syria.html', ["It's a familiar scene: Young people", 'So what is democratic confederalism?', "Although IS hasn't been completely cleared from Kobane"]],
  // The htmldate fixture keeps this page's metadata but not its article body: no passage to recall.
  ['htmldate/mk-ru-ryazan-cyrillic.html', []],
  ['readability/yahoo-2/source.html', ['An unmanned Russian cargo spaceship heading to the International Space Station', 'This is the third botched launch of a Russian spacecraft', 'has been grounded since a rocket explosion in September']],
  ['readability/guardian-1/source.html', ['Whale whisperer Hori Parata was just seven years old', 'harvest rights over dead whales', 'So what is the sea telling']],
  ['readability/breitbart/source.html', ['Snopes fact checker and staff writer David Emery posted to Twitter', "This isn't the first time the Snopes.com writer", 'Emery, along with other Snopes writers']],
  ['readability/cnn/source.html', ['has long been heralded as a land of opportunity', 'The overall rankings of the countries were as follows', 'The report concluded that the American safety net was ineffective']],
  ['newspaper4k/cnn-gates-tillerson-russia-2.9MB.html', ['Former Defense Secretary Robert Gates on Sunday defended', 'Their recommendation has faced scrutiny', 'you at least maintain the pleasantries']],
];

const FURNITURE_MARKER = /\b(?:share|subscribe|advertisement|advertising|cookies?|newsletter|sign up|follow (?:us|him|her)|read more|related:|comments?|video ad|©)\b|إعلان|اشترك|تعليق|реклама|подпис|поделиться/i;
const comparable = (s) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

const { extractArticle } = await loadTs('src/extract/extract-article.ts');
const { paragraphsOf } = await loadTs('src/extract/block-text.ts');
const { isFurniture } = await loadTs('src/extract/boilerplate.ts');
const { isoDayOf } = await loadTs('src/extract/page-date.ts');

async function loadDefuddle() {
  try {
    return (await import(process.env.DEFUDDLE ? pathToFileURL(process.env.DEFUDDLE).href : 'defuddle/node')).Defuddle;
  } catch {
    console.log('defuddle not found: `npm i --no-save defuddle` (or DEFUDDLE=/path/to/defuddle/dist/node.js) to include it.\n');
    return undefined;
  }
}
const Defuddle = await loadDefuddle();

const parse = (html) => parseHTML(html).document;
const url = 'https://example.org/article';

const extractors = {
  readability: async (doc) => {
    const a = extractArticle(doc, url);
    return { text: a.text, title: a.title, date: a.date, outlet: a.found.outlet === 'host' ? undefined : a.outlet };
  },
  ...(Defuddle && {
    defuddle: async (doc) => {
      const r = await Defuddle(doc, url);
      const paragraphs = paragraphsOf(parse(`<!doctype html><html><head></head><body>${r.content ?? ''}</body></html>`).body).filter((p) => !isFurniture(p));
      return { text: paragraphs.join('\n\n'), title: r.title || undefined, date: isoDayOf(r.published), outlet: r.site || undefined };
    },
  }),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (!existsSync(pagesDir)) {
  console.log(`No pages at ${pagesDir}: set BACKSTORY_PAGES.`);
  process.exit(1);
}
const rows = [];
for (const [file, keys] of PAGES) {
  const html = readFileSync(path.join(pagesDir, file), 'utf8');
  for (const [name, extract] of Object.entries(extractors)) {
    const times = [];
    let result;
    for (let i = 0; i < RUNS; i++) {
      const doc = parse(html);
      const started = performance.now();
      result = await extract(doc);
      times.push(performance.now() - started);
    }
    const text = comparable(result.text);
    const paragraphs = result.text === '' ? [] : result.text.split('\n\n');
    const furniture = paragraphs.filter((p) => FURNITURE_MARKER.test(p)).length;
    rows.push({
      page: file.split('/').pop().replace(/\.html$/, '').replace(/^source$/, file.split('/')[1]),
      extractor: name,
      ms: median(times).toFixed(0),
      chars: result.text.length,
      paras: paragraphs.length,
      title: result.title ? 'y' : '-',
      date: result.date ?? '-',
      outlet: result.outlet ? 'y' : '-',
      recall: keys.length === 0 ? 'n/a' : `${keys.filter((k) => text.includes(comparable(k))).length}/${keys.length}`,
      furniture: paragraphs.length === 0 ? '-' : `${furniture}/${paragraphs.length}`,
    });
  }
}
const columns = Object.keys(rows[0]);
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(columns));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(columns.map((c) => r[c])));
