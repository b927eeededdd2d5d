/**
 * Corpus search: build time, index size, query latency and result quality of the hand-written index
 * against MiniSearch (given the same folding, stemming and gazetteer expansion), on a 10,000-article
 * synthetic corpus and on the compiled seeds. The findings are written up in src/search/README.md.
 *
 * Run standalone (the banner lets the bundled `yaml` package require Node built-ins):
 *   npx esbuild test/bench/search-bench.ts --bundle --platform=node --format=esm --outfile=/tmp/sb.mjs \\
 *     --banner:js="import{createRequire}from'module';const require=createRequire(import.meta.url);"
 *   BACKSTORY_BENCH_MAIN=1 node /tmp/sb.mjs        (BACKSTORY_BENCH_ARTICLES=1000 for a quick run)
 */
import MiniSearch from 'minisearch';
import type { CorpusBundle, Entity } from '../../src/model/corpus-types';
import { buildSearchIndex, search } from '../../src/search';
import { findAliases, words } from '../../src/search/alias-table';
import { serializeSearchIndex } from '../../src/search/serialize';
import { STOPWORDS, stem } from '../../src/search/stem';
import { tokenize } from '../../src/search/tokenize';
import { compileCorpusFromFiles } from '../../src/compiler'
import { compileCorpus, readSeedFiles } from '../../src/compiler/compile-fs';
import { generateSyntheticSeeds, rng } from './synthetic-corpus';

export interface SearchBenchResult {
  p50Ms10k: number;
  p95Ms10k: number;
  p50MsSeeds: number;
  p95MsSeeds: number;
  buildMs10k: number;
  comparison: string;
}

/** Seed queries and the entities a good answer is about (any one of them). */
const QUALITY: Array<[string, string[]]> = [
  ['Hmeimim', ['hmeimim-air-base']],
  ['Khmeimim', ['hmeimim-air-base']],
  ['Хмеймим', ['hmeimim-air-base']],
  ['Хмеймиме', ['hmeimim-air-base']],
  ['حميميم', ['hmeimim-air-base']],
  ['Hmei', ['hmeimim-air-base']],
  ['Khmeimin', ['hmeimim-air-base']],
  ['Tartos', ['tartus', 'tartus-naval-base', 'tartus-commercial-port']],
  ['Jolani', ['ahmad-al-sharaa']],
  ['extradition Assad', ['assad-extradition', 'bashar-al-assad']],
  ['wheat shipments', ['wheat-shipments']],
  ['Putin Sharaa', ['ahmad-al-sharaa']],
];

/** The latency set mixes the seed queries with prefixes, common words, misses and long queries. */
const LATENCY = [
  ...QUALITY.map(([q]) => q),
  'L', 'La', 'Lat', 'ru', 'sanctions', 'oil projects Novak', 'russian naval base Tartus', 'Damascus Moscow talks',
  'qzxvbnm', 'the', 'Путин', 'Дамаск', 'الأسد', 'military police deployment in the south', 'Zakharova',
  'compensation for war damage', 'Latakia airport terminal', 'Qamishly', 'Kremlin', 'Syria Russia relations',
];

const now = () => performance.now();

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? 0;
}

interface Engine {
  name: string;
  buildMs: number;
  sizeChars: number;
  query(q: string): string[][];
}

function storedSize(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + storedSize(v) + 1, 0);
  if (typeof value === 'object' && value !== null) return Object.values(value).reduce((sum: number, v) => sum + storedSize(v) + 1, 0);
  return String(value).length;
}

function handWritten(bundle: CorpusBundle): Engine {
  const t = now();
  const index = buildSearchIndex(bundle);
  const buildMs = now() - t;
  return {
    name: 'hand-written',
    buildMs,
    // The stored form is typed arrays (bytes) and strings (characters): about what its JSON would weigh.
    sizeChars: storedSize(serializeSearchIndex(index)),
    query: (q) => search(index, q).results.map((r) => r.entityIds),
  };
}

