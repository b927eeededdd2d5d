/** Walks up from `from` to the folder holding Backstory's package.json. */
export function findProjectRoot(from: string): string;
/** `../shared` beside the project root, or `$BACKSTORY_SHARED`. */
export function sharedDir(root: string): string;
/** The real news pages: `<shared>/pages`, or `$BACKSTORY_PAGES`. */
export function sharedPagesDir(root: string): string;
