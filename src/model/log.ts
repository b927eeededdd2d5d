/**
 * One small logger: every line says it is Backstory's and which context wrote it
 * ("[backstory:content] scan failed: …"), so a reader of a page's console can tell our lines apart.
 * `debug` is for what a developer wants and a user does not (a page that closed mid-report).
 */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export function createLogger(scope: string): Logger {
  const prefix = `[backstory:${scope}]`;
  return {
    debug: (message, ...details) => console.debug(prefix, message, ...details),
    warn: (message, ...details) => console.warn(prefix, message, ...details),
    error: (message, ...details) => console.error(prefix, message, ...details),
  };
}
