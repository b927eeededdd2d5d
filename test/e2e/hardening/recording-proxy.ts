/**
 * An HTTP proxy on 127.0.0.1 that answers nothing and records every request sent to it: Firefox is
 * pointed at it for every address except 127.0.0.1, so any request that would leave the machine (from
 * the background page, an extension page, a content script or the page) ends up in `requests`.
 */
import { createServer, type Server } from 'node:http';

export interface RecordingProxy {
  port: number;
  /** `CONNECT host:port` for https, the absolute URL for plain http. */
  requests: string[];
  close(): Promise<void>;
}

export function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ port, requests, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) });
    });
  });
}

/** Firefox prefs that send every non-local request through the proxy. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
  };
}
