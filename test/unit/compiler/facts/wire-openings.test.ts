import { beforeAll, describe, expect, it } from 'vitest';
import { notAStatement } from '../../../../src/compiler/facts/read-fact';
import { goldReader, sentenceArticles, type GoldReader } from './gold-reader';

/**
 * How a wire report opens: "MOSCOW (AP) —" files the report (its "(AP)" is no photo credit), a title set off by
 * commas is the person's ("Syria's interim president, Ahmed al-Sharaa,"), and "The meeting lasted …" later on is
 * that meeting. Read otherwise, the report's main fact was lost and the meeting was "the Syrian side's". Texts
 * written for this test.
 */
const OPENING = "MOSCOW (AP) — Syria's interim president, Ahmed al-Sharaa, held talks with Russian President Vladimir Putin in the Kremlin on Wednesday.";

let read: GoldReader['read'];
beforeAll(async () => {
  ({ read } = await goldReader(sentenceArticles([['en', `${OPENING}\nThe meeting lasted about three hours, Syrian state media reported.`]])));
});

describe('a wire report’s opening', () => {
  it('takes a dateline with its agency for a dateline, in any case of letters, and a photo credit still for none', () => {
    expect(notAStatement(OPENING)).toBeUndefined();
    expect(notAStatement('Moscow (Reuters) - Russia and Syria discussed the future of the Russian bases on Wednesday.')).toBeUndefined();
    expect(notAStatement('Ahmad al-Sharaa arrives at the Kremlin (AP Photo/Pool)')).toBeDefined();
  });

  it('reads the meeting as al-Sharaa’s with Putin, and “The meeting lasted …” as the same meeting', () => {
    const meetings = read('case-0').facts.filter((f) => f.action === 'meet');
    expect(meetings).toHaveLength(2);
    for (const f of meetings) {
      expect(f.who).toBe('ahmad-al-sharaa');
      expect(f.whom).toContain('vladimir-putin');
    }
    expect(meetings[1]!.numbers).toEqual([expect.objectContaining({ value: 3, unit: 'hour' })]);
  });
});
