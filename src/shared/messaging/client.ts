import browser from 'webextension-polyfill';
import type { BackgroundRequestType, BackgroundResponses, RequestOf } from './background-request';
import type { ContentRequest, ContentResponses } from './content-request';
import { isReply, MessageError } from './envelope';

function unwrap<T>(reply: unknown): T {
  if (!isReply(reply)) throw new MessageError('No reply (the receiver is not listening)');
  if ('error' in reply) throw new MessageError(reply.error, reply.code, reply.params);
  return reply.result as T;
}

/** The one way UI code and the content script talk to the background. */
export async function callBackground<T extends BackgroundRequestType>(request: RequestOf<T>): Promise<BackgroundResponses[T]> {
  return unwrap<BackgroundResponses[T]>(await browser.runtime.sendMessage(request));
}

/** The one way the background and the popup talk to a tab's content script. */
export async function callContent<T extends ContentRequest['type']>(
  tabId: number,
  request: Extract<ContentRequest, { type: T }>,
): Promise<ContentResponses[T]> {
  return unwrap<ContentResponses[T]>(await browser.tabs.sendMessage(tabId, request));
}
