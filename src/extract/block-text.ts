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
/** Never article text: captions describe a picture, the rest is not text at all. */
const SKIP = new Set(['figcaption', 'script', 'style', 'noscript', 'template', 'button', 'svg', 'math', 'select', 'textarea', 'iframe', 'object']);

export function paragraphsOf(root: Element): string[] {
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
