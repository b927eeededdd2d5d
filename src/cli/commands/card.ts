import { getCardData } from '../../corpus/card-data';
import { differenceKindLabel, originCount, originsText } from '../../corpus/claim-text';
import { createMemorySource } from '../../corpus/memory-source';
import type { CardData, Claim, CorpusBundle, Lang, SourceRef } from '../../model/corpus-types';
import { factHeadline } from '../../corpus/fact-headline';
import { factWords } from '../../compiler';
import { DIFFERENCE_KIND_KEYS, KIND_NOTE_KEYS } from '../../shared/ui/claim-words';
import { catalogueMessages } from './catalogue';
import { unnamedOutletCites } from '../../model/unnamed-outlet';
import { claimDateNote, DATE_NOTE_KEYS, sourceDateNote } from '../../shared/ui/claim-date';

/**
 * `backstory card <id or alias>`: the card data for an entity named in any script ("hmeimim", "Khmeimim",
 * "حميميم", "Хмеймим"), or undefined when no entity has that name. main.ts prints the result as JSON, or
 * with `--explain` as the review text below.
 */
export async function cardCommand(arg: string, bundle: CorpusBundle): Promise<CardData | undefined> {
  return getCardData(createMemorySource(bundle), arg);
}

/**
 * `backstory card <entity> --explain`: each claim with its sources and why each supports it (event, speaker,
 * the content it shares), then each difference with its kind, so a maintainer can review a card in minutes.
 */
