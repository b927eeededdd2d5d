/**
 * Parts of a page that belong to other stories or to the site, not to the article: a related-article
 * card carries its own `<time>`, a sidebar lists yesterday's headlines with their dates, the masthead
 * prints today's date, the site's `<footer>` a copyright year. (A class named "footer" is often the article's own
 * footer, with its date: only the element counts.) A date found in one of them is not the article's.
 * An `<aside>` or `<footer>` inside an `<article>` is that article's own (HTML's sectioning: its meta box,
 * its byline footer "Von Christian am 03.05.2013"), not the site's: only its name can make it another region.
 */
const OUTSIDE_TAGS = new Set(['aside', 'nav', 'footer', 'form', 'select', 'option', 'button', 'template', 'noscript']);
/** Names of such regions, as whole parts of a class or id ("related-posts", "sidebarLeft"; not "taxomenu"). */
const OUTSIDE_NAMES =
  /-(?:related|sidebar|recommend\w*|comments?|promo|trending|popular|newsletter|breadcrumbs?|masthead|navbar|menu|carousel|slider|cards?|latest|rail|outbrain|taboola|more-(?:stories|articles|news)|read-more|most-read|also-read|site-header|top-?bar)-/;
/** WordPress and Drupal describe the post itself in its classes ("category-popular", "tag-menu"): not regions. */
const POST_LABEL = /^(?:category|tag|post|format|type|status|location|postid|author|node|page|term|section)-/i;

/**
 * "Teaser" names the cards of other stories on a page, a row of them with one class; but small sites'
 * CMSs also name the story's own header so ("teaser_text_meta", "bb-teaser-meta"). A teaser class that
 * only one element of the page carries is no row of cards: it is the story's own.
 */
const TEASER = /-teasers?-/;
const classCounts = new WeakMap<Document, Map<string, number>>();

function carriedByOthers(el: Element, name: string): boolean {
  const doc = el.ownerDocument;
  let counts = classCounts.get(doc);
  if (!counts) classCounts.set(doc, (counts = new Map()));
  let count = counts.get(name);
  if (count === undefined) counts.set(name, (count = doc.getElementsByClassName(name).length));
  return count > 1;
}

const wordsOfName = (name: string) => `-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-')}-`;

function namesOtherRegion(el: Element): boolean {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((n) => n !== '' && !POST_LABEL.test(n));
  const names = el.id !== '' && !POST_LABEL.test(el.id) ? [...classes, el.id] : classes;
  if (names.some((name) => OUTSIDE_NAMES.test(wordsOfName(name)))) return true;
  return classes.some((name) => TEASER.test(wordsOfName(name)) && carriedByOthers(el, name));
}

/** Ancestors looked at: enough for any page's nesting around a date, bounded for a hostile one. */
const MAX_DEPTH = 25;

const SECTION_PARTS = new Set(['aside', 'footer']);

function inArticle(el: Element): boolean {
  let depth = 0;
  for (let node = el.parentElement; node && depth < MAX_DEPTH; node = node.parentElement, depth++) {
    if (node.localName === 'article') return true;
  }
  return false;
}

/** This element itself is one of those regions (its ancestors are not looked at, but for an `<article>` around an aside or footer). */
export function isOtherRegion(el: Element): boolean {
  const region = namesOtherRegion(el) || (OUTSIDE_TAGS.has(el.localName) && !(SECTION_PARTS.has(el.localName) && inArticle(el)));
  return region && !holdsHeading(el);
}

/**
 * A wrapper around the story's own heading is the page, not a region beside it: ASP.NET wraps whole pages in
 * one `<form>`, and layouts name their main column after the sidebar it has ("sticky-sidebar-parent",
 * "single-default sidebar"). An `<h1>` or an `<article>` inside, with a story's length of text, says so (a
 * masthead's logo is an `<h1>` too, beside a short menu and today's date).
 */
const STORY_CHARS = 1500;
function holdsHeading(el: Element): boolean {
  return el.querySelector('h1, article') !== null && (el.textContent ?? '').length > STORY_CHARS;
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
