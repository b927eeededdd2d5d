import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './failure-text';

export interface BackgroundLoad<T> {
  /** The last answer (null until the first arrives). */
  data: T | null;
  /** Why the last request failed, in the reader's words; null after an answer. */
  error: string | null;
  /** Asks again (after a change the container made); an older answer arriving later is dropped. */
  reload(): Promise<void>;
}

export interface BackgroundLoadOptions {
  /**
   * When `deps` change, forget the last answer and failure until the new one arrives (the side panel: another
   * tab or page is not shown the previous one's reading). By default the last answer stays shown meanwhile.
   */
  clearOnChange?: boolean;
}

/**
 * The load / error / reload pattern of every container that shows what the background answers: asked on
 * mount and when `deps` change, again on `reload()`. Only the newest request's answer or failure is kept,
 * so a slow answer never overwrites a newer one, and nothing is set after the container is gone.
 */
export function useBackgroundLoad<T>(load: () => Promise<T>, deps: readonly unknown[] = [], options: BackgroundLoadOptions = {}): BackgroundLoad<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const newest = useRef(0);
  // `deps` say when `load` asks something else (as for useEffect).
  const reload = useCallback(async () => {
    const ask = ++newest.current;
    try {
      const answer = await load();
      if (ask !== newest.current) return;
      setData(answer);
      setError(null);
    } catch (err) {
      if (ask === newest.current) setError(errorText(err));
    }
  }, deps);
  useEffect(() => {
    if (options.clearOnChange) {
      setData(null);
      setError(null);
    }
    void reload();
    return () => {
      newest.current++;
    };
  }, [reload]);
  return { data, error, reload };
}
