/**
 * Where the card goes, as a pure function of rectangles, so it is unit-tested without a browser.
 *
 * The card sits below the mention when it fits there, else above, else on whichever side has more
 * room (and then scrolls inside a reduced max-height). Horizontally it lines up with the start edge
 * of the line it touches (left on LTR pages, right on RTL pages) and is shifted back inside the
 * viewport. A mention that wraps has one rect per line: the card below hangs off the last line and
 * the card above off the first, so it never covers any part of the mention.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacementInput {
  /** The mention's client rects (Range.getClientRects), in reading order. */
  anchors: readonly Rect[];
  /** The card's natural size. */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  rtl: boolean;
  /** Space between mention and card. */
  gap?: number;
  /** Space kept free at the viewport edges. */
  margin?: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the card may take; below its natural height the card scrolls. */
  maxHeight: number;
  /** Width the card may take (narrow viewports). */
  maxWidth: number;
  /** False when the mention is scrolled entirely out of the viewport. */
  anchorVisible: boolean;
}

export const DEFAULT_GAP = 6;
export const DEFAULT_MARGIN = 8;

function nonEmpty(rects: readonly Rect[]): Rect[] {
  const real = rects.filter((r) => r.right - r.left > 0 || r.bottom - r.top > 0);
  return real.length > 0 ? real : rects.slice(0, 1);
}

export function placeCard(input: PlacementInput): Placement {
  const gap = input.gap ?? DEFAULT_GAP;
  const margin = input.margin ?? DEFAULT_MARGIN;
  const { viewport } = input;
  const rects = nonEmpty(input.anchors);
  const first = rects[0] ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const last = rects[rects.length - 1] ?? first;
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));

  const maxWidth = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(input.card.width, maxWidth);
  const height = input.card.height;

  const spaceBelow = Math.max(0, viewport.height - margin - (bottom + gap));
  const spaceAbove = Math.max(0, top - gap - margin);
  let side: Placement['side'];
  if (height <= spaceBelow) side = 'below';
  else if (height <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';
  // A viewport too short for either side: use the whole height rather than a sliver.
  const room = side === 'below' ? spaceBelow : spaceAbove;
  const fullHeight = Math.max(0, viewport.height - 2 * margin);
  const maxHeight = room >= Math.min(height, 120) ? room : fullHeight;
  const shown = Math.min(height, maxHeight);

  let y = side === 'below' ? bottom + gap : top - gap - shown;
  y = clamp(y, margin, viewport.height - margin - shown);

  const line = side === 'below' ? last : first;
  let x = input.rtl ? line.right - width : line.left;
  x = clamp(x, margin, viewport.width - margin - width);

  const anchorVisible = bottom > 0 && top < viewport.height && Math.max(...rects.map((r) => r.right)) > 0 &&
    Math.min(...rects.map((r) => r.left)) < viewport.width;

  return { left: Math.round(x), top: Math.round(y), side, maxHeight: Math.floor(maxHeight), maxWidth: Math.floor(maxWidth), anchorVisible };
}

/** Clamp, preferring `min` when the range is empty (content wider than the viewport starts at its edge). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
