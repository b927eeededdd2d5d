/**
 * Words the card shows, built from corpus data, in the interface language. The corpus's own text
 * (names, statements, outlets, labels of events) is never translated: these functions put it, as it
 * is, into the interface's sentences. `backstory card --explain` says the same in English through
 * src/corpus/claim-text.ts, whose `originsText` takes the words used here.
 */
import type { CardEmpty, Claim, DifferenceKind, PartialReason, SourceRef } from '../../model/corpus-types';
import { foldKey } from '../../model/fold';
import { claimDateNote, DATE_NOTE_KEYS, sourceDateNote } from '../../shared/ui/claim-date';
import { KIND_NOTE_KEYS } from '../../shared/ui/claim-words';
import { currentLocale, formatDay, isolateText as fsi, t, textLanguage, tParts, type MessageKey } from '../../shared/i18n';

export { differenceKindLabel, originCount, originsText, outletText, whenText } from '../../shared/ui/claim-words';
export { entityName, identificationText } from '../../shared/ui/entity-words';

/** Two spellings are "the same" when they fold to the same key (case, diacritics, letter forms). */
function same(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/**
 * Why this text was marked, in one sentence; `isolate` wraps each name (page text or corpus text):
 * - "Matched “Hmeimim”." when the page wrote the canonical name;
 * - "Matched “Khmeimim”, a spelling of Hmeimim air base." for another alias;
 * - "Matched “Хмеймиме” (a form of “Хмеймим”), a spelling of Hmeimim air base." for an inflected form.
 */
export function matchReason<T>(matchedText: string, alias: string, name: string, isolate: (text: string) => T): Array<string | T> {
  const written = matchedText.trim() || alias;
  if (same(written, name)) return tParts('card_matched', { written: isolate(written) });
  if (alias && !same(written, alias)) return tParts('card_matched_form', { alias: isolate(alias), name: isolate(name), written: isolate(written) });
  return tParts('card_matched_spelling', { name: isolate(name), written: isolate(written) });
}

/** Why a card cites nothing, from the corpus's code (`CardData.empty`), with the same count as its footer. */
export function emptyNote<T>(empty: CardEmpty, name: T, articles: number): Array<string | T> {
  if (empty === 'unmentioned') return tParts('card_empty_none', { name });
  return tParts('card_empty_passing', { count: articles, name });
}

/**
 * "Don’t mark this name on example.com (any spelling)": the site is the one the user is reading, and
 * the entity is hidden there under every spelling, as the options page lists it.
 */
export function hideNameLabel(site: string): string {
  return site ? t('card_hide_name', { site: fsi(site) }) : t('card_hide_name_here');
}

const TEXT_IN = { ar: 'card_text_in_ar', en: 'card_text_in_en', ru: 'card_text_in_ru' } as const satisfies Record<string, MessageKey>;

/**
 * The language of a piece of corpus text, for its `lang`, and "(in Arabic)" when it is not the
 * interface's language (null when it is, or cannot be told).
 */
export function textLanguageNote(text: string): { lang: string | undefined; note: string | null } {
  const lang = textLanguage(text);
  if (!lang) return { lang: undefined, note: null };
  const ui = currentLocale().split('-')[0];
  return { lang, note: lang === ui ? null : t(TEXT_IN[lang]) };
}

/** A claim's headline in the interface language (shared with the side panel). */
export { claimHeadline } from '../../shared/ui/claim-words';

/** "in 2 languages", after a claim's origins, when its sources are written in more than one; else null. */
export function languagesText(claim: Pick<Claim, 'fact'>): string | null {
  const n = claim.fact?.langs.length ?? 0;
  return n >= 2 ? t('facts_languages', { count: n }) : null;
}

/**
 * Said beside a claim's date when the reader should know what it rests on (src/corpus/claim-date.ts): assumed,
 * because the article gave none ("date assumed: the day it was saved"), or the text's own, well before the article
 * that tells it ("the date the text gives; published 16 Oct 2025"); else null.
 */
export function dateNoteText(claim: Pick<Claim, 'fact' | 'when' | 'sources'>): string | null {
  const note = claimDateNote(claim);
  if (!note) return null;
  return note.code === 'from-text' ? t(DATE_NOTE_KEYS['from-text'], { date: formatDay(note.published) }) : t(DATE_NOTE_KEYS[note.code]);
}

/** Said on a source's chip whose article's date the page did not give: "date assumed", "date entered by hand"; else null. */
export function sourceDateText(source: Pick<SourceRef, 'dateSource'>): string | null {
  const note = sourceDateNote(source);
  return note === null ? null : t(note === 'assumed' ? DATE_NOTE_KEYS.chipAssumed : DATE_NOTE_KEYS.chipEntered);
}

const CERTAINTY_KEYS = { likely: 'card_partial_likely', expected: 'card_partial_expected', planned: 'card_partial_planned' } as const satisfies Record<'likely' | 'expected' | 'planned', MessageKey>;

/**
 * Why a source supports its claim only in part, in the reader's words ("hedged: “likely”; does not name Tartus"),
 * from the compiler's codes; the source's own hedge word and the names stay as written. Empty without codes.
 */
export function partialReasonsText(reasons: readonly PartialReason[] | undefined): string {
  return (reasons ?? [])
    .map((r) => {
      if (r.code === 'hedged') return r.hedge ? t('card_partial_hedged', { hedge: fsi(r.hedge) }) : t(CERTAINTY_KEYS[r.certainty ?? 'likely']);
      if (r.code === 'unnamed') return t('card_partial_unnamed', { names: r.names.map(fsi).join(t('list_separator')) });
      return t('card_partial_part');
    })
    .join(t('card_origins_separator'));
}



/** What a kind of difference means, in the reader's words (the corpus's own note is English, for the CLI). */
export function differenceNote(kind: DifferenceKind): string {
  return t(KIND_NOTE_KEYS[kind]);
}
