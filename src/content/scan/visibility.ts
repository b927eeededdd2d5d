/**
 * Whether an element is hidden by CSS, for `collectText`'s `isHidden`. Called once per element the
 * walker keeps, so it must be cheap: `checkVisibility()` reads the box the browser already has.
 * An element without a box is hidden, except `display: contents`, which has no box but shows its children.
 */
export function isHiddenByStyle(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    if (el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) return false;
    const style = getComputedStyle(el);
    return style.display !== 'contents';
  }
  // Browsers without checkVisibility (none we ship to, but happy-dom in tests): computed style only.
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}
