import { printedDays } from './date-text';
import { isOtherRegion } from './page-regions';

/**
 * The date printed for readers in the article's header or byline: near the article's `<h1>`, from a
 * few lines above it (a kicker: "Politics, 13.04.2020") to where the story's first paragraph begins.
 * Lines marked as a date ("date", "byline", "posted", "meta" in their class or id, a `<time>`) are read
 * first. Dates in cards of other stories, sidebars, menus and the footer are never looked at
 * (page-regions.ts), nor is a sentence of the story that happens to name a day.
 */

/** A run of text with the element that holds it. */
interface Line {
  text: string;
  marked: boolean;
  /** Only a date at the line's very start counts (a long line: the story's text, maybe with its dateline). */
  leading?: boolean;
}

// A picture's caption dates the picture ("… on Wednesday, Nov. 8, 2023"), and is no sign the story began.
const SKIPPED = new Set(['script', 'style', 'noscript', 'svg', 'math', 'iframe', 'object', 'head', 'textarea', 'input', 'figure', 'figcaption']);
const DATE_NAME = /date|time|byline|posted|publish|meta|datum|dateline|author|info|stamp|zeit|fecha|data|дата/i;
/** Lines before the heading that may be its kicker or dateline, and lines after it before the story surely began. */
const BEFORE_HEADING = 10;
const AFTER_HEADING = 30;
/** Longer than this, a line is the story's text: only its start may be a dateline ("(18.01.2018) Landwirte ..."). */
const LINE_CHARS = 150;
const MAX_LINES = 20_000;

function markedAsDate(el: Element): boolean {
  for (let node: Element | null = el, i = 0; node && i < 3; node = node.parentElement, i++) {
    if (node.localName === 'time' || node.hasAttribute('datetime')) return true;
    if (DATE_NAME.test(`${node.getAttribute('class') ?? ''} ${node.id} ${node.getAttribute('itemprop') ?? ''}`)) return true;
  }
  return false;
}

/**
 * An element that may be the article's heading: an `<h1>`, or where a page has none, a heading marked as
 * the title (`<h2 class="post-title">`, itemprop=headline). Small sites put their story's title in a bare
 * `<h2>`–`<h4>` (or their `<h1>` is the site's name): such a heading counts only when it says what the
 * document's `<title>` says (TITLE_MATCH), since a bare `<h3>` is as often a card's or a widget's.
 */
type HeadingKind = 'h1' | 'marked' | 'other';
interface Heading {
  at: number;
  text: string;
  kind: HeadingKind;
}
/** Share of a bare heading's words that the document's title must hold. */
const TITLE_MATCH = 0.6;
function headingKind(el: Element): HeadingKind | undefined {
  if (el.localName === 'h1') return 'h1';
  if (!/^h[2-4]$/.test(el.localName)) return undefined;
  if (el.localName !== 'h4' && (/title|headline/i.test(el.getAttribute('class') ?? '') || el.getAttribute('itemprop') === 'headline')) return 'marked';
  return 'other';
}

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of the heading's words found in the document's title. */
function titleShare(h: Heading, wanted: Set<string>): number {
  const words = [...wordsOf(h.text)];
  return words.filter((w) => wanted.has(w)).length / Math.max(1, words.length);
}

