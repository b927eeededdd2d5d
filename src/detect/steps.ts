/**
 * Stepped computations: long detection passes written as generators that pause (yield) between steps,
 * so the content script can hand the page's main thread back between them (src/content/scan/scanner.ts),
 * while the CLI and the tests run them straight through with `runToEnd`. A pause changes nothing in
 * what is computed: the generator keeps its state across it.
 */

/** The result of a stepped computation, its pauses ignored. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
