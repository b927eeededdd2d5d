/**
 * Where the scanner gets the matcher's data: every page has the prefilter at once; the names (entities,
 * aliases, the rows their keys unpack from) only when it asks, after the prefilter hit.
 *
 * Why: the names are most of the content script (~19 KB gzip of 74) and a page that names nothing never
 * reads them. The content script embeds only the prefilter and character tables (`backstory:matcher-probe`)
 * and asks the background for the names (`getMatcherNames`, background/matcher-names.ts) the first time a
 * page's text has a place where a name may start; the frame keeps them from then on.
 *
 * Why a message for the names: they are data, which the background holds anyway, and a page cannot see
 * a message. The code that reads them (the matcher, person context, the gate: ~13 KB gzip) comes at the
 * same time as a lazy module (../lazy/lazy-module.ts), fetched in parallel with the names.
 */
import probe from 'backstory:matcher-probe';
import { seedCharTable } from '../../detect/char-table';
import type { MatcherData } from '../../detect/types';
import { callBackground } from '../../shared/messaging/client';
import type { Detector } from '../lazy/detector';
import { importLazy } from '../lazy/lazy-module';
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
    clues: probe.clues,
    loaded: undefined as MatcherData | undefined,
    detector: undefined as Detector | undefined,
    load(): Promise<MatcherData> {
      loading ??= Promise.all([callBackground({ type: 'getMatcherNames' }), importLazy<{ detector: Detector }>('detect')]).then(
        ([names, { detector }]) => {
          source.detector = detector;
          return (source.loaded = detector.join(probe, names));
        },
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
