/**
 * A copy of the page for Readability to take apart (it rewrites the document it is given, and the page
 * must never change), with shadow roots flattened in. Some publishers render the article inside a custom
 * element's shadow root; `cloneNode` copies no shadow root, so without this the copy holds an empty
 * `<news-article>` and the extractor finds nothing. Each host's shadow content is placed inside the host
 * in the copy, and the host's own children go where its `<slot>`s are, as the browser renders them.
 *
 * The copy is a document without a window: nothing in it runs or loads.
 */

/** Returns the shadow root of an element, if it can be reached (open only in tests; closed too in the extension). */
export type ShadowRootOf = (el: Element) => ShadowRoot | null | undefined;

export const openShadowRoot: ShadowRootOf = (el) => el.shadowRoot;

export interface FlattenedCopy {
  doc: Document;
  /** Text nodes of the copy that came from a shadow root, to tell where the article was read from. */
  fromShadow: WeakSet<Node>;
}

// Only custom elements and these can host a shadow root (DOM standard, attachShadow): asking every `<a>`
// and `<span>`... of a large page through the extension API would cost for nothing.
const CAN_HOST = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
const canHost = (el: Element) => el.localName.includes('-') || CAN_HOST.has(el.localName);

/** Slot filling waits until every shadow root is copied; see `fillSlots`. */
interface SlotTask {
  slots: Element[];
  light: Node[];
}

export function flattenedCopy(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot): FlattenedCopy {
  const copy = doc.cloneNode(true) as Document;
  const fromShadow = new WeakSet<Node>();
  const tasks: SlotTask[] = [];
  // Pairs of (original, copy) still to visit. A stack, not recursion: a hostile page may nest deeply.
  const pending: Array<[Element, Element]> = [];
  if (doc.documentElement && copy.documentElement) pending.push([doc.documentElement, copy.documentElement]);
  for (let pair = pending.pop(); pair; pair = pending.pop()) {
    const [original, copied] = pair;
    pushChildPairs(original.children, copied.children, pending);
    const root = canHost(original) ? shadowRootOf(original) : null;
    if (root) tasks.push(copyShadowInto(root, copied, copy, fromShadow, pending));
  }
  // Innermost first: an outer slot passed down into an inner host must be in its final place before it is filled.
  for (const task of tasks.reverse()) fillSlots(task);
  return { doc: copy, fromShadow };
}

function pushChildPairs(originals: HTMLCollection, copies: HTMLCollection, pending: Array<[Element, Element]>): void {
  const n = Math.min(originals.length, copies.length);
  for (let i = 0; i < n; i++) pending.push([originals[i]!, copies[i]!]);
}

/** Replaces the host's children in the copy by a copy of its shadow tree; returns the slots to fill later. */
function copyShadowInto(root: ShadowRoot, host: Element, copy: Document, fromShadow: WeakSet<Node>, pending: Array<[Element, Element]>): SlotTask {
  const light = Array.from(host.childNodes);
  for (const node of light) node.remove();
  const slots: Element[] = [];
  for (const child of Array.from(root.childNodes)) {
    const copied = copy.importNode(child, true);
    host.appendChild(copied);
    markText(copied, fromShadow);
    if (child.nodeType === 1) {
      pending.push([child as Element, copied as Element]);
      const el = copied as Element;
      if (el.localName === 'slot') slots.push(el);
      slots.push(...Array.from(el.querySelectorAll('slot')));
    }
  }
  return { slots, light };
}

function markText(node: Node, fromShadow: WeakSet<Node>): void {
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.nodeType === 3) fromShadow.add(n);
    for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
  }
}

/** Each slot gets the host's children assigned to it (by `slot` name), or keeps its fallback content. */
function fillSlots({ slots, light }: SlotTask): void {
  const used = new Set<Node>();
  for (const slot of slots) {
    const name = slot.getAttribute('name') ?? '';
    const assigned = light.filter((n) => !used.has(n) && slotNameOf(n) === name);
    for (const n of assigned) used.add(n);
    const content = assigned.length > 0 ? assigned : Array.from(slot.childNodes);
    slot.replaceWith(...content);
  }
}

function slotNameOf(node: Node): string | undefined {
  if (node.nodeType === 3) return '';
  if (node.nodeType === 1) return (node as Element).getAttribute('slot') ?? '';
  return undefined;
}
