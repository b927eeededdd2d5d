// Constants and virtual modules that build.mjs provides to the bundles.

declare module 'backstory:matcher-data' {
  import type { PackedMatcherData } from '../detect/types';
  const data: PackedMatcherData;
  export default data;
}
