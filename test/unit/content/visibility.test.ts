// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { VisibilityCache } from '../../../src/content/scan/visibility';

describe('VisibilityCache', () => {
  it('finds mentions in hidden text lazily: only the elements asked about are checked, once each', () => {
    document.body.innerHTML = '<p id="a">x <b>y</b></p><div style="display:none"><p id="b">z</p></div>';
    const cache = new VisibilityCache();
    const a = document.getElementById('a')!.firstChild as Text;
    const b = document.getElementById('b')!.firstChild as Text;
    expect(cache.textHidden(a)).toBe(false);
    expect(cache.textHidden(a)).toBe(false);
    expect(cache.textHidden(b)).toBe(true);
    expect(cache.checks).toBe(2);
  });
});
