/**
 * Lists htmldate-suite pages whose date is missing or wrong, with the candidates each source gives and where
 * the true day appears in the page (element path), for classifying misses. Prints nothing of the page's prose.
 * Run: node -e "import('./src/tooling/load-ts.mjs').then(m=>m.loadTs('test/bench/date-misses.ts')).then(m=>m.listDateMisses())"
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/extract/extract-article';
import { findLabelledDate, findPrintedDate } from '../../src/extract/date/printed-date';
import { findArticleTime, findStructuredDate, findWeakMetaDate } from '../../src/extract/date/structured-date';
import { dayInUrl } from '../../src/extract/date/url-date';
import { readJsonLd } from '../../src/extract/json-ld';
import { readMetaTags } from '../../src/extract/meta-tags';
import { sharedDir } from '../../src/tooling/project-root.mjs';
import { root } from '../e2e/harness/paths';
import { decodePage } from './extract-suites-bench';

function forms(day: string): RegExp[] {
  const [y, m, d] = day.split('-');
  const mi = Number(m);
  const di = Number(d);
  return [
    new RegExp(`${y}-${m}-${d}`),
    new RegExp(`\\b0?${di}[./]\\s?0?${mi}[./]\\s?(?:${y}|${y!.slice(2)})\\b`),
    new RegExp(`\\b0?${mi}/0?${di}/(?:${y}|${y!.slice(2)})\\b`),
    new RegExp(`\\b0?${di}\\.?\\s+\\p{L}{3,}\\.?,?\\s+${y}`, 'u'),
    new RegExp(`\\p{L}{3,}\\.?\\s+0?${di}(?:st|nd|rd|th)?,?\\s+${y}`, 'u'),
  ];
}

function where(el: Element | null): string {
  const parts: string[] = [];
  for (let n = el, i = 0; n && i < 6; n = n.parentElement, i++) parts.push(`${n.localName}${n.getAttribute('class') ? '.' + n.getAttribute('class')!.trim().split(/\s+/).slice(0, 2).join('.') : ''}`);
  return parts.join('<');
}

export function listDateMisses(): void {
  const dir = path.join(sharedDir(root), 'extract-suites', 'htmldate');
  const truth = JSON.parse(readFileSync(path.join(dir, 'eval_default.json'), 'utf8')) as Record<string, { file: string; date: string }>;
  const only = process.env.ONLY;
  // FILES: a file listing page names, one a line (e.g. the misses of an earlier run), to measure a change on them alone.
  const files = process.env.FILES ? new Set(readFileSync(process.env.FILES, 'utf8').split('\n').filter(Boolean)) : undefined;
  const tally = { pages: 0, right: 0, wrong: 0, missing: 0 };
  for (const [url, { file, date }] of Object.entries(truth)) {
    if (only && !file.includes(only)) continue;
    if (files && !files.has(file)) continue;
    let html: string;
    try {
      html = decodePage(gunzipSync(readFileSync(path.join(dir, 'pages', `${file}.gz`))));
    } catch {
      continue;
    }
    const article = extractArticle(parseHTML(html).document as unknown as Document, url);
    tally.pages++;
    if (article.date === date) {
      tally.right++;
      continue;
    }
    if (article.date === undefined) tally.missing++;
    else tally.wrong++;
    if (process.env.QUIET) {
      console.log(`${article.date === undefined ? 'missing' : 'wrong'} ${file} truth ${date} got ${article.date ?? '-'} (${article.found.date ?? ''})`);
      continue;
    }
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const ld = readJsonLd(doc);
    const meta = readMetaTags(doc);
    const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
    const cands = {
      structured: findStructuredDate(doc, ld, meta),
      time: findArticleTime(doc),
      printed: findPrintedDate(doc, lang, new Date()),
      labelled: findLabelledDate(doc, lang, new Date()),
      weak: findWeakMetaDate(meta),
      url: dayInUrl(url),
    };
    console.log(`\n== ${file} truth ${date} got ${article.date ?? '-'} (${article.found.date ?? ''}) lang ${lang} ${url.slice(0, 90)}`);
    console.log(`   ${JSON.stringify(cands)}`);
    // Where the true day appears: attributes and text.
    const seen = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      if (el.localName === 'script' || el.localName === 'style') continue;
      for (const attr of Array.from(el.attributes)) {
        if (forms(date).some((re) => re.test(attr.value)) && !seen.has(`a${el.localName}${attr.name}`)) {
          seen.add(`a${el.localName}${attr.name}`);
          console.log(`   attr ${attr.name}=${attr.value.slice(0, 40)} on ${where(el)}`);
        }
      }
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType !== 3) continue;
        const text = child.nodeValue ?? '';
        const re = forms(date).find((r) => r.test(text));
        if (re && seen.size < 12) {
          const m = re.exec(text)!;
          seen.add(`t${m[0]}`);
          console.log(`   text "${text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 5).replace(/\s+/g, ' ')}" in ${where(el)}`);
        }
      }
    }
    const scripts = Array.from(doc.querySelectorAll('script')).filter((s) => forms(date).some((re) => re.test(s.textContent ?? '')));
    for (const s of scripts.slice(0, 2)) {
      const t = s.textContent ?? '';
      const re = forms(date).find((r) => r.test(t))!;
      const m = re.exec(t)!;
      console.log(`   script[${s.getAttribute('type') ?? ''}] …${t.slice(Math.max(0, m.index - 40), m.index + 25).replace(/\s+/g, ' ')}`);
    }
  }
  console.log(JSON.stringify(tally));
}
