/**
 * Property tests over the message boundary: the schemas and the receiver take any JSON value (and
 * hostile near-misses of real messages) without throwing; anything malformed comes back as `{error}`
 * and never reaches a handler.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { backgroundRequestSchema } from '../../../src/shared/messaging/background-request';
import { contentRequestSchema } from '../../../src/shared/messaging/content-request';
import { createReceiver } from '../../../src/shared/messaging/receiver';

const OWN = 'backstory-test-id';
const BACKGROUND_TYPES = backgroundRequestSchema.options.map((o) => o.entries.type.literal);
const CONTENT_TYPES = contentRequestSchema.options.map((o) => o.entries.type.literal);

/** Any JSON value, plus objects that look like requests: a known `type` with random fields. */
const lookalike = (types: readonly string[]) =>
  fc.record({ type: fc.constantFrom(...types) }).chain((base) =>
    fc.dictionary(fc.constantFrom('url', 'entityId', 'enabled', 'scope', 'query', 'key', 'value', 'prefs', 'data', 'tabId', 'index', 'direction', 'limit', '__proto__', 'constructor', 'extra'), fc.jsonValue(), { maxKeys: 5 })
      .map((fields) => ({ ...fields, ...base })),
  );
const anyMessage = (types: readonly string[]) => fc.oneof(fc.jsonValue(), lookalike(types), fc.anything());

describe.each([
  ['background', backgroundRequestSchema, BACKGROUND_TYPES],
  ['content', contentRequestSchema, CONTENT_TYPES],
] as const)('the %s request schema', (_name, schema, types) => {
  it('knows its message types (so the generators below exercise them)', () => {
    expect(types.length).toBeGreaterThanOrEqual(5);
  });

  it('never throws on any value', () => {
    fc.assert(fc.property(anyMessage(types), (message) => {
      const result = v.safeParse(schema as v.GenericSchema, message);
      expect(typeof result.success).toBe('boolean');
    }), { numRuns: 2000 });
  });

  it('rejects a known type with an unknown extra field, and anything without a string type', () => {
    fc.assert(fc.property(fc.constantFrom(...types), fc.jsonValue(), (type, extra) => {
      expect(v.safeParse(schema as v.GenericSchema, { type, sneaky: extra }).success).toBe(false);
    }));
    fc.assert(fc.property(fc.jsonValue().filter((m) => typeof (m as { type?: unknown } | null)?.type !== 'string'), (m) => {
      expect(v.safeParse(schema as v.GenericSchema, m).success).toBe(false);
    }));
  });
});

describe('URLs in background messages', () => {
  it('accepts only http(s) page addresses, whatever the scheme trick', () => {
    const schemes = fc.constantFrom('javascript:', 'JaVaScRiPt:', ' javascript:', 'data:', 'file:', 'chrome-extension:', 'moz-extension:', 'blob:', 'about:', 'vbscript:', 'ftp:');
    fc.assert(fc.property(schemes, fc.string({ maxLength: 40 }), (scheme, rest) => {
      const r = v.safeParse(backgroundRequestSchema, { type: 'getPageSettings', url: `${scheme}//${rest}` });
      expect(r.success).toBe(false);
    }));
    expect(v.safeParse(backgroundRequestSchema, { type: 'getPageSettings', url: 'https://example.com/a' }).success).toBe(true);
  });

  it('bounds every string: an overlong id or query is refused', () => {
    fc.assert(fc.property(fc.integer({ min: 201, max: 5000 }), (n) => {
      expect(v.safeParse(backgroundRequestSchema, { type: 'getCard', entityId: 'x'.repeat(n) }).success).toBe(false);
    }), { numRuns: 30 });
    expect(v.safeParse(backgroundRequestSchema, { type: 'search', query: 'q'.repeat(501) }).success).toBe(false);
  });
});

describe('createReceiver', () => {
  const sender = (id: string | undefined) => ({ id }) as Runtime.MessageSender;

  function receiver() {
    const handler = vi.fn(() => ({ pong: true }));
    const receive = createReceiver('test', backgroundRequestSchema, { ping: handler } as never, () => OWN);
    return { receive, handler };
  }

  it('answers any malformed message with {error} and never calls a handler or throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { receive, handler } = receiver();
    await fc.assert(fc.asyncProperty(anyMessage(BACKGROUND_TYPES).filter((m) => !v.is(backgroundRequestSchema, m)), async (message) => {
      const reply = await receive(message, sender(OWN));
      expect(reply).toEqual({ error: expect.stringMatching(/^Malformed message/) });
    }), { numRuns: 1000 });
    expect(handler).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses every message from another extension or a page, even a valid one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { receive, handler } = receiver();
    await fc.assert(fc.asyncProperty(fc.option(fc.string(), { nil: undefined }).filter((id) => id !== OWN), async (id) => {
      expect(await receive({ type: 'ping' }, sender(id))).toEqual({ error: 'Rejected: not from this extension' });
    }), { numRuns: 300 });
    expect(handler).not.toHaveBeenCalled();
    expect(await receive({ type: 'ping' }, sender(OWN))).toEqual({ result: { pong: true } });
    warn.mockRestore();
  });

  it('turns a handler that throws into {error}', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const receive = createReceiver('test', backgroundRequestSchema, { ping: () => { throw new Error('boom'); } } as never, () => OWN);
    expect(await receive({ type: 'ping' }, sender(OWN))).toEqual({ error: 'boom' });
    error.mockRestore();
  });
});
