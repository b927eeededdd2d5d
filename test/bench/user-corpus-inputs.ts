/**
 * Inputs for the user-corpus benchmark: long news pages to save, and the articles of a large pack. Both
 * take their sentences from the synthetic corpus (every name in them is a gazetteer alias), so compiling
 * them links entities, extracts claims and builds timelines: the recompile has real work to do.
 */
import type { ArticleInput } from '../../src/model/user-article';
import { generateSyntheticSeeds } from './synthetic-corpus';

/** The paragraphs of synthetic seed files: the body after the front matter and the title line. */
function paragraphsOf(file: { text: string }): string[] {
  const body = file.text.split('\n---\n')[1] ?? '';
  return body
    .split(/\n\s*\n/)
    .slice(1)
    .map((p) => p.trim())
    // The synthetic seeds end some articles with page chrome ("Subscribe…", "Dismiss"): not article text.
    .filter((p) => p.length > 80);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface LongPage {
  path: string;
  html: string;
  outlet: string;
  date: string;
  /** Characters of article text (the paragraphs, without the page's chrome). */
  textChars: number;
}

export const LONG_PAGE_OUTLET = 'The Coastal Monitor';

/**
 * A long news page the corpus lacks (`paragraphs` paragraphs, ~100 KB of text for 150): outlet in
 * og:site_name, date and author in JSON-LD, a canonical address, and the navigation, share buttons and
 * footer an extractor has to leave out. `round` varies the text, so every round saves a new article.
 */
export function longNewsPage(round: number, paragraphs = 150): LongPage {
  const pool = generateSyntheticSeeds(160, 1000 + round).flatMap(paragraphsOf);
  // Two synthetic paragraphs make one of the page's (~600 characters), as long as a news paragraph.
  const merged = Array.from({ length: Math.floor(pool.length / 2) }, (_, i) => `${pool[2 * i]} ${pool[2 * i + 1]}`);
  const chosen = [
    `Reporters of ${LONG_PAGE_OUTLET} visited the coast in week ${round + 1} of the survey: near the Hmeimim air base, in Tartus and across Latakia province, residents described what the talks between Ahmad al-Sharaa and Vladimir Putin meant for them.`,
    ...merged.slice(0, paragraphs - 1),
  ];
  const date = `2025-12-${String(1 + (round % 28)).padStart(2, '0')}`;
  const title = `On the Syrian coast, Russia's bases wait for a verdict (part ${round + 1})`;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: `${date}T07:30:00Z`,
    author: { '@type': 'Person', name: 'Rana Khoury' },
    publisher: { '@type': 'Organization', name: LONG_PAGE_OUTLET },
  };
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)} | ${LONG_PAGE_OUTLET}</title>
<meta property="og:site_name" content="${LONG_PAGE_OUTLET}">
<meta property="og:title" content="${escapeHtml(title)}">
<link rel="canonical" href="https://coastal-monitor.example/2025/12/long-read-${round + 1}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/middle-east">Middle East</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<h1>${escapeHtml(title)}</h1>
<p class="byline">By Rana Khoury</p>
${chosen.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather warning for the weekend</a></li></ul></aside>
</main>
<footer><p>© ${LONG_PAGE_OUTLET}. All rights reserved.</p></footer>
</body></html>`;
  return { path: `/generated/long-${round + 1}.html`, html, outlet: LONG_PAGE_OUTLET, date, textChars: chosen.join('\n\n').length };
}

/** A made-up word that only the pack's marked article holds: searching for it finds that one article. */
export const PACK_MARKER = 'Quillanmoor';

/**
 * `count` distinct pack articles of four or five short paragraphs (~1 KB) each, with distinct addresses and
 * texts; the article at `count / 2` also holds PACK_MARKER.
 */
export function packArticles(count: number): { articles: ArticleInput[]; markedIndex: number } {
  const seeds = generateSyntheticSeeds(count, 4242);
  const markedIndex = Math.floor(count / 2);
  const articles = seeds.map((file, i): ArticleInput => {
    const paragraphs = paragraphsOf(file).slice(0, 3);
    paragraphs.push(`Port workers counted ${i + 1} containers on the quay at Tartus that morning, the harbour office said.`);
    if (i === markedIndex) paragraphs.push(`The harbour office said the tug ${PACK_MARKER} towed the last barge out of Tartus before the storm.`);
    return {
      url: `https://pack-bench.example/2025/bulletin-${i + 1}`,
      title: `Coastal bulletin ${i + 1}`,
      outlet: 'Pack Bench Wire',
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      language: 'en',
      text: paragraphs.join('\n\n'),
    };
  });
  return { articles, markedIndex };
}
