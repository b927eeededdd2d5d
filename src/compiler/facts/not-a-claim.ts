import { languageOf, lexicon } from './lexicon';
import { conditionalStatement, notAStatement } from './read-fact';

/** Why a page's sentence is no claim the side panel may weigh against the corpus. */
export type NotAClaim = 'not-a-statement' | 'conditional' | 'guess' | 'opinion';

/**
 * Why a sentence of a page claims nothing, or undefined when it may: it is no statement (a caption, a teaser, a
 * byline, a question), it supposes ("if …", "whether …", "إذا", "если"), or it guesses ("perhaps", "could",
 * "ربما", "возможно"). All three come from the fact reader's one lexicon (action-lexicon.json). The compiler keeps
 * a guess as a 'likely' claim, shown hedged on a card; a page's guess is not what the page says happened, so the
 * panel shows it neither as confirmed, differing nor new.
 */
export function notAClaim(sentence: string): NotAClaim | undefined {
  const text = sentence.trim();
  const lang = languageOf(text);
  if (notAStatement(text, lang) !== undefined) return 'not-a-statement';
  if (conditionalStatement(text) !== undefined) return 'conditional';
  if (lexicon().guess[lang].test(text)) return 'guess';
  if (opinionIn(text, lang)) return 'opinion';
  return undefined;
}

/** Whether the sentence tells what analysts, experts or observers think: an opinion, never a claim on a card either. */
export function opinionIn(text: string, lang = languageOf(text)): boolean {
  return lexicon().opinions[lang].some((re) => re.test(text));
}
