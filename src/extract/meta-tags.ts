/**
 * The page's `<meta>` values by key, read in one pass. Keys are lower-cased attribute values of
 * `property`, `name` or `itemprop` ("og:site_name", "article:published_time", "dc.date.issued",
 * "datepublished"), and "http-equiv:" plus `http-equiv` ("http-equiv:content-language"). A map instead
 * of a CSS selector per key: names like "DC.date.issued" would need escaping, and ten selectors over a
 * large page cost ten walks.
 */
export type MetaTags = ReadonlyMap<string, string>;

export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')];
    const equiv = meta.getAttribute('http-equiv');
    if (equiv) keys.push(`http-equiv:${equiv}`);
    for (const key of keys) {
      // The first one wins: pages that repeat a tag (two og:site_name) put the one they mean first.
      const k = key?.trim().toLowerCase();
      if (k && !tags.has(k)) tags.set(k, content);
    }
  }
  return tags;
}
