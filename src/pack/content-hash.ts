import { createHasher } from '../model/hash';

/**
 * A pack's `contentHash`: the hash (src/model/hash.ts) of its articles' own content hashes, in pack order.
 *
 * `articleHashes` are `articleContentHash(article.text)` of each line of articles.jsonl, first to last: the
 * hash of the text with its white space normalised, the same key that finds duplicate articles and names a
 * stored article (`u-…`). Each is fed to the hasher as one piece (32 hex digits), so the result depends on
 * every text and on their order. It covers the texts only: a pack whose texts changed after it was built is
 * refused; metadata (title, outlet, date) is checked line by line by the article schema instead.
 *
 * It takes the article hashes rather than the articles so a reader can compute it while streaming,
 * keeping 32 characters per article instead of its text.
 */
export function packContentHash(articleHashes: Iterable<string>): string {
  const hasher = createPackHasher();
  for (const hash of articleHashes) hasher.add(hash);
  return hasher.digest();
}

/** The same hash, fed one article at a time (the streaming reader uses it). */
export function createPackHasher(): { add(articleHash: string): void; digest(): string } {
  const hasher = createHasher();
  return {
    add: (articleHash) => void hasher.update(articleHash),
    digest: () => hasher.digest(),
  };
}
