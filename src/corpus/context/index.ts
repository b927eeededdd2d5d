/** The page-in-context comparison's public surface: the side panel, the background and the CLI import from here. */
export { readPageInContext, type ContextInputs, type PageInput } from './read-page-in-context';
export type * from './page-context';
