import { getCardData } from '../../corpus/card-data';
import { createMemorySource } from '../../corpus/memory-source';
import type { CardData, CorpusBundle } from '../../model/corpus-types';

/**
 * `backstory card <id or alias>`: the card data for an entity named in any script ("hmeimim", "Khmeimim",
 * "حميميم", "Хмеймим"), or undefined when no entity has that name. main.ts prints the result as JSON.
 */
export async function cardCommand(arg: string, bundle: CorpusBundle): Promise<CardData | undefined> {
  return getCardData(createMemorySource(bundle), arg);
}
