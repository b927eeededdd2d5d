import { warmPageContext, type ContextInputs } from '../corpus/context';
import { createLogger } from '../model/log';

const log = createLogger('background');

/** After a corpus change, the side panel's preparation waits this long: the cards and the search index go first. */
const WARM_DELAY_MS = 5000;

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Prepares the side panel's first read of the corpus just served (src/corpus/context/warm-context.ts), once the
 * background has been left alone a while: a change that follows soon after puts it off again.
 */
export function schedulePanelWarm(inputs: () => Promise<Pick<ContextInputs, 'seedFiles' | 'source'>>): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    const started = performance.now();
    void inputs()
      .then((read) => warmPageContext(read))
      .then((n) => log.debug(`side panel: ${n} corpus articles prepared in ${Math.round(performance.now() - started)} ms`))
      .catch(() => undefined); // (the first page read then prepares what it needs itself)
  }, WARM_DELAY_MS);
}
