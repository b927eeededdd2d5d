/**
 * Site keys: the strings per-site settings are stored under.
 *
 * A setting is kept either for one exact host ("news.bbc.co.uk") or for a whole registrable domain
 * ("bbc.co.uk" and every host under it). Finding the registrable domain properly needs the Public
 * Suffix List (~10k rules, changing monthly); we ship no list and accept a small, documented error:
 * - a short list of common two-part public suffixes (co.uk, com.au, co.jp, ...), plus
 * - the usual rule that a generic second label (co, com, net, org, gov, edu, ac, ...) under a
 *   two-letter country code is a public suffix too (com.sy, gov.ru, org.lb).
 * Private suffixes (github.io, blogspot.com, ...) are not known: "a.github.io" and "b.github.io"
 * share the domain "github.io". Host-scoped settings are exact and unaffected.
 */

/** Two-part public suffixes that the generic rule below would miss or that are worth stating. */
const MULTI_PART_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'police.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp', 'ad.jp', 'ed.jp', 'gr.jp', 'lg.jp',
  'co.nz', 'net.nz', 'org.nz', 'govt.nz', 'ac.nz',
  'co.za', 'org.za', 'gov.za', 'web.za',
  'com.br', 'net.br', 'org.br', 'gov.br', 'jus.br',
  'co.kr', 'or.kr', 'go.kr', 'ne.kr', 're.kr',
  'co.in', 'net.in', 'org.in', 'gov.in', 'nic.in', 'res.in',
  'co.il', 'org.il', 'gov.il', 'ac.il', 'muni.il',
  'com.cn', 'net.cn', 'org.cn', 'gov.cn',
  'com.tr', 'org.tr', 'gov.tr', 'bel.tr', 'av.tr',
  'msk.ru', 'spb.ru',
]);

/** Second labels that, under a two-letter country code, are (almost always) public suffixes. */
const GENERIC_SECOND_LABELS = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'mil', 'or', 'ne', 'go']);

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** As `URL.hostname` prints an IPv6 host: in brackets. Loose on purpose; only used as a key. */
const IPV6 = /^\[[0-9a-f:.]{2,45}\]$/;

/** Lower-case and drop a trailing root dot, as browsers treat "example.com." like "example.com". */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

function isIpHost(host: string): boolean {
  return IPV4.test(host) || IPV6.test(host);
}

/**
 * Whether a string can be a site key: a host name in ASCII (IDN hosts appear as `xn--` labels, as
 * `URL.hostname` gives them), an IPv4 address, or a bracketed IPv6 address. Expects normalised input.
 */
export function isSiteKey(site: string): boolean {
  if (site.length === 0 || site.length > 253) return false;
  if (isIpHost(site)) return true;
  const labels = site.split('.');
  // An all-numeric last label would be a malformed IPv4 address, not a host name.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => LABEL.test(label));
}

/** The registrable domain ("eTLD+1") of a host, by the approximation described at the top of this file. */
export function registrableDomain(host: string): string {
  const h = normaliseHost(host);
  if (isIpHost(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const twoPart = `${second}.${last}`;
  const suffixIsTwoPart =
    MULTI_PART_SUFFIXES.has(twoPart) || (last.length === 2 && GENERIC_SECOND_LABELS.has(second));
  return labels.slice(suffixIsTwoPart ? -3 : -2).join('.');
}

/**
 * Keys to look a page's setting up under, most specific first: [exact host, registrable domain]
 * (one key when they are the same). Empty for pages that have no web host (about:, file:, extension pages).
 */
export function siteKeysFor(url: string | URL): string[] {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return [];
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return [];
  const host = normaliseHost(parsed.hostname);
  if (!isSiteKey(host)) return [];
  const domain = registrableDomain(host);
  return domain === host ? [host] : [host, domain];
}
