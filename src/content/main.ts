/**
 * Content script entry: asks the background whether Backstory runs on this site, then starts or stops
 * the page session. Every feature the session starts is torn down through one AbortSignal, so turning
 * Backstory off on a site removes every highlight, listener and observer without a reload.
 */
import { SCRIPT_START } from './timing/script-start';
import { listen, runtime } from '../shared/messaging/runtime';
import { callBackground } from '../shared/messaging/client';
import { contentRequestSchema, type ContentRequest, type ContentResponses } from '../shared/messaging/content-request';
import { createReceiver } from '../shared/messaging/receiver';
import { PageSession } from './page-session';
import { snapshotThisPage } from './snapshot-page';
import { createLogger } from '../model/log';
import { isCutOffError, replaceOlderInstances, stopWhenReplaced } from './instance';
import { measure } from './timing/measure';

const log = createLogger('content');

let session: PageSession | undefined;
/** Lives as long as this instance: a newer instance (after an update) ends it. */
const instance = new AbortController();

/** This instance is cut off from the extension (updated, reloaded, removed): leave the page as it was. */
function stopInstance(): void {
  session?.destroy();
  session = undefined;
  instance.abort();
}

async function applySettings(): Promise<boolean> {
  const settings = await callBackground({ type: 'getPageSettings', url: location.href });
  if (!settings.enabled) {
    session?.destroy();
    session = undefined;
    return false;
  }
  if (session) session.update(settings);
  else session = new PageSession(settings);
  return true;
}

const handlers: { [K in ContentRequest['type']]: (r: Extract<ContentRequest, { type: K }>) => Promise<ContentResponses[K]> | ContentResponses[K] } = {
  settingsChanged: async () => ({ active: await applySettings() }),
  getFindings: () => session?.findings() ?? { url: location.href, active: false, onTopic: false, findings: [] },
  reveal: (r) => session?.reveal(r.entityId, r.index) ?? { revealed: false, total: 0 },
  getLocation: () => ({ url: location.href }),
  moveMark: (r) => ({ moved: session?.moveMark(r.direction) ?? false }),
  corpusChanged: () => {
    session?.corpusChanged();
    return { cleared: session !== undefined };
  },
  // Works whether or not Backstory runs on this site: saving is the reader's explicit request.
  snapshotPage: () => snapshotThisPage(),
};

replaceOlderInstances();
stopWhenReplaced(stopInstance, instance.signal);

// Only the top frame answers the popup's questions; frames still scan and mark their own text.
const isTop = window === window.top;
const receive = createReceiver('content', contentRequestSchema, handlers, () => runtime().id);
listen((message, sender) => {
  // Frames scan, mark and open cards of their own: they hear what changes those.
  const type = (message as { type?: unknown } | null)?.type;
  if (!isTop && type !== 'settingsChanged' && type !== 'corpusChanged') return undefined;
  return receive(message, sender);
});

applySettings().catch((err: unknown) => (isCutOffError(err) ? stopInstance() : log.warn('could not start on this page:', err)));

// The script's own evaluation, up to here (the settings answer and the scan come later, in tasks of their own).
measure('backstory-eval', SCRIPT_START, performance.now());
