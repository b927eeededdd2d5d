/**
 * The shared real pages with the shipped gazetteer: the same results as before the evidence, sense,
 * section and coreference rules (figures taken from `npx backstory detect` on the base commit), and
 * the Russian local report still marks nothing. Pages are read from ../shared/pages, never copied in.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFiles } from '../../../../src/cli/commands/detect';
import { ENTITIES } from './real-gazetteer';

const PAGES = fileURLToPath(new URL('../../../../../shared/pages/', import.meta.url));

describe.skipIf(!existsSync(PAGES))('real pages with the shipped gazetteer', () => {
  const cases: Array<[page: string, onTopic: boolean, marks: number]> = [
    ['htmldate/globalnews-syria-turkey-assad.html', true, 75], // 76 until Assad's army of 2020 stopped being the new Syrian army
    ['htmldate/mk-ru-ryazan-cyrillic.html', false, 0], // a Russian local report: Путин and Москва, no Syria
    ['newspaper/cnnarabic-damascus-rebels.html', true, 13],
    ['newspaper/tpm-kobane-syria.html', true, 39],
    ['readability/breitbart/source.html', false, 0],
    ['readability/cnn/source.html', false, 0],
    ['readability/guardian-1/source.html', false, 0],
    ['readability/yahoo-2/source.html', true, 24],
    ['scrapinghub/polygraph-russia-syria-rukban.html', true, 61], // 63 until the Free Syrian Army and a hacker's extradition stopped counting
  ];
  it('decide and mark as before', async () => {
    const lines = await detectFiles(cases.map(([f]) => PAGES + f), ENTITIES);
    expect(lines.map((l) => [l.file.slice(PAGES.length), l.onTopic, l.mentions.length])).toEqual(cases);
  }, 60_000);

  it('give no card of the new Syrian army or of Assad\'s extradition to the army of the war, the Free Syrian Army or a hacker', async () => {
    const lines = await detectFiles(['htmldate/globalnews-syria-turkey-assad.html', 'scrapinghub/polygraph-russia-syria-rukban.html'].map((f) => PAGES + f), ENTITIES);
    for (const l of lines) expect(l.mentions.filter((m) => m.entity === 'new-syrian-army' || m.entity === 'assad-extradition'), l.file).toEqual([]);
  }, 60_000);
});
