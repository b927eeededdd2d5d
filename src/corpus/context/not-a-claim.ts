import data from './not-a-claim.json';

/** Why a page's sentence is no claim of the page: it asks, it supposes, it leads elsewhere, it signs. */
export type NotAClaim = 'question' | 'conditional' | 'teaser' | 'byline';

const KINDS: readonly NotAClaim[] = ['question', 'conditional', 'teaser', 'byline'];

/** The patterns of each kind, every language's together (from not-a-claim.json: data, tested as data). */
const PATTERNS: ReadonlyArray<[NotAClaim, RegExp]> = KINDS.flatMap((kind) =>
  Object.values(data[kind] as Record<string, string[]>)
    .flat()
    .map((source): [NotAClaim, RegExp] => [kind, new RegExp(source, 'iu')]),
);

/**
 * Why the page's sentence states nothing the panel may compare, or undefined when it may state something.
 * A question asks; "if…", "perhaps", "could" suppose; a video's running time or a "Watch" leads to another
 * item; a byline signs. The fact reader may still find an act in them ("If they do not withdraw, …"), but the
 * page does not claim it happened: the panel never shows one as confirmed, differing or new.
 */
export function notAClaim(sentence: string): NotAClaim | undefined {
  const text = sentence.trim();
  for (const [kind, re] of PATTERNS) if (re.test(text)) return kind;
  return undefined;
}
