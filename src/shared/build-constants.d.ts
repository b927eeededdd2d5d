// Constants and virtual modules that build.mjs provides to the bundles.

declare module 'backstory:matcher-data' {
  import type { PackedMatcherData } from '../detect/types';
  const data: PackedMatcherData;
  export default data;
}

/** What the content script embeds of the matcher data: the prefilter and character tables (the names come from the background). */
declare module 'backstory:matcher-probe' {
  import type { MatcherProbe } from '../detect/types';
  const probe: MatcherProbe;
  export default probe;
}
