import { getCardData } from '../../corpus/card-data';
import { differenceKindLabel, originCount, originsText } from '../../corpus/claim-text';
import { createMemorySource } from '../../corpus/memory-source';
import type { CardData, CorpusBundle, SourceRef } from '../../model/corpus-types';

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
  if (card.emptyNote) out.push(`  ${card.emptyNote}`);
  card.claims.forEach((claim, i) => {
    out.push('');
    const when = claim.when ? `${claim.when.label}${claim.when.date ? `, ${claim.when.date}` : ''}` : 'undated';
    out.push(`Claim ${i + 1} [${when}]${claim.hedge ? ` (hedged: “${claim.hedge}”)` : ''}`);
    out.push(`  “${claim.text}”`);
    const outlets = new Set(claim.sources.map((s) => s.articleId)).size;
    const onEvent = claim.when && !claim.when.id.startsWith('time:') && claim.when.id !== 'background';
    const of = onEvent ? `${outlets} of ${claim.agreement.total} article${claim.agreement.total === 1 ? '' : 's'} on this event` : `${outlets} article${outlets === 1 ? '' : 's'}`;
    out.push(`  ${originCount(claim)}: ${originsText(claim)} — ${of}`);
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
  const lines = [`  - ${s.outlet}, ${s.date} [${s.support?.level ?? 'unchecked'} support]${from}: “${s.quote}”`];
  for (const why of s.support?.why ?? []) lines.push(`      · ${why}`);
  return lines;
}
