/**
 * A card open on a news page while the reader saves an article: once the save is reported (the popup
 * says "Saved"), the card shows the corpus with the new article, never the one before it, and so does
 * every card opened afterwards. Loads begun before the change are asked again (CardCache), and the
 * background tells tabs only after the new corpus is served (CorpusService).
 */
import { expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/model/user-article';
import { forEachBrowser, TIMEOUT, useBrowser } from '../harness/lifecycle';
import { sendRaw } from '../harness/extension-page';
import { CARD_HOST, hoverUntilCard } from '../card-helpers';
import { cardChips, ok } from './user-corpus-helpers';

// A seed article rendered as a news page: it names Latakia, as the article saved below does.
const PAGE = '/seed/000_765fff5e320db609.html';
const OUTLET = 'The Harbour Dispatch';

/** Written for this test: a report that names Latakia, al-Sharaa and Putin, as a news article would. */
const ARTICLE: ArticleInput = {
  url: 'https://harbour-dispatch.example/2025/11/latakia-crane-contract',
  title: 'Latakia port signs crane contract with Russian firm',
  outlet: OUTLET,
  date: '2025-11-06',
  text: [
    'The port authority in Latakia signed a contract on Wednesday with a Russian engineering firm to replace four cranes at the container terminal, the Syrian transport ministry said.',
    'Ahmad al-Sharaa said in Damascus that the contract was a commercial agreement and did not change the status of the Hmeimim air base, according to the presidency.',
    'A Kremlin spokesman said Vladimir Putin had been briefed on the talks and welcomed the contract, which he described as a sign of continuing cooperation.',
    'Dock workers in Latakia said the old cranes had not worked since the winter, and that ships had been unloaded by hand for months.',
  ].join('\n\n'),
};

const savedChips = (chips: string[]) => chips.filter((c) => c.includes('saved by you')).map((c) => c.split(' · ')[0]);

forEachBrowser('a card open during a save', (name) => {
  const env = useBrowser(name);

  it('shows the saved article once the save is reported, and never the corpus before it afterwards', async () => {
    const { browser, server } = env;
    const ext = await browser.openExtensionPage('options.html');
    await expect
      .poll(async () => ((await sendRaw(ext, { type: 'getStatus' })) as { result?: { backend: string; importing?: boolean } }).result, { timeout: TIMEOUT.ui })
      .toMatchObject({ backend: 'indexeddb', importing: false });

    // The card is open, with the corpus as it is before the save, and the pointer stays on the name.
    const page = await browser.open(server.url + PAGE);
    await hoverUntilCard(page, 'Latakia');
    expect(savedChips(await page.evaluateInShadow(CARD_HOST, cardChips))).toEqual([]);

    // Saved as the popup saves it; the reply is what makes the popup say "Saved".
    const reply = await ok<{ status: string }>(ext, { type: 'saveArticle', article: ARTICLE });
    expect(reply.status).toBe('added');

    // The open card follows the change by itself, within a bound.
    await expect.poll(async () => savedChips(await page.evaluateInShadow(CARD_HOST, cardChips)), { timeout: TIMEOUT.ui }).toContain(OUTLET);
    await page.screenshot('card-during-save');
    // And it stays so: a card opened again, on another tab, shows the saved article too.
    const other = await browser.open(server.url + PAGE);
    await hoverUntilCard(other, 'Latakia');
    expect(savedChips(await other.evaluateInShadow(CARD_HOST, cardChips))).toContain(OUTLET);
    expect(savedChips(await page.evaluateInShadow(CARD_HOST, cardChips))).toContain(OUTLET);
    await other.close();
    await page.close();
    await ext.close();
  });
});