export function explainCard(card: CardData, packOf: ReadonlyMap<string, string> = new Map()): string {
  const out: string[] = [];
  const { entity } = card;
  out.push(`${entity.name} (${entity.type}, ${entity.id})`);
  out.push(`  Backstory's identification: ${entity.description}`);
  for (const f of entity.facts ?? []) out.push(`  Described as: ${f.text} [${f.sources.map((s) => `${s.outlet} ${s.date}`).join('; ')}]`);
  out.push(`  ${card.articleCount} article${card.articleCount === 1 ? '' : 's'}; corpus as of ${card.asOf}`);
  if (card.empty) out.push(`  ${emptyText(card, catalogueMessages('en'))}`);
  card.claims.forEach((claim, i) => {
    out.push('');
    const when = claim.when ? `${claim.when.label}${claim.when.date ? `, ${claim.when.date}` : ''}` : 'undated';
    const dated = dateNoteWords(claim, catalogueMessages('en'));
    out.push(`Claim ${i + 1} [${when}${dated ? `; ${dated}` : ''}]${claim.hedge ? ` (hedged: “${claim.hedge}”)` : ''}`);
    out.push(`  “${claim.text}”`);
    const outlets = new Set(claim.sources.map((s) => s.articleId)).size;
    const onEvent = claim.when && !claim.when.id.startsWith('time:') && claim.when.id !== 'background';
    const of = onEvent ? `${outlets} of ${claim.agreement.total} article${claim.agreement.total === 1 ? '' : 's'} on this event` : `${outlets} article${outlets === 1 ? '' : 's'}`;
    out.push(`  ${originCount(claim)}: ${originsText(claim)} — ${of}`);
    if (claim.fact) {
      const f = claim.fact;
      const name = (id: string): string => f.names[id]?.en ?? id;
      out.push(`  Fact: ${factWords(f, name)}`);
      out.push(`    headline (en): ${factHeadline(f, 'en', catalogueMessages('en'))}`);
      out.push(`    speaker: ${f.speaker ? name(f.speaker) : '—'}; credited origin: ${f.credit ? (f.credit === 'anonymous' ? 'unnamed sources' : name(f.credit)) : '— (the outlet’s own)'}; written in: ${f.langs.join(', ')}`);
      out.push('    merged: statements are one claim when their facts agree on who, action (asked or done), whom, where, when and polarity, in any wording or language');
    } else out.push('  No fact: the claim is grouped by its words (the sentence states no act of the lexicon, or only speech)');
    for (const s of claim.sources) out.push(...sourceLines(s, packOf.get(s.articleId)));
  });
  for (const d of card.differences) {
    out.push('');
    out.push(`Sources differ — ${d.facet ?? d.text}${d.difference ? ` (${differenceKindLabel(d.difference.kind)})` : ''}`);
    if (d.difference?.note) out.push(`  ${d.difference.note}`);
    for (const v of d.variants ?? []) {
      out.push(`  ${v.label}:`);
      for (const s of v.sources) {
        const pack = packOf.get(s.articleId);
        out.push(`    - ${s.outlet}, ${s.date}${s.via ? `, credits ${s.via}` : ''}${pack !== undefined ? ` [from pack ${pack}]` : ''}: “${s.quote}”`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** `pack`: the name of the pack the source came with (`--with`), said after it. */
function sourceLines(s: SourceRef, pack?: string): string[] {
  const from = pack !== undefined ? ` [from pack ${pack}]` : '';
  const dated = sourceDateWords(s, catalogueMessages('en'));
  const lines = [`  - ${s.outlet}, ${s.date}${dated ? ` (${dated})` : ''} [${s.support?.level ?? 'unchecked'} support]${from}: “${s.quote}”`];
  for (const why of s.support?.why ?? []) lines.push(`      · ${why}`);
  return lines;
}

/**
 * `backstory card <entity> --lang ar|ru|en`: the card as a reader with that interface language reads it —
 * claim headlines written from their facts through the extension's catalogue, each source's quote verbatim
 * in its own language beneath, the origins in the interface's words.
 */
export function readerCard(card: CardData, lang: Lang): string {
  const msg = catalogueMessages(lang);
  const local = lang === 'ar' || lang === 'ru' ? lang : undefined;
  const name = (local && card.entity.names?.[local]) || card.entity.name;
  const identification = (local && card.entity.identification?.[local]) || card.entity.description;
  const out: string[] = [name === card.entity.name ? name : `${name} (${card.entity.name})`, `  ${identification}`];
  out.push(`  ${msg('card_as_of', { count: card.articleCount, date: card.asOf })}`);
  if (card.empty) out.push(`  ${emptyText(card, msg, name)}`);
  for (const claim of card.claims) {
    out.push('');
    out.push(`• ${claim.fact ? factHeadline(claim.fact, lang, msg) : claim.text}`);
    const dated = dateNoteWords(claim, msg);
    if (dated) out.push(`    (${dated})`);
    if (claim.fact) for (const s of claim.sources.slice(0, 3)) {
      const note = sourceDateWords(s, msg);
      out.push(`    “${s.quote}” — ${outletWords(s.outlet, msg)}${note ? ` (${note})` : ''}`);
    }
    out.push(`    ${originsLine(claim, msg)}`);
  }
  for (const d of card.differences) {
    out.push('');
    if (local) {
      // As the card shows it to this reader: the kind and what it means, then each version's own quote.
      if (d.difference) out.push(`≠ ${msg(DIFFERENCE_KIND_KEYS[d.difference.kind])}: ${msg(KIND_NOTE_KEYS[d.difference.kind])}`);
      for (const v of d.variants ?? []) out.push(`    “${v.sources[0]?.quote ?? ''}” — ${v.sources.map((s) => outletWords(s.outlet, msg)).join(', ')}`);
      continue;
    }
    out.push(`≠ ${d.facet ?? d.text}${d.difference ? ` — ${msg(DIFFERENCE_KIND_KEYS[d.difference.kind])}` : ''}`);
    for (const v of d.variants ?? []) out.push(`    ${v.label}: ${v.sources.map((s) => s.outlet).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** What a claim's date rests on, in the card's words (src/corpus/claim-date.ts), or null. */
function dateNoteWords(claim: Claim, msg: ReturnType<typeof catalogueMessages>): string | null {
  const note = claimDateNote(claim);
  if (!note) return null;
  return note.code === 'from-text' ? msg(DATE_NOTE_KEYS['from-text'], { date: note.published }) : msg(DATE_NOTE_KEYS[note.code]);
}

/** A source whose article's date the page did not give, in the card's words, or null. */
function sourceDateWords(source: SourceRef, msg: ReturnType<typeof catalogueMessages>): string | null {
  const note = sourceDateNote(source);
  return note === null ? null : msg(note === 'assumed' ? DATE_NOTE_KEYS.chipAssumed : DATE_NOTE_KEYS.chipEntered);
}

/** An outlet as the card names it: its own name, or an unnamed one in the reader's words. */
function outletWords(outlet: string, msg: ReturnType<typeof catalogueMessages>): string {
  const cites = unnamedOutletCites(outlet);
  if (cites === undefined) return outlet;
  return cites.length > 0 ? msg('card_outlet_unnamed_citing', { agencies: cites.join(msg('list_separator')) }) : msg('card_outlet_unnamed');
}

/** Why the card cites nothing, in the words the extension's card uses. */
function emptyText(card: CardData, msg: ReturnType<typeof catalogueMessages>, name = card.entity.name): string {
  return msg(card.empty === 'unmentioned' ? 'card_empty_none' : 'card_empty_passing', { name, count: card.articleCount });
}

function originsLine(claim: Claim, msg: ReturnType<typeof catalogueMessages>): string {
  const text = originsText(claim, {
    sources: (count) => msg('card_sources_count', { count }),
    via: (origin, outlet) => msg('card_origin_via', { origin, outlet }),
    viaOutlets: (origin, count) => msg('card_origin_via_outlets', { count, origin }),
    separator: msg('card_origins_separator'),
    name: (n) => outletWords(n, msg),
  });
  const langs = claim.fact?.langs.length ?? 0;
  return langs >= 2 ? `${text} ${msg('facts_languages', { count: langs })}` : text;
}
