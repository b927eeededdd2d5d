import { startServer as start, type DemoServer } from '../../demo/server.mjs';

export type TestServer = DemoServer;

/** The demo server (plain JavaScript, so `npm start` runs it without a build), typed for the tests. */
export function startServer(options: { headers?: (path: string) => Record<string, string>; generated?: Record<string, string> } = {}): Promise<TestServer> {
  return start(options);
}
