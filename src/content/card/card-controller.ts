/**
 * The card's connected container: the content script's hover, click and keyboard wiring calls this.
 * It owns one CardHost (created on first open), the CardData cache, and the listeners that move,
 * close and keep the card open; all of it goes away when `signal` aborts.
 */
import { h, render } from 'preact';
import { callBackground } from '../../shared/messaging/client';
import { applyChosenLanguage } from '../../shared/i18n/chosen-language';
import { Card, type CardState } from './Card';
import { CardCache } from './card-cache';
import { CardHost } from './card-host';
import { nextTabStop } from './focus-cycle';
import { placeCard } from './placement';
import { createLogger } from '../../model/log';
import { errorMessage } from '../../model/errors';
import { cutOff, stopIfCutOff } from '../instance';

const log = createLogger('content');

export interface CardRequest {
  entityId: string;
  /** The mention as the page wrote it. */
  matchedText: string;
  /** The gazetteer alias that matched. */
  alias: string;
  range: Range;
  trigger: 'hover' | 'click' | 'keyboard';
  /** The site name the "Don't mark this name on …" action shows. */
  site: string;
  onNotThis(): void;
  onHideName(): void;
}

interface OpenCard {
  req: CardRequest;
  state: CardState;
  /** Focus before the card opened, given back on Esc. */
  returnTo: Element | null;
  /** The user clicked or tabbed into the card: leaving it with the pointer no longer closes it. */
  pinned: boolean;
  openedAt: number;
  measured: boolean;
}

/** How long a hover card waits before closing, so the pointer can cross from the mark to the card. */
export const CLOSE_DELAY_MS = 250;

export class CardController {
  private host: CardHost | undefined;
  private current: OpenCard | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointerInside = false;
  private readonly cache = new CardCache((entityId) => callBackground({ type: 'getCard', entityId }));
  private resizeObserver: ResizeObserver | undefined;
  /** The interface language the user chose, read on the first open and again after a settings change. */
  private language: Promise<void> | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  /** Settings changed (perhaps the interface language): the next card reads the choice again. */
  languageMayHaveChanged(): void {
    this.language = null;
  }

  /** The corpus changed: every card shows it from now on, the one open too (its data is asked for again). */
  corpusChanged(): void {
    this.cache.clear();
    if (this.current && !this.signal.aborted) this.load(this.current);
  }

  prefetch(entityIds: string[]): void {
    if (!this.signal.aborted) this.cache.prefetch(entityIds);
  }

  open(req: CardRequest): void {
    // Chrome keeps a cut-off instance running after an update: it must not show cards it can no longer
    // load or act on; it leaves the page instead (instance.ts).
    if (cutOff()) return stopIfCutOff(null);
    if (this.signal.aborted) return;
    this.cancelClose();
    const same = this.current && this.current.req.entityId === req.entityId && this.current.req.range === req.range;
    if (same && this.current) {
      // A click or key on the mention of a hover card upgrades it rather than re-opening it.
      if (req.trigger !== 'hover') this.current.req = req;
      if (req.trigger === 'keyboard') this.focusCard();
      return;
    }
    const host = this.ensureHost();
    this.applyLanguage();
    const cached = this.cache.peek(req.entityId);
    const state: CardState = cached === undefined ? { status: 'loading' } : cached ? { status: 'ready', data: cached } : { status: 'missing' };
    const active = document.activeElement;
    const returnTo = this.current?.returnTo ?? (active && active !== host.element ? active : null);
    this.current = { req, state, returnTo, pinned: req.trigger !== 'hover', openedAt: performance.now(), measured: false };
    this.render();
    host.show();
    this.position();
    if (req.trigger === 'keyboard') this.focusCard();
    if (cached === undefined) this.load(this.current);
    else this.measureOpen(this.current);
  }

  close(opts: { returnFocus?: boolean } = {}): void {
    this.cancelClose();
    const open = this.current;
    if (!open || !this.host) return;
    const focusInside = this.host.root.activeElement !== null;
    this.current = undefined;
    this.pointerInside = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.hide();
    render(null, this.host.mount);
    const target = open.returnTo as HTMLElement | null;
    if ((opts.returnFocus ?? true) && focusInside && target?.isConnected && typeof target.focus === 'function') {
      target.focus({ preventScroll: true });
    }
  }