/** MiniSearch with the same tokenizer, stemmer and entity expansion, so only the engine differs. */
function miniSearch(bundle: CorpusBundle): Engine {
  const t = now();
  const ms = new MiniSearch<{ i: number; text: string; ents: string }>({
    idField: 'i',
    fields: ['text', 'ents'],
    tokenize: (text, field) =>
      field === 'ents' ? text.split(' ') : tokenize(text).map((w) => w.folded).filter((w) => !STOPWORDS.has(w)),
    processTerm: (term, field) => (field === 'ents' ? term : stem(term)),
  });
  ms.addAll(bundle.passages.map((p, i) => ({ i, text: p.text, ents: p.entityIds.join(' ') })));
  const buildMs = now() - t;
  const aliases = buildSearchIndex({ ...bundle, passages: [] }).aliases;
  return {
    name: 'MiniSearch',
    buildMs,
    sizeChars: JSON.stringify(ms).length,
    query: (q) => {
      const ents = findAliases(words(q), aliases, true).flatMap((a) => a.entityIds);
      const hits = ms.search({
        combineWith: 'OR',
        queries: [
          { queries: [q], fields: ['text'], prefix: true, fuzzy: 0.2 },
          ...(ents.length ? [{ queries: ents, fields: ['ents'], boost: { ents: 2 } }] : []),
        ],
      });
      return hits.slice(0, 10).map((h) => bundle.passages[h.id as number]?.entityIds ?? []);
    },
  };
}

/** CPU time of this process in ms: on a shared, loaded machine wall time mostly measures the neighbours. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Figures {
  p50: number;
  p95: number;
  cpuP50: number;
  cpuP95: number;
  quality: number;
}

function measure(e: Engine, rounds: number): Figures {
  const times: number[] = [];
  const cpu: number[] = [];
  for (const q of LATENCY) e.query(q); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const q of LATENCY) {
      const t = now();
      const c = cpuMs();
      e.query(q);
      cpu.push(cpuMs() - c);
      times.push(now() - t);
    }
  }
  let quality = 0;
  for (const [q, want] of QUALITY) {
    const top = e.query(q).slice(0, 10);
    const good = top.filter((ents) => ents.some((id) => want.includes(id))).length;
    quality += top.length ? good / top.length : 0;
  }
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cpuP50: percentile(cpu, 0.5),
    cpuP95: percentile(cpu, 0.95),
    quality: quality / QUALITY.length,
  };
}

const fmt = (x: number) => x.toFixed(2);

/** Both engines on one corpus, as table rows; the hand-written engine's figures are returned too. */
export function compareEngines(bundle: CorpusBundle, label: string, miniRounds = 2): { rows: string[]; mine: Figures & { buildMs: number } } {
  const rows = [
    `${label}: ${bundle.articles.length} articles, ${bundle.passages.length} passages`,
    '  engine        build ms   index chars   wall p50/p95 ms   cpu p50/p95 ms   precision@10',
  ];
  let mine: Figures & { buildMs: number } = { p50: 0, p95: 0, cpuP50: 0, cpuP95: 0, quality: 0, buildMs: 0 };
  for (const make of [handWritten, miniSearch]) {
    const e = make(bundle);
    const m = measure(e, e.name === 'hand-written' ? 5 : miniRounds);
    if (e.name === 'hand-written') mine = { ...m, buildMs: e.buildMs };
    rows.push(
      `  ${e.name.padEnd(13)} ${fmt(e.buildMs).padStart(8)}   ${String(e.sizeChars).padStart(11)}   ` +
        `${`${fmt(m.p50)} / ${fmt(m.p95)}`.padStart(15)}   ${`${fmt(m.cpuP50)} / ${fmt(m.cpuP95)}`.padStart(14)}   ${m.quality.toFixed(2)}`,
    );
  }
  return { rows, mine };
}

export async function benchSearch(bundle10k: CorpusBundle, bundleSeeds: CorpusBundle): Promise<SearchBenchResult> {
  const big = compareEngines(bundle10k, '10k corpus');
  const seeds = measure(handWritten(bundleSeeds), 20);
  const lines = [
    ...big.rows,
    `seeds (${bundleSeeds.passages.length} passages), hand-written: wall p50 ${fmt(seeds.p50)} / p95 ${fmt(seeds.p95)} ms, ` +
      `precision@10 ${seeds.quality.toFixed(2)}`,
  ];
  return {
    p50Ms10k: big.mine.p50,
    p95Ms10k: big.mine.p95,
    p50MsSeeds: seeds.p50,
    p95MsSeeds: seeds.p95,
    buildMs10k: big.mine.buildMs,
    comparison: lines.join('\n'),
  };
}

// ── A second synthetic corpus: large Zipf vocabulary, names in three scripts ────────────────────────

