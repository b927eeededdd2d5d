import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, sharedDir } from '../../../src/tooling/project-root.mjs';
import { bodyOf, seedBundle, seedFiles } from './seed-files';

/** The seed articles as first received, beside the repository (never copied into it). */
const ORIGINALS = path.join(sharedDir(findProjectRoot(__dirname)), 'seeds');

describe('seed articles', () => {
  it('each seed article is its original text verbatim after a front matter block', async () => {
    const files = await seedFiles();
    const articles = files.filter((f) => f.path.startsWith('articles/'));
    const originals = readdirSync(ORIGINALS).filter((n) => n.endsWith('.txt')).sort();
    expect(articles.map((f) => f.path)).toEqual(originals.map((n) => `articles/${n}`));
    for (const f of articles) {
      expect(f.text.startsWith('---\n')).toBe(true);
      expect(bodyOf(f.text)).toBe(readFileSync(`${ORIGINALS}/${f.path.slice('articles/'.length)}`, 'utf8'));
    }
  });

  it('compiles with the metadata the texts support', async () => {
    const b = await seedBundle();
    const meta = Object.fromEntries(b.articles.map((a) => [a.id.slice(0, 3), [a.outlet, a.date, a.event, a.cites ?? []]]));
    expect(meta).toEqual({
      '000': ['unnamed outlet citing Reuters', '2025-10-15', 'kremlin-talks-2025-10-15', ['Reuters']],
      '001': ['bne IntelliNews', '2025-10-15', 'kremlin-talks-2025-10-15', ['SANA', 'Reuters']],
      '002': ['Zamin', '2025-10-15', 'kremlin-talks-2025-10-15', ['TASS', 'Reuters']],
      '003': ['GlobalPost', '2025-10-15', 'kremlin-talks-2025-10-15', ['Reuters', 'France 24']],
      '004': ['unnamed outlet', '2025-02-12', 'first-phone-call-2025-02-12', []],
    });
    expect(b.asOf).toBe('2025-10-15');
    for (const a of b.articles) {
      expect(a.file).toBe(`articles/${a.id}.txt`);
      expect(a.title.length).toBeGreaterThan(10);
    }
  });

  it('keeps every body paragraph verbatim and in order', async () => {
    const b = await seedBundle();
    for (const a of b.articles) {
      const original = readFileSync(`${ORIGINALS}/${a.id}.txt`, 'utf8');
      let at = 0;
      for (const paragraph of a.text.split('\n\n')) {
        const found = original.indexOf(paragraph, at);
        expect(found, paragraph).toBeGreaterThanOrEqual(0);
        at = found + paragraph.length;
      }
    }
  });

  it('gives every passage a unique id', async () => {
    const ids = (await seedBundle()).passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cuts articles into passages whose offsets and sentence spans index the cleaned text', async () => {
    const b = await seedBundle();
    const byId = new Map(b.articles.map((a) => [a.id, a]));
    for (const p of b.passages) {
      const text = byId.get(p.articleId)!.text;
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.id).toMatch(new RegExp(`^${p.articleId}#[0-9a-f]{12}(-\\d+)?$`));
      let last = 0;
      for (const [s, e] of p.sentences) {
        expect(s).toBeGreaterThanOrEqual(last);
        expect(e).toBeGreaterThan(s);
        expect(p.text.slice(s, e).trim()).toBe(p.text.slice(s, e));
        last = e;
      }
      expect(p.entityIds).toEqual([...new Set(p.entityIds)].sort());
    }
    // 001's lead paragraph is two sentences; the quote-ended one in 002 ends at the closing quote.
    const lead = b.passages.find((p) => p.text.startsWith('The meeting marks'))!;
    expect(lead.sentences).toHaveLength(3);
  });

  it('is deterministic and independent of file order', async () => {
    const { compileCorpusFromFiles } = await import('../../../src/compiler');
    const files = await seedFiles();
    const a = compileCorpusFromFiles(files);
    const b = compileCorpusFromFiles(files.slice().reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.version).toMatch(/^[0-9a-f]{32}$/);
    const changed = compileCorpusFromFiles(files.map((f) => (f.path.endsWith('003_3db1887f22c04c2b.txt') ? { ...f, text: f.text.replace('Tartous', 'Tartus') } : f)));
    expect(changed.version).not.toBe(a.version);
  });
});
