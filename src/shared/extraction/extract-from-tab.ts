/**
 * "Save to Backstory" from any extension page (the popup; the side panel): the article of a tab. The tab's
 * content script answers with a bounded snapshot of its page (src/extract/page-snapshot.ts), and the
 * extractor runs here, in the extension page, not on the page's main thread. No permission is needed beyond
 * the content script the extension already has: no `scripting`, no `activeTab`, so a side panel can read
 * whichever tab is active without a gesture.
 *
 * A page that does not answer in time (its main thread blocked, so its content script cannot run) gives a
 * `noAnswer` error after `timeoutMs`, never an endless wait.
 */
import * as v from 'valibot';
import { extractArticleFromSnapshot } from '../../extract/extract-article';
import { SNAPSHOT_LIMITS, type ParseHtml } from '../../extract/page-snapshot';
import { errorMessage } from '../../model/errors';
import type { ExtractedArticle } from '../../model/user-article';
import { callContent } from '../messaging/tab-client';
import { url } from '../messaging/limits';

/** Why a tab's article could not be read; the interface words each one. */
export type TabReadProblem =
  /** No content script there: browser pages, PDFs, store pages, a tab still loading. */
  | 'noContentScript'
  /** The page did not answer within the time allowed (busy, or frozen). */
  | 'noAnswer'
  /** The page answered with something that is not a snapshot, or the extractor failed on it. */
  | 'failed';

export class TabReadError extends Error {
  override name = 'TabReadError';
  constructor(
    readonly problem: TabReadProblem,
    /** The underlying error's text, for `failed` only (the other two say it all). */
    readonly detail: string | null = null,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

/** Long enough for a 5 MB page to be copied on a slow machine, short enough that a frozen page is reported. */
export const TAB_READ_TIMEOUT_MS = 8_000;

/** What the browsers answer when no content script listens in the tab (see envelope.ts / client.ts). */
const NO_RECEIVER = /^No reply|Receiving end does not exist|Could not establish connection|Missing host permission|Cannot access/i;

/** The snapshot comes from the page: hostile input, checked before anything parses it. */
const snapshotSchema = v.strictObject({
  url,
  html: v.pipe(v.string(), v.maxLength(SNAPSHOT_LIMITS.htmlChars)),
  truncated: v.boolean(),
});

export interface ExtractFromTabOptions {
  timeoutMs?: number;
  /** Tests outside a browser give linkedom's parser; extension pages use DOMParser. */
  parse?: ParseHtml;
}

export async function extractArticleFromTab(tabId: number, options: ExtractFromTabOptions = {}): Promise<ExtractedArticle> {
  const reply = await withTimeout(callContent(tabId, { type: 'snapshotPage' }), options.timeoutMs ?? TAB_READ_TIMEOUT_MS).catch((err: unknown) => {
    if (err instanceof TabReadError) throw err;
    const message = errorMessage(err);
    throw NO_RECEIVER.test(message) ? new TabReadError('noContentScript') : new TabReadError('failed', message);
  });
  const snapshot = v.safeParse(snapshotSchema, reply);
  if (!snapshot.success) throw new TabReadError('failed', v.summarize(snapshot.issues));
  try {
    return extractArticleFromSnapshot(snapshot.output, options.parse);
  } catch (err) {
    throw new TabReadError('failed', errorMessage(err));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TabReadError('noAnswer')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
