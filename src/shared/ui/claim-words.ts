/**
 * Words for a claim's provenance and kind, in the interface language, shared by the context card and the side
 * panel. The corpus's own text (statements, outlets, labels of events) is never translated: these functions put
 * it, as it is, into the interface's sentences. `backstory card --explain` says the same in English through
 * src/corpus/claim-text.ts, whose `originsText` takes the words used here.
 */
import type { Claim, ClaimWhen, DifferenceKind, Lang } from '../../model/corpus-types';
import { factHeadline } from '../../corpus/fact-headline';
import { originsText as originsWith, type OriginWords } from '../../corpus/claim-text';
import { unnamedOutletCites } from '../../model/unnamed-outlet';
import { currentLocale, formatDay, isolateText, t, type MessageKey } from '../i18n';

const ORIGIN_WORDS: OriginWords = {
  sources: (count) => t('card_sources_count', { count }),
  via: (origin, outlet) => t('card_origin_via', { origin, outlet }),
  viaOutlets: (origin, count) => t('card_origin_via_outlets', { count, origin }),
  get separator() {
    return t('card_origins_separator');
  },
  name: (name) => isolateText(outletText(name)),
};

/** An outlet as the reader reads it: its own name, or "unnamed outlet citing Reuters" in the interface's words. */
export function outletText(outlet: string): string {
  const cites = unnamedOutletCites(outlet);
  if (cites === undefined) return outlet;
  return cites.length > 0 ? t('card_outlet_unnamed_citing', { agencies: cites.map(isolateText).join(t('list_separator')) }) : t('card_outlet_unnamed');
}

/** "Reuters, via 3 outlets; TASS": a claim's independent origins, outlet names as they are. */
export function originsText(claim: Pick<Claim, 'origins' | 'agreement'>): string {
  return originsWith(claim, ORIGIN_WORDS);
}

/** "2 independent origins". */
export function originCount(claim: Pick<Claim, 'agreement'>): string {
  return t('card_independent_origins', { count: claim.agreement.count });
}

/** The catalogue key naming each kind of difference: the card, the panel and the CLI say it the same way. */
export const DIFFERENCE_KIND_KEYS = {
  contradiction: 'card_kind_contradiction',
  'change-over-time': 'card_kind_change',
  'later-development': 'facts_kind_later',
  precision: 'facts_kind_precision',
  'dates-of-one-act': 'facts_kind_dates',
  scope: 'facts_kind_scope',
  paraphrase: 'card_kind_paraphrase',
  'different-questions': 'card_kind_questions',
  attribution: 'card_kind_attribution',
} as const satisfies Record<DifferenceKind, MessageKey>;

/** What each kind of difference means, in the reader's words: the card and `backstory card --lang` say it the same way. */
export const KIND_NOTE_KEYS = {
  contradiction: 'card_kind_note_contradiction',
  'change-over-time': 'card_kind_note_change',
  'later-development': 'card_kind_note_later',
  precision: 'card_kind_note_precision',
  'dates-of-one-act': 'card_kind_note_dates',
  scope: 'card_kind_note_scope',
  paraphrase: 'card_kind_note_paraphrase',
  'different-questions': 'card_kind_note_questions',
  attribution: 'card_kind_note_attribution',
} as const satisfies Record<DifferenceKind, MessageKey>;

export function differenceKindLabel(kind: DifferenceKind): string {
  return t(DIFFERENCE_KIND_KEYS[kind]);
}

/**
 * What a claim is set in (the corpus's English label is for the CLI; the card says it from the date): an event, by its name in
 * the reader's language when the gazetteer gives one, else its corpus name (`event`), with its date; or a time or
 * "Background" in the interface's words (`event` null).
 */
export function whenText(when: ClaimWhen): { event: string | null; text: string } {
  if (when.id === 'background') return { event: null, text: t('card_when_background') };
  if (when.id.startsWith('time:') && when.date) {
    // A month the statement is about is written out, as the corpus names it: "December 2024".
    const time = formatDay(when.date, undefined, /^\d{4}-\d{2}$/.test(when.date) ? 'long' : 'short');
    return { event: null, text: when.asOf ? t('card_when_as_of', { date: time }) : time };
  }
  const ui = currentLocale().split('-')[0];
  const local = ui === 'ar' || ui === 'ru' ? when.labels?.[ui] : undefined;
  return { event: local ?? when.label, text: when.date ? formatDay(when.date) : '' };
}

const HEADLINE_LANGS: readonly Lang[] = ['en', 'ar', 'ru'];

/**
 * A claim's headline in the interface language, written from its fact (src/corpus/fact-headline.ts), or null
 * when the claim has no fact (the card then shows the source sentence itself, as it is).
 */
export function claimHeadline(claim: Pick<Claim, 'fact'>): string | null {
  if (!claim.fact) return null;
  const lang = readerLang();
  return factHeadline(claim.fact, lang, (key, params) => (t as (k: MessageKey, v?: Record<string, string | number>) => string)(key as MessageKey, params));
}

/** The interface language, as a language headlines are written in (English for any other). */
function readerLang(): Lang {
  const ui = currentLocale().split('-')[0] as Lang;
  return HEADLINE_LANGS.includes(ui) ? ui : 'en';
}

/**
 * A claim's headline when its own words are in another language than the reader's (an Arabic page read in
 * English, English sources read in Arabic), else null: in the reader's language, a source's sentence says the claim
 * better than a headline can, and stays what is shown.
 */
export function headlineForReader(claim: Pick<Claim, 'fact'>): string | null {
  if (!claim.fact || claim.fact.langs.includes(readerLang())) return null;
  return claimHeadline(claim);
}
