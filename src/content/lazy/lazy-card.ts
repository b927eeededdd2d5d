/**
 * The card as the page session sees it, before and after its module arrives (card-module.ts, a lazy
 * module: ~12 KB gzip of preact and the card's interface that a page without a mention never runs).
 *
 * The module is fetched when the first marks are drawn (`prefetch`, at an idle moment after the draw,
 * with the cards' data), so by the time a reader's hover intent has elapsed it is there; an open before
 * it arrives waits for it, and is dropped if the reader moved on meanwhile (another open, a close, the
 * pointer leaving the mark of a hover card).
 */
import type { CardController, CardRequest } from '../card/card-controller';
import { stopIfCutOff } from '../instance';
import { createLogger } from '../../model/log';
import { importLazy } from './lazy-module';

const log = createLogger('content');

export class LazyCard {
  private controller: CardController | undefined;
  private loading: Promise<CardController | undefined> | undefined;
  /** Bumped by every open, close and hover leave: a waiting open that finds it moved on is dropped. */
  private ticket = 0;
  /** The trigger of an open waiting for the module. */
  private waiting: CardRequest['trigger'] | undefined;

  constructor(private readonly signal: AbortSignal) {}

  /** Open, or about to open as soon as the module is there. */
  get isOpen(): boolean {
    return this.controller ? this.controller.isOpen : this.waiting !== undefined;
  }

  /** Before the module, nothing has read the language yet: the first open reads it. */
  languageMayHaveChanged(): void {
    this.controller?.languageMayHaveChanged();
  }

  /** Before the module, nothing is cached yet. */
  corpusChanged(): void {
    this.controller?.corpusChanged();
  }

  prefetch(entityIds: string[]): void {
    void this.ready().then((c) => c?.prefetch(entityIds));
  }

  open(req: CardRequest): void {
    if (this.controller) return this.controller.open(req);
    const ticket = ++this.ticket;
    this.waiting = req.trigger;
    void this.ready().then((c) => {
      if (ticket !== this.ticket) return;
      this.waiting = undefined;
      c?.open(req);
    });
  }

  close(opts?: { returnFocus?: boolean }): void {
    this.drop();
    this.controller?.close(opts);
  }

  scheduleClose(): void {
    // A hover card still on its way: the pointer left its mark, so it never opens (a clicked one still does).
    if (!this.controller) {
      if (this.waiting === 'hover') this.drop();
      return;
    }
    this.controller.scheduleClose();
  }

  cancelClose(): void {
    this.controller?.cancelClose();
  }

  private drop(): void {
    this.ticket++;
    this.waiting = undefined;
  }

  private ready(): Promise<CardController | undefined> {
    this.loading ??= importLazy<{ CardController: typeof CardController }>('card').then(
      (module) => {
        if (this.signal.aborted) return undefined;
        return (this.controller = new module.CardController(this.signal));
      },
      (err: unknown) => {
        // Tried again at the next open; a script cut off from its extension leaves the page (instance.ts).
        this.loading = undefined;
        stopIfCutOff(err);
        if (!this.signal.aborted) log.warn('could not load the card:', err);
        return undefined;
      },
    );
    return this.loading;
  }
}
