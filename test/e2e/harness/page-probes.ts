/**
 * Probes run in a page's own (main) world with `page.evaluate(probe)`, from Playwright or Puppeteer.
 * The CSS highlight registry belongs to the document, so the page sees what the content script drew.
 * Written without Array.prototype methods, so pages that replace them cannot skew the count.
 */

/** How many mentions Backstory has drawn in this document, emphasised and quiet together. */
export function markCount(): number {
  let n = 0;
  for (const name of ['ctx-mention', 'ctx-mention-quiet']) n += CSS.highlights.get(name)?.size ?? 0;
  return n;
}
