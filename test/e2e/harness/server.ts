// Typed wrapper over the demo server, which is plain JavaScript so `npm start` can run it without a build.
// @ts-expect-error -- plain .mjs module without types
import { startServer as start } from '../../demo/server.mjs';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(options: { headers?: (path: string) => Record<string, string> } = {}): Promise<TestServer> {
  return start(options) as Promise<TestServer>;
}
