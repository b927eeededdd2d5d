import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { resetFakeBrowser, world } from './fixtures/fake-browser';
import { setBadge } from '../../../src/background/badge';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
beforeEach(resetFakeBrowser);

const frame = (tabId: number | undefined, frameId = 0): Runtime.MessageSender =>
  tabId === undefined ? { frameId } : { tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId };

describe('the toolbar badge', () => {
  it('shows how many distinct entities the tab\u2019s frames found together', async () => {
    expect(await setBadge(frame(5), ['putin', 'hmeimim'])).toBe('2');
    expect(world.badgeText.get(5)).toBe('2');
    // A frame in the same page finds one more and one already counted.
    expect(await setBadge(frame(5, 3), ['hmeimim', 'tartus'])).toBe('3');
    expect(world.badgeText.get(5)).toBe('3');
    expect(world.badgeColor.get(5)).toBe('#115e59');
  });

  it('starts again when the top frame reports a new page', async () => {
    await setBadge(frame(5), ['putin']);
    await setBadge(frame(5, 3), ['hmeimim', 'tartus']);
    expect(await setBadge(frame(5), ['assad'])).toBe('1');
    expect(world.badgeText.get(5)).toBe('1');
  });

  it('keeps each tab\u2019s count apart', async () => {
    await setBadge(frame(5), ['putin', 'hmeimim']);
    await setBadge(frame(6), ['assad']);
    expect(world.badgeText.get(5)).toBe('2');
    expect(world.badgeText.get(6)).toBe('1');
  });

  it('is empty when nothing was found', async () => {
    await setBadge(frame(5), ['putin']);
    expect(await setBadge(frame(5), [])).toBe('');
    expect(world.badgeText.get(5)).toBe('');
  });

  it('sets no badge for a sender outside a tab', async () => {
    expect(await setBadge(frame(undefined), ['putin'])).toBe('');
    expect(world.badgeText.size).toBe(0);
  });

  it('counts the reporting frame alone where the browser has no session storage', async () => {
    world.session = undefined;
    await setBadge(frame(5), ['putin']);
    expect(await setBadge(frame(5, 3), ['hmeimim', 'tartus'])).toBe('2');
  });
});
