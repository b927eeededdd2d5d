import { describe, expect, it } from 'vitest';
import { shortcutDirection, startIndex, stepIndex } from '../../../src/content/keyboard';

describe('keyboard navigation', () => {
  it('steps to neighbours and wraps at both ends', () => {
    expect(stepIndex(0, 3, 'next')).toBe(1);
    expect(stepIndex(2, 3, 'next')).toBe(0);
    expect(stepIndex(0, 3, 'previous')).toBe(2);
    expect(stepIndex(-1, 3, 'previous')).toBe(2);
    expect(stepIndex(-1, 0, 'next')).toBe(-1);
  });

  it('starts from the viewport: first mark below its top, or last above its bottom', () => {
    const tops = [-500, -20, 40, 300, 1200];
    const bottoms = tops.map((t) => t + 18);
    expect(startIndex(tops, bottoms, 900, 'next')).toBe(2);
    expect(startIndex(tops, bottoms, 900, 'previous')).toBe(3);
    expect(startIndex([-900, -400], [-880, -380], 900, 'next')).toBe(0);
  });

  it('recognises Alt+Shift+N and Alt+Shift+P by key position only', () => {
    const key = (code: string, mods: Partial<KeyboardEvent> = {}) =>
      ({ code, altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, repeat: false, ...mods }) as KeyboardEvent;
    expect(shortcutDirection(key('KeyN'))).toBe('next');
    expect(shortcutDirection(key('KeyP'))).toBe('previous');
    expect(shortcutDirection(key('KeyN', { ctrlKey: true }))).toBeNull();
    expect(shortcutDirection(key('KeyN', { shiftKey: false }))).toBeNull();
    expect(shortcutDirection(key('KeyX'))).toBeNull();
  });
});
