/**
 * Parts of a page that belong to other stories or to the site, not to the article: a related-article
 * card carries its own `<time>`, a sidebar lists yesterday's headlines with their dates, the masthead
 * prints today's date, the site's `<footer>` a copyright year. (A class named "footer" is often the article's own
 * footer, with its date: only the element counts.) A date found in one of them is not the article's.
 */
const OUTSIDE_TAGS = new Set(['aside', 'nav', 'footer', 'form', 'select', 'option', 'button', 'template', 'noscript']);
const OUTSIDE_NAMES =
  /related|sidebar|teaser|recommend|comment|promo|more-?(?:stories|articles|news)|read-?more|trending|popular|most-?read|newsletter|breadcrumb|masthead|site-?header|top-?bar|navbar|menu|carousel|slider|card|tease|latest|also-?read|rail|outbrain|taboola/i;

/** Ancestors looked at: enough for any page's nesting around a date, bounded for a hostile one. */
const MAX_DEPTH = 25;

/** This element itself is one of those regions (its ancestors are not looked at). */
export function isOtherRegion(el: Element): boolean {
  return OUTSIDE_TAGS.has(el.localName) || OUTSIDE_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

/** The element is in one of those regions. */
export function isOutsideArticle(el: Element): boolean {
  let depth = 0;
  for (let node: Element | null = el; node && depth < MAX_DEPTH; node = node.parentElement, depth++) {
    if (node.localName === 'body' || node.localName === 'html') return false;
    if (isOtherRegion(node)) return true;
  }
  return false;
}
