/** The `.backstory` pack: its format (README.md), writing one, and reading one safely. */
export { PACK_ENTRIES, PACK_EXTENSION, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, PACK_MAX_ARTICLES, packIdOf, packManifestSchema, type PackManifest } from './format';
export { packContentHash } from './content-hash';
export { buildPack, createPackWriter, PackBuildError, type PackInfo, type PackWriter } from './write-pack';
export { formatProblem, PackReadError, readPackArticles, validatePack, type PackProblem, type PackSource, type PackValidation, type ValidatePackOptions } from './read-pack';
export { createArticleChecker, parseJsonLine, type CheckedArticle } from './check-article';
