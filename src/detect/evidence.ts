/**
 * The evidence that a text (a page or one of its sections) is about Syria–Russia, from the mentions
 * the person and sense rules kept. Only non-ambiguous aliases count: "Novak", "Assad", "Latakia"
 * alone prove nothing (common-word aliases such as حمص reach this point only when their context
 * selected the place: common-senses.ts).
 *
 * On topic when the text names
 *  - a specific person or installation of the story's core cast (al-Sharaa, Hmeimim): alone enough,
 *    these names mean nothing else;
 *  - a specific place, group or event (Qamishli, HTS, the fall of Assad) together with at least one
 *    other entity: several distinct entities, so one word that is also a town elsewhere does not;
 *  - at least MIN_SIDE_SIGNALS signals of each side (Syria, Damascus; Russia, the Kremlin).
 */
import type { MatcherEntity } from '../model/corpus-types';
import type { Mention } from './types';

/** Signals of each side that make a page on topic without a specific name (see gating.ts). */
export const MIN_SIDE_SIGNALS = 2;

/** Entity types of the story's core cast (with scope 'specific'): one such name is enough. */
export const CORE_TYPES: ReadonlySet<string> = new Set(['person', 'installation']);

export interface Evidence {
  onTopic: boolean;
  /** In words, for --explain. */
  reason: string;
  sy: number;
  ru: number;
}

type Lookup = (id: string) => MatcherEntity | undefined;

/** Whether the mention is evidence: its alias is not ambiguous. */
export function counts(m: Pick<Mention, 'entityId' | 'alias'>, entity: MatcherEntity | undefined): boolean {
  if (!entity) return false;
  const alias = entity.aliases.find((a) => a.text === m.alias);
  return alias !== undefined && !alias.ambiguous;
}

/**
 * Weigh `mentions`. With `full` false it returns as soon as the answer is yes (the content script's
 * gate over up to 150,000 marks); with `full` true it reads them all and says why.
 */
export function weighEvidence(mentions: ReadonlyArray<Pick<Mention, 'entityId' | 'alias'>>, entityOf: Lookup, full = false): Evidence {
  let sy = 0;
  let ru = 0;
  let firstSpecific: string | undefined;
  /** The first two distinct entities of evidence. */
  let one: string | undefined;
  let other: string | undefined;
  let core: string | undefined;
  for (const m of mentions) {
    const entity = entityOf(m.entityId);
    if (!counts(m, entity)) continue;
    if (entity!.scope === 'specific') {
      if (CORE_TYPES.has(entity!.type)) core ??= `names ${entity!.id} through "${m.alias}", of the story's core cast`;
      else firstSpecific ??= m.entityId;
    }
    if (one === undefined) one = m.entityId;
    else if (other === undefined && m.entityId !== one) other = m.entityId;
    if (entity!.country === 'sy') sy++;
    else if (entity!.country === 'ru') ru++;
    if (!full && (core || (firstSpecific && other) || (sy >= MIN_SIDE_SIGNALS && ru >= MIN_SIDE_SIGNALS))) return { onTopic: true, reason: '', sy, ru };
  }
  if (core) return { onTopic: true, reason: core, sy, ru };
  if (firstSpecific && other) return { onTopic: true, reason: `names ${firstSpecific} with another entity (${firstSpecific === one ? other : one})`, sy, ru };
  if (sy >= MIN_SIDE_SIGNALS && ru >= MIN_SIDE_SIGNALS) return { onTopic: true, reason: `${sy} signals of Syria and ${ru} of Russia`, sy, ru };
  const why = firstSpecific ? `names ${firstSpecific} and no other entity` : `no specific name, and ${sy} signal${sy === 1 ? '' : 's'} of Syria, ${ru} of Russia (${MIN_SIDE_SIGNALS} of each needed)`;
  return { onTopic: false, reason: why, sy, ru };
}
