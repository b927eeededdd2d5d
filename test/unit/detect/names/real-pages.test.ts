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
    ['htmldate/globalnews-syria-turkey-assad.html', true, 76],
    ['htmldate/mk-ru-ryazan-cyrillic.html', false, 0], // a Russian local report: Путин and Москва, no Syria
    ['newspaper/cnnarabic-damascus-rebels.html', true, 13],
    ['newspaper/tpm-kobane-syria.html', true, 39],
    ['readability/breitbart/source.html', false, 0],
    ['readability/cnn/source.html', false, 0],
    ['readability/guardian-1/source.html', false, 0],
    ['readability/yahoo-2/source.html', true, 23],
    ['scrapinghub/polygraph-russia-syria-rukban.html', true, 63],
  ];
  it('decide and mark as before', async () => {
    const lines = await detectFiles(cases.map(([f]) => PAGES + f), ENTITIES);
    expect(lines.map((l) => [l.file.slice(PAGES.length), l.onTopic, l.mentions.length])).toEqual(cases);
  }, 60_000);
});
