/**
 * Records every request a Chromium session makes and says which ones Backstory is answerable for.
 *
 * Two recorders, because neither alone is enough:
 * - Playwright's `request` event sees requests of pages, extension pages and (in this Playwright) the
 *   extension's service worker; the harness aborts every one that leaves 127.0.0.1.
 * - A web page's own resources (a real news page references ad scripts and images) also leave 127.0.0.1,
 *   and the content script runs in that page. A CDP `Network` session per web page tells them apart by
 *   initiator: the page's own requests come from its HTML parser or its own scripts (URLs on 127.0.0.1);
 *   anything else (a content-script `fetch` has an unnamed script frame, an `<img>` the content script
 *   adds has initiator "other") is counted against Backstory.
 * The Chromium net log (`--log-net-log`) is the independent sweep: see `netlog.ts`.
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';


const LOCAL = /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/;

interface Initiator {
  type: string;
  url?: string;
  stack?: { callFrames: Array<{ url: string }>; parent?: Initiator['stack'] };
}

export interface Offence {
  url: string;
  /** Which context made it: 'service-worker', 'extension-page <url>', 'web-page <url>'. */
  from: string;
  why: string;
}

function stackUrls(stack: Initiator['stack']): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) out.push(...s.callFrames.map((f) => f.url));
  return out;
}

/** A web page's own request: from its parser or only its own (127.0.0.1) scripts. */
export function isPagesOwn(initiator: Initiator | undefined): boolean {
  if (!initiator) return false;
  if (initiator.type === 'parser' || initiator.type === 'preload') return LOCAL.test(initiator.url ?? '') && !initiator.url?.startsWith('chrome-extension:');
  if (initiator.type === 'script') {
    const urls = stackUrls(initiator.stack);
    return urls.length > 0 && urls.every((u) => /^http:\/\/127\.0\.0\.1[:/]/.test(u));
  }
  return false;
}

export class NetworkRecorder {
  /** Every URL that left 127.0.0.1, whoever asked for it. */
  readonly external: Array<{ url: string; from: string }> = [];
  private readonly initiators = new Map<string, Initiator[]>();
  private readonly sessions: CDPSession[] = [];
  /** Icons the pages' own HTML declares: the browser fetches them with initiator "other". */
  private readonly declaredIcons = new Set<string>();

  constructor(private readonly context: BrowserContext) {
    context.on('request', (request) => this.onRequest(request));
  }

  /** Watches `page` (a new tab, before it loads `url`) from its first request. */
  async watch(page: Page, url: string): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
    this.sessions.push(cdp);
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: Initiator }) => {
      const list = this.initiators.get(event.request.url) ?? [];
      list.push(event.initiator);
      this.initiators.set(event.request.url, list);
    });
    await cdp.send('Network.enable');
    // Read from the server's HTML, not the live DOM, so nothing the content script might add counts.
    const html = await (await fetch(url)).text();
    for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
      if (!/\brel=["'][^"']*icon/i.test(tag)) continue;
      const href = tag.match(/\bhref=["']([^"']+)/i)?.[1];
      if (href) this.declaredIcons.add(new URL(href.replaceAll('&amp;', '&'), url).href);
    }
  }

  private onRequest(request: Request): void {
    const url = request.url();
    if (LOCAL.test(url)) return;
    let from: string;
    if (request.serviceWorker()) from = 'service-worker';
    else {
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        frameUrl = '(no frame)';
      }
      from = frameUrl.startsWith('chrome-extension:') ? `extension-page ${frameUrl}` : `web-page ${frameUrl}`;
    }
    this.external.push({ url, from });
  }

  /** Requests Backstory is answerable for: every one from an extension context, and web-page ones the page did not make. */
  offences(): Offence[] {
    const out: Offence[] = [];
    for (const { url, from } of this.external) {
      if (!from.startsWith('web-page')) {
        out.push({ url, from, why: 'an extension context left 127.0.0.1' });
        continue;
      }
      const initiators = this.initiators.get(url) ?? [];
      if (this.declaredIcons.has(url) && initiators.every((i) => i.type === 'other' || isPagesOwn(i))) continue;
      if (initiators.length === 0) out.push({ url, from, why: 'no CDP record of who asked (a tab we did not watch?)' });
      else if (!initiators.every(isPagesOwn)) out.push({ url, from, why: `initiator ${JSON.stringify(initiators.find((i) => !isPagesOwn(i))).slice(0, 200)}` });
    }
    return out;
  }

  /**
   * Icons the pages declare (`<link rel="icon">`): the browser's favicon service may fetch one outside the
   * page's network stack, where neither the harness's routing nor the recorder sees it.
   */
  pageIcons(): ReadonlySet<string> {
    return this.declaredIcons;
  }

  /** Every external URL the recorder saw, for the net-log cross-check. */
  seen(): Set<string> {
    return new Set(this.external.map((e) => e.url.replace(/#.*$/, '')));
  }
}
