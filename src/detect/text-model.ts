/**
 * The visible text of a DOM subtree as one string, with a map back to the text nodes it came from,
 * so the matcher runs once over the page and each mention can be turned into a DOM Range.
 * Works in the browser and in linkedom (Node): only standard DOM calls, and no reliance on
 * TreeWalker filters, which linkedom ignores.
 */

export interface TextModel {
  text: string;
  /** Text nodes in document order (shadow root content at its host's position). */
  nodes: Text[];
  /** starts[i] = offset in `text` of nodes[i]'s first unit. Separators lie between nodes and map to none. */
  starts: number[];
}

export interface CollectOptions {
  /** Extra hiding test, e.g. computed `display: none` in the browser. Called once per element kept. */
  isHidden?: (el: Element) => boolean;
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

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether markup alone (tag, hidden, aria-hidden, contenteditable, our own UI) keeps an element's text out. */
export function skippedByMarkup(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-backstory-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

class Collector {
  /**
   * Pieces of the text, joined once at the end. Reading the end of a string built with += (endsWith)
   * flattens the whole rope in V8, which made a 3 MB page take a quarter of a second.
   */
  parts: string[] = [];
  length = 0;
  /** The text so far is empty or ends with a separator. */
  private atSeparator = true;
  nodes: Text[] = [];
  starts: number[] = [];
  /** Block that holds the last text appended; a text node in another block starts after a separator. */
  private lastBlock: Node | null = null;
  private blockOf = new Map<Node, Node>();

  constructor(private readonly isHidden?: (el: Element) => boolean) {}

  skip(el: Element): boolean {
    return skippedByMarkup(el) || (this.isHidden !== undefined && this.isHidden(el));
  }

  separate(): void {
    if (this.atSeparator) return;
    this.parts.push(BLOCK_SEPARATOR);
    this.length += BLOCK_SEPARATOR.length;
    this.atSeparator = true;
  }

  /** Nearest block element (or the walk root) around a node; cached per parent. */
  private block(parent: Node, root: Node): Node {
    const hit = this.blockOf.get(parent);
    if (hit) return hit;
    let b: Node = parent;
    while (b !== root && !(b.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((b as Element).localName))) {
      const up = b.parentNode;
      if (!up) break;
      b = up;
    }
    this.blockOf.set(parent, b);
    return b;
  }

  private addText(node: Text, root: Node): void {
    const data = node.data;
    if (data === '') return;
    const block = node.parentNode ? this.block(node.parentNode, root) : root;
    if (block !== this.lastBlock) this.separate();
    this.lastBlock = block;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    this.atSeparator = false;
  }

  walk(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    // The filter prunes skipped subtrees natively in browsers. linkedom ignores filters and returns
    // every node, so the loop below repeats the test (only then) and skips descendants itself.
    let filterRan = false;
    const filter = {
      acceptNode: (node: Node): number => {
        filterRan = true;
        return node.nodeType === ELEMENT_NODE && this.skip(node as Element) ? 2 /* REJECT */ : 1;
      },
    };
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, filter);
    let skipped: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (skipped) {
        if (skipped.contains(node)) continue;
        skipped = null;
      }
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text, root);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const el = node as Element;
      if (!filterRan && this.skip(el)) {
        skipped = el;
        continue;
      }
      if (el.localName === 'br') this.separate();
      const shadow = el.shadowRoot;
      if (shadow) {
        // Shadow content renders at the host, before any slotted light children.
        this.separate();
        this.lastBlock = null;
        this.walk(shadow);
        this.separate();
        this.lastBlock = null;
      }
    }
  }
}

export function collectText(root: Node, opts: CollectOptions = {}): TextModel {
  const c = new Collector(opts.isHidden);
  if (root.nodeType === TEXT_NODE) return { text: (root as Text).data, nodes: [root as Text], starts: [0] };
  // A TreeWalker never tests its root, so a skipped root is caught here.
  if (root.nodeType === ELEMENT_NODE && c.skip(root as Element)) return { text: '', nodes: [], starts: [] };
  c.walk(root);
  return { text: c.parts.join(''), nodes: c.nodes, starts: c.starts };
}

/**
 * The DOM position of a text offset. An offset inside a separator clamps to the end of the text
 * before it. `bias: 'backward'` prefers the end of the previous node at a node boundary, which is
 * what a range end wants; the default prefers the start of the next node, what a range start wants.
 */
export function locate(
  model: TextModel,
  offset: number,
  bias: 'forward' | 'backward' = 'forward',
): { node: Text; offset: number } {
  const { nodes, starts } = model;
  if (nodes.length === 0) throw new RangeError('locate: empty text model');
  let lo = 0;
  let hi = starts.length - 1;
  // Last node whose start is <= offset (or < offset with backward bias).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (bias === 'backward' ? s < offset : s <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const local = Math.max(0, Math.min(offset - starts[lo]!, node.data.length));
  return { node, offset: local };
}
