/**
 * Pointer wiring: which mark the pointer is over (tested once per animation frame, however fast
 * the pointer moves), and clicks on marks. Touch has no hover; a tap arrives as a click.
 */
import type { Mark, Segment } from '../marks/mark';

export interface PointerCallbacks {
  /** The mark under the pointer, or null. */
  hit(x: number, y: number): Segment | null;
  /** The mark under the pointer changed (null: it left every mark). */
  onHoverChange(mark: Mark | null, segment: Segment | null): void;
  /** A plain click on a mark that is not inside a link. */
  onClick(mark: Mark): void;
}

/** Links and controls keep their own click (a mention inside a link follows the link); our own UI is not the page. */
const INTERACTIVE = 'a[href], button, [role="button"], [role="link"], summary, label, [data-backstory-ui]';

export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.defaultPrevented;
}

export function insideInteractive(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  return el?.closest(INTERACTIVE) != null;
}

export function trackPointer(cb: PointerCallbacks, signal: AbortSignal): void {
  let frame = 0;
  let last: { x: number; y: number } | null = null;
  let current: Mark | null = null;

  const test = (): void => {
    frame = 0;
    const seg = last ? cb.hit(last.x, last.y) : null;
    const mark = seg?.mark ?? null;
    if (mark !== current) {
      current = mark;
      cb.onHoverChange(mark, seg);
    }
  };

  window.addEventListener(
    'pointermove',
    (e) => {
      // Only the reader's own pointer: a page can synthesise events, and must not open cards by them.
      if (!e.isTrusted || e.pointerType === 'touch') return;
      last = { x: e.clientX, y: e.clientY };
      if (frame === 0) frame = requestAnimationFrame(test);
    },
    { passive: true, capture: true, signal },
  );
  // The pointer left the window: it is over no mark.
  document.documentElement.addEventListener(
    'pointerleave',
    () => {
      last = null;
      if (frame === 0) frame = requestAnimationFrame(test);
    },
    { passive: true, signal },
  );
  window.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !isPlainClick(e) || insideInteractive(e.target)) return;
      const selection = getSelection();
      // The reader was selecting text, not clicking a name.
      if (selection && !selection.isCollapsed) return;
      const seg = cb.hit(e.clientX, e.clientY);
      if (seg) cb.onClick(seg.mark);
    },
    { signal },
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
}
