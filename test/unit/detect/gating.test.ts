import { describe, expect, it } from 'vitest';
import type { MatcherEntity } from '../../../src/model/corpus-types';
import { compileMatcherData } from '../../../src/detect/compile';
import { MIN_SIDE_SIGNALS, detectInText, isOnTopic } from '../../../src/detect/gating';
import { createMatcher } from '../../../src/detect/matcher';
import { FIXTURE_ENTITIES } from './fixture-entities';

const data = compileMatcherData(FIXTURE_ENTITIES);
const matcher = createMatcher(data);
const byId = new Map<string, MatcherEntity>(FIXTURE_ENTITIES.map((e) => [e.id, e]));

const detect = (text: string) => detectInText(text, matcher, data);
const marked = (text: string): string[] => detect(text).mentions.map((m) => text.slice(m.start, m.end));

describe('detectInText: off-topic pages mark nothing', () => {
  it('a tennis report with Novak Djokovic', () => {
    const text =
      'Novak Djokovic beat Carlos Alcaraz in Paris. Djokovic, who trains in Monte Carlo, said Novak ' +
      'never doubted. Новак Джокович выиграл. Sanctions were not mentioned; wheat prices were.';
    const r = detect(text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions).toEqual([]);
    // The matcher itself did see the names: gating is what drops them.
    expect(matcher.findAll(text).map((m) => m.entityId)).toContain('alexander-novak');
  });

  it('a travel piece on Tartu in Estonia', () => {
    const r = detect('Tartu is Estonia’s second city. The Tartu Ülikool and Tartuse linn host visitors from Russia.');
    expect(r).toEqual({ onTopic: false, mentions: [] });
  });

  it('a pipe-tobacco review of Latakia blends', () => {
    const text = 'This English mixture is heavy on Latakia. Latakia leaf is fire-cured; Assad Tobacco sells it in Moscow and Russia.';
    expect(detect(text)).toEqual({ onTopic: false, mentions: [] });
  });

  it('Putin and Ukraine with no Syria', () => {
    const text =
      'Vladimir Putin met advisers in the Kremlin. Russia pressed its offensive in Ukraine as Moscow ' +
      'faced new sanctions. Putin said Russia would not yield. Kremlin officials declined to comment.';
    const r = detect(text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions).toEqual([]);
  });

  it('a Russia page with a single Syria in a sidebar', () => {
    const text =
      'Putin addressed the Duma. Russia and the Kremlin... Moscow sanctions...\nRelated: Syria ceasefire holds\n' +
      'Putin later travelled.';
    expect(detect(text).onTopic).toBe(false);
  });

  it('an ambiguous alias never counts as a signal', () => {
    // Assad twice (ambiguous) + Russia twice: the sy side has no unambiguous signal.
    expect(detect('Assad and Assad again; Russia, Russia.').onTopic).toBe(false);
  });
});

describe('detectInText: on-topic pages', () => {
  it('a specific entity named through a non-ambiguous alias marks everything', () => {
    const text = 'Putin received al-Sharaa. Novak discussed wheat shipments; Assad was not mentioned by Latakia officials.';
    const r = detect(text);
    expect(r.onTopic).toBe(true);
    expect(marked(text)).toEqual(['Putin', 'al-Sharaa', 'Novak', 'wheat shipments', 'Assad', 'Latakia']);
  });

  it(`two sides with at least ${MIN_SIDE_SIGNALS} signals each`, () => {
    const text = 'Syria and Russia talk. Damascus hopes Moscow will help. Sanctions on Syria remain.';
    expect(detect(text).onTopic).toBe(true);
    expect(marked(text)).toEqual(['Syria', 'Russia', 'Damascus', 'Moscow', 'Sanctions', 'Syria']);
    // One signal short on the Russian side: off.
    expect(detect('Syria and Russia talk. Damascus hopes for help.').onTopic).toBe(false);
  });

  it('works in Russian and Arabic', () => {
    const ru = 'Путин принял аш-Шараа в Кремле. Речь шла о базе в Хмеймиме.';
    expect(detect(ru).onTopic).toBe(true);
    expect(marked(ru)).toEqual(['Путин', 'аш-Шараа', 'Кремле', 'Хмеймиме']);
    const ar = 'التقى بوتين بالرئيس السوري في موسكو وبحثا مستقبل قاعدة حميميم';
    expect(marked(ar)).toEqual(['بوتين', 'موسكو', 'حميميم']);
  });

  it('isOnTopic accepts a Map of entities as well as the compiled data', () => {
    const mentions = matcher.findAll('Tartus and Putin');
    expect(isOnTopic(mentions, byId)).toBe(isOnTopic(mentions, data));
    expect(isOnTopic(matcher.findAll('Putin'), byId)).toBe(false);
  });

  it('a specific entity whose only alias here is ambiguous does not switch the page on', () => {
    // "Latakia" (ambiguous) is the specific Latakia entity; "اللاذقية" (not ambiguous) is.
    expect(detect('Latakia and Putin').onTopic).toBe(false);
    expect(detect('اللاذقية and Putin').onTopic).toBe(true);
  });
});
