/**
 * Waiting without sleeping. A positive ("the card opens") is `expect.poll` until it holds; a negative
 * ("the card stays closed", "no mark appears") needs a window, and `expectHoldsFor` watches it
 * throughout, failing the moment it breaks, rather than sleeping through it and looking once.
 */
import { expect } from 'vitest';
import { TIMEOUT } from './driver';

export async function expectHoldsFor(holds: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const started = Date.now();
  let broke = false;
  await expect
    .poll(
      async () => {
        broke ||= !(await holds());
        return broke ? `${what}: broken` : Date.now() - started >= ms ? `${what}: held` : `${what}: watching`;
      },
      { timeout: ms + TIMEOUT.quick, interval: 100 },
    )
    .toBe(`${what}: held`);
}
