import type { Mention } from '../../detect/types';
import type { Fact, NoFact } from '../../model/fact';
import { splitSentences } from '../sentences';
import { withoutWrongSenses } from './entity-sense';
import { firstMatch, languageOf, lexicon } from './lexicon';
import { isFact, meetingOf, notAStatement, readSentenceFact, withTopicParents, type FactEntity, type LastMeeting } from './read-fact';

/** What is known of an article beside its text. */
export interface ArticleFactsMeta {
  title?: string;
  /** ISO date of publication; without it, facts are dated `assumed` from `assumedDate` (or left undated). */
  date?: string;
  /** A date to assume when the article gives none (the day it was read): facts carry `when.source: 'assumed'`. */
  assumedDate?: string;
  /** The event the article reports (gazetteer id), when known. */
  event?: string;
}

export interface ArticleReading {
  facts: Fact[];
  /** Sentences that gave no fact, with why. */
  skipped: NoFact[];
}

/**
 * Reads every fact an article states: its text split into paragraphs and sentences, names found by the
 * detector the extension runs (`find`: text → mentions), senses checked (the State Duma is not Douma), then
 * each sentence read by `readSentenceFact`. Headlines, run-in headings (a short line without a full stop)
 * and the title repeated never give facts; "He …" continues the previous sentence's actor. Pure: the same
 * text gives the same facts, so the compiler can cache them by the article's content hash.
 */
export function readArticle(text: string, meta: ArticleFactsMeta, find: (text: string) => Mention[], entities: ReadonlyMap<string, FactEntity>): ArticleReading {
  const mentions = withoutWrongSenses(text, find(text));
  const entityOf = withTopicParents(entities);
  const facts: Fact[] = [];
  const skipped: NoFact[] = [];
  const title = meta.title ? fold(meta.title) : '';
  const date = meta.date ?? meta.assumedDate;
  let lastWho: string | undefined;
  let lastMeeting: LastMeeting | undefined;
  let m = 0;
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    const para = p[0];
    const pStart = p.index;
    const heading = !/[.!?؟…»”"]\s*$/.test(para.trim()) && para.trim().split(/\s+/).length <= 16;
    for (const [s, e] of splitSentences(para)) {
      const start = pStart + s;
      const end = pStart + e;
      const sentence = text.slice(start, end);
      while (m < mentions.length && mentions[m]!.start < start) m++;
      const inside: Mention[] = [];
      for (let k = m; k < mentions.length && mentions[k]!.start < end; k++) {
        const x = mentions[k]!;
        if (x.end <= end) inside.push({ ...x, start: x.start - start, end: x.end - start });
      }
      const never = notAStatement(sentence);
      if (never || heading || (title && fold(sentence).includes(title))) {
        skipped.push({ quote: sentence, start, end, reason: 'not-a-statement', detail: never ?? (heading ? 'a heading' : 'the headline') });
        continue;
      }
      const lang = languageOf(sentence);
      const continues = !!firstMatch(lexicon().continuation[lang], sentence.toLowerCase().slice(0, 16)) && firstMatch(lexicon().continuation[lang], sentence.toLowerCase())!.index === 0;
      const read = readSentenceFact(
        {
          text: sentence,
          offset: start,
          mentions: inside,
          ...(date ? { articleDate: date } : {}),
          dateAssumed: !meta.date,
          ...(meta.event ? { articleEvent: meta.event } : {}),
          hint: { ...(continues && lastWho ? { who: lastWho } : {}), ...(lastMeeting ? { meeting: lastMeeting } : {}) },
        },
        entityOf,
      );
      if (isFact(read)) {
        facts.push(read);
        lastWho = read.who;
        lastMeeting = meetingOf(read) ?? lastMeeting;
      } else skipped.push(read);
    }
  }
  return { facts, skipped };
}

/** The facts of an article (see `readArticle`); the side panel's entry point. */
export function readArticleFacts(text: string, meta: ArticleFactsMeta, find: (text: string) => Mention[], entities: ReadonlyMap<string, FactEntity>): Fact[] {
  return readArticle(text, meta, find, entities).facts;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[\s.,:;!?“”"'’‘—–()«»-]+/g, ' ').trim();
}
