import type { Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import type { Reply } from './envelope';
import { createLogger } from '../../model/log';
import { senderKind, senderMay, type AllowedSenders } from './sender-policy';
import { errorMessage, failureOf } from '../../model/errors';

type Handlers<Req extends { type: string }, Res extends Record<Req['type'], unknown>> = {
  [K in Req['type']]: (request: Extract<Req, { type: K }>, sender: Runtime.MessageSender) => Promise<Res[K]> | Res[K];
};

/** Who may send each request type, and how to tell our extension pages (their URL is under `origin`). */
export interface SenderPolicy<Type extends string> {
  origin: () => string;
  senders: Readonly<Record<Type, AllowedSenders>>;
}

/**
 * Turns a schema and a handler per message type into a `runtime.onMessage` listener.
 * Anything that is not from this extension, does not match the schema, is not allowed from the context
 * that sent it (`policy`), or throws, becomes an `{error}` reply with the reason logged here, so a bad
 * message can change nothing.
 */
export function createReceiver<Req extends { type: string }, Res extends Record<Req['type'], unknown>>(
  context: string,
  schema: v.GenericSchema<unknown, Req>,
  handlers: Handlers<Req, Res>,
  ownId: () => string,
  policy?: SenderPolicy<Req['type']>,
) {
  const log = createLogger(context);
  return async (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
    if (sender.id !== ownId()) {
      log.warn(`rejected a message from another extension or page (${String(sender.id)})`);
      return { error: 'Rejected: not from this extension' };
    }
    const parsed = v.safeParse(schema, message);
    if (!parsed.success) {
      const reason = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? 'message'}: ${issue.message}`).join('; ');
      log.warn(`rejected a malformed message: ${reason}`);
      return { error: `Malformed message: ${reason}` };
    }
    const request = parsed.output;
    if (policy) {
      const kind = senderKind(sender, policy.origin());
      if (!senderMay(policy.senders[request.type as Req['type']], kind, request, sender)) {
        log.warn(`refused ${request.type} from a ${kind === 'content' ? 'content script' : 'context'} that may not send it`);
        return { error: `Refused: ${request.type} is not allowed from this context` };
      }
    }
    const handler = handlers[request.type as Req['type']] as (r: Req, s: Runtime.MessageSender) => unknown;
    try {
      return { result: await handler(request, sender) };
    } catch (err) {
      const reason = errorMessage(err);
      log.error(`${request.type} failed: ${reason}`);
      const failure = failureOf(err);
      return failure ? { error: reason, ...failure } : { error: reason };
    }
  };
}
