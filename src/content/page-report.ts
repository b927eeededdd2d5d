/**
 * What a page tells the rest of the extension after each draw: the background hears which names are
 * marked and how many mentions (its badge and the popup), only when that changed; a screen reader
 * hears how many topics were found, once per page address; and the card cache fetches the marked
 * names' data before the first hover.
 */
import { stopIfCutOff } from './instance';
import { callBackground } from '../shared/messaging/client';
import { Announcer } from './announcer';
import type { CardController } from './card/card-controller';
import type { Mark } from './marks/mark';
import { pageKey } from './watch/url-watch';
import { createLogger } from '../model/log';

const log = createLogger('content');

export class PageReport {
  private readonly announcer: Announcer;
  private last = '';

  constructor(
    private readonly card: Pick<CardController, 'prefetch'>,
    private readonly signal: AbortSignal,
  ) {
    this.announcer = new Announcer(signal);
  }

  /** After a draw: the background now, the announcement and the cards' data at an idle moment. */
  drawn(marks: readonly Mark[]): void {
    const entityIds = [...new Set(marks.map((m) => m.entityId))];
    this.toBackground(entityIds, marks.length);
    // Not needed for the marks to show: the announcement (it adds our live region to the page the
    // first time) and the cards' data wait for an idle moment, off the task that draws (~3 ms on
    // an Arabic news page's first scan). A reader cannot hover a mark sooner than that anyway.
    const key = pageKey(location.href);
    requestIdleCallback(
      () => {
        if (this.signal.aborted) return;
        this.announcer.announce(key, entityIds.length);
        if (entityIds.length > 0) this.card.prefetch(entityIds);
      },
      { timeout: 500 },
    );
  }

  private toBackground(entityIds: string[], mentionCount: number): void {
    const key = `${location.href}|${entityIds.join(',')}|${mentionCount}`;
    if (key === this.last) return;
    this.last = key;
    callBackground({ type: 'reportPage', entityIds, mentionCount }).catch((err: unknown) => {
      if (!this.signal.aborted) log.debug('could not report the page:', err);
      stopIfCutOff(err);
    });
  }
}
