/**
 * Tab cycles inside the open card (a non-modal dialog that keyboard users have moved into): from the
 * last control Tab goes to the first, from the first (or the dialog itself) Shift+Tab to the last.
 * Elsewhere the browser's own order is right, so we return null and let it move focus.
 */
const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function tabStops(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
}

export function nextTabStop(root: ShadowRoot | Document, backwards: boolean): HTMLElement | null {
  const stops = tabStops(root);
  if (stops.length === 0) return null;
  const active = root.activeElement as HTMLElement | null;
  const index = active ? stops.indexOf(active) : -1;
  if (backwards) return index <= 0 ? (stops[stops.length - 1] ?? null) : null;
  return index === stops.length - 1 ? (stops[0] ?? null) : index === -1 && !active ? (stops[0] ?? null) : null;
}
