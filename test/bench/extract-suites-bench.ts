/**
 * "Save to Backstory" measured on the field's two public extraction suites, read from
 * `../shared/extract-suites/` (BACKSTORY_SHARED moves it) and never copied into the project:
 * - htmldate's 800 evaluation pages with their true publication date: accuracy (right / all pages), wrong
 *   rate (a date given that is not the true one) and missing rate, beside htmldate's published figures;
 * - scrapinghub's article-extraction benchmark, 181 pages with their true body: F1 of the benchmark's own
 *   measure (evaluate.py: 4-gram shingles of `\w+` tokens, per page tp/fp/fn normalised, precision and
 *   recall averaged over pages, F1 of the two means), beside its published figures; and, on the pages
 *   whose ground truth gives them, how often the title, author and outlet match.
 *
 * Pages are parsed by linkedom (as the CLI does) and run through the very `extractArticle` the extension
 * runs. `BACKSTORY_SUITE_SAMPLE=100` measures every n-th page only, to try a change quickly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/extract/extract-article';
import type { ExtractedArticle } from '../../src/model/user-article';
import { sharedDir, sharedPagesDir } from '../../src/tooling/project-root.mjs';
import { root } from '../e2e/harness/paths';

const suitesDir = () => path.join(sharedDir(root), 'extract-suites');
const fmt = (n: number, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** The page's bytes as text, in the charset it declares (a `<meta charset>` or http-equiv), else UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function extractFrom(html: string, url: string): ExtractedArticle {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, url);
}

/** Every `step`-th entry (all of them by default). */
function sample<T>(list: T[]): T[] {
  const wanted = Number(process.env.BACKSTORY_SUITE_SAMPLE ?? 0);
  if (!(wanted > 0) || wanted >= list.length) return list;
  const step = list.length / wanted;
  return Array.from({ length: wanted }, (_, i) => list[Math.floor(i * step)]!);
}

export interface DateFigures {
  pages: number;
  right: number;
  wrong: number;
  missing: number;
  /** Where the right and the wrong dates came from ("json-ld", "meta", "text", "url" ...). */
  bySource: Map<string, { right: number; wrong: number }>;
  wrongExamples: string[];
  missingExamples: string[];
  fields: FieldFigures;
}

export function measureDates(): DateFigures {
  const dir = path.join(suitesDir(), 'htmldate');
  const truth = JSON.parse(readFileSync(path.join(dir, 'eval_default.json'), 'utf8')) as Record<string, { file: string; date: string }>;
  const figures: DateFigures = { pages: 0, right: 0, wrong: 0, missing: 0, bySource: new Map(), wrongExamples: [], missingExamples: [], fields: emptyFieldFigures() };
  for (const [url, { file, date }] of sample(Object.entries(truth))) {
    const page = path.join(dir, 'pages', `${file}.gz`);
    figures.pages++;
    if (!existsSync(page)) {
      figures.missing++;
      continue;
    }
    const article = extractFrom(decodePage(gunzipSync(readFileSync(page))), url);
    countFields(figures.fields, article);
    if (article.date === undefined) {
      figures.missing++;
      figures.missingExamples.push(`${file}: ${date}`);
      continue;
    }
    const from = article.found.date ?? '?';
    const counts = figures.bySource.get(from) ?? { right: 0, wrong: 0 };
    figures.bySource.set(from, counts);
    if (article.date === date) {
      figures.right++;
      counts.right++;
    } else {
      figures.wrong++;
      counts.wrong++;
      figures.wrongExamples.push(`${file}: ${article.date} (${from}) for ${date}`);
    }
  }
  return figures;
}

// The benchmark's tokens: Python's `\w+` (letters, digits of any script, underscore).
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const shingle = tokens.slice(i, i + 4).join('\u0001');
    if (shingle !== '') counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py's string_shingle_matching: tp, fp, fn normalised so that long texts weigh no more. */
export function shingleMatching(truth: string, predicted: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** evaluate.py's metrics_from_tp_fp_fns. */
export function bodyF1(scores: Array<[number, number, number]>): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const precision = mean(scores.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp))));
  const recall = mean(scores.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn))));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

interface GroundTruth {
  articleBody?: string;
  url: string;
}

/**
 * Neither suite's ground truth gives title, author or outlet, so these are what a reader would otherwise
 * correct by hand: a title found and free of a site tail (" | Outlet"), an author found, an outlet named by
 * the page rather than its host name, and a page-type name ("… list article") never taken as a title.
 */
export interface FieldFigures {
  pages: number;
  title: number;
  titleWithTail: number;
  author: number;
  severalAuthors: number;
  outletNamed: number;
  outletFromHost: number;
}

const TAIL = /\s(?:\||-|—|–)\s[^|—–-]{2,40}$/;

export function emptyFieldFigures(): FieldFigures {
  return { pages: 0, title: 0, titleWithTail: 0, author: 0, severalAuthors: 0, outletNamed: 0, outletFromHost: 0 };
}

export function countFields(figures: FieldFigures, article: ExtractedArticle): void {
  figures.pages++;
  if (article.title !== undefined) figures.title++;
  if (article.title !== undefined && TAIL.test(article.title)) figures.titleWithTail++;
  const authors = article.authors ?? (article.author ? [article.author] : []);
  if (authors.length > 0) figures.author++;
  if (authors.length > 1) figures.severalAuthors++;
  if (article.found.outlet === 'host') figures.outletFromHost++;
  else if (article.outlet !== undefined) figures.outletNamed++;
}