  scheduleClose(): void {
    // The page's hover tracker sees "no mark" while the pointer is over the card: that is not leaving.
    if (!this.current || this.current.pinned || this.pointerInside) return;
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close({ returnFocus: false }), CLOSE_DELAY_MS);
  }

  cancelClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  /**
   * Until the choice arrives the card speaks the browser's language (t() reads its catalogue); then it
   * is drawn again in the chosen one. One message a page, and one after each settings change.
   */
  private applyLanguage(): void {
    if (this.language) return;
    const applied = applyChosenLanguage().catch((err: unknown) => log.warn('could not apply the language choice:', err));
    this.language = applied;
    void applied.then(() => {
      if (this.signal.aborted || !this.current) return;
      this.render();
      this.position();
    });
  }

  private load(open: OpenCard): void {
    this.cache.get(open.req.entityId).then(
      (data) => this.update(open, data ? { status: 'ready', data } : { status: 'missing' }),
      (err: unknown) => {
        this.update(open, { status: 'error', message: errorMessage(err) });
        stopIfCutOff(err);
      },
    );
  }

  private update(open: OpenCard, state: CardState): void {
    if (this.current !== open) return; // closed or replaced meanwhile
    open.state = state;
    this.render();
    this.position();
    this.measureOpen(open);
  }

  /** Open-to-painted time as a performance measure (read by test/bench/card-bench.ts). */
  private measureOpen(open: OpenCard): void {
    if (open.measured || open.state.status !== 'ready') return;
    open.measured = true;
    requestAnimationFrame(() => {
      try {
        performance.measure('backstory:card-open', { start: open.openedAt, end: performance.now() });
      } catch {
        // User Timing unavailable: the measure is only for the benchmark.
      }
    });
  }

  private render(): void {
    const open = this.current;
    if (!open || !this.host) return;
    const { req } = open;
    render(
      h(Card, {
        state: open.state,
        matchedText: req.matchedText,
        alias: req.alias,
        site: req.site,
        onOpenSource: (ref) => void callBackground({ type: 'openPage', page: 'reader', ...ref }).catch(warn),
        onSearch: (query) => void callBackground({ type: 'openPage', page: 'search', query: query.slice(0, 500) }).catch(warn),
        onOpenPanel: () => void callBackground({ type: 'openPanel' }).catch(warn),
        onNotThis: () => {
          this.close();
          req.onNotThis();
        },
        onHideName: () => {
          this.close();
          req.onHideName();
        },
        onClose: () => this.close(),
      }),
      this.host.mount,
    );
  }

  private cardElement(): HTMLElement | null {
    return this.host?.mount.firstElementChild as HTMLElement | null;
  }

  private focusCard(): void {
    const card = this.cardElement();
    if (!card || !this.current) return;
    this.current.pinned = true;
    card.focus({ preventScroll: true });
  }

  private position(): void {
    const open = this.current;
    const card = this.cardElement();
    if (!open || !card || !this.host) return;
    const rects = Array.from(open.req.range.getClientRects());
    const placement = placeCard({
      anchors: rects,
      card: { width: card.offsetWidth, height: card.scrollHeight + 2 },
      viewport: { width: document.documentElement.clientWidth || innerWidth, height: innerHeight },
      rtl: getComputedStyle(open.req.range.startContainer.parentElement ?? document.documentElement).direction === 'rtl',
    });
    // The mention left the page or the viewport: a card pointing at nothing only confuses.
    if (rects.length === 0 || (!placement.anchorVisible && !open.pinned)) {
      this.close({ returnFocus: false });
      return;
    }
    this.host.place(placement);
  }

  private schedulePosition = (): void => {
    if (!this.current || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  };

  private ensureHost(): CardHost {
    if (this.host) return this.host;
    const host = new CardHost(this.signal);
    this.host = host;
    const { signal } = this;
    const el = host.element;
    // Only the reader's own input moves the card: a page can synthesise any event on our host.
    el.addEventListener('pointerenter', (e) => {
      if (!e.isTrusted) return;
      this.pointerInside = true;
      this.cancelClose();
    }, { signal });
    el.addEventListener('pointerleave', (e) => {
      if (!e.isTrusted) return;
      this.pointerInside = false;
      this.scheduleClose();
    }, { signal });
    el.addEventListener('focusin', () => this.current && (this.current.pinned = true), { signal });
    host.root.addEventListener('keydown', (e) => this.onCardKey(e as KeyboardEvent), { signal });
    document.addEventListener('keydown', (e) => this.onDocumentKey(e), { capture: true, signal });
    document.addEventListener('pointerdown', (e) => this.onPointerDown(e), { capture: true, signal });
    window.addEventListener('scroll', this.schedulePosition, { capture: true, passive: true, signal });
    window.addEventListener('resize', this.schedulePosition, { passive: true, signal });
    this.resizeObserver = new ResizeObserver(this.schedulePosition);
    this.resizeObserver.observe(host.mount);
    return host;
  }

  private onCardKey(e: KeyboardEvent): void {
    if (e.key !== 'Tab' || !this.host) return;
    const next = nextTabStop(this.host.root, e.shiftKey);
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }

  private onDocumentKey(e: KeyboardEvent): void {
    if (!e.isTrusted || e.key !== 'Escape' || !this.current || !this.host) return;
    if (this.host.root.activeElement !== null) {
      // Esc inside the card is ours: the page's own handlers (closing its dialog, …) should not run.
      e.preventDefault();
      e.stopPropagation();
    }
    this.close({ returnFocus: true });
  }

  private onPointerDown(e: Event): void {
    if (!e.isTrusted || !this.current || !this.host || e.composedPath().includes(this.host.element)) return;
    const { clientX: x, clientY: y } = e as PointerEvent;
    const onMention = Array.from(this.current.req.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    if (!onMention) this.close({ returnFocus: false });
  }

  private teardown(): void {
    this.cancelClose();
    cancelAnimationFrame(this.frame);
    this.resizeObserver?.disconnect();
    if (this.host) render(null, this.host.mount);
    this.current = undefined;
  }
}

function warn(err: unknown): void {
  log.warn('card action failed:', err);
}
