import type { Article, Entity } from '../model/corpus-types';
import type { Fact } from '../model/fact';
import { actionById } from './facts/lexicon';
import { isFact, meetingOf, readSentenceFact, sideOf, withTopicParents, type FactHint, type LastMeeting } from './facts/read-fact';
import type { SentenceRef } from './link-entities';
import type { Statement } from './statements';

/**
 * Per article: the fact each statement states, read by the fact reader with what the statement reading
 * already resolved (its agent, through pronouns and roles; its event and date). Plain data, a function of
 * the article's text and the gazetteer only, so it can be cached by the article's content hash.
 */
export function readStatementFacts(ctx: { articles: Article[]; sentences: SentenceRef[]; entities: Map<string, Entity> }, statements: Statement[]): Map<number, Fact> {
  const out = new Map<number, Fact>();
  const entityOf = withTopicParents(ctx.entities);
  const orgByName = new Map<string, string>();
  for (const e of ctx.entities.values()) if (e.type === 'organisation') orgByName.set(e.name.toLowerCase(), e.id);
  // The meeting an article last reported, for its later "The talks lasted three hours".
  let lastMeeting: LastMeeting | undefined;
  let meetingIn = -1;
  for (const statement of statements) {
    if (statement.notAClaim) continue;
    const ref = ctx.sentences[statement.sentence]!;
    const article = ctx.articles[statement.article]!;
    const text = article.text.slice(ref.start, ref.end);
    const mentions = ref.mentions.map((m) => ({ ...m, start: m.start - ref.start, end: m.end - ref.start }));
    const event = ctx.entities.get(statement.when.id)?.type === 'event' ? statement.when.id : undefined;
    if (statement.article !== meetingIn) [lastMeeting, meetingIn] = [undefined, statement.article];
    const hint: FactHint = lastMeeting ? { meeting: lastMeeting } : {};
    const agent = statement.agent ?? (statement.agentKey.startsWith('side:') ? statement.agentKey : undefined);
    if (agent) hint.who = agent;
    if (event) hint.event = event;
    if (statement.when.date) hint.date = statement.when.date;
    const read = readSentenceFact({ text, offset: ref.start, mentions, articleDate: article.date, dateAssumed: article.dateSource === 'assumed', hint }, entityOf);
    if (!isFact(read)) continue;
    // The statement reading resolves English pronouns, roles and joint subjects; where it named the agent, it
    // wins — but talks are both sides', a position is its speaker's, and a state's act is its side's.
    const act = actionById(read.action);
    // A country acting is its side.
    // Not when the agent it named is what the fact reader found the act done to ("Moscow refused to hand Assad over").
    if (agent && !act?.symmetric && !act?.stance && !read.whom.includes(agent)) {
      const stateAct = act?.stateAct || (act?.stateActWhenDone && !read.request);
      read.who = stateAct || entityOf(agent)?.type === 'place' ? (sideOf(agent, entityOf) ?? agent) : agent;
    }
    if (statement.agency && !read.credit) {
      const org = orgByName.get(statement.agency.toLowerCase());
      if (org) read.credit = org;
    }
    out.set(statement.sentence, read);
    lastMeeting = meetingOf(read) ?? lastMeeting;
  }
  return out;
}
