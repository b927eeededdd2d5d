/**
 * Where the scanner gets the matcher's data: the prefilter at once, the names (entities, aliases, the rows
 * their keys unpack from) when it asks, after the prefilter hit. The content script's own source, which
 * asks the background, is shipped-matcher-source.ts; tests and anything holding the whole data use
 * `readyMatcherSource`.
 */
import { gateCluesOf, gateOf } from '../../detect/name-gate';
import type { MatcherData, PrefilterPass } from '../../detect/types';
import type { Detector } from '../lazy/detector';
import { detector } from '../lazy/detect-module';

export interface MatcherSource {
  /** The prefilter's passes, there from the start: enough to say a page names nothing. */
  readonly prefilter: readonly PrefilterPass[];
  /** Every key cut to its first units (detect/name-gate.ts): the second look at the prefilter's hits. */
  readonly gate: string;
  /** One unit per line of `gate`: the cheap topic judgement's clues (detect/topic-clues.ts). */
  readonly clues: string;
  /** The whole data once `load` has resolved (a scan that found a mark has it). */
  readonly loaded: MatcherData | undefined;
  /** The code that reads it (a lazy module in the extension), there whenever `loaded` is. */
  readonly detector: Detector | undefined;
  load(): Promise<MatcherData>;
}

/** Data that is all there already, with the detection bundled (tests, the CLI's shape): `load` resolves at once. */
export function readyMatcherSource(data: MatcherData): MatcherSource {
  return {
    prefilter: data.prefilter,
    get gate() {
      return gateOf(data.keys.map((k) => k[0]));
    },
    get clues() {
      return gateCluesOf(data);
    },
    loaded: data,
    detector,
    load: () => Promise.resolve(data),
  };
}
