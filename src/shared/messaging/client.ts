import { runtime } from './runtime';
import type { BackgroundRequestType, BackgroundResponses, RequestOf } from './background-request';
import { isReply, MessageError } from './envelope';

export function unwrap<T>(reply: unknown): T {
  if (!isReply(reply)) throw new MessageError('No reply (the receiver is not listening)');
  if ('error' in reply) throw new MessageError(reply.error, reply.code, reply.params);
  return reply.result as T;
}

/**
 * The one way UI code and the content script talk to the background. Without webextension-polyfill
 * (runtime.ts): the content script carries this on every page. Tabs are called from tab-client.ts.
 */
export async function callBackground<T extends BackgroundRequestType>(request: RequestOf<T>): Promise<BackgroundResponses[T]> {
  return unwrap<BackgroundResponses[T]>(await runtime().sendMessage(request));
}
