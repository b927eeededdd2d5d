// Claim headlines in the reader's language (issue 21): with the browser in Arabic or Russian, the card of
// Ahmad al-Sharaa on an English seed report heads each claim merged on a fact with a headline written from
// the fact through the extension's catalogue, in the interface language, and shows the sources' own words
// beneath, verbatim and in English; the event a claim is set in and an unnamed outlet are said in that language too. Screenshots: test-results/screenshots/facts-card-<lang>-<browser>.png.
import { describe, expect, it } from 'vitest';
import { forEachBrowser, useBrowser } from './harness/lifecycle';
import { CARD_HOST, hoverUntilCard } from './card-helpers';
import { inLanguage } from './interface-language';

const SEED = '/seed/000_765fff5e320db609.html';

const CASES = [
  { lang: 'ar', dir: 'rtl', who: 'أحمد الشرع', act: 'التزام باحترام الاتفاقات السابقة', identification: 'رئيس الدولة السورية.' },
  { lang: 'ru', dir: 'ltr', who: 'Ахмед аш-Шараа', act: 'обязательство соблюдать прежние соглашения', identification: 'Глава сирийского государства.' },
] as const;

forEachBrowser('claim headlines from facts', (name) => {
  for (const want of CASES) {
    describe(`browser in ${want.lang}`, () => {
      const env = useBrowser(name, inLanguage(name, want.lang));
      it(`heads al-Sharaa's claims in ${want.lang}, with the English quotes verbatim beneath`, async () => {
        const page = await env.browser.open(env.server.url + SEED);
        await hoverUntilCard(page, 'al-Sharaa');
        const shown = await page.evaluateInShadow(CARD_HOST, (found) => {
          const root = found!;
          return {
            cardLang: root.querySelector('.card')!.getAttribute('lang'),
            headlines: [...root.querySelectorAll('.claim-headline')].map((h) => ({ text: h.textContent ?? '', lang: h.getAttribute('lang') })),
            quotes: [...root.querySelectorAll('.claim-quote q')].map((q) => ({ text: q.textContent ?? '', lang: q.getAttribute('lang'), dir: q.getAttribute('dir') })),
            pageText: document.body.innerText.replace(/\s+/g, ' '),
            heading: { text: root.querySelector('h2')!.textContent, lang: root.querySelector('h2')!.getAttribute('lang') },
            identification: { text: root.querySelector('.desc-text')?.textContent, lang: root.querySelector('.desc-text')?.getAttribute('lang') },
            variantLabels: root.querySelectorAll('.variant-label').length,
            whens: [...root.querySelectorAll('.when')].map((w) => w.textContent ?? ''),
            chips: [...root.querySelectorAll('.chip')].map((c) => `${c.textContent ?? ''} ${c.getAttribute('aria-label') ?? ''}`),
            differNotes: [...root.querySelectorAll('.differ-note')].map((n) => ({ text: n.textContent ?? '', lang: n.getAttribute('lang') })),
            // The card's own words: without what is marked as in another language, and names isolated in labels.
            ownWords: (() => {
              const clone = root.querySelector('.card')!.cloneNode(true) as Element;
              const ui = clone.getAttribute('lang');
              for (const el of [...clone.querySelectorAll('[lang]')]) if (el.getAttribute('lang') !== ui) el.remove();
              const attrs = [...clone.querySelectorAll('*')].flatMap((el) => ['title', 'aria-label'].map((a) => el.getAttribute(a) ?? ''));
              return [clone.textContent ?? '', ...attrs].join(' ').replace(/\u2068[^\u2069]*\u2069/g, ' ');
            })(),
          };
        });
        // The heading and Backstory's identification are in the reader's language too.
        expect(shown.heading).toEqual({ text: want.who, lang: want.lang });
        expect(shown.identification).toEqual({ text: want.identification, lang: want.lang });
        // The event a claim is set in is named in the reader's language (the gazetteer's label), and an article that
        // names no outlet is "unnamed outlet citing Reuters" in the reader's words, not in English.
        expect(shown.whens.length).toBeGreaterThan(0);
        for (const w of shown.whens) expect(w).not.toMatch(/[A-Za-z]{3,}/);
        expect(shown.chips.some((c) => /Reuters/.test(c))).toBe(true);
        for (const c of shown.chips) expect(c).not.toMatch(/unnamed|outlet|citing/);
        // Differences: the kind and what it means in the reader's words, never the corpus's English labels.
        expect(shown.variantLabels).toBe(0);
        for (const n of shown.differNotes) expect(n.lang).toBeNull();
        // No English word is left in the card's own words (Backstory is the product's name, Esc a key's, both in the catalogue).
        expect(shown.ownWords.replace(/Backstory|\bEsc\b/g, '').match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
        expect(shown.cardLang).toBe(want.lang);
        expect(shown.headlines.length).toBeGreaterThan(0);
        for (const h of shown.headlines) {
          expect(h.lang).toBe(want.lang);
          expect(h.text).toContain(`${want.who}:`);
          // Written from the fact in the interface language: no English sentence in the headline.
          expect(h.text).not.toMatch(/\b(?:the|and|said|with)\b/);
        }
        expect(shown.headlines.map((h) => h.text)).toContainEqual(expect.stringContaining(want.act));
        // The sources' own words stay in English, verbatim: one of them is this very page's sentence.
        expect(shown.quotes.length).toBeGreaterThan(0);
        for (const q of shown.quotes) expect(q).toMatchObject({ lang: 'en', dir: 'auto' });
        expect(shown.quotes.some((q) => shown.pageText.includes(q.text.replace(/\s+/g, ' ')))).toBe(true);
        await page.screenshot(`facts-card-${want.lang}`);
        await page.close();
      });
    });
  }
});
