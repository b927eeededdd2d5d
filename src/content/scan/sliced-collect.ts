/**
 * The page's readable text as one model, in budgeted slices, at close to the cost of a bare
 * TreeWalker pass (see the figures in scanner.ts). Only markup decides what is skipped here
 * (script, style, pre, code, [hidden], aria-hidden, contenteditable, our own UI): CSS visibility is
 * checked later, and only for the few elements that hold a mention (visibility.ts).
 *
 * Why it is written this way:
 * - one native TreeWalker (elements and text, no filter callback: a JS filter is a C++→JS call per
 *   node) and skipped subtrees jumped over with nextSibling/parentNode;
 * - attribute-based skips come from one querySelectorAll per root (a native pass over 2,500
 *   elements is well under a millisecond), so the walk reads one property (localName) per element
 *   instead of four attribute look-ups;
 * - the nearest block of a text node's parent is cached per parent, and a separator is written only
 *   where the block changes (the semantics of `collectText` in src/detect/text-model.ts);
 * - the text is gathered as parts and joined once.
 */
import { BLOCK_SEPARATOR, BLOCK_TAGS, SKIP_TAGS, skippedByMarkup, type TextModel } from '../../detect/text-model';
import type { SliceBudget } from './yield';

export { skippedByMarkup };

/** Attribute-based skips, found natively per root; keep in step with `skippedByMarkup`. */
const ATTRIBUTE_SKIPS = '[hidden],[data-backstory-ui],[aria-hidden="true" i],[contenteditable]:not([contenteditable="false" i])';

/** Nodes walked between looks at the clock. */
const CHECK_EVERY = 512;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

export interface SlicedCollectOptions {
  /** `due()` is asked every CHECK_EVERY nodes; `check()` yields when the slice is spent. */
  budget: Pick<SliceBudget, 'check' | 'due'>;
  /** Told of every open shadow root met (the session observes them; hit-testing sees into them). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Override of CHECK_EVERY (tests cut small trees into many slices). */
  checkEvery?: number;
}

class Collector {
  private parts: string[] = [];
  private length = 0;
  private atSeparator = true;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private blockOf = new Map<Node, Node>();
  private sinceCheck = 0;
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];

  constructor(private readonly opts: SlicedCollectOptions) {}

  finish(): TextModel {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }

  separate(): void {
    if (this.atSeparator) return;
    this.parts.push(BLOCK_SEPARATOR);
    this.length += 1;
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
    if (root.nodeType === ELEMENT_NODE && skippedByMarkup(root as Element)) return;
    const scope = root as ParentNode;
    const skipped = typeof scope.querySelectorAll === 'function' ? new Set<Node>(scope.querySelectorAll(ATTRIBUTE_SKIPS)) : new Set<Node>();
    if (root.nodeType === ELEMENT_NODE && (root as Element).shadowRoot) await this.shadow((root as Element).shadowRoot!);
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
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
        // Past the subtree: the next sibling, else the next sibling of the nearest ancestor that has one.
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
        continue;
      }
      if (name === 'br') this.separate();
      const shadow = el.shadowRoot;
      if (shadow) await this.shadow(shadow);
      node = walker.nextNode();
    }
  }
}

/** The text under each root (in order), skipped markup left out, as one model. */
export async function collectSliced(roots: readonly Node[], opts: SlicedCollectOptions): Promise<TextModel> {
  const c = new Collector(opts);
  for (const root of roots) {
    c.separate();
    await c.walk(root);
  }
  // Joining is one native step (10–15 ms for 5 MB of text): it starts a slice of its own if this one is spent.
  await opts.budget.check();
  return c.finish();
}
