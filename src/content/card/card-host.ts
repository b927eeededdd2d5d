/**
 * The element Backstory owns in the page: `<backstory-card data-backstory-ui>` with a closed shadow
 * root (the card can quote the reader's own saved articles: a page must not read it), shown in the top layer as a manual popover so no page z-index, sticky header or overlay can
 * cover it. A modal <dialog> the page opens later also enters the top layer (above us), and makes the
 * rest of the document inert; so while the card is open we watch for that and re-show the card, moving
 * it inside the topmost modal dialog so it stays operable.
 */
import { CARD_CSS } from './card-styles';
import type { Placement } from './placement';

export class CardHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Where Preact renders. */
  readonly mount: HTMLElement;
  private watcher: MutationObserver | undefined;
  private readonly supportsPopover: boolean;

  constructor(private readonly signal: AbortSignal) {
    this.element = document.createElement('backstory-card');
    this.element.setAttribute('data-backstory-ui', '');
    this.supportsPopover = typeof this.element.showPopover === 'function';
    if (this.supportsPopover) this.element.setAttribute('popover', 'manual');
    this.root = this.element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = document.createElement('div');
    this.root.append(style, this.mount);
    this.listenForTopLayerChanges();
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  get shown(): boolean {
    return this.supportsPopover ? this.element.matches(':popover-open') : this.element.hasAttribute('data-fallback-open');
  }

  show(): void {
    const parent = topModalDialog() ?? document.documentElement;
    if (this.element.parentNode !== parent) {
      if (this.shown) this.hidePopover();
      parent.appendChild(this.element);
    }
    if (!this.shown) this.showPopover();
    this.watchTopLayer();
  }

  hide(): void {
    this.watcher?.disconnect();
    this.watcher = undefined;
    if (this.shown) this.hidePopover();
  }

  /** Position through custom properties the shadow stylesheet reads (see card-styles.ts). */
  place(p: Placement): void {
    const s = this.element.style;
    s.setProperty('--backstory-card-x', `${p.left}px`, 'important');
    s.setProperty('--backstory-card-y', `${p.top}px`, 'important');
    this.mount.style.setProperty('--bs-max-height', `${p.maxHeight}px`);
    this.mount.style.setProperty('--bs-max-width', `${p.maxWidth}px`);
    this.element.dataset.side = p.side;
  }

  /** Re-enter the top layer above whatever the page put there after us. */
  raise(): void {
    if (!this.element.isConnected && !this.signal.aborted) document.documentElement.appendChild(this.element);
    const active = this.root.activeElement as HTMLElement | null;
    this.hidePopover();
    this.show();
    active?.focus({ preventScroll: true });
  }

  private showPopover(): void {
    if (this.supportsPopover) {
      try {
        this.element.showPopover();
      } catch {
        // Not connected or already open: nothing to do.
      }
    } else this.element.setAttribute('data-fallback-open', '');
  }

  private hidePopover(): void {
    if (this.supportsPopover) {
      try {
        this.element.hidePopover();
      } catch {
        // Already hidden.
      }
    } else this.element.removeAttribute('data-fallback-open');
  }

  /** While shown: a dialog opening or closing, a page popover or fullscreen → raise the card again. */
  private watchTopLayer(): void {
    if (this.watcher) return;
    this.watcher = new MutationObserver((records) => {
      if (records.some((r) => r.target !== this.element && (r.type === 'attributes' || !this.element.isConnected))) this.raiseSoon();
    });
    this.watcher.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['open'], childList: true });
  }

  private raiseQueued = false;
  private raiseSoon(): void {
    if (this.raiseQueued || !this.watcher) return;
    this.raiseQueued = true;
    queueMicrotask(() => {
      this.raiseQueued = false;
      if (this.watcher && !this.signal.aborted) this.raise();
    });
  }

  private listenForTopLayerChanges(): void {
    const onToggle = (e: Event) => {
      if (e.target !== this.element && (e as ToggleEvent).newState === 'open') this.raiseSoon();
    };
    document.addEventListener('toggle', onToggle, { capture: true, signal: this.signal });
    document.addEventListener('fullscreenchange', () => this.raiseSoon(), { signal: this.signal });
  }

  private destroy(): void {
    this.watcher?.disconnect();
    this.watcher = undefined;
    this.hidePopover();
    this.element.remove();
  }
}

/** The modal dialog the page shows on top, if any: outside it everything is inert. */
function topModalDialog(): HTMLElement | null {
  try {
    const modals = document.querySelectorAll<HTMLElement>('dialog:modal');
    return modals[modals.length - 1] ?? null;
  } catch {
    return null; // `:modal` unsupported
  }
}
