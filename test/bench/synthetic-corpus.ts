/**
 * A synthetic corpus in the exact seed format (front matter + text), for benchmarks (build time, bundle
 * size, IndexedDB import) and search tests at 10,000 articles. Deterministic for a seed. Names come from the
 * gazetteer in all three scripts (test/unit/compiler/synthetic-corpus.test.ts checks they are real aliases);
 * compile the result together with the real `gazetteer.yaml`, `facets.yaml` and `chrome-rules.yaml`.
 */

/** mulberry32: tiny, fast, good enough to vary text, and identical on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gazetteer aliases by slot, per script. Every string here is an alias in seeds/gazetteer.yaml. */
export const SYNTHETIC_NAMES = {
  en: {
    sharaa: ['Ahmad al-Sharaa', 'Ahmed al-Sharaa', 'al-Sharaa', 'Sharaa', 'Abu Mohammad al-Jolani', 'al-Julani'],
    putin: ['Vladimir Putin', 'Putin'],
    assad: ['Bashar al-Assad', 'Bashar Assad'],
    novak: ['Alexander Novak'],
    zakharova: ['Maria Zakharova'],
    hmeimim: ['Hmeimim air base', 'Hmeimim airbase', 'Khmeimim air base', 'Hmeymim', 'Hmeimim'],
    naval: ['Tartus naval base', 'naval facility at Tartus', 'Tartus naval facility'],
    port: ['Tartus commercial port', 'port of Tartus'],
    qamishli: ['Qamishli airport'],
    city: ['Tartus', 'Tartous', 'Latakia province', 'Qamishli', 'Damascus'],
    moscow: ['Moscow', 'the Kremlin'],
    agency: ['Reuters', 'SANA', 'TASS', 'France 24'],
    topic: ['wheat shipments', 'compensation for war damage', 'energy cooperation', 'oil projects', 'Israeli incursions', 'sanctions'],
  },
  ar: {
    sharaa: ['أحمد الشرع', 'الجولاني'],
    putin: ['فلاديمير بوتين', 'بوتين'],
    hmeimim: ['قاعدة حميميم', 'حميميم'],
    naval: ['قاعدة طرطوس البحرية'],
    city: ['طرطوس', 'اللاذقية', 'دمشق'],
    country: ['سوريا', 'روسيا'],
  },
  ru: {
    sharaa: ['Ахмед аш-Шараа', 'аль-Джулани'],
    putin: ['Владимир Путин', 'Путин'],
    hmeimim: ['Хмеймим'],
    city: ['Тартус', 'Латакия', 'Дамаск'],
  },
} as const;

type Pick = <T>(list: readonly T[]) => T;

/** Sentence templates; `p` picks a name. Each returns one sentence. */
const EN: Array<(p: Pick, n: typeof SYNTHETIC_NAMES.en) => string> = [
  (p, n) => `${p(n.sharaa)} met ${p(n.putin)} in Moscow to discuss the future of the ${p(n.hmeimim)} and the ${p(n.naval)}.`,
  (p, n) => `Russia wants to keep its aircraft at the ${p(n.hmeimim)} near Latakia, officials told ${p(n.agency)}.`,
  (p, n) => `${p(n.novak)} said Moscow was ready to resume ${p(n.topic)} with Syria on favourable terms.`,
  (p, n) => `The talks in ${p(n.moscow)} also covered ${p(n.topic)} and ${p(n.topic)}, according to ${p(n.agency)}.`,
  (p, n) => `${p(n.zakharova)} said the status of the ${p(n.hmeimim)} remained under discussion with Damascus.`,
  (p, n) => `${p(n.assad)} has lived in Moscow since his government collapsed, and Syria wants him to stand trial.`,
  (p, n) => `Damascus is expected to raise Assad's extradition when ${p(n.sharaa)} next speaks with ${p(n.putin)}.`,
  (p, n) => `A Russian firm lost its contract to update the ${p(n.port)}, but the ${p(n.naval)} operates under a separate agreement.`,
  (p, n) => `Russian forces keep a presence at ${p(n.qamishli)} in the northeast, ${p(n.agency)} reported.`,
  (p, n) => `Residents of ${p(n.city)} said convoys moved along the coast road towards the ${p(n.hmeimim)} overnight.`,
  (p, n) => `${p(n.putin)} praised the historic ties between Russia and Syria and promised help with reconstruction.`,
  (p, n) => `${p(n.sharaa)} asked for guarantees that Moscow would not rearm remnants of the former regime.`,
  (p, n) => `Analysts in ${p(n.city)} said the new government wants to diversify its foreign partners beyond Russia.`,
  (p, n) => `The United States lifted most ${p(['sanctions'])} on Syria, while measures against ${p(n.assad)} and his associates remain.`,
  (p, n) => `Officials discussed ${p(n.topic)} as Syria faces shortages of fuel and bread after years of war.`,
  (p, n) => `Diplomats said the future of the ${p(n.naval)} would be settled in a new agreement between Moscow and Damascus.`,
];

