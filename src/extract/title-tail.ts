/**
 * Titles as sites write them in `<title>` and og:title: "West Ham hrozí gigantům… | Aktuálně.cz",
 * "Senate passes the bill - TheHill", "Ports and politics — The Levant Ledger". The tail names the outlet,
 * not the article: it is cut from the headline, and it names the outlet when the page names none.
 *
 * A tail is cut only when it is surely the site: it matches the outlet the page names or its host name
 * ("Aktuálně.cz" on aktualne.cz), or it follows " | ", the separator headlines themselves never use.
 * "Syria - what comes next" keeps its dash.
 */
const SEPARATOR = /\s+(\||-|–|—|::|·|•)\s+/gu;
const MAX_TAIL_WORDS = 6;
const MAX_TAIL_CHARS = 60;

/** Letters and digits only, lower case, without accents: "Aktuálně.cz" and "aktualne.cz" compare equal. */
function squeezed(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The host's own name: "www.aktualne.cz" → "aktualne", "edition.cnn.com" → "cnn". */
function hostName(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.');
  // The label before the public suffix ("co.uk", "com.au" take two).
  const suffix = labels.length > 2 && /^(?:co|com|org|net|gov|ac|or|ne)$/.test(labels[labels.length - 2] ?? '') ? 2 : 1;
  return squeezed(labels[labels.length - 1 - suffix] ?? labels[0] ?? '');
}

function namesTheSite(tail: string, outlets: readonly string[], host: string | undefined): boolean {
  const t = squeezed(tail);
  if (t.length < 2) return false;
  if (outlets.some((o) => { const s = squeezed(o); return s !== '' && (s === t || s.includes(t) || t.includes(s)); })) return true;
  const h = host ? hostName(host) : '';
  return h.length >= 3 && (t.includes(h) || (t.length >= 4 && h.includes(t)));
}

export interface SplitTitle {
  title: string;
  /** The site's name as the tail wrote it, when one was cut. */
  site?: string;
}

/**
 * The title is the page's own heading and a tail: "Parken in Paris – jovelblog" over `<h1>Parken in Paris</h1>`.
 * The heading says where the headline ends, whatever the tail is ("LDT – Blog", a site named unlike its host).
 */
function afterHeading(raw: string, headings: readonly string[], outlets: readonly string[], host: string | undefined): SplitTitle | undefined {
  const title = squeezed(raw);
  for (const heading of headings) {
    const h = squeezed(heading);
    if (h.length < 3 || !title.startsWith(h) || title === h) continue;
    for (const m of raw.matchAll(SEPARATOR)) {
      if (m.index === undefined || squeezed(raw.slice(0, m.index)) !== h) continue;
      const tail = raw.slice(m.index + m[0].length).trim();
      if (tail.length <= MAX_TAIL_CHARS && tail.split(/\s+/).length <= MAX_TAIL_WORDS) return { title: raw.slice(0, m.index).trim(), site: siteOfTail(tail, outlets, host) };
    }
  }
  return undefined;
}

/** Of a tail in several parts ("Politik | Die Zeitung"), the part that names the site, else the last (sections come first). */
function siteOfTail(tail: string, outlets: readonly string[], host: string | undefined): string {
  const parts = tail.split(SEPARATOR).filter((_, i) => i % 2 === 0).map((p) => p.trim()).filter((p) => p !== '');
  return parts.find((p) => namesTheSite(p, outlets, host)) ?? parts[parts.length - 1] ?? tail;
}

/** The headline without the site's tail ("A | Section | Site" loses both). */
export function splitTitleTail(raw: string, outlets: readonly string[], host: string | undefined, headings: readonly string[] = []): SplitTitle {
  const byHeading = afterHeading(raw, headings, outlets, host);
  if (byHeading) return byHeading;
  let title = raw;
  let site: string | undefined;
  for (let round = 0; round < 2; round++) {
    const matches = [...title.matchAll(SEPARATOR)];
    const last = matches[matches.length - 1];
    if (!last || last.index === undefined) break;
    const head = title.slice(0, last.index).trim();
    const tail = title.slice(last.index + last[0].length).trim();
    const short = tail.length <= MAX_TAIL_CHARS && tail.split(/\s+/).length <= MAX_TAIL_WORDS && head.length >= 8;
    const isSite = namesTheSite(tail, outlets, host);
    // A second round only takes off a section ("| World"), after the site was found.
    if (!short || !(isSite || (last[1] === '|' && (round === 0 || site !== undefined)))) break;
    if (round === 0) site = tail;
    title = head;
    if (round === 0 && !isSite && last[1] !== '|') break;
  }
  return site === undefined ? { title } : { title, site };
}

/**
 * Does `candidate` (a JSON-LD headline or name) describe this page's article? Some sites put the kind of
 * page there ("Wikimedia list article", "WebPage"): a candidate sharing under half of its words with
 * every title the page shows (its `<h1>`, `<title>`, og:title) is one of those.
 */
export function resemblesPageTitle(candidate: string, pageTitles: readonly string[]): boolean {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const own = words(candidate);
  if (own.length === 0) return false;
  if (pageTitles.length === 0) return true;
  return pageTitles.some((t) => {
    const theirs = new Set(words(t));
    return own.filter((w) => theirs.has(w)).length / own.length >= 0.5;
  });
}
