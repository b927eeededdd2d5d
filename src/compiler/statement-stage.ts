import type { Article, Entity } from '../model/corpus-types';
import type { Fact } from '../model/fact';
import type { SentenceRef } from './link-entities';
import { readStatementFacts } from './statement-facts';
import { extractStatements, type Statement, type StatementContext } from './statements';

/**
 * One article's statements and their facts, as read in a compile. Its statements are kept as last placed (article
 * index `ai`, first sentence `first`): a compile that finds the article where it was uses them as they are, and one
 * that places it elsewhere shifts a copy into place (one copy kept, not one per compile). Facts count sentences
 * from the article's first.
 */
export interface StatementStage {
  /** What the reading depended on besides the article's text: its date and event, the agencies it names, the sentences read. */
  key: string;
  ai: number;
  first: number;
  /** Read only downstream: the next compile may hand the same objects out again. */
  statements: Statement[];
  facts: Array<[sentence: number, fact: Fact]>;
}

export interface StatementReading {
  statements: Statement[];
  /** Sentence index → the fact its statement states. */
  facts: Map<number, Fact>;
}

type Ctx = StatementContext & { entities: Map<string, Entity> };

/**
 * The statements of the selected sentences and their facts. With `stage` (per article id), an article read before
 * with the same date, event, agencies and selected sentences is not read again: reading statements and their
 * facts is most of a compile's time, and the side panel compiles the same corpus articles with every page.
 * Statements are read article by article (their references resolve within an article), so the result is the same
 * either way.
 */
export function readStatements(ctx: Ctx, selected: number[], stage?: (articleId: string) => { statements?: StatementStage } | undefined): StatementReading {
  if (!stage) {
    const statements = extractStatements(ctx, selected);
    return { statements, facts: readStatementFacts(ctx, statements) };
  }
  const firstSentence = firstSentences(ctx.sentences, ctx.articles.length);
  const statements: Statement[] = [];
  const facts = new Map<number, Fact>();
  for (let i = 0; i < selected.length; ) {
    const ai = ctx.sentences[selected[i]!]!.article;
    let j = i + 1;
    while (j < selected.length && ctx.sentences[selected[j]!]!.article === ai) j++;
    const run = selected.slice(i, j);
    i = j;
    const article: Article = ctx.articles[ai]!;
    const first = firstSentence[ai]!;
    const key = [article.date, article.dateSource ?? '', article.event ?? '', agenciesNamed(ctx, run), run.map((si) => si - first).join(',')].join('\n');
    const entry = stage(article.id);
    if (entry && entry.statements?.key !== key) {
      const read = extractStatements(ctx, run);
      const readFacts = readStatementFacts(ctx, read);
      entry.statements = { key, ai, first, statements: read, facts: [...readFacts].map(([si, f]) => [si - first, f]) };
    }
    if (entry?.statements) {
      const kept = entry.statements;
      if (kept.ai !== ai || kept.first !== first) {
        const shift = first - kept.first;
        kept.statements = kept.statements.map((st) => ({ ...st, sentence: st.sentence + shift, article: ai }));
        kept.ai = ai;
        kept.first = first;
      }
      for (const st of kept.statements) statements.push(st);
      for (const [si, f] of kept.facts) facts.set(si + first, f);
    } else {
      const read = extractStatements(ctx, run);
      statements.push(...read);
      for (const [si, f] of readStatementFacts(ctx, read)) facts.set(si, f);
    }
  }
  return { statements, facts };
}

/**
 * The agencies a run of sentences can credit: those of `ctx.agencyNames` that one of its mentions spells or names
 * (what `readStatement` asks of it, nothing more). An agency another article cites (a save, an import) leaves the
 * statements of an article that never names it as they were.
 */
function agenciesNamed(ctx: Ctx, run: readonly number[]): string {
  const named = new Set<string>();
  for (const si of run) {
    const sentence = ctx.sentences[si]!;
    const text = ctx.articles[sentence.article]!.text;
    for (const m of sentence.mentions) {
      const spelled = text.slice(m.start, m.end).toLowerCase();
      if (ctx.agencyNames.has(spelled)) named.add(spelled);
      const name = ctx.entities.get(m.entityId)?.name.toLowerCase();
      if (name !== undefined && ctx.agencyNames.has(name)) named.add(name);
    }
  }
  return [...named].sort().join('|');
}

/** The index of each article's first sentence (sentences come article by article, in order). */
function firstSentences(sentences: readonly SentenceRef[], articles: number): number[] {
  const first = new Array<number>(articles).fill(-1);
  sentences.forEach((s, i) => {
    if (first[s.article] === -1) first[s.article] = i;
  });
  return first;
}
