import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { pageInputOf, readPageInContext, type PageContext, type PageInput } from '../../corpus/context';
import type { SeedFile } from '../../compiler';
import { createMemorySource } from '../../corpus/memory-source';
import { extractArticle } from '../../extract/extract-article';
import type { CorpusBundle } from '../../model/corpus-types';
import { useCatalogue, type MessageFile } from '../../shared/i18n/catalog';
import { pageContextText } from '../../shared/ui/page-context-words';

export const CONTEXT_LANGUAGES = ['en', 'ar', 'ru'] as const;
export type ContextLanguage = (typeof CONTEXT_LANGUAGES)[number];

/**
 * `backstory context <page.html | file:///…/page.html>`: what the side panel shows for that page. The page is
 * read by the extension's extractor (linkedom, which runs no script and loads nothing), compared by the
 * extension's comparison (src/corpus/context) with the corpus, and said in the panel's words.
 */
export async function readContextPage(target: string): Promise<PageInput> {
  const file = target.startsWith('file:') ? fileURLToPath(target) : path.resolve(target);
  const html = await readFile(file, 'utf8');
  const { document } = parseHTML(html);
  // The page's own address is its file: URL; a canonical link or og:url in the page wins, as in the browser.
  return pageInputOf(extractArticle(document as unknown as Document, pathToFileURL(file).href));
}

export async function contextCommand(page: PageInput, bundle: CorpusBundle, seedFiles: SeedFile[]): Promise<PageContext> {
  return readPageInContext(page, { seedFiles, source: createMemorySource(bundle) });
}

/** The panel's text in `lang`, from the same catalogue the extension ships. */
export async function contextText(context: PageContext, lang: ContextLanguage, projectRoot: string): Promise<string> {
  const messages = JSON.parse(await readFile(path.join(projectRoot, 'src', 'locales', lang, 'messages.json'), 'utf8')) as MessageFile;
  useCatalogue(lang, messages);
  return pageContextText(context);
}
