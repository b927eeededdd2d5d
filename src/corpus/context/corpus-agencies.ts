import { citesOfArticleFile, SEED_PATHS, type SeedFile } from '../../compiler';

const known = new WeakMap<readonly SeedFile[], string[]>();

/**
 * The agencies the corpus cites: those its shipped articles' front matter names (a reader's saved or imported
 * article cites none: only a curated article says whom it cites). The page is compiled with a few corpus
 * articles, crediting these as the whole corpus's compile does, so a save that brings another article into the
 * few does not change how the others are read (nor throw away their kept statements). Read once per seed set.
 */
export function corpusAgencies(seedFiles: readonly SeedFile[]): string[] {
  let agencies = known.get(seedFiles);
  if (!agencies) {
    const names = new Set<string>();
    for (const f of seedFiles) {
      const file = f.path.replace(/\\/g, '/');
      if (file.startsWith(SEED_PATHS.articles) && file.endsWith('.txt')) for (const name of citesOfArticleFile(file, f.text)) names.add(name);
    }
    agencies = [...names].sort();
    known.set(seedFiles, agencies);
  }
  return agencies;
}
