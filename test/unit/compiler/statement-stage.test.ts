import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, createArticleStageCache, type SeedFile } from '../../../src/compiler';
import { seedFiles } from './seed-files';

// Articles written for this test, as seed files: one names France 24 in its text, one never does, and one
// (added later) cites France 24 in its front matter, which makes France 24 an agency of the compile.
const article = (id: string, cites: string, body: string): SeedFile => ({
  path: `articles/${id}.txt`,
  text: `---\ntitle: "${id}"\noutlet: Desk\ncites: [${cites}]\ndate: 2025-10-20\nevent: kremlin-talks-2025-10-15\nsource_file: ${id}.txt\n---\n${body}\n`,
});
const NAMES_IT = article('zz_names', '', 'Ahmad al-Sharaa asked Vladimir Putin for wheat shipments, France 24 reported on Monday.');
const NEVER = article('zz_never', '', 'Ahmad al-Sharaa asked Vladimir Putin for help with the new army, officials in Damascus said.');
const CITES = article('zz_cites', 'France 24', 'Vladimir Putin said the Hmeimim air base would stay, according to France 24.');

describe('the per-article statement stage', () => {
  it('reads again only the articles that name an agency a change added, and gives what a compile from nothing gives', async () => {
    // The seed articles but the one that cites France 24.
    const seeds = (await seedFiles()).filter((f) => !/France 24/.test(f.text.split('\n---\n')[0]!) || !f.path.startsWith('articles/'));
    expect(seeds.filter((f) => f.path.startsWith('articles/')).length).toBeGreaterThan(2);
    const stage = createArticleStageCache();
    compileCorpusFromFiles([...seeds, NAMES_IT, NEVER], { articleStage: stage });
    const before = new Map([...stage.articles].map(([id, entry]) => [id, entry.statements]));
    expect(before.get('zz_never')).toBeDefined();

    const changed = compileCorpusFromFiles([...seeds, NAMES_IT, NEVER, CITES], { articleStage: stage });
    expect(changed).toEqual(compileCorpusFromFiles([...seeds, NAMES_IT, NEVER, CITES]));
    // France 24 is now an agency: the article that names it is read again (its statement credits France 24)…
    expect(stage.articles.get('zz_names')?.statements).not.toBe(before.get('zz_names'));
    expect(changed.claims.flatMap((c) => c.sources).some((s) => s.articleId === 'zz_names' && s.via === 'France 24')).toBe(true);
    // …and the one that never names it keeps what it read.
    expect(stage.articles.get('zz_never')?.statements).toBe(before.get('zz_never'));
  });

  it('with the agencies of the whole corpus given, keeps what it read when an article citing one of them joins the compile', async () => {
    const seeds = (await seedFiles()).filter((f) => !/France 24/.test(f.text.split('\n---\n')[0]!) || !f.path.startsWith('articles/'));
    // What the side panel passes: every agency the corpus cites, whichever few of its articles it compiles.
    const options = { agencyNames: ['France 24'] };
    const stage = createArticleStageCache();
    compileCorpusFromFiles([...seeds, NAMES_IT, NEVER], { ...options, articleStage: stage });
    const before = stage.articles.get('zz_names')?.statements;
    expect(before).toBeDefined();

    const changed = compileCorpusFromFiles([...seeds, NAMES_IT, NEVER, CITES], { ...options, articleStage: stage });
    expect(changed).toEqual(compileCorpusFromFiles([...seeds, NAMES_IT, NEVER, CITES], options));
    expect(stage.articles.get('zz_names')?.statements).toBe(before);
    // France 24 was credited from the first compile on, as the whole corpus's compile credits it.
    expect(changed.claims.flatMap((c) => c.sources).some((s) => s.articleId === 'zz_names' && s.via === 'France 24')).toBe(true);
  });
});
