/**
 * Site keys: the strings per-site settings are stored under.
 *
 * A setting is kept either for one exact host ("news.bbc.co.uk") or for a whole registrable domain
 * ("bbc.co.uk" and every host under it), as people mean "a site". The registrable domain comes from the
 * Public Suffix List through `tldts`, private suffixes included: "a.github.io" and "b.github.io" are two
 * sites, as they are two owners.
 *
 * Versions before the list was used approximated it and could store a domain setting under a suffix
 * ("github.io", a private suffix). Such a setting is carried over: it still applies to the sites under it (after their own
 * host and domain settings) until the reader sets one of their own.
 */
import { getDomain, parse } from 'tldts';

const PSL = { allowPrivateDomains: true } as const;

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

/** The registrable domain ("eTLD+1") of a host, from the Public Suffix List (private suffixes included). */
export function registrableDomain(host: string): string {
  const h = normaliseHost(host);
  if (isIpHost(h)) return h;
  return getDomain(h, PSL) ?? h;
}

/**
 * A key an earlier version may have stored a domain setting under: the host's private suffix (github.io,
 * blogspot.com), which the old approximation took for a registrable domain, when it is not the host
 * itself. Undefined otherwise (it knew the public ones, co.uk and com.sy).
 */
export function legacySuffixKey(host: string): string | undefined {
  const h = normaliseHost(host);
  if (isIpHost(h)) return undefined;
  const parsed = parse(h, PSL);
  const suffix = parsed.publicSuffix;
  return parsed.isPrivate && suffix && suffix.includes('.') && suffix !== h ? suffix : undefined;
}

/**
 * Keys to look a page's setting up under, most specific first: [exact host, registrable domain, a suffix
 * an earlier version may have used] (duplicates left out). Empty for pages that have no web host
 * (about:, file:, extension pages).
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
  const keys = [host, registrableDomain(host), legacySuffixKey(host)].filter((k): k is string => k !== undefined);
  return [...new Set(keys)];
}
