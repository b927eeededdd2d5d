import type { Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import type { Reply } from './envelope';
import { createLogger } from '../../model/log';
import { errorCode, errorMessage } from '../../model/errors';

type Handlers<Req extends { type: string }, Res extends Record<Req['type'], unknown>> = {
  [K in Req['type']]: (request: Extract<Req, { type: K }>, sender: Runtime.MessageSender) => Promise<Res[K]> | Res[K];
};

/**
 * Turns a schema and a handler per message type into a `runtime.onMessage` listener.
 * Anything that is not from this extension, does not match the schema, or throws, becomes an
 * `{error}` reply with the reason logged here, so a bad message can change nothing.
 */
export function createReceiver<Req extends { type: string }, Res extends Record<Req['type'], unknown>>(
  context: string,
  schema: v.GenericSchema<unknown, Req>,
  handlers: Handlers<Req, Res>,
  ownId: () => string,
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
    const handler = handlers[request.type as Req['type']] as (r: Req, s: Runtime.MessageSender) => unknown;
    try {
      return { result: await handler(request, sender) };
    } catch (err) {
      const reason = errorMessage(err);
      log.error(`${request.type} failed: ${reason}`);
      const code = errorCode(err);
      return code ? { error: reason, code } : { error: reason };
    }
  };
}
