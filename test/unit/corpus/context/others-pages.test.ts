import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../../src/compiler';
import { pageInputOf, type PageInput } from '../../../../src/corpus/context/page-input';
import { readPageInContext } from '../../../../src/corpus/context/read-page-in-context';
import { createMemorySource } from '../../../../src/corpus/memory-source';
import { extractArticle } from '../../../../src/extract/extract-article';
import ar from '../../../../src/locales/ar/messages.json';
import { useCatalogue } from '../../../../src/shared/i18n';
import { claimLineText } from '../../../../src/shared/ui/page-context-words';
import { seedFiles } from '../../compiler/seed-files';

const root = path.resolve(__dirname, '../../../..');
const page = (file: string): PageInput =>
  pageInputOf(extractArticle(parseHTML(readFileSync(path.join(root, 'test/pages', file), 'utf8')).document as unknown as Document, `https://example.org/${file}`));
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The page read against the seed corpus, as the panel reads it. */
async function inContext(input: PageInput) {
  const files = await seedFiles();
  return readPageInContext(input, { seedFiles: files, source: createMemorySource(shippedBundle(compileCorpusFromFiles(files))) });
}

/** Pages as others write them (pages written for this test): older than the corpus, hedged, with teasers, in Arabic. */
describe('the panel on pages written by others', () => {
  it('takes no condition, guess, teaser, question or byline for a claim, and sets a 2019 page against nothing of 2025', async () => {
    const ctx = await inContext(page('panel-dispatch-2019.html'));
    expect(ctx.status).toBe('article');
    const quotes = ctx.claims.map((c) => c.sentence.quote);
    expect(quotes.some((q) => /struck three villages/.test(q))).toBe(true);
    for (const words of [/^If the offensive/, /^Perhaps Moscow/, /^2:41 Watch/, /^Will the talks/, /^By Nadia Kerr/]) expect(quotes.some((q) => words.test(q))).toBe(false);
    // The meeting in Sochi of 2019 is not the Kremlin talks of 2025: neither confirmed nor contradicted by them.
    const sochi = ctx.claims.find((c) => /met Vladimir Putin in Sochi/.test(c.sentence.quote));
    expect(sochi?.standing).toBe('new');
    for (const c of ctx.claims) {
      expect(c.when === undefined || c.when.date <= '2019-11-20').toBe(true);
      for (const s of c.sources) expect(s.date <= '2019-11-20').toBe(true);
    }
    // What the corpus reports of 2024 and 2025 is nothing a page of 2019 left out.
    for (const group of ctx.leftOut) for (const c of group.claims) expect(c.sources.some((s) => s.date <= '2019-11-20')).toBe(true);
  }, 60_000);

  it('writes an Arabic page’s claims in its own words, never a corpus sentence, and in Arabic for an Arabic reader', async () => {
    const input = page('panel-arabic.html');
    const ctx = await inContext(input);
    const text = flat(input.text);
    expect(ctx.claims.some((c) => c.standing === 'confirmed')).toBe(true);
    for (const c of ctx.claims) {
      // The page's words: a resolved "[Name]" aside, every part of the text is on the page.
      for (const part of c.text.split(/\[[^\]]*\]/).map(flat).filter(Boolean)) expect(text).toContain(part);
      expect(c.text).not.toMatch(/[A-Za-z]{4,}/);
    }
    useCatalogue('ar', ar);
    for (const c of ctx.claims) expect(claimLineText(c)).not.toMatch(/[A-Za-z]{4,}/);
  }, 60_000);

  it('reads an Arabic wire report as the corpus reads its English twins: a dateline is no actor, "since the fall" no date, talks as the subject are both sides', async () => {
    const ctx = await inContext(page('panel-arabic-wire.html'));
    const line = (re: RegExp) => ctx.claims.find((c) => re.test(c.sentence.quote));
    // "موسكو - التقى …": Moscow filed the report; al-Sharaa met Putin at the talks of 15 October (not "since the fall of Assad").
    expect(line(/التقى الرئيس السوري/)?.standing).toBe('confirmed');
    expect(line(/التقى الرئيس السوري/)?.when?.id).toBe('kremlin-talks-2025-10-15');
    expect(line(/التقى الرئيس السوري/)?.text.startsWith('موسكو')).toBe(false);
    // "واستمرت المحادثات …، وتناولت مستقبل قاعدة حميميم …": the sides discussed the bases, as "Talks covered …" says.
    expect(line(/وتناولت مستقبل قاعدة حميميم/)?.standing).toBe('confirmed');
    // "سوريا تحترم كل الاتفاقيات السابقة": the pledge the corpus holds from two outlets.
    expect(line(/تحترم كل الاتفاقيات/)?.standing).toBe('confirmed');
    // "وربما …": a guess claims nothing.
    expect(line(/وربما/)).toBeUndefined();
    // "وقالت مصادر لرويترز": what Reuters was told is Reuters' report, the origin the corpus's English twin credits.
    const request = line(/وقالت مصادر لرويترز/);
    expect(request?.fact?.credit).toBe('reuters');
    expect(request?.standing).toBe('confirmed');
  }, 60_000);

  it('reads a Russian wire report against the English corpus: the meeting told the other way round, the bases, Novak’s offer of help, the pledge', async () => {
    const ctx = await inContext(page('panel-russian-wire.html'));
    const standing = (re: RegExp) => ctx.claims.find((c) => re.test(c.sentence.quote))?.standing;
    expect(standing(/Путин провел в Кремле переговоры/)).toBe('confirmed');
    expect(standing(/Стороны обсудили будущее/)).toBe('confirmed');
    // "Россия готова помочь Сирии" is GlobalPost's "Russia was willing to assist Syria": one offer of help, not a new fact.
    expect(standing(/Новак сообщил, что Россия готова помочь/)).toBe('confirmed');
    expect(standing(/уважает все прежние соглашения/)).toBe('confirmed');
    // "Возможно, …" is a guess; the photo credit and the "Читайте также" teaser are no statements.
    for (const re of [/^Возможно/, /©/, /^Читайте также/]) expect(standing(re)).toBeUndefined();
  }, 60_000);

  it('reads “The talks lasted three hours” as the meeting the page reported before it, and what a deputy said of the talks as no fact', async () => {
    const ctx = await inContext(page('panel-talks-followup.html'));
    const line = (re: RegExp) => ctx.claims.find((c) => re.test(c.sentence.quote));
    const lasted = line(/^The talks lasted three hours/);
    expect(lasted?.fact).toMatchObject({ who: 'vladimir-putin', action: 'meet', whom: expect.arrayContaining(['ahmad-al-sharaa']) });
    // Three hours against the corpus's two and a half: the same talks, told differently, not a new fact.
    expect(lasted?.standing).not.toBe('new');
    expect(lasted?.sources.length).toBeGreaterThan(0);
    expect(line(/deputy said the talks were useful/)?.fact).toBeUndefined();
    // "Syrian officials told Reuters that al-Sharaa had asked …": the officials speak, al-Sharaa asks, Reuters is the origin.
    expect(line(/told Reuters/)?.fact).toMatchObject({ who: 'ahmad-al-sharaa', action: 'extradite', request: 'ask', credit: 'reuters' });
    expect(line(/told Reuters/)?.standing).toBe('confirmed');
  }, 60_000);

  it('takes an Arabic page’s observers for an opinion, and Putin’s “ready to support reconstruction” for Russia’s offer of help the corpus holds', async () => {
    const ctx = await inContext(page('panel-arabic.html'));
    const line = (re: RegExp) => ctx.claims.find((c) => re.test(c.sentence.quote));
    expect(line(/ويرى مراقبون/)).toBeUndefined();
    const offer = line(/مستعدة لدعم إعادة الإعمار/);
    expect(offer?.standing).toBe('confirmed');
    expect(offer?.sources.map((s) => s.outlet)).toEqual(['GlobalPost']);
  }, 60_000);
});
