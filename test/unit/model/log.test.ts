import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessage } from '../../../src/model/errors';
import { createLogger } from '../../../src/model/log';

afterEach(() => vi.restoreAllMocks());

describe('createLogger', () => {
  it('prefixes every line with Backstory and its scope, and passes details through', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const error = new Error('boom');
    const log = createLogger('content');
    log.warn('scan failed:', error);
    log.debug('could not report the page');
    expect(warn).toHaveBeenCalledWith('[backstory:content]', 'scan failed:', error);
    expect(debug).toHaveBeenCalledWith('[backstory:content]', 'could not report the page');
  });
});

describe('errorMessage', () => {
  it('gives an Error its message and anything else as text', () => {
    expect(errorMessage(new TypeError('bad value'))).toBe('bad value');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
