import type { Entity } from '../model/corpus-types';
import type { Fact } from '../model/fact';
import { relateFacts } from './facts/relate-facts';
import type { StatementGroup } from './claims';
import { differenceClaim, type FoundDifference } from './differences';

const MAX_PER_ENTITY = 2;

const NOTES = {
  'later-development': 'A later report tells a later stage of the same act (begun, then completed; planned, then done).',
  contradiction: 'The sources state the same act with values that cannot both be true.',
  'dates-of-one-act': 'The sources give different dates for one act: one may be when it was signed, the other when it took effect.',
} as const;

/**
 * Corpus level: claims merged on facts that fill the same slot (who does what to whom) with different
 * values are a difference, classified by `relateFacts` — a later development, a contradiction, the dates of
 * one act — and shown on the cards of who acts, whom it concerns and where.
 */
export function factDifferences(groups: StatementGroup[], entities: Map<string, Entity>): FoundDifference[] {
  const slots = new Map<string, StatementGroup[]>();
  for (const g of groups) {
    if (!g.fact) continue;
    const key = `${g.fact.who}|${g.fact.action}|${g.fact.request ? 'asked' : 'done'}`;
    slots.set(key, [...(slots.get(key) ?? []), g]);
  }
  const out: FoundDifference[] = [];
  // A card shows a few differences, not every pair: one per slot, at most MAX_PER_ENTITY per entity.
  const perEntity = new Map<string, number>();
  for (const all of slots.values()) {
    // Bounded like claim blocks: the quadratic comparison never runs over a whole large corpus.
    const list = all.slice(0, 300);
    let found = false;
    for (let i = 0; i < list.length && !found; i++) {
      for (let j = i + 1; j < list.length && !found; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const r = relateFacts(a.fact as unknown as Fact, b.fact as unknown as Fact);
        if (r.relation !== 'differs' || !r.kind || !(r.kind in NOTES)) continue;
        const [first, second] = (a.fact!.when.date ?? '') <= (b.fact!.when.date ?? '') ? [a, b] : [b, a];
        const name = entities.get(a.fact!.who)?.name ?? a.fact!.who;
        const ids = new Set<string>([a.fact!.who, ...a.fact!.whom, ...b.fact!.whom]);
        for (const w of [a.fact!.where, b.fact!.where]) if (w) ids.add(w);
        const related = [...ids].filter((id) => entities.has(id)).sort();
        if (related.length === 0 || related.some((id) => (perEntity.get(id) ?? 0) >= MAX_PER_ENTITY)) continue;
        for (const id of related) perEntity.set(id, (perEntity.get(id) ?? 0) + 1);
        found = true;
        out.push(
          differenceClaim(
            related[0]!,
            `${name}: ${a.fact!.action}`,
            [first, second].map((g) => ({ label: variantLabel(g), sources: g.sources })),
            r.kind,
            NOTES[r.kind as keyof typeof NOTES],
            related,
          ),
        );
      }
    }
  }
  return out;
}

/** "completed, 2025-10-02", "planned", "2.5 hours": what a variant says on the slot, in words the CLI shows. */
function variantLabel(g: StatementGroup): string {
  const f = g.fact!;
  const parts: string[] = [];
  if (f.phase) parts.push(f.phase);
  if (f.certainty !== 'reported') parts.push(f.certainty);
  for (const n of f.numbers) parts.push(`${n.bound ? `${n.bound} than ` : ''}${n.value}${n.unit ? ` ${n.unit}` : ''}`);
  if (f.when.date) parts.push(f.when.date);
  return parts.join(', ') || 'reported';
}
