import type { Claim, SourceRef } from '../../model/corpus-types';

/**
 * What a claim's date rests on, when the reader should know it, as codes the card and `backstory card --lang`
 * put into words (`DATE_NOTE_KEYS`):
 * - `assumed-saved` / `assumed-pack` / `assumed`: the claim is dated by its article's date, and the article gave
 *   none, so the date is a default (the day the reader saved it, the pack's default; unknown which);
 * - `from-text`: the text dates what it states well before the articles that tell it (an archive piece: "In 2017,
 *   Russia signed …" in an article of 2025): the date is the text's, `published` the earliest article's.
 */
export type ClaimDateNote = { code: 'assumed-saved' | 'assumed-pack' | 'assumed' } | { code: 'from-text'; published: string };

export function claimDateNote(claim: Pick<Claim, 'fact' | 'when' | 'sources'>): ClaimDateNote | null {
  const source = claim.fact?.when.source;
  if (source === 'assumed') {
    const origins = new Set(claim.sources.filter((s) => s.dateSource === 'assumed').map((s) => s.origin));
    if (origins.size !== 1) return { code: 'assumed' };
    return { code: origins.has('pack') ? 'assumed-pack' : origins.has('saved') ? 'assumed-saved' : 'assumed' };
  }
  if (source !== 'text' || !claim.when?.date) return null;
  const published = claim.sources.map((s) => s.date).sort()[0];
  if (!published || claim.when.date.slice(0, 7) >= published.slice(0, 7)) return null;
  return { code: 'from-text', published };
}

/** A source whose article's date the page did not give, said beside its chip: `assumed`, or `entered` by hand. */
export function sourceDateNote(source: Pick<SourceRef, 'dateSource'>): 'assumed' | 'entered' | null {
  return source.dateSource === 'assumed' ? 'assumed' : source.dateSource === 'reader' ? 'entered' : null;
}

/** The catalogue key of each note (src/locales): the card and the CLI say them with the same words. */
export const DATE_NOTE_KEYS = {
  'assumed-saved': 'card_date_assumed_saved',
  'assumed-pack': 'card_date_assumed_pack',
  assumed: 'facts_date_assumed',
  'from-text': 'card_date_from_text',
  chipAssumed: 'card_date_chip_assumed',
  chipEntered: 'card_date_chip_entered',
} as const;
