import type { Mention } from '../../detect/types';
import { languageOf, lexicon } from './lexicon';

/**
 * Mentions whose sense the context rules out (the lexicon's `senses`): "الدوما" and "депутаты Думы" are the
 * Russian State Duma, not Douma, the Syrian town. Used where the corpus links passages to entities and where
 * the fact reader reads a page, so a card and the panel never put the parliament under the town.
 */
export function withoutWrongSenses(text: string, mentions: Mention[]): Mention[] {
  const { senses } = lexicon();
  if (senses.length === 0) return mentions;
  if (!mentions.some((m) => senses.some((s) => s.entity === m.entityId))) return mentions;
  return mentions.filter((m) => {
    const sense = senses.find((s) => s.entity === m.entityId);
    if (!sense) return true;
    // The whole word the name was found in: an attached article (الدوما) is part of what was written.
    let from = m.start;
    while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
    const written = text.slice(from, m.end);
    if (sense.notIfMatched.some((r) => r.test(written))) return false;
    const around = text.slice(Math.max(0, m.start - sense.window), Math.min(text.length, m.end + sense.window)).toLowerCase();
    const re = sense.notNear[languageOf(written)];
    re.lastIndex = 0;
    return !re.test(around);
  });
}