const AR: Array<(p: Pick, n: typeof SYNTHETIC_NAMES.ar) => string> = [
  (p, n) => `وقال ${p(n.sharaa)} إن العلاقات مع ${p(n.country)} تاريخية وإن بلاده تحترم الاتفاقات السابقة.`,
  (p, n) => `وناقش الجانبان مستقبل ${p(n.hmeimim)} و${p(n.naval)} على الساحل السوري.`,
  (p, n) => `وأكد ${p(n.putin)} أن موسكو مستعدة لدعم إعادة الإعمار في ${p(n.city)}.`,
];

const RU: Array<(p: Pick, n: typeof SYNTHETIC_NAMES.ru) => string> = [
  (p, n) => `${p(n.putin)} встретился с ${p(n.sharaa)} в Кремле и обсудил будущее военных баз.`,
  (p, n) => `Судьба авиабазы ${p(n.hmeimim)} обсуждалась на переговорах в Москве.`,
  (p, n) => `По словам источников, ${p(n.city)} остается важным пунктом для российского флота.`,
];

const EVENTS = [
  { id: 'fall-of-assad-2024-12-08', date: '2024-12-08' },
  { id: 'first-phone-call-2025-02-12', date: '2025-02-12' },
  { id: 'sanctions-order-2025-06-30', date: '2025-06-30' },
  { id: 'syrian-elections-2025-10-05', date: '2025-10-05' },
  { id: 'kremlin-talks-2025-10-15', date: '2025-10-15' },
];
const OUTLETS = ['Reuters', 'TASS', 'SANA', 'Al-Monitor', 'bne IntelliNews', 'GlobalPost', 'Zamin', null] as const;
const TITLES = [
  'Russia and Syria weigh the future of the Hmeimim air base',
  'Al-Sharaa seeks Russian wheat and reconstruction aid',
  'Moscow and Damascus discuss the Tartus naval base',
  'Syria asks Russia for guarantees on former regime forces',
  'Kremlin says talks with Damascus were constructive',
];
const START = Date.UTC(2024, 0, 1);
const DAYS = 3 * 365;

function isoDay(day: number): string {
  return new Date(START + day * 86_400_000).toISOString().slice(0, 10);
}

/** Quote a YAML scalar safely (double quotes, escaped). */
const q = (s: string): string => JSON.stringify(s);

export function generateSyntheticSeeds(count: number, seed = 1): Array<{ path: string; text: string }> {
  const random = rng(seed);
  const pick: Pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const files: Array<{ path: string; text: string }> = [];
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const id = `syn-${seed}-${String(i).padStart(width, '0')}`;
    const date = isoDay(Math.floor(random() * DAYS));
    // The article reports the nearest event, before or after its date.
    const event = EVENTS.reduce((best, e) => (Math.abs(Date.parse(e.date) - Date.parse(date)) < Math.abs(Date.parse(best.date) - Date.parse(date)) ? e : best));
    const outlet = pick(OUTLETS);
    const title = `${pick(TITLES)} (${i})`;
    // Body size in UTF-8 bytes (Arabic and Cyrillic take two): 2–7.5 KB, so with front matter and chrome
    // every file stays within 2–8 KB.
    const target = 2100 + Math.floor(random() * 5400);
    const lines: string[] = [title, ''];
    let size = 0;
    while (size < target) {
      const sentences: string[] = [];
      const n = 2 + Math.floor(random() * 3);
      for (let s = 0; s < n; s++) {
        const r = random();
        if (r < 0.1) sentences.push(pick(AR)(pick, SYNTHETIC_NAMES.ar));
        else if (r < 0.2) sentences.push(pick(RU)(pick, SYNTHETIC_NAMES.ru));
        else sentences.push(pick(EN)(pick, SYNTHETIC_NAMES.en));
      }
      const paragraph = sentences.join(' ');
      const bytes = new TextEncoder().encode(paragraph).length + 2;
      if (size >= 2100 && size + bytes > 7500) break;
      lines.push(paragraph, '');
      size += bytes;
    }
    if (random() < 0.3) lines.push('Subscribe today and our newsletter will be in your inbox the next weekday morning');
    if (random() < 0.2) lines.push('Dismiss');
    const front = [
      '---',
      `title: ${q(title)}`,
      `outlet: ${outlet === null ? 'null' : q(outlet)}`,
      `cites: [${outlet === 'Reuters' ? '' : 'Reuters'}]`,
      `date: ${date}`,
      `event: ${event.id}`,
      `source_file: ${id}.txt`,
      '---',
    ];
    files.push({ path: `articles/synthetic/${id}.txt`, text: `${front.join('\n')}\n${lines.join('\n')}\n` });
  }
  return files;
}
