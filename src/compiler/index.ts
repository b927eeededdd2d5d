/**
 * The corpus compiler's public surface, for the browser and Node alike: the background, the side panel's
 * comparison, the CLI and the benches import from here. Reading seeds from disk is Node's alone, in
 * `compile-fs` (its own entry, so no browser bundle meets `node:fs`).
 */
export { compileCorpusFromFiles, createArticleStageCache, SEED_PATHS, type ArticleStageCache, type CompileOptions, type SeedFile } from './compile-corpus';
export { createIncrementalCompiler, type IncrementalCompiler } from './incremental';
export { shippedBundle, shippedCorpusMeta } from './shipped-bundle';
export { corpusDetector, toMatcherEntity } from './detector';
export { citesOfArticleFile, PARAGRAPH_SEPARATOR } from './article-file';
export { SeedError } from './seed-error';
export { factWords } from './claims';
export type { FindMentions, MentionDetector } from './link-entities';
