/**
 * The side panel's words for a page read in context (src/corpus/context), in the interface language. The panel's
 * components and `npx backstory context` both say a line through these, so the terminal prints what the panel
 * shows. Text from the page and the corpus (sentences, names, outlets) is put in as it is, never translated.
 */
import type { ClaimStanding, PageClaim, PageContext } from '../../corpus/context';
import type { DifferenceKind, SourceRef } from '../../model/corpus-types';
import type { FactDifferenceKind } from '../../model/fact';
import { formatDay, t, type MessageKey } from '../i18n';
import { differenceKindLabel, headlineForReader, originsText, outletText, whenText } from './claim-words';
import { entityName, identificationText } from './entity-words';

/** Every kind of difference, the compiler's and the fact reader's, as the card words it. */
export function kindLabel(kind: DifferenceKind | FactDifferenceKind): string {
  return differenceKindLabel(kind);
}

const STANDING = { confirmed: 'panel_confirmed', differs: 'panel_differs', new: 'panel_new' } as const satisfies Record<ClaimStanding, MessageKey>;

export function standingLabel(standing: ClaimStanding): string {
  return t(STANDING[standing]);
}

/** Why only names are shown, when they are; null when claims were read. */
export function limitNote(status: PageContext['status']): string | null {
  if (status === 'not-article') return t('panel_not_article');
  if (status === 'no-claims') return t('panel_no_claims');
  return null;
}

/** Said when the page's article is already part of the corpus (after "Save to Backstory"). */
export function inCorpusNote(page: PageContext['page']): string | null {
  if (page.inCorpus === 'saved') return t('panel_in_corpus_saved');
  if (page.inCorpus === 'pack') return t('panel_in_corpus_pack');
  if (page.inCorpus === 'corpus') return t('panel_in_corpus_shipped');
  return null;
}

/**
 * A line's claim in the reader's language: a page in another language is said by the headline of the fact its
 * sentence states, when the fact reader read one (the sentence stays under it, verbatim); else the page's own words.
 */
export function claimLineText(line: Pick<PageClaim, 'text' | 'fact'>): string {
  return headlineForReader(line) ?? line.text;
}

/** "Reuters, via 3 outlets; TASS": the independent origins of the corpus sources a line was compared with. */
export function lineOrigins(line: Pick<PageClaim, 'origins' | 'sources'>): string {
  return originsText({ origins: line.origins, agreement: { count: line.origins.length || line.sources.length, total: line.sources.length } });
}

/** "bne IntelliNews, 15 Oct 2025". */
export function sourceLabel(source: Pick<SourceRef, 'outlet' | 'date'>): string {
  return `${outletText(source.outlet)}, ${formatDay(source.date)}`;
}

/** "Contradiction: the page says “…”; the corpus says “…”". */
export function differenceWords(difference: NonNullable<PageClaim['difference']>): { kind: string; page: string; corpus: string[] } {
  return {
    kind: kindLabel(difference.kind),
    page: t('panel_page_says', { answer: difference.pageVariant }),
    corpus: difference.corpusVariants.map((v) => t('panel_corpus_says', { answer: v.label })),
  };
}

/** "Al-Sharaa's talks with Putin at the Kremlin, 15 Oct 2025". */
export function whenWords(when: PageClaim['when']): string | null {
  if (!when) return null;
  const { event, text } = whenText(when);
  return [event, text].filter((part) => part).join(', ') || null;
}

/** Everything the panel shows, as plain text: what `npx backstory context` prints. */
export function pageContextText(ctx: PageContext): string {
  const out: string[] = [];
  out.push(`${t('panel_title')} — ${t('panel_in_context_of', { title: ctx.page.title })}`);
  out.push(`  ${ctx.page.outlet}, ${formatDay(ctx.page.date)} · ${ctx.page.url}`);
  if (ctx.page.dateAssumed) out.push(`  ${t('panel_date_assumed', { date: formatDay(ctx.page.date) })}`);
  const saved = inCorpusNote(ctx.page);
  if (saved) out.push(`  ${saved}`);
  const limit = limitNote(ctx.status);
  if (limit) out.push(`  ${limit}`);

  out.push('', `## ${t('panel_names')}`);
  if (ctx.names.length === 0) out.push(`  ${t('panel_names_none')}`);
  for (const n of ctx.names) {
    out.push(`- ${entityName(n).text} — ${identificationText(n).text}`);
    const events = n.timeline.map((e) => `${formatDay(e.date)} ${entityName({ name: e.label, ...(e.names ? { names: e.names } : {}) }).text}`);
    if (events.length > 0) out.push(`    ${t('panel_timeline')}: ${events.join(' · ')}`);
  }

  if (ctx.status === 'article') {
    out.push('', `## ${t('panel_claims')}`);
    for (const c of ctx.claims) {
      out.push(`[${standingLabel(c.standing)}] ${claimLineText(c)}`);
      const when = whenWords(c.when);
      if (when) out.push(`    (${when})`);
      out.push(`    ${t('panel_from_page', { number: c.sentence.paragraph + 1 })} “${c.sentence.quote}”`);
      if (c.difference) {
        const difference = differenceWords(c.difference);
        out.push(`    ${difference.kind}: ${difference.page}; ${difference.corpus.join('; ')}`);
        if (c.difference.note) out.push(`    ${c.difference.note}`);
      }
      if (c.standing === 'new') out.push(`    ${t('panel_new_note')}`);
      else {
        out.push(`    ${t('panel_compared_with')} ${lineOrigins(c)}`);
        for (const s of c.sources) out.push(`      - ${sourceLabel(s)}: “${s.quote}”`);
      }
    }
    out.push('', `## ${t('panel_left_out')}`);
    if (ctx.leftOut.length === 0) out.push(`  ${t('panel_left_out_none')}`);
    for (const group of ctx.leftOut) {
      out.push(t('panel_left_out_about', { name: entityName(group.entity).text }));
      for (const c of group.claims) {
        out.push(`- ${headlineForReader(c) ?? c.text}`);
        out.push(`    ${originsText(c)}`);
        for (const s of c.sources) out.push(`      - ${sourceLabel(s)}: “${s.quote}”`);
      }
    }
  }
  out.push('', t('panel_as_of', { date: formatDay(ctx.corpus.asOf) }));
  return `${out.join('\n')}\n`;
}
