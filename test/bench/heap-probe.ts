/**
 * JS heap of an extension page and of the extension's service worker, in Chromium, read through the
 * DevTools protocol (`Runtime.getHeapUsage`: bytes in use on the V8 heap) while something runs.
 *
 * The page's figure comes from a CDP session on the page. The worker's needs a detour: Playwright opens
 * CDP sessions on pages and frames only, a persistent context has no browser session, and
 * `performance.memory` is not defined in service workers (tried: `worker.evaluate` finds none). So the
 * page's session attaches to the worker's target without flattening, and relays `Runtime.getHeapUsage`
 * to it by `Target.sendMessageToTarget`; the reply comes back as `Target.receivedMessageFromTarget`.
 * When the worker stops and starts again (a new target), the next reading attaches to the new one.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const MB = 1024 * 1024;
const REPLY_MS = 2000;

export interface HeapProbe {
  /** Bytes in use on the page's JS heap. */
  page(): Promise<number>;
  /** Bytes in use on the service worker's JS heap. */
  worker(): Promise<number>;
  close(): Promise<void>;
}

export async function heapProbe(context: BrowserContext, page: Page): Promise<HeapProbe> {
  const cdp: CDPSession = await context.newCDPSession(page);
  let workerSession: Promise<string> | undefined;
  let nextId = 1;
  const waiting = new Map<number, (reply: { result?: { usedSize: number }; error?: { message: string } }) => void>();

  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize: number }; error?: { message: string } };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  cdp.on('Target.detachedFromTarget', () => {
    workerSession = undefined;
  });

  async function attachWorker(): Promise<string> {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!target) throw new Error('no extension service worker is running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return sessionId;
  }

  async function askWorker(): Promise<number> {
    workerSession ??= attachWorker();
    const sessionId = await workerSession.catch((err: unknown) => {
      workerSession = undefined;
      throw err;
    });
    const id = nextId++;
    const reply = new Promise<{ result?: { usedSize: number }; error?: { message: string } }>((resolve, reject) => {
      waiting.set(id, resolve);
      setTimeout(() => reject(new Error('the service worker did not answer Runtime.getHeapUsage')), REPLY_MS);
    }).finally(() => waiting.delete(id));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) });
    const { result, error } = await reply;
    if (!result) {
      workerSession = undefined; // a stopped worker's session: attach to the running one next time
      throw new Error(error?.message ?? 'no heap figure from the service worker');
    }
    return result.usedSize;
  }

  return {
    page: async () => (await cdp.send('Runtime.getHeapUsage')).usedSize,
    worker: askWorker,
    close: () => cdp.detach().catch(() => undefined),
  };
}

export interface HeapPeaks {
  pageMb: number;
  workerMb: number;
  samples: number;
  /** Readings that failed (the worker restarting, a page busy past the reply time). */
  missed: number;
}

/** Reads both heaps every `everyMs` until `stop()`, which resolves with the largest readings (MB = 2^20 bytes). */
export function sampleHeaps(probe: HeapProbe, everyMs = 250): { stop(): Promise<HeapPeaks> } {
  const peaks: HeapPeaks = { pageMb: 0, workerMb: 0, samples: 0, missed: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const [page, worker] = await Promise.allSettled([probe.page(), probe.worker()]);
      peaks.samples++;
      if (page.status === 'fulfilled') peaks.pageMb = Math.max(peaks.pageMb, page.value / MB);
      else peaks.missed++;
      if (worker.status === 'fulfilled') peaks.workerMb = Math.max(peaks.workerMb, worker.value / MB);
      else peaks.missed++;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - (performance.now() - started))));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peaks;
    },
  };
}

export const toMb = (bytes: number) => bytes / MB;
