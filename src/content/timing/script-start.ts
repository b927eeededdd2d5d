/**
 * When the content script began to run: imported first by main.ts, so this is its first statement. The
 * bench reads `backstory-eval` (this to the end of main.ts's top level) as the script's evaluation time;
 * parsing and compiling come before any statement and are in the bench's on-minus-off script time.
 */
export const SCRIPT_START = performance.now();
