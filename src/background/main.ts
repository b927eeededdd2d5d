/**
 * Background entry (Chrome service worker, Firefox event page). It can be stopped at any moment:
 * everything it knows lives in IndexedDB or the bundled corpus, and every cache here is derived.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { BACKGROUND_REQUEST_SENDERS, backgroundRequestSchema } from '../shared/messaging/background-request';
import { createReceiver } from '../shared/messaging/receiver';
import { getCorpus } from './corpus-access';
import { handlers } from './handlers';
import { onCommand } from './commands';
import { SAVE_MENU_ID, createSaveMenu, openSavePreview } from './save-entry';
import { rollBackOnce } from './user-article-handlers';
import { PANEL_COMMAND, PANEL_MENU_ID, openPanel } from './panel';

const receive = createReceiver('background', backgroundRequestSchema, handlers, () => browser.runtime.id, {
  origin: () => browser.runtime.getURL(''),
  senders: BACKGROUND_REQUEST_SENDERS,
});
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => receive(message, sender));

// Import the corpus into IndexedDB on install and on update (and redo a half-finished import).
browser.runtime.onInstalled.addListener(() => {
  createSaveMenu();
  void rollBackOnce().finally(() => void getCorpus());
});
browser.runtime.onStartup.addListener(() => void rollBackOnce().finally(() => void getCorpus()));
browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'save-article') openSavePreview(tab);
  else if (command === PANEL_COMMAND) void openPanel(tab?.id, tab?.windowId);
  else void onCommand(command, tab);
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ID) openSavePreview(tab);
  if (info.menuItemId === PANEL_MENU_ID) void openPanel(tab?.id, tab?.windowId);
});
