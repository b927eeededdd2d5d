/**
 * How the background answers while a large corpus is being imported on a fresh install: the time to
 * the first marks on a news page, and round trips of the popup's status request and a card request
 * sent from an extension page. Shared by the end-to-end test (which checks nothing waits for the
 * import) and `npm run bench` (which reports the figures against the goals).
 */
import type { BrowserDriver } from './driver';
import { TIMEOUT } from './driver';
import type { TestServer } from './server';

export interface ImportLatency {
  markedMs: number;
  statusMs: number[];
  cardMs: number[];
  /** Rounds whose status said the import was still running. */
  importingRounds: number;
  rounds: number;
  /** Every reply was an answer (no error, the card of the entity asked for). */
  allAnswered: boolean;
}

export const p95 = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? NaN;

const marked = () => (CSS.highlights?.get('ctx-mention')?.size ?? 0) > 0;

export async function measureImportLatency(browser: BrowserDriver, server: TestServer, rounds = 20): Promise<ImportLatency> {
  // The page first: its marks come from the data in the content script, whatever the import is doing.
  const page = await browser.newPage();
  const opened = Date.now();
  await page.goto(`${server.url}/seed/001_bac239f258cd2375.html`);
  await page.waitFor(marked, undefined, TIMEOUT.scan);
  const markedMs = Date.now() - opened;

  const ext = await browser.openExtensionPage('options.html');
  const samples = await ext.evaluate(async (count: number) => {
    const g = globalThis as any;
    const api = g.browser ?? g.chrome;
    const timed = async (message: unknown) => {
      const t0 = performance.now();
      const reply = await api.runtime.sendMessage(message);
      return { ms: performance.now() - t0, reply };
    };
    const out: Array<{ status: number; card: number; importing: boolean; ok: boolean }> = [];
    for (let i = 0; i < count; i++) {
      const status = await timed({ type: 'getStatus' });
      const card = await timed({ type: 'getCard', entityId: 'hmeimim-air-base' });
      out.push({
        status: status.ms,
        card: card.ms,
        importing: status.reply.result?.importing === true,
        ok: 'result' in status.reply && card.reply.result?.entity?.id === 'hmeimim-air-base',
      });
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  }, rounds);
  await ext.close();
  await page.close();
  return {
    markedMs,
    statusMs: samples.map((s) => s.status),
    cardMs: samples.map((s) => s.card),
    importingRounds: samples.filter((s) => s.importing).length,
    rounds,
    allAnswered: samples.every((s) => s.ok),
  };
}
