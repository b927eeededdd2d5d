/** The corpus compiler's public surface: build.mjs, the CLI and the benches import from here. */
export { compileCorpusFromFiles, SEED_PATHS, type CompileOptions, type SeedFile } from './compile-corpus';
export { compileCorpus, readSeedFiles } from './compile-fs';
export { shippedBundle, shippedCorpusMeta } from './shipped-bundle';
export { corpusDetector, toMatcherEntity } from './detector';
export { SeedError } from './seed-error';
export { factWords } from './claims';
export type { FindMentions, MentionDetector } from './link-entities';
