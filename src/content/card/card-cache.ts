/**
 * CardData per entity, fetched once per page. `prefetch` is called when a page is scanned (and on hover
 * intent), so by the time a card opens its data is usually here and the first frame shows it whole.
 * Failures are not cached: the next open asks again (the background may have been restarting).
 */
import type { CardData } from '../../model/corpus-types';

export type CardLoader = (entityId: string) => Promise<CardData | null>;

export class CardCache {
  private readonly ready = new Map<string, CardData | null>();
  private readonly pending = new Map<string, Promise<CardData | null>>();
  /** Bumped by `clear()`: a load begun before it answers from the old corpus and is asked again. */
  private generation = 0;

  constructor(private readonly load: CardLoader, private readonly limit = 200) {}

  /** The data, if it has already arrived (`undefined` when not loaded yet). */
  peek(entityId: string): CardData | null | undefined {
    return this.ready.get(entityId);
  }

  get(entityId: string): Promise<CardData | null> {
    if (this.ready.has(entityId)) return Promise.resolve(this.ready.get(entityId) ?? null);
    let promise = this.pending.get(entityId);
    if (!promise) {
      const generation = this.generation;
      promise = this.load(entityId).then(
        (data) => {
          if (generation !== this.generation) return this.get(entityId);
          this.pending.delete(entityId);
          // A page names a few dozen entities at most; the limit only guards against a runaway page.
          if (this.ready.size >= this.limit) this.ready.delete(this.ready.keys().next().value as string);
          this.ready.set(entityId, data);
          return data;
        },
        (err: unknown) => {
          if (generation === this.generation) this.pending.delete(entityId);
          throw err;
        },
      );
      this.pending.set(entityId, promise);
    }
    return promise;
  }

  /** The corpus changed (the reader saved an article, imported a pack): every card is asked for afresh. */
  clear(): void {
    this.generation++;
    this.ready.clear();
    this.pending.clear();
  }

  /** Warm the cache; errors are left for the open that needs the data to report. */
  prefetch(entityIds: Iterable<string>): void {
    for (const id of entityIds) if (!this.ready.has(id)) this.get(id).catch(() => undefined);
  }
}
