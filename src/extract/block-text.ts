/**
 * The paragraphs of an article element, as plain text. The element is read, never serialised or parsed
 * again: its text is taken with `textContent`, so whatever markup or script the article quotes comes
 * out as the characters it is, and nothing it holds is ever put back into a live page.
 *
 * Block elements end a paragraph; inline content (text, links, emphasis) runs into the current one. A
 * block that holds other blocks (a `<blockquote>` of `<p>`s, a `<li>` with two paragraphs) is walked
 * into rather than taken whole, so its paragraphs stay apart.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);
/** Never article text: none of these is text a reader reads. (Captions and formulas are handled below.) */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'button', 'svg', 'select', 'textarea', 'iframe', 'object']);

/**
 * A formula's text alternative: the `alttext` its author wrote, else its TeX annotation, else the text of
 * its symbols ("x2" for x squared is better than nothing, and better than losing the sentence's subject).
 */
export function mathText(math: Element): string {
  const alt = math.getAttribute('alttext') ?? math.getAttribute('aria-label');
  if (alt && alt.trim() !== '') return alt.trim();
  const tex = Array.from(math.getElementsByTagName('annotation')).find((a) => /tex/i.test(a.getAttribute('encoding') ?? ''));
  if (tex?.textContent && tex.textContent.trim() !== '') return tex.textContent.trim();
  return (math.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The article's paragraphs. A figure's caption describes a picture, not the story: it is left out of the
 * paragraphs and, when `captions` is given, collected there (kept with the article, out of its body).
 */
export function paragraphsOf(root: Element, captions?: string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  // Depth-first over the child nodes, with a marker that closes a block once its children are done.
  const END = null;
  const stack: Array<Node | typeof END> = Array.from(root.childNodes).reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === END) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName;
    if (SKIP.has(name)) continue;
    if (name === 'math') {
      current += ` ${mathText(node as Element)} `;
      continue;
    }
    if (name === 'figcaption') {
      const caption = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (caption !== '' && captions && !captions.includes(caption)) captions.push(caption);
      continue;
    }
    if (!BLOCK.has(name)) {
      // Inline: its text joins the current paragraph, but an inline element may still wrap blocks.
      pushChildren(node, stack);
      continue;
    }
    flush();
    stack.push(END);
    pushChildren(node, stack);
  }
  flush();
  return paragraphs;
}

function pushChildren(node: Node, stack: Array<Node | null>): void {
  for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
}
