/**
 * The one text collector: the page's readable text as a TextModel, in budgeted slices, at close to
 * the cost of a bare TreeWalker pass (see the figures in src/content/scan/scanner.ts). The content
 * script runs it with a slice budget that yields to the page; `npx backstory detect` runs it on a
 * linkedom document with NEVER_YIELD, so the terminal sees exactly the text the extension sees.
 *
 * Only markup decides what is skipped here (text-model.ts: script, style, pre, code, [hidden],
 * aria-hidden, contenteditable, our own UI). CSS visibility is checked later in the browser, and
 * only for the few elements that hold a mention (src/content/scan/visibility.ts).
 *
 * Why it is written this way:
 * - one native TreeWalker (elements and text, no filter callback: a JS filter is a C++→JS call per
 *   node) and skipped subtrees jumped over with nextSibling/parentNode;
 * - attribute-based skips come from one querySelectorAll per root (a native pass over 2,500
 *   elements is well under a millisecond), so the walk reads one property (localName) per element
 *   instead of four attribute look-ups;
 * - the nearest block of a text node's parent is cached per parent, and a separator is written only
 *   where the block changes;
 * - the text is gathered as parts and joined once: reading the end of a string built with +=
 *   flattens the whole rope in V8, which made a 3 MB page take a quarter of a second.
 */
import { ATTRIBUTE_SKIPS, BLOCK_SEPARATOR, BLOCK_TAGS, SKIP_TAGS, skippedByMarkup, type TextModel } from './text-model';

/** What the collector asks of a time budget (the content script's SliceBudget is one). */
export interface CollectBudget {
  /** Whether the slice is spent: asked every CHECK_EVERY nodes, so it must be cheap. */
  due(): boolean;
  /** Yield if the slice is spent (and throw if the work was cancelled meanwhile). */
  check(): Promise<void>;
}

/** A budget that is never spent, for the CLI and tests: the walk runs to the end in one go. */
export const NEVER_YIELD: CollectBudget = { due: () => false, check: () => Promise.resolve() };

export interface CollectOptions {
  budget: CollectBudget;
  /** Told of every open shadow root met (the content script watches them and hit-tests into them). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Override of CHECK_EVERY (tests cut small trees into many slices). */
  checkEvery?: number;
}

/** Nodes walked between looks at the clock. */
const CHECK_EVERY = 512;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/**
 * The walker's next node outside the subtree it is on. Browsers (and happy-dom) jump there with
 * nextSibling/parentNode; linkedom's TreeWalker has only nextNode, so there the subtree is stepped
 * through. Chosen once per walk, not per node.
 */
type PastSubtree = (walker: TreeWalker, subtree: Node) => Node | null;

const jumpPast: PastSubtree = (walker) => {
  // The next sibling, else the next sibling of the nearest ancestor that has one.
  let node = walker.nextSibling();
  while (!node && walker.parentNode()) node = walker.nextSibling();
  return node;
};

const stepPast: PastSubtree = (walker, subtree) => {
  let node = walker.nextNode();
  while (node && subtree.contains(node)) node = walker.nextNode();
  return node;
};

class Collector {
  private parts: string[] = [];
  private length = 0;
  /** The text so far is empty or ends with a separator. */
  private atSeparator = true;
  private lastParent: Node | null = null;
  /** Block that holds the last text appended; a text node in another block starts after a separator. */
  private lastBlock: Node | null = null;
  private blockOf = new Map<Node, Node>();
  private sinceCheck = 0;
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];

  constructor(private readonly opts: CollectOptions) {}

  finish(): TextModel {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }

  separate(): void {
    if (this.atSeparator) return;
    this.parts.push(BLOCK_SEPARATOR);
    this.length += 1; // BLOCK_SEPARATOR.length
    this.atSeparator = true;
  }

  /** Nearest block element (or the walk root) around `parent`; cached, so each element is climbed once. */
  private block(parent: Node, root: Node): Node {
    const hit = this.blockOf.get(parent);
    if (hit !== undefined) return hit;
    let b: Node;
    if (parent === root || (parent.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((parent as Element).localName))) b = parent;
    else {
      const up = parent.parentNode;
      b = up ? this.block(up, root) : parent;
    }
    this.blockOf.set(parent, b);
    return b;
  }

  addText(node: Text, root: Node): void {
    const data = node.data;
    if (data === '') return;
    const parent = node.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      const block = parent ? this.block(parent, root) : root;
      if (block !== this.lastBlock) this.separate();
      this.lastBlock = block;
    }
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    this.atSeparator = false;
  }

  /** A shadow tree renders at its host, before the host's light children: its own block. */
  async shadow(root: ShadowRoot): Promise<void> {
    this.opts.onShadowRoot?.(root);
    this.separate();
    this.lastBlock = this.lastParent = null;
    await this.walk(root);
    this.separate();
    this.lastBlock = this.lastParent = null;
  }

  async walk(root: Node): Promise<void> {
    if (root.nodeType === TEXT_NODE) return this.addText(root as Text, root);
    // A TreeWalker never tests its root, so a skipped root is caught here.
    if (root.nodeType === ELEMENT_NODE && skippedByMarkup(root as Element)) return;
    const scope = root as ParentNode;
    const skipped = typeof scope.querySelectorAll === 'function' ? new Set<Node>(scope.querySelectorAll(ATTRIBUTE_SKIPS)) : new Set<Node>();
    if (root.nodeType === ELEMENT_NODE && (root as Element).shadowRoot) await this.shadow((root as Element).shadowRoot!);
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    const pastSubtree = typeof walker.nextSibling === 'function' ? jumpPast : stepPast;
    const every = this.opts.checkEvery ?? CHECK_EVERY;
    let node = walker.nextNode();
    while (node) {
      if (++this.sinceCheck >= every) {
        this.sinceCheck = 0;
        if (this.opts.budget.due()) await this.opts.budget.check();
      }
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text, root);
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const name = el.localName;
      if (SKIP_TAGS.has(name) || (skipped.size > 0 && skipped.has(el))) {
        node = pastSubtree(walker, el);
        continue;
      }
      if (name === 'br') this.separate();
      const shadow = el.shadowRoot;
      if (shadow) await this.shadow(shadow);
      node = walker.nextNode();
    }
  }
}

/**
 * The text under each root (in order, a separator between roots), skipped markup left out, as one
 * model. A root that is itself skipped gives no text.
 */
export async function collectText(roots: readonly Node[], opts: CollectOptions): Promise<TextModel> {
  const c = new Collector(opts);
  for (const root of roots) {
    c.separate();
    await c.walk(root);
  }
  // Joining is one native step (10–15 ms for 5 MB of text): it starts a slice of its own if this one is spent.
  await opts.budget.check();
  return c.finish();
}
