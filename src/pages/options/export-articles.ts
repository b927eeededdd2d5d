import { createPackWriter } from '../../pack/write-pack';
import { PACK_EXTENSION } from '../../pack/format';
import type { BackgroundResponses, RequestOf } from '../../shared/messaging/background-request';

/** The name a backup of the reader's own saved articles carries (it is data, not interface text). */
export const EXPORT_PACK_NAME = 'My Backstory articles';

/** Name for a pack of the reader's saved articles made on `date`, e.g. backstory-articles-2026-03-01.backstory. */
export function packExportFileName(date: Date): string {
  return `backstory-articles-${date.toISOString().slice(0, 10)}${PACK_EXTENSION}`;
}

/** The messaging function, a parameter so tests can stand in for the background. */
export type ExportCall = (request: RequestOf<'exportSavedArticlesPage'>) => Promise<BackgroundResponses['exportSavedArticlesPage']>;

/**
 * "Export my saved articles": a backup pack (manifest `origin: "saved"`, so it imports again as the
 * reader's own articles) built as the pages arrive from the background, each deflated at once and kept
 * as a piece of a Blob. No message carries more than a page, and no step holds every article: the size
 * is bounded only by what the browser can store. The page waits between pages, so it stays responsive.
 */
export async function exportSavedArticles(call: ExportCall, now: Date, onProgress: (count: number) => void = () => undefined): Promise<{ blob: Blob; count: number } | null> {
  let writer: ReturnType<typeof createPackWriter> | null = null;
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const page = await call({ type: 'exportSavedArticlesPage', ...(after === undefined ? {} : { after }) });
    if (page.articles.length > 0) {
      writer ??= createPackWriter({ name: EXPORT_PACK_NAME, corpusVersion: page.corpusVersion, createdAt: now.toISOString(), origin: 'saved' });
      for (const article of page.articles) writer.add(article);
      count += page.articles.length;
      onProgress(count);
    }
    if (page.next === null) break;
    after = page.next;
  }
  if (!writer) return null;
  const { parts } = writer.finish();
  return { blob: new Blob(parts, { type: 'application/zip' }), count };
}
