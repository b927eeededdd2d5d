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

/** The page's text lines in order, outside other stories' regions, and where its first `<h1>` starts. */
function linesOf(doc: Document): { lines: Line[]; heading: number } {
  const lines: Line[] = [];
  let heading = -1;
  const body = doc.body ?? doc.documentElement;
  if (!body) return { lines, heading };
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
    if (SKIPPED.has(el.localName) || isOtherRegion(el)) continue;
    if (el.localName === 'h1' && heading === -1 && (el.textContent ?? '').trim() !== '') heading = lines.length;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { lines, heading };
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
