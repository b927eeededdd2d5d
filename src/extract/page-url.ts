import { ARTICLE_LIMITS } from '../model/user-article';
import { firstFound, type Found } from './clean-text';
import { articleNode, urlOf, type JsonLd } from './json-ld';
import type { MetaTags } from './meta-tags';

/**
 * A web address from the page, made absolute against the page's own address. Only http(s): a
 * `javascript:` or `data:` "canonical" is refused, as is anything longer than a stored URL may be.
 */
export function absoluteHttpUrl(raw: unknown, pageUrl: string): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '' || raw.length > ARTICLE_LIMITS.urlChars) return undefined;
  try {
    const url = new URL(raw.trim(), pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const href = url.href;
    return href.length <= ARTICLE_LIMITS.urlChars ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page's canonical address: what identifies the article when it is saved twice, from two mirrors,
 * or from its AMP copy (whose rel=canonical names the regular page, which is the one we want). When the
 * page names none, its own address ("page").
 */
export function findCanonicalUrl(doc: Document, pageUrl: string, ld: JsonLd, meta: MetaTags): Found {
  const article = articleNode(ld);
  return (
    firstFound([
      ['html', () => absoluteHttpUrl(doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'), pageUrl)],
      ['og', () => absoluteHttpUrl(meta.get('og:url'), pageUrl)],
      ['json-ld', () => absoluteHttpUrl(urlOf(article?.url) ?? urlOf(article?.mainEntityOfPage), pageUrl)],
    ]) ?? { value: pageUrl, from: 'page' }
  );
}
