/** Walks up from `from` to the folder holding Backstory's package.json. */
export function findProjectRoot(from: string): string;
