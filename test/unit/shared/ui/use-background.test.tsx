// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useBackgroundLoad } from '../../../../src/shared/ui/use-background';

afterEach(cleanup);

/** A request the test answers by hand, in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useBackgroundLoad', () => {
  it('keeps only the newest answer: a slow older one arriving later is dropped', async () => {
    const asked: Array<ReturnType<typeof deferred<string>>> = [];
    const { result, rerender } = renderHook(({ key }: { key: string }) => useBackgroundLoad(() => (asked.push(deferred<string>()), asked.at(-1)!.promise), [key]), {
      initialProps: { key: 'a' },
    });
    rerender({ key: 'b' });
    await act(async () => asked[1]!.resolve('b'));
    await act(async () => asked[0]!.resolve('a'));
    expect(result.current.data).toBe('b');
  });

  it('a failure is said in words and cleared by the next answer', async () => {
    let fail = true;
    const { result } = renderHook(() => useBackgroundLoad(async () => (fail ? Promise.reject(new Error('boom')) : 'ok')));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    fail = false;
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ data: 'ok', error: null });
  });

  it('keeps the last answer shown while asking again, unless told to forget it when what is asked changes', async () => {
    for (const clearOnChange of [false, true]) {
      const asked: Array<ReturnType<typeof deferred<string>>> = [];
      const { result, rerender } = renderHook(
        ({ key }: { key: string }) => useBackgroundLoad(() => (asked.push(deferred<string>()), asked.at(-1)!.promise), [key], { clearOnChange }),
        { initialProps: { key: 'tab 1' } },
      );
      await act(async () => asked[0]!.resolve('reading of tab 1'));
      expect(result.current.data).toBe('reading of tab 1');
      // Asked again for the same thing: the reading stays shown either way.
      void act(() => void result.current.reload());
      expect(result.current.data).toBe('reading of tab 1');
      await act(async () => asked[1]!.resolve('reading of tab 1, again'));
      // Another tab: shown nothing of the last one's when told to forget.
      rerender({ key: 'tab 2' });
      await act(async () => undefined);
      expect(result.current.data).toBe(clearOnChange ? null : 'reading of tab 1, again');
      await act(async () => asked[2]!.resolve('reading of tab 2'));
      expect(result.current.data).toBe('reading of tab 2');
      cleanup();
    }
  });
});
