/**
 * The fact reader's public API (the side panel, the compiler and the CLI use it):
 * - `readArticleFacts(text, meta, find, entities)`: the facts an article states;
 * - `compareFacts(pageFacts, claims)`: confirmed / differs / new / left out against the corpus;
 * - `relateFacts(a, b)`: how two facts relate (same, differs and how, unrelated).
 * The Fact type is in src/model/fact.ts.
 */
export { readArticle, readArticleFacts, type ArticleFactsMeta, type ArticleReading } from './read-article';
export { notAClaim, type NotAClaim } from './not-a-claim';
export { readSentenceFact, isFact, describedActorAt, notAStatement, conditionalStatement, withTopicParents, type FactEntity, type FactSentence } from './read-fact';
export { compareFacts, type FactHolder } from './compare-facts';
export { relateFacts, laterOf, type FactRelation } from './relate-facts';
export { withoutWrongSenses } from './entity-sense';
export type { Fact, FactComparison, FactDifferenceKind, FactNumber, FactWhen, NoFact } from '../../model/fact';
