// Constants and virtual modules that build.mjs provides to the bundles.
/** Version of the corpus the build compiled and ships as corpus.json. */
declare const __BACKSTORY_CORPUS_VERSION__: string;

declare module 'backstory:matcher-data' {
  import type { MatcherData } from '../detect/types';
  const data: MatcherData;
  export default data;
}
