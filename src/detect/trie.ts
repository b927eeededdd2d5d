/**
 * The alias trie, built on the page from keys the build has already sorted, with typed arrays only,
 * one root child's subtree at a time as the page first needs it (see `buildRun`). (Built from unsorted keys with a Map per node it took 5–15 ms of a cold content
 * script's start; shipped as arrays it added 40 KB to the bundle; this takes ~0.6 ms, cold, in Node.)
 *
 * Sorted keys make it simple: each key shares a prefix with the one before, so only its remaining
 * units make new nodes, and children arrive in increasing unit order, so each node's children are a
 * sorted sibling list. Rows with the same key are adjacent, in the order the build put them (the
 * unambiguous reading first).
 */

export interface Trie {
  /**
   * The root's child for a folded unit (0: none): the one lookup made at every word start. A table
   * for units below ROOT_TABLE (Latin, Cyrillic, Arabic), a map above.
   */
  rootChild(c: number): number;
  /** First child of a node (0: none); its siblings follow through `nextSibling`, in unit order. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** The folded unit on the edge into a node. */
  unit: Uint16Array;
  /** Rows accepted at node n are termFirst[n] .. termFirst[n] + termCount[n] - 1. */
  termFirst: Int32Array;
  termCount: Int32Array;
}

/** True when `keys` is in the order `buildTrie` needs (code-unit order; equal keys adjacent). */
export function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/**
 * Units with a slot in the root's table; a Map holds the rest. With a table over all 64 Ki units
 * (256 KiB) the trie took 4–9 ms to build in a freshly loaded page's content script (Chromium,
 * 3 loads; 0.6 ms in Node), with this one 1.5–2 ms. Why is not proven: allocating the 192 KiB of
 * character tables at the script's start measures ~0 ms there.
 */
const ROOT_TABLE = 0x800;

export function buildTrie(keys: readonly string[]): Trie {
  if (!isSorted(keys)) throw new Error('matcher keys are not sorted: rebuild the matcher data');
  let size = 1;
  for (const k of keys) size += k.length;
  const firstChild = new Int32Array(size);
  const lastChild = new Int32Array(size);
  const nextSibling = new Int32Array(size);
  const unit = new Uint16Array(size);
  const termFirst = new Int32Array(size);
  const termCount = new Int32Array(size);
  const low = new Int32Array(ROOT_TABLE);
  const high = new Map<number, number>();
  // The rows whose keys start with a unit: keys are sorted, so each first unit owns one run of rows.
  const runs = new Map<number, [from: number, to: number]>();
  for (let row = 0; row < keys.length; row++) {
    const c = keys[row]!.charCodeAt(0);
    const run = runs.get(c);
    if (run) run[1] = row + 1;
    else runs.set(c, [row, row + 1]);
  }
  // path[i] is the node reached by the previous key's first i units.
  const path = new Int32Array(size);
  let nodes = 1;

  /**
   * The subtree under one root child, built the first time a word starts with its unit. A page asks
   * for the few units its prefilter hits start with (one script, a dozen letters), so most of a
   * three-script gazetteer is never built: with 1,800 keys, building all of it took 2.4–7 ms of a cold
   * first scan (Node, median of 7 runs), several times the 0.4 ms of the 222-key gazetteer before it.
   */
  const buildRun = (from: number, to: number): void => {
    let prev = '';
    for (let row = from; row < to; row++) {
      const key = keys[row]!;
      let shared = 0;
      const limit = Math.min(prev.length, key.length);
      while (shared < limit && prev.charCodeAt(shared) === key.charCodeAt(shared)) shared++;
      for (let i = shared; i < key.length; i++) {
        const parent = path[i]!;
        const node = nodes++;
        const c = key.charCodeAt(i);
        unit[node] = c;
        if (firstChild[parent] === 0) firstChild[parent] = node;
        else nextSibling[lastChild[parent]!] = node;
        lastChild[parent] = node;
        if (parent === 0) {
          if (c < ROOT_TABLE) low[c] = node;
          else high.set(c, node);
        }
        path[i + 1] = node;
      }
      const end = path[key.length]!;
      if (termCount[end] === 0) termFirst[end] = row;
      termCount[end]!++;
      prev = key;
    }
  };

  const rootChild = (c: number): number => {
    const node = c < ROOT_TABLE ? (low[c] as number) : (high.get(c) ?? 0);
    if (node !== 0) return node;
    const run = runs.get(c);
    if (!run) return 0;
    runs.delete(c);
    buildRun(run[0], run[1]);
    return c < ROOT_TABLE ? (low[c] as number) : (high.get(c) ?? 0);
  };
  return { rootChild, firstChild, nextSibling, unit, termFirst, termCount };
}
