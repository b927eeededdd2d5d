/**
 * Reads a Chromium net log (`--log-net-log=<file>`): every URL the network stack was asked for, with
 * whether the browser itself asked (update checks, account probes: initiator "not an origin", no
 * renderer or extension behind it). Chromium writes the file as it goes and closes the JSON on exit;
 * a log cut short is repaired before parsing.
 */
import { readFileSync } from 'node:fs';

export interface NetLogRequest {
  url: string;
  /** `initiator` of URL_REQUEST_START_JOB: absent when the request never started (aborted by interception). */
  initiator?: string;
  isolationKey?: string;
}

interface NetLogEvent {
  type: number;
  source: { id: number; type: number };
  params?: { url?: string; initiator?: string; network_isolation_key?: string };
}

export function readNetLog(file: string): NetLogRequest[] {
  const text = readFileSync(file, 'utf8');
  let log: { constants: { logEventTypes: Record<string, number>; logSourceType: Record<string, number> }; events: NetLogEvent[] };
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`);
  }
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const urlRequest = log.constants.logSourceType.URL_REQUEST;
  const bySource = new Map<number, NetLogRequest>();
  for (const event of log.events) {
    const url = event.params?.url;
    // Other sources (stream jobs, sockets) repeat the URL of the request they serve.
    if (!url || event.source.type !== urlRequest) continue;
    const request = bySource.get(event.source.id) ?? { url };
    if (event.type === startJob) {
      request.initiator = event.params?.initiator;
      request.isolationKey = event.params?.network_isolation_key;
    }
    bySource.set(event.source.id, request);
  }
  return [...bySource.values()];
}

export const isLocal = (url: string) => /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|chrome:|data:|blob:|about:)/.test(url);

/** The browser's own traffic: started with no origin behind it, and not on behalf of an extension. */
export const isBrowserOwn = (r: NetLogRequest) =>
  r.initiator === 'not an origin' && !(r.isolationKey ?? '').includes('chrome-extension');