const REAL_WORDS = (
  'talks kremlin president delegation assurances army rebuild police military bases airbase naval coast ' +
  'economic energy cooperation wheat shipments compensation damages oil projects shortages infrastructure ' +
  'minister officials visit relations sanctions extradition extradite asylum regime collapse forces withdrawal ' +
  'agreement contract port deal reported sources statement meeting government interim elections incursions'
).split(' ');
const SYLLABLES: Record<'en' | 'ru' | 'ar', string[]> = {
  en: 'ka ro mi ten sor lu pa dre vin to al ber co na ster gu li on ex tra pre mon da ve ri'.split(' '),
  ru: 'ка ро ми тен сор лу па дре вин то ал бер ко на стер гу ли он ек тра пре мон да ве ри'.split(' '),
  ar: 'كا رو مي تن سر لو با در فن تو ال بر كو نا ست غو لي ون'.split(' '),
};

/** A Zipf-distributed vocabulary per language: a few words are very common, most are rare. */
function vocabulary(lang: 'en' | 'ru' | 'ar', size: number, rand: () => number): string[] {
  const syl = SYLLABLES[lang];
  const out = lang === 'en' ? [...REAL_WORDS] : [];
  const seen = new Set(out);
  while (out.length < size) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)];
    if (seen.has(w)) continue;
    out.push(w);
    seen.add(w);
  }
  return out;
}

/**
 * A bundle of `articles` articles, ten passages each of 35–90 words, 80 % English, 10 % Russian,
 * 10 % Arabic, with zero to three gazetteer names per passage in the article's script, linked in
 * `entityIds` as the compiler would link them. Deterministic for a given seed.
 */
export function syntheticBundle(articles: number, seed: number, entities: Entity[]): CorpusBundle {
  const rand = rng(seed);
  const vocab = { en: vocabulary('en', 30_000, rand), ru: vocabulary('ru', 8_000, rand), ar: vocabulary('ar', 8_000, rand) };
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1));
  const outlets = ['Reuters', 'TASS', 'SANA', 'Enab Baladi', 'Al Jazeera', 'RIA Novosti', 'bne IntelliNews'];
  const bundle: CorpusBundle = { version: `synthetic-${seed}`, asOf: '2025-12-31', entities, articles: [], passages: [], claims: [], timeline: [] };
  for (let a = 0; a < articles; a++) {
    const r = rand();
    const lang = r < 0.8 ? 'en' : r < 0.9 ? 'ru' : 'ar';
    const id = `syn-${a}`;
    let text = '';
    for (let p = 0; p < 10; p++) {
      const ws: string[] = [];
      const len = 35 + Math.floor(rand() * 56);
      for (let i = 0; i < len; i++) ws.push(vocab[lang][zipf(vocab[lang].length)] as string);
      const ids = new Set<string>();
      const mentions = Math.floor(rand() * 4);
      for (let m = 0; m < mentions; m++) {
        const e = entities[zipf(entities.length)] as Entity;
        const names = e.aliases.filter((al) => al.lang === lang && !al.ambiguous);
        const alias = names[Math.floor(rand() * names.length)];
        if (!alias) continue;
        ws.splice(Math.floor(rand() * ws.length), 0, alias.text);
        ids.add(e.id);
      }
      const body = ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
      if (text) text += '\n';
      const start = text.length;
      text += body;
      bundle.passages.push({
        id: `${id}#${p}`, articleId: id, index: p, start, end: text.length, text: body,
        sentences: [[0, body.length]], entityIds: [...ids].sort(),
      });
    }
    const month = 1 + Math.floor(rand() * 24);
    const date = `${2024 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-15`;
    const outlet = outlets[Math.floor(rand() * outlets.length)] as string;
    bundle.articles.push({ id, file: `${id}.txt`, title: id, outlet, date, event: '' });
  }
  return bundle;
}

if (process.env['BACKSTORY_BENCH_MAIN']) {
  const articles = Number(process.env['BACKSTORY_BENCH_ARTICLES'] ?? 10_000);
  const seeds = await compileCorpus('seeds');
  const keep = (await readSeedFiles('seeds')).filter((f) => !f.path.startsWith('articles/'));
  let t = now();
  const big = compileCorpusFromFiles([...keep, ...generateSyntheticSeeds(articles, 1)]);
  console.log(`compiled ${articles} synthetic articles (test/bench/synthetic-corpus.ts) in ${fmt(now() - t)} ms`);
  const result = await benchSearch(big, seeds);
  console.log(result.comparison);
  // A second corpus with a large Zipf vocabulary, where typo-tolerant look-ups have the most to scan.
  t = now();
  const zipf = syntheticBundle(articles, 42, seeds.entities);
  console.log(`generated the Zipf-vocabulary corpus in ${fmt(now() - t)} ms`);
  console.log(compareEngines(zipf, 'Zipf-vocabulary corpus', 1).rows.join('\n'));
}
