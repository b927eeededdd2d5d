import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../src/corpus/context/page-context';
import { root, run } from './run-cli';

const NEWS = path.join(root, 'test/pages/panel-news.html');

/**
 * `npx backstory context` on the panel's test page, which repeats two facts of the seed corpus about the Kremlin
 * talks, contradicts one (the day), adds one (engineers for Latakia's silos) and leaves out the corpus's
 * best-supported fact about the talks (the assurances about the former regime's forces).
 */
describe('backstory context', () => {
  let json: PageContext;

  it('prints what the panel shows as JSON: each claim in its section, with the page sentence and the corpus sources', async () => {
    const { code, out } = await run('context', NEWS, '--json');
    expect(code).toBe(0);
    json = JSON.parse(out) as PageContext;
    expect(json.status).toBe('article');
    expect(json.page).toMatchObject({ title: 'Al-Sharaa asks Moscow for help with a new army', outlet: 'The Harbour Courier', date: '2025-10-16', eventId: 'kremlin-talks-2025-10-15', inCorpus: null });
    const line = (words: RegExp) => json.claims.find((c) => words.test(c.sentence.quote));

    const army = line(/rebuilding Syria’s new national army/)!;
    const police = line(/redeploying Russian military police/)!;
    for (const confirmed of [army, police]) {
      expect(confirmed.standing).toBe('confirmed');
      expect(confirmed.sources.length).toBeGreaterThanOrEqual(2);
      expect(confirmed.sources.every((s) => s.articleId !== json.page.articleId)).toBe(true);
      expect(confirmed.origins.map((o) => o.name)).toContain('Reuters');
    }
    const day = line(/took place on October 14/)!;
    expect(day.standing).toBe('differs');
    expect(day.difference?.kind).toBe('contradiction');
    expect(day.sources.some((s) => /October 15/.test(s.quote))).toBe(true);

    const added = line(/team of engineers/)!;
    expect(added.standing).toBe('new');
    expect(added.sources).toEqual([]);
    // Every line names its sentence of the page, verbatim, and the paragraph it is in.
    for (const c of json.claims) expect(c.sentence.quote.length).toBeGreaterThan(10);
    expect(army.sentence.paragraph).toBe(2);

    // The corpus's best-supported fact about the talks that the page leaves out is listed, best supported first.
    const talks = json.leftOut.find((g) => g.entity.id === 'kremlin-talks-2025-10-15')!;
    const assurances = talks.claims.find((c) => /would not rearm remnants of the former regime/.test(c.text));
    // Seed 000 (Syrian sources via Reuters), bne (SANA) and GlobalPost (a Syrian source): one fact, three origins.
    expect(assurances?.origins?.length).toBe(3);
    const support = talks.claims.map((c) => c.origins?.length ?? 0);
    expect(support).toEqual([...support].sort((a, b) => b - a));
    // First: Putin affirming the ties, told by France 24 (via GlobalPost), Zamin, bne and Reuters (via seed 000).
    expect(support[0]).toBe(4);
    // Nothing the page states is listed as left out.
    expect(json.leftOut.flatMap((g) => g.claims).some((c) => /new national army|redeploying Russian police/.test(c.text))).toBe(false);

    expect(json.names.map((n) => n.id)).toEqual(expect.arrayContaining(['ahmad-al-sharaa', 'vladimir-putin', 'kremlin-talks-2025-10-15']));
    const sharaa = json.names.find((n) => n.id === 'ahmad-al-sharaa')!;
    expect(sharaa.description).not.toBe('');
    expect(sharaa.timeline.length).toBeGreaterThan(0);
  }, 60_000);

  it('prints the same as text in the reader’s language, right words in Arabic and Russian', async () => {
    const en = await run('context', NEWS);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/\[Confirmed\] .*new national army/);
    expect(en.out).toMatch(/\[Differs\] The talks at the Kremlin took place on October 14/);
    expect(en.out).toMatch(/\[New\] Russia agreed to send a team of engineers/);
    expect(en.out).toContain('## What it leaves out');
    const ar = await run('context', NEWS, '--lang', 'ar');
    expect(ar.out).toContain('## ما يقوله المقال');
    expect(ar.out).toContain('[مؤكَّد]');
    // Page and corpus text stay as written.
    expect(ar.out).toContain('Russia agreed to send a team of engineers');
    const ru = await run('context', NEWS, '--lang', 'ru');
    expect(ru.out).toContain('[Расходится]');
    expect(await run('context', NEWS, '--lang', 'fr')).toMatchObject({ code: 2 });
  }, 120_000);

  it('shows only names, and says so, for a page that is not an article', async () => {
    const { out } = await run('context', path.join(root, 'test/pages/panel-front.html'), '--json');
    const ctx = JSON.parse(out) as PageContext;
    expect(ctx.status).toBe('not-article');
    expect(ctx.claims).toEqual([]);
    expect(ctx.leftOut).toEqual([]);
    expect(ctx.names.length).toBeGreaterThan(0);
  }, 60_000);
});
