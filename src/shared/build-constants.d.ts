// Constants and virtual modules that build.mjs provides to the bundles.

declare module 'backstory:matcher-data' {
  import type { MatcherData } from '../detect/types';
  const data: MatcherData;
  export default data;
}
