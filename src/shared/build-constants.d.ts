// Constants and virtual modules that build.mjs provides to the bundles.
declare const __BACKSTORY_TARGET__: 'chrome' | 'firefox';
declare const __BACKSTORY_DEV__: boolean;

declare module 'backstory:matcher-data' {
  import type { MatcherData } from '../detect/types';
  const data: MatcherData;
  export default data;
}
