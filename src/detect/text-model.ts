/**
 * The visible text of a page as one string, with a map back to the text nodes it came from, so the
 * matcher runs once over the page and each mention can be turned into DOM positions; and the markup
 * rules that decide which text belongs to it. `collectText` (text-collector.ts) builds it.
 */

export interface TextModel {
  text: string;
  /** Text nodes in document order (shadow root content at its host's position). */
  nodes: Text[];
  /** starts[i] = offset in `text` of nodes[i]'s first unit. Separators lie between nodes and map to none. */
  starts: number[];
}

/** Written between blocks so words of adjacent blocks never join ("Tartus</p><p>naval"). */
export const BLOCK_SEPARATOR = '\n';

/** Elements whose text is not page prose: code, form fields, metadata, embedded documents. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'pre', 'code', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
]);

/** Elements whose text is a block of its own: text on either side of their edges never joins. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Attribute-based skips, as one selector: a collector finds them all with one native query per root
 * instead of reading four attributes of every element, and `skippedByMarkup` tests an element with it.
 */
export const ATTRIBUTE_SKIPS = '[hidden],[data-backstory-ui],[aria-hidden="true" i],[contenteditable]:not([contenteditable="false" i])';

/** Whether markup alone (tag, hidden, aria-hidden, contenteditable, our own UI) keeps an element's text out. */
export function skippedByMarkup(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || el.matches(ATTRIBUTE_SKIPS);
}
