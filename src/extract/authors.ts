import { ARTICLE_LIMITS } from '../model/user-article';
import bylineWords from './byline-words.json';
import { cleanLine } from './clean-text';

/**
 * Author names from what pages write: "By Mira Haddad and Pavel Orlov, Staff Writers · Updated 4 Nov 2025",
 * "Mira Haddad | Follow", "بقلم: ميرا حداد". The byline's words (byline-words.json) are data; what is
 * left is a list of names, each checked to look like one (a few words, no digits, no address).
 */

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (list: string[]) => list.map(escape).sort((a, b) => b.length - a.length).join('|');
// Word edges for every script: \b only knows Latin letters.
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

const PREFIX = new RegExp(`^${EDGE_BEFORE}(?:${words(bylineWords.prefixes)})${EDGE_AFTER}\\s*:?\\s*`, 'iu');
const JOINER = new RegExp(`\\s+(?:${words(bylineWords.joiners)})\\s+|\\s*[,;|·•،؛]\\s*`, 'iu');
const ROLE = new RegExp(`^(?:${words(bylineWords.roles)})s?$`, 'iu');
const DROP = new RegExp(`${EDGE_BEFORE}(?:${words(bylineWords.drop)})${EDGE_AFTER}.*$`, 'iu');

/** At most this many authors are kept: a longer list is a page's staff box, not a byline. */
const MAX_AUTHORS = 10;

/**
 * One name: not a role, no address. From a byline (`shaped`), also a few words and no digits: a byline's
 * other parts are dates and times. A field the page declares an author (JSON-LD, meta) is its word.
 */
function asName(raw: string, shaped: boolean): string | undefined {
  const name = cleanLine(raw.replace(DROP, '').replace(PREFIX, '').replace(/^[\s\-–—:]+|[\s\-–—:.]+$/gu, ''), ARTICLE_LIMITS.authorChars);
  if (name === undefined || ROLE.test(name) || /@|https?:|www\.|\.com\b/i.test(name)) return undefined;
  if (shaped && (name.split(/\s+/).length > 5 || name.length > 60 || /\d/.test(name))) return undefined;
  return name;
}

/** The names in one byline (`from: 'byline'`) or declared author field, in order, each once. */
export function authorNames(raw: string | null | undefined, from: 'byline' | 'field' = 'byline'): string[] {
  const line = cleanLine(raw, ARTICLE_LIMITS.authorChars * 2);
  // A profile link (article:author often is one) names nobody.
  if (line === undefined || /^(?:https?:)?\/\/|^www\./i.test(line)) return [];
  const names: string[] = [];
  for (const part of line.replace(PREFIX, '').split(JOINER)) {
    const name = asName(part, from === 'byline');
    if (name !== undefined && !names.includes(name)) names.push(name);
    if (names.length >= MAX_AUTHORS) break;
  }
  return names;
}

/** Several names as the one line the preview and the stored article hold. */
export function authorLine(names: readonly string[]): string | undefined {
  return cleanLine(names.join(', '), ARTICLE_LIMITS.authorChars);
}
