import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, run } from './run-cli';
import type { CardData } from '../../../src/model/corpus-types';


describe('backstory CLI', () => {
  let corpusFile: string;
  beforeAll(async () => {
    // Compile once through the same path the CLI uses, then reuse it via --corpus to keep the suite quick,
    // in the shape the extension ships (extension/corpus.json: article texts left out).
    const { compileCorpus } = await import('../../../src/compiler/compile-fs');
    const { shippedBundle } = await import('../../../src/compiler');
    corpusFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'backstory-cli-')), 'corpus.json');
    writeFileSync(corpusFile, JSON.stringify(shippedBundle(await compileCorpus(path.join(root, 'seeds')))));
  });

  it.each(['hmeimim', 'Khmeimim', 'حميميم', 'Хмеймим'])('card %s prints the Hmeimim air base with sourced claims', async (alias) => {
    const { code, out } = await run('card', alias, '--corpus', corpusFile);
    expect(code).toBe(0);
    const card = JSON.parse(out) as CardData;
    expect(card.entity.name).toBe('Hmeimim air base');
    expect(card.claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of card.claims) {
      expect(claim.sources.length).toBeGreaterThan(0);
      for (const s of claim.sources) expect(s.outlet).not.toBe('');
      // Agreement counts independent origins, never more than the outlets that carry the claim.
      expect(claim.agreement.count).toBe(claim.origins!.length);
      expect(claim.agreement.count).toBeLessThanOrEqual(new Set(claim.sources.map((s) => s.articleId)).size);
    }
  });

  it('card --explain prints each claim with its sources and why each supports it', async () => {
    const { code, out } = await run('card', 'hmeimim', '--explain', '--corpus', corpusFile);
    expect(code).toBe(0);
    expect(out).toMatch(/^Hmeimim air base \(installation, hmeimim-air-base\)\n  Backstory's identification: /);
    expect(out).toMatch(/\nClaim 1 \[[^\]]+\]\n  “[^\n]+”\n  \d+ independent origins?: /);
    expect(out).toContain('· same event: ');
    expect(out).toContain('· content: ');
  });

  it('card --explain prints each claim’s fact; --lang prints its headline in that language, quotes verbatim', async () => {
    const explained = (await run('card', 'al-sharaa', '--explain', '--corpus', corpusFile)).out;
    expect(explained).toMatch(/\n  Fact: Ahmad al-Sharaa · honour-agreements · [^\n]*reported\n/);
    expect(explained).toContain('credited origin:');
    const ar = (await run('card', 'al-sharaa', '--lang', 'ar', '--corpus', corpusFile)).out;
    expect(ar).toContain('• أحمد الشرع: التزام باحترام الاتفاقات السابقة');
    expect(ar).toContain('“Sharaa told Putin that Syria respects all existing agreements with Russia');
    const ru = (await run('card', 'al-sharaa', '--lang', 'ru', '--corpus', corpusFile)).out;
    expect(ru).toContain('• Ахмед аш-Шараа: обязательство соблюдать прежние соглашения');
    expect((await run('card', 'al-sharaa', '--lang', 'fr', '--corpus', corpusFile)).code).toBe(2);
  });

  it('card al-sharaa shows the differing titles and which source uses which', async () => {
    const card = JSON.parse((await run('card', 'al-sharaa', '--corpus', corpusFile)).out) as CardData;
    const titles = card.differences.find((d) => /title/i.test(d.facet ?? ''));
    expect(titles?.variants?.map((v) => v.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^President$/i), expect.stringMatching(/interim/i), expect.stringMatching(/acting/i)]),
    );
    const acting = titles?.variants?.find((v) => /acting/i.test(v.label));
    expect(acting?.sources.map((s) => s.articleId)).toEqual(['002_12b1d7691e41a902']);
  });

  it('search Хмеймим and Tartos put the Hmeimim and Tartus passages first', async () => {
    const hmeimim = JSON.parse((await run('search', 'Хмеймим', '--corpus', corpusFile)).out);
    expect(hmeimim.results.length).toBeGreaterThan(0);
    expect(hmeimim.results[0].passage).toMatch(/Hmeimim|Khmeimim/);
    const tartus = JSON.parse((await run('search', 'Tartos', '--limit', '3', '--corpus', corpusFile)).out);
    expect(tartus.results).toHaveLength(3);
    for (const r of tartus.results) expect(r.passage).toMatch(/Tartus|Tartous/);
  });

  it('detect prints one JSON line per file with exact substrings', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-detect-'));
    const text = path.join(dir, 'a.txt');
    writeFileSync(text, 'Russia kept the Khmeimim air base near Latakia, Syria.');
    const tennis = path.join(dir, 'b.html');
    writeFileSync(tennis, '<p>Novak Djokovic beat Putintseva in Tartu.</p>');
    const { code, out } = await run('detect', text, tennis, '--corpus', corpusFile);
    expect(code).toBe(0);
    const [a, b] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.onTopic).toBe(true);
    const source = 'Russia kept the Khmeimim air base near Latakia, Syria.';
    for (const m of a.mentions) expect(source.slice(m.start, m.end)).toBe(m.text);
    expect(a.mentions.map((m: { entity: string }) => m.entity)).toContain('hmeimim-air-base');
    expect(b).toMatchObject({ onTopic: false, mentions: [] });
  });

  it('refuses bad usage with exit code 2 and says why', async () => {
    expect(await run('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command') });
    expect(await run('search', 'x', '--limit', '0', '--corpus', corpusFile)).toMatchObject({ code: 2 });
    expect(await run('card', 'no such thing at all', '--corpus', corpusFile)).toMatchObject({ code: 1, err: expect.stringContaining('no entity') });
  });
});
