export interface DemoServer {
  url: string;
  close(): Promise<void>;
}
/** Serves the demo and test pages on 127.0.0.1 (see server.mjs). */
export function startServer(options?: {
  port?: number;
  headers?: (path: string) => Record<string, string>;
  /** Pages by path ("/generated/long.html"), written by the test itself. */
  generated?: Record<string, string>;
}): Promise<DemoServer>;
