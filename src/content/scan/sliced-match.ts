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

export const CHUNK_CHARS = 64 * 1024;
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

export async function matchSliced(
  text: string,
  matcher: Matcher,
  budget: Pick<SliceBudget, 'check'>,
  chunkChars = CHUNK_CHARS,
): Promise<Mention[]> {
  if (text.length <= chunkChars) return matcher.findAll(text);
  const out: Mention[] = [];
  let from = 0;
  while (from < text.length) {
    const cut = cutAfter(text, from, chunkChars);
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
    from = next;
    await budget.check();
  }
  return out;
}
