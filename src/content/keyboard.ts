/**
 * Moving between marks from the keyboard. The commands API sends `moveMark` (Alt+Shift+N / P); when
 * the browser has not registered the command (or it was unbound), the same keys reach the page and
 * are handled here. Keys typed into a field are left alone.
 */

export type Direction = 'next' | 'previous';

/** The index to move to: the neighbour of `current`, wrapping at both ends like find-in-page. */
export function stepIndex(current: number, count: number, direction: Direction): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 'next' ? 0 : count - 1;
  return direction === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}

/**
 * Where to start when nothing has focus yet: the first mark at or below the top of the viewport
 * going forward, the last one above its bottom going back. `tops` are viewport tops in document order.
 */
export function startIndex(tops: readonly number[], bottoms: readonly number[], viewportHeight: number, direction: Direction): number {
  if (tops.length === 0) return -1;
  if (direction === 'next') {
    const i = tops.findIndex((t) => t >= 0);
    return i < 0 ? 0 : i;
  }
  for (let i = bottoms.length - 1; i >= 0; i--) if (bottoms[i]! <= viewportHeight) return i;
  return tops.length - 1;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

export function shortcutDirection(e: KeyboardEvent): Direction | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.repeat) return null;
  if (e.code === 'KeyN') return 'next';
  if (e.code === 'KeyP') return 'previous';
  return null;
}

export function listenForShortcut(move: (d: Direction) => boolean, signal: AbortSignal): void {
  window.addEventListener(
    'keydown',
    (e) => {
      // A page's synthetic keys must not move between marks (and so open cards).
      if (!e.isTrusted) return;
      const direction = shortcutDirection(e);
      if (!direction || isEditable(e.target)) return;
      if (move(direction)) e.preventDefault();
    },
    { capture: true, signal },
  );
}
