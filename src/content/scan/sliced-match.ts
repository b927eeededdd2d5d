/**
 * Run the matcher over a long text in chunks, yielding between them, with exactly the mentions one
 * `findAll` over the whole text would give: each chunk ends right after a block separator (a word
 * boundary), is matched with OVERLAP extra characters so a name crossing the cut is still seen whole,
 * keeps only mentions that start before the cut, and the next chunk starts at the cut or after the
 * last kept mention, where the whole-text scan would resume too.
 */
import { BLOCK_SEPARATOR } from '../../detect/text-model';
import type { Matcher, Mention } from '../../detect/types';
import type { SliceBudget } from './yield';

/**
 * Chunks are sized by how fast the matcher runs here and now: the first, run cold (interpreted), is
 * small; each next one is sized from the last one's time to take about CHUNK_TARGET_MS, so a cold
 * matcher or a busy machine still hands the thread back often (a fixed 64 KiB chunk took up to ~190 ms
 * on the 5 MB bench page on a loaded machine: a long task), and a warm one is not cut finer than it needs.
 */
export const FIRST_CHUNK_CHARS = 16 * 1024;
export const CHUNK_TARGET_MS = 6;
const MIN_CHUNK_CHARS = 4 * 1024;
const MAX_CHUNK_CHARS = 256 * 1024;

/** The next chunk's size from the last one's: `chars` took `ms`. */
export function nextChunkChars(chars: number, ms: number): number {
  const size = Math.round((chars * CHUNK_TARGET_MS) / Math.max(ms, 0.25));
  return Math.min(MAX_CHUNK_CHARS, Math.max(MIN_CHUNK_CHARS, size));
}
/** Longer than any alias (the gazetteer's longest is well under 100 characters). */
export const OVERLAP = 400;

/** Where to cut after `from + size`: just past the next separator or whitespace, else at the end. */
export function cutAfter(text: string, from: number, size: number): number {
  if (from + size >= text.length) return text.length;
  const sep = text.indexOf(BLOCK_SEPARATOR, from + size);
  if (sep >= 0 && sep < from + size * 2) return sep + 1;
  for (let i = from + size; i < text.length; i++) if (text.charCodeAt(i) === 0x20) return i + 1;
  return text.length;
}

/**
 * `chunkChars` fixes the chunk size (tests); without it chunks adapt (above). `now` is the clock that
 * times them.
 */
export async function matchSliced(
  text: string,
  matcher: Matcher,
  budget: Pick<SliceBudget, 'check'>,
  chunkChars?: number,
  now: () => number = () => performance.now(),
): Promise<Mention[]> {
  let size = chunkChars ?? FIRST_CHUNK_CHARS;
  if (text.length <= size) return matcher.findAll(text);
  const out: Mention[] = [];
  let from = 0;
  while (from < text.length) {
    const started = now();
    const cut = cutAfter(text, from, size);
    const window = text.slice(from, Math.min(text.length, cut + OVERLAP));
    let next = cut;
    for (const m of matcher.findAll(window)) {
      const start = m.start + from;
      if (start >= cut) break;
      // Shifted in place: findAll hands out fresh objects, and a copy per mention is 150,000
      // allocations on a 5 MB page.
      m.start = start;
      m.end += from;
      out.push(m);
      next = Math.max(next, m.end);
    }
    if (chunkChars === undefined) size = nextChunkChars(cut - from, now() - started);
    from = next;
    await budget.check();
  }
  return out;
}
