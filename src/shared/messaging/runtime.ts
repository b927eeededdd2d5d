/**
 * The extension's runtime, promise-based in both browsers, without webextension-polyfill:
 * Firefox's `browser.*`, and Chrome's `chrome.*`, whose methods return promises when given no
 * callback under Manifest V3. The content script runs on every page, and the polyfill cost it ~3 KB
 * gzip and, in Chrome, the evaluation of its API metadata and wrappers on every page load.
 *
 * One difference the callers handle: a Chrome `onMessage` listener answers through `sendResponse`
 * (returning true to keep it open), not by returning a promise, so `listen` below does that for both.
 */
import type { Runtime } from 'webextension-polyfill';

/** What the content script and the messaging client use of the runtime. */
export interface RuntimeApi {
  readonly id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
  };
}

interface ExtensionApi {
  runtime: RuntimeApi;
}

/** `browser` where it exists (Firefox), else `chrome` (Chrome): read on each call, as a cut-off script may lose it. */
const api = (): ExtensionApi => {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (g.browser?.runtime ? g.browser : g.chrome)!;
};

export const runtime = (): RuntimeApi => api().runtime;

/**
 * Listen for messages with `answer`, whose promise is the reply (undefined: not for this listener).
 * The reply is sent through `sendResponse`, which both browsers honour.
 */
export function listen(answer: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  runtime().onMessage.addListener((message, sender, sendResponse) => {
    const reply = answer(message, sender);
    if (reply === undefined) return undefined;
    reply.then(sendResponse, (err: unknown) => sendResponse({ error: String(err) }));
    return true;
  });
}
