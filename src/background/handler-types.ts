import type { Runtime } from 'webextension-polyfill';
import type { BackgroundRequest, BackgroundResponses } from '../shared/messaging/background-request';

/** One handler per request type, typed by its request and its reply; the receiver validated the request. */
export type Handlers = {
  [K in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Promise<BackgroundResponses[K]> | BackgroundResponses[K];
};
