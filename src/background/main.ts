/**
 * Background entry (Chrome service worker, Firefox event page). It can be stopped at any moment:
 * everything it knows lives in IndexedDB or the bundled corpus, and every cache here is derived.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { backgroundRequestSchema } from '../shared/messaging/background-request';
import { createReceiver } from '../shared/messaging/receiver';
import { getCorpus } from './corpus-access';
import { handlers } from './handlers';
import { onCommand } from './commands';

const receive = createReceiver('background', backgroundRequestSchema, handlers, () => browser.runtime.id);
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => receive(message, sender));

// Import the corpus into IndexedDB on install and on update (and redo a half-finished import).
browser.runtime.onInstalled.addListener(() => void getCorpus());
browser.runtime.onStartup.addListener(() => void getCorpus());
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
