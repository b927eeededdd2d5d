/**
 * `collectText` over a large tree in slices. The detect core's collector is synchronous; on a 5 MB
 * page one call is a long task. So the tree is cut into pieces small enough to collect in a few
 * milliseconds (an element with at most PIECE_ELEMENTS descendants, or a bare text node), each
 * collected with `collectText` and appended to one model, yielding between pieces when the slice
 * budget is spent.
 *
 * Pieces are joined with the block separator. That can only split words at the boundary of a
 * huge container's children, which are blocks in practice; the matcher reads the separator as a
 * space, so a multi-word name spanning two pieces is still found.
 */
import { BLOCK_SEPARATOR, collectText, type TextModel } from '../../detect/text-model';
import type { SliceBudget } from './yield';

/** Largest subtree handed to `collectText` in one go (a few ms of work even with style checks). */
export const PIECE_ELEMENTS = 1500;

/**
 * Elements the detect collector never reads. `collectText` tests these on descendants only, so the
 * pieces' own roots are tested here; keep in step with SKIP_TAGS in src/detect/text-model.ts.
 */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'pre', 'code', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
]);

export function skippedByMarkup(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-backstory-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export interface SlicedCollectOptions {
  isHidden: (el: Element) => boolean;
  budget: Pick<SliceBudget, 'check'>;
  /** Override of PIECE_ELEMENTS (tests cut small trees into many pieces). */
  pieceElements?: number;
}

/**
 * Builds one text model from pieces. The text is kept as a list of parts joined once at the end:
 * appending to one growing string and asking it `endsWith` flattens the whole rope every time,
 * which turns a 5 MB page into seconds of copying.
 */
export class ModelBuilder {
  private parts: string[] = [];
  private length = 0;
  private endsWithSeparator = true;
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];

  append(piece: TextModel): void {
    if (piece.nodes.length === 0) return;
    if (!this.endsWithSeparator) this.push(BLOCK_SEPARATOR);
    const shift = this.length;
    this.push(piece.text);
    for (let i = 0; i < piece.nodes.length; i++) {
      this.nodes.push(piece.nodes[i]!);
      this.starts.push(piece.starts[i]! + shift);
    }
  }

  finish(): TextModel {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }

  private push(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
    this.endsWithSeparator = text.endsWith(BLOCK_SEPARATOR);
  }
}

/** Collect the visible text under each root (in order) into one model, in budgeted slices. */
export async function collectSliced(roots: Node[], opts: SlicedCollectOptions): Promise<TextModel> {
  const model = new ModelBuilder();
  // Depth-first work list, reversed so pop() yields document order.
  const stack: Node[] = [...roots].reverse();
  while (stack.length > 0) {
    await opts.budget.check();
    const node = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE) {
      model.append(collectText(node));
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (skippedByMarkup(el) || opts.isHidden(el)) continue;
      if (el.getElementsByTagName('*').length <= (opts.pieceElements ?? PIECE_ELEMENTS)) {
        // collectText walks descendants (and their shadow roots) but not the root's own shadow root.
        if (el.shadowRoot) model.append(collectText(el.shadowRoot, { isHidden: opts.isHidden }));
        model.append(collectText(el, { isHidden: opts.isHidden }));
        continue;
      }
      pushChildren(stack, el);
      if (el.shadowRoot) stack.push(el.shadowRoot);
      continue;
    }
    // Document, shadow root or fragment: its children.
    pushChildren(stack, node);
  }
  return model.finish();
}

function pushChildren(stack: Node[], parent: Node): void {
  for (let child = parent.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.ELEMENT_NODE) stack.push(child);
  }
}
