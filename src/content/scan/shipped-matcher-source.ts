/**
 * Where the scanner gets the matcher's data: every page has the prefilter at once; the names (entities,
 * aliases, the rows their keys unpack from) only when it asks, after the prefilter hit.
 *
 * Why: the names are most of the content script (~19 KB gzip of 74) and a page that names nothing never
 * reads them. The content script embeds only the prefilter and character tables (`backstory:matcher-probe`)
 * and asks the background for the names (`getMatcherNames`, background/matcher-names.ts) the first time a
 * page's text has a place where a name may start; the frame keeps them from then on.
 *
 * Why a message and not code loaded on demand: `scripting.executeScript` from the background needs host
 * permissions in Chrome (a content script's `matches` do not grant it; Firefox allows it), and a module
 * imported from the page needs a web-accessible file, which a page can probe for. A message is data,
 * needs neither, and a page cannot see it.
 */
import probe from 'backstory:matcher-probe';
import { seedCharTable } from '../../detect/char-table';
import { joinMatcherData } from '../../detect/packed-data';
import type { MatcherData } from '../../detect/types';
import { callBackground } from '../../shared/messaging/client';
import type { MatcherSource } from './matcher-source';

let shipped: MatcherSource | undefined;

/** The content script's source: the embedded prefilter, the names from the background, asked once per frame. */
export function shippedMatcherSource(): MatcherSource {
  if (shipped) return shipped;
  // The gate folds the page's units before any matcher exists: from the build's tables, not the slow path
  // (its \p{L} regex alone took ~10 ms to compile cold on guardian-1's first scan).
  seedCharTable(probe.chars);
  let loading: Promise<MatcherData> | undefined;
  const source = {
    prefilter: probe.prefilter,
    gate: probe.gate,
    loaded: undefined as MatcherData | undefined,
    load(): Promise<MatcherData> {
      loading ??= callBackground({ type: 'getMatcherNames' }).then(
        (names) => (source.loaded = joinMatcherData(probe, names)),
        (err: unknown) => {
          // Asked again by the next scan (a worker that was starting, say), not refused for the page's life.
          loading = undefined;
          throw err;
        },
      );
      return loading;
    },
  };
  return (shipped = source);
}
