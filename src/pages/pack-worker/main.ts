// The options page's pack worker (pack-worker.js): reads and validates packs off the interface's thread.
import { createPackWorker } from './pack-worker';
import type { FromPackWorker } from './protocol';

/** A dedicated worker's global scope, as much of it as this needs (the DOM typings describe a window). */
const scope = self as unknown as { postMessage(message: FromPackWorker): void; onmessage: ((event: MessageEvent) => void) | null };
const handle = createPackWorker((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
