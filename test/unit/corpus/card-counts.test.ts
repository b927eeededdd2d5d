/**
 * Every seed entity's card, counted: "N articles" agrees with what the card cites, and "no sourced statement"
 * appears only when the card cites nothing (issue 21: the Tartus card said it while citing two seeds in its
 * own description).
 */
import { describe, expect, it } from 'vitest';
import { cardCommand } from '../../../src/cli/commands/card';
import type { CardData } from '../../../src/model/corpus-types';
import { seedBundle } from '../compiler/seed-files';

/** The articles a card cites: under its description, its claims, its differences and its own timeline event. */
function citedArticles(card: CardData): Set<string> {
  const ids = new Set<string>();
  for (const f of card.entity.facts ?? []) for (const s of f.sources) ids.add(s.articleId);
  for (const c of [...card.claims, ...card.differences]) {
    for (const s of c.sources) ids.add(s.articleId);
    for (const v of c.variants ?? []) for (const s of v.sources) ids.add(s.articleId);
  }
  return ids;
}

describe('the counts on every seed card', () => {
  it('agree with what each card cites, and the empty note is said only of a card that cites nothing', async () => {
    const bundle = await seedBundle();
    const problems: string[] = [];
    for (const entity of bundle.entities) {
      const card = (await cardCommand(entity.id, bundle))!;
      const cited = citedArticles(card);
      if (cited.size > card.articleCount) problems.push(`${entity.id}: cites ${cited.size} articles, says ${card.articleCount}`);
      if (card.empty && cited.size > 0) problems.push(`${entity.id}: says nothing is sourced while citing ${cited.size} articles`);
      if (!card.empty && cited.size === 0) problems.push(`${entity.id}: cites nothing and does not say so`);
      const own = card.timeline.find((t) => t.id === entity.id);
      if (own && own.sources.length !== card.articleCount) problems.push(`${entity.id}: timeline ${own.sources.length} articles, card ${card.articleCount}`);
    }
    expect(problems).toEqual([]);
  });
});