export function describeFields(f: FieldFigures): string {
  return (
    `title ${f.title}/${f.pages} (${f.titleWithTail} still end in a "| Site"-like tail), author ${f.author}/${f.pages} (${f.severalAuthors} with several), ` +
    `outlet named by the page ${f.outletNamed}/${f.pages}, host name only ${f.outletFromHost}`
  );
}

export interface BodyFigures {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  medianMs: number;
  fields: FieldFigures;
  worst: string[];
}

export function measureBodies(): BodyFigures {
  const dir = path.join(suitesDir(), 'scrapinghub');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, GroundTruth>;
  const scores: Array<[number, number, number]> = [];
  const times: number[] = [];
  const fields = emptyFieldFigures();
  const perPage: Array<[string, number]> = [];
  for (const [id, gt] of sample(Object.entries(truth))) {
    const html = decodePage(gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))));
    const article = extractFrom(html, gt.url);
    times.push(article.ms);
    const score = shingleMatching(gt.articleBody ?? '', article.text);
    scores.push(score);
    perPage.push([`${id.slice(0, 8)} ${gt.url.slice(0, 70)}`, score[0]]);
    countFields(fields, article);
  }
  times.sort((a, b) => a - b);
  perPage.sort((a, b) => a[1] - b[1]);
  return {
    pages: scores.length,
    ...bodyF1(scores),
    medianMs: times[Math.floor(times.length / 2)] ?? NaN,
    fields,
    worst: perPage.slice(0, 8).map(([page, tp]) => `${page}: tp share ${fmt(tp, 2)}`),
  };
}

/** Every .html under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : []));
}

/**
 * Extraction time on the shared real pages (../shared/pages), median of 5 runs per page after a warm-up, then
 * the median over pages: `extractArticle`'s own `ms`, as the popup receives it. Node and linkedom here; the
 * `user` area measures the same call in Chromium on its long page.
 */
export function measureSharedPages(): { pages: number; medianMs: number; slowest: string } {
  const dir = sharedPagesDir(root);
  const perPage: Array<[string, number]> = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const runs: number[] = [];
    for (let i = 0; i < 6; i++) runs.push(extractFrom(html, 'https://www.page.example/story').ms);
    runs.shift();
    runs.sort((a, b) => a - b);
    perPage.push([path.relative(dir, file), runs[Math.floor(runs.length / 2)]!]);
  }
  perPage.sort((a, b) => a[1] - b[1]);
  const [name, ms] = perPage[perPage.length - 1] ?? ['none', NaN];
  return { pages: perPage.length, medianMs: perPage[Math.floor(perPage.length / 2)]?.[1] ?? NaN, slowest: `${name} ${fmt(ms, 0)} ms` };
}

/** Prints both suites' figures beside the published ones; returns the summary line. */
export function benchExtractSuites(): string {
  if (!existsSync(suitesDir())) throw new Error(`no suites at ${suitesDir()}`);
  const dates = measureDates();
  const share = (n: number) => n / dates.pages;
  console.log(`htmldate suite, ${dates.pages} pages: date accuracy ${fmt(share(dates.right))}, wrong ${fmt(share(dates.wrong))}, missing ${fmt(share(dates.missing))}`);
  console.log('  published on these pages (htmldate docs, 1000-page table): htmldate extensive 0.903, htmldate fast 0.861, newspaper4k 0.680, goose3 0.545');
  for (const [from, { right, wrong }] of [...dates.bySource].sort((a, b) => b[1].right - a[1].right)) console.log(`  from ${from}: ${right} right, ${wrong} wrong`);
  console.log(`  ${describeFields(dates.fields)}`);
  if (process.env.BACKSTORY_SUITE_VERBOSE) {
    for (const line of dates.wrongExamples) console.log(`  wrong: ${line}`);
    for (const line of dates.missingExamples) console.log(`  missing: ${line}`);
  }

  const bodies = measureBodies();
  console.log(`scrapinghub suite, ${bodies.pages} pages: body precision ${fmt(bodies.precision)}, recall ${fmt(bodies.recall)}, F1 ${fmt(bodies.f1)}; extraction median ${fmt(bodies.medianMs, 1)} ms (linkedom, Node)`);
  console.log('  published F1: rs_trafilatura 0.970, go_trafilatura 0.960, trafilatura 2.0.0 0.958, newspaper4k 0.949, readability_js 0.947, goose3 0.896');
  console.log(`  ${describeFields(bodies.fields)}`);
  if (process.env.BACKSTORY_SUITE_VERBOSE) for (const line of bodies.worst) console.log(`  lowest: ${line}`);
  const shared = measureSharedPages();
  console.log(`shared real pages (${shared.pages}): extraction median ${fmt(shared.medianMs, 1)} ms per page (Node, linkedom; slowest ${shared.slowest})`);
  const f = dates.fields;
  return (
    `bench extract: date-accuracy=${fmt(share(dates.right))} date-wrong=${fmt(share(dates.wrong))} date-missing=${fmt(share(dates.missing))} ` +
    `body-f1=${fmt(bodies.f1)} htmldate-title-tails=${f.titleWithTail}/${f.title} htmldate-author=${f.author}/${f.pages} ` +
    `htmldate-outlet-host=${f.outletFromHost}/${f.pages} suite-median-ms=${fmt(bodies.medianMs, 1)} shared-pages-median-ms=${fmt(shared.medianMs, 1)}`
  );
}
