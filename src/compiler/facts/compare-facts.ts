import type { Fact, FactComparison } from '../../model/fact';
import { mergesOnFact } from './lexicon';
import { relateFacts } from './relate-facts';

/** Something of the corpus that states a fact: a claim (the card's), with its fact. */
export interface FactHolder {
  fact?: Fact;
}

/**
 * The facts of one article (a page being read) against the corpus's claims: which the corpus confirms,
 * which it tells differently (and how), which are new to it, and which claims about the same actors and
 * events the article leaves out. A claim without a fact is never matched: when in doubt, say less.
 */
export function compareFacts<C extends FactHolder>(pageFacts: readonly Fact[], corpus: readonly C[]): FactComparison<C> {
  const out: FactComparison<C> = { confirmed: [], differs: [], new: [], leftOut: [] };
  const used = new Set<C>();
  for (const fact of pageFacts) {
    const same: C[] = [];
    const differ: Array<{ c: C; kind: NonNullable<ReturnType<typeof relateFacts>['kind']> }> = [];
    for (const c of corpus) {
      if (!c.fact) continue;
      const r = relateFacts(fact, c.fact);
      if (r.relation === 'same') same.push(c);
      else if (r.relation === 'differs' && r.kind) differ.push({ c, kind: r.kind });
    }
    for (const c of same) used.add(c);
    for (const d of differ) used.add(d.c);
    if (same.length > 0) out.confirmed.push({ fact, claims: same });
    else if (differ.length > 0) out.differs.push({ fact, claims: differ.map((d) => d.c), kind: differ[0]!.kind });
    // Speech and bare requests ("Novak said …", "the delegation asked for help") are claims grouped by their words,
    // not their facts (`mergesOnFact`): the corpus may hold the same one without a fact to meet, so it is never
    // called new on the strength of its fact alone.
    else if (mergesOnFact(fact.action)) out.new.push(fact);
  }
  // Left out: claims whose actor the article names as an actor, on the event or month the article is about.
  const actors = new Set(pageFacts.map((f) => f.who));
  const events = new Set(pageFacts.map((f) => f.when.event).filter((e): e is string => !!e));
  const months = new Set(pageFacts.map((f) => f.when.date?.slice(0, 7)).filter((d): d is string => !!d));
  for (const c of corpus) {
    if (!c.fact || used.has(c) || !actors.has(c.fact.who)) continue;
    const onEvent = c.fact.when.event ? events.has(c.fact.when.event) : !!c.fact.when.date && months.has(c.fact.when.date.slice(0, 7));
    if (onEvent) out.leftOut.push(c);
  }
  return out;
}
