import { currentLocale, localeDirection, t } from '../shared/i18n';
import { applyChosenLanguage } from '../shared/i18n/chosen-language';

/**
 * One polite screen-reader announcement per page ("Backstory found 7 topics on this page"). The live
 * region lives in Backstory's own element, `<backstory-announcer data-backstory-ui>` with a closed
 * shadow root: one node of ours, which every scan and the tests' node counts leave out. The text is in
 * the interface language (the user's choice, else the browser's), with its plural.
 */
export class Announcer {
  private host: HTMLElement | null = null;
  /** Kept here: the root is closed, so `host.shadowRoot` is null for us as for the page. */
  private live: HTMLElement | null = null;
  private announcedFor: string | null = null;

  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => this.host?.remove(), { once: true });
  }

  /** Announce once per page address; later scans of the same page stay silent. */
  announce(pageKey: string, topicCount: number): void {
    if (topicCount === 0 || this.announcedFor === pageKey) return;
    this.announcedFor = pageKey;
    const region = this.region();
    // Cleared first and written a moment later, so screen readers notice a change even if the text repeats.
    region.textContent = '';
    // The choice is read when there is something to say (once a page), so a page without names costs nothing.
    const ready = applyChosenLanguage().catch(() => undefined); // the browser's language, then
    const pause = new Promise((resolve) => setTimeout(resolve, 100));
    void Promise.all([ready, pause]).then(() => {
      // The page may be in another language: the region says which one it speaks, so it is read right.
      region.setAttribute('lang', currentLocale());
      region.setAttribute('dir', localeDirection());
      region.textContent = t('announce_topics', { count: topicCount });
    });
  }

  private region(): HTMLElement {
    if (!this.host || !this.host.isConnected) {
      this.host = document.createElement('backstory-announcer');
      this.host.setAttribute('data-backstory-ui', '');
      const root = this.host.attachShadow({ mode: 'closed' });
      const live = document.createElement('div');
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      // Visually hidden but read: the usual clip pattern.
      live.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
      root.append(live);
      document.documentElement.append(this.host);
      this.live = live;
    }
    return this.live!;
  }
}