/** Of the candidate headings, the one sharing most words with the document's title (a section's `<h1>` "Topics" shares none). */
function pickHeading(headings: Heading[], wanted: Set<string>): Heading | undefined {
  let best: Heading | undefined;
  let bestScore = -1;
  for (const h of headings) {
    const score = titleShare(h, wanted) + (h.kind === 'h1' ? 0.01 : 0);
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  return best;
}

/**
 * Pages with an <h1> are judged by their <h1>s only (a marked <h2> there is another story's), unless none
 * of them says what the title says and a bare heading does; then marked headings, then bare ones.
 */
function chooseHeading(headings: Heading[], title: string): number {
  const wanted = wordsOf(title);
  const bare = pickHeading(headings.filter((h) => h.kind === 'other' && titleShare(h, wanted) >= TITLE_MATCH), wanted);
  const h1 = pickHeading(headings.filter((h) => h.kind === 'h1'), wanted);
  if (h1 && (!bare || titleShare(h1, wanted) >= TITLE_MATCH)) return h1.at;
  const marked = pickHeading(headings.filter((h) => h.kind === 'marked'), wanted);
  if (marked && (!bare || titleShare(marked, wanted) >= TITLE_MATCH)) return marked.at;
  return bare?.at ?? -1;
}

/** The page's text lines in order, outside other stories' regions, and where its article's heading starts. */
function linesOf(doc: Document): { lines: Line[]; heading: number } {
  const lines: Line[] = [];
  const headings: Heading[] = [];
  const body = doc.body ?? doc.documentElement;
  if (!body) return { lines, heading: -1 };
  const stack: Node[] = [body];
  while (stack.length > 0 && lines.length < MAX_LINES) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (text !== '' && parent) lines.push({ text, marked: markedAsDate(parent) });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    // The body's own classes describe the page ("no-sidebar"), not a region in it.
    if (SKIPPED.has(el.localName) || (el !== body && isOtherRegion(el))) continue;
    const kind = headingKind(el);
    // Bounded per kind, so that a menu's many bare headings cannot crowd out the story's <h1>.
    if (kind && headings.filter((h) => (h.kind === 'other') === (kind === 'other')).length < 20) {
      const text = (el.textContent ?? '').trim();
      if (text !== '') headings.push({ at: lines.length, text, kind });
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { lines, heading: chooseHeading(headings, doc.title ?? '') };
}

/**
 * The day printed in the header or byline, YYYY-MM-DD: the first marked line of the heading's area that
 * holds a full date, else its first line that does. "Updated 14 April" counts only when no other day is printed there.
 */
export function findPrintedDate(doc: Document, language: string | undefined, reference: Date): string | undefined {
  const { lines, heading } = linesOf(doc);
  if (heading === -1) return undefined;
  const area: Line[] = [];
  for (let i = Math.max(0, heading - BEFORE_HEADING); i < Math.min(lines.length, heading + AFTER_HEADING); i++) {
    const line = lines[i]!;
    area.push(line.text.length > LINE_CHARS ? { text: line.text.slice(0, 40), marked: false, leading: true } : line);
    // The story's first long paragraph: what follows it is the story, not its header.
    if (i > heading && line.text.length > 300) break;
  }
  const latest = reference.getTime() + 86_400_000;
  let updated: string | undefined;
  for (const line of [...area.filter((l) => l.marked), ...area.filter((l) => !l.marked)]) {
    for (const { day, index, updated: isUpdate } of printedDays(line.text, language, reference)) {
      if (Date.parse(day) > latest || day < '1995-01-01' || (line.leading && index > 3)) continue;
      if (!isUpdate) return day;
      updated ??= day;
    }
  }
  return updated;
}

/** Characters of the previous line read with a line: a label and its date are often two elements ("<b>Erschienen am:</b> 01.11.2023"). */
const LABEL_CHARS = 30;

/**
 * The day a page labels as its publication ("Veröffentlicht am 16.08.2019", "Published on 4 May 2016")
 * anywhere in its text outside other stories' regions, when it labels one day so: a page without a heading
 * to look under, or one that prints its date in its footer.
 */
export function findLabelledDate(doc: Document, language: string | undefined, reference: Date): string | undefined {
  const { lines } = linesOf(doc);
  const latest = reference.getTime() + 86_400_000;
  const days = new Set<string>();
  let previous = '';
  for (const line of lines) {
    const prefix = previous.slice(-LABEL_CHARS);
    const text = `${prefix} ${line.text.slice(0, LINE_CHARS)}`;
    previous = line.text;
    if (!/\d/.test(line.text)) continue;
    for (const { day, index, published } of printedDays(text, language, reference)) {
      if (published && index > prefix.length && Date.parse(day) <= latest && day >= '1995-01-01') days.add(day);
    }
    if (days.size > 1) return undefined;
  }
  const [only] = days;
  return only;
}

/**
 * The first day printed in a line marked as a date ("<span class="date">", "<p class="postmeta">", a `<time>`)
 * anywhere outside other stories' regions: a last resort for pages where no heading was found or the byline
 * sits far below it (a blog's post footer "Dieser Artikel wurde am 14. Dezember 2015 …"). The first such line
 * is the page's own post, or its newest on a blog's front page. "Updated" days are skipped.
 */
export function findMarkedDate(doc: Document, language: string | undefined, reference: Date): string | undefined {
  const { lines } = linesOf(doc);
  const latest = reference.getTime() + 86_400_000;
  for (const line of lines) {
    if (!line.marked || line.text.length > LINE_CHARS || !/\d/.test(line.text)) continue;
    for (const { day, updated } of printedDays(line.text, language, reference)) {
      if (!updated && Date.parse(day) <= latest && day >= '1995-01-01') return day;
    }
  }
  return undefined;
}
