import { currentLocale, localeDirection, t } from '../shared/i18n';

/**
 * One polite screen-reader announcement per page ("Backstory found 7 topics on this page"). The live
 * region lives in Backstory's own element, `<backstory-announcer data-backstory-ui>` with an open
 * shadow root: one node of ours, which every scan and the tests' node counts leave out. The text is in
 * the browser's language (the content script reads the browser's catalogue), with its plural.
 */
export class Announcer {
  private host: HTMLElement | null = null;
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
    setTimeout(() => {
      region.textContent = t('announce_topics', { count: topicCount });
    }, 100);
  }

  private region(): HTMLElement {
    if (!this.host || !this.host.isConnected) {
      this.host = document.createElement('backstory-announcer');
      this.host.setAttribute('data-backstory-ui', '');
      const root = this.host.attachShadow({ mode: 'open' });
      const live = document.createElement('div');
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      // The page may be in another language: the announcement says which one it is in, so it is read right.
      live.setAttribute('lang', currentLocale());
      live.setAttribute('dir', localeDirection());
      // Visually hidden but read: the usual clip pattern.
      live.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
      root.append(live);
      document.documentElement.append(this.host);
    }
    return this.host.shadowRoot!.firstElementChild as HTMLElement;
  }
}
