import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeCard, type Rect } from '../../../../src/content/card/placement';

const vp = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const rect = (left: number, top: number, width = 80, height = 20): Rect => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('goes below the mention, aligned with its start, when there is room', () => {
    const p = placeCard({ anchors: [rect(100, 100)], card, viewport: vp, rtl: false, gap: 6, margin: 8 });
    expect(p).toMatchObject({ side: 'below', left: 100, top: 126, anchorVisible: true });
  });

  it('flips above when the space below is too small', () => {
    const p = placeCard({ anchors: [rect(100, 700)], card, viewport: vp, rtl: false, gap: 6, margin: 8 });
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - 6 - 300);
  });

  it('shifts left to stay inside the viewport near the right edge', () => {
    const p = placeCard({ anchors: [rect(900, 100)], card, viewport: vp, rtl: false, gap: 6, margin: 8 });
    expect(p.left).toBe(1000 - 8 - 380);
  });

  it('aligns to the right edge of the mention on right-to-left pages', () => {
    const p = placeCard({ anchors: [rect(600, 100)], card, viewport: vp, rtl: true, gap: 6, margin: 8 });
    expect(p.left + 380).toBe(680);
  });

  it('shifts right on RTL pages when the mention is near the left edge', () => {
    const p = placeCard({ anchors: [rect(10, 100)], card, viewport: vp, rtl: true, gap: 6, margin: 8 });
    expect(p.left).toBe(8);
  });

  it('hangs below the last line of a wrapped mention and above the first', () => {
    const wrapped = [rect(850, 100, 120), rect(20, 120, 60)];
    const below = placeCard({ anchors: wrapped, card, viewport: vp, rtl: false, gap: 6, margin: 8 });
    expect(below).toMatchObject({ side: 'below', left: 20, top: 146 });
    const low = [rect(850, 600, 120), rect(20, 620, 60)];
    const above = placeCard({ anchors: low, card, viewport: vp, rtl: false, gap: 6, margin: 8 });
    expect(above.side).toBe('above');
    expect(above.top).toBe(600 - 6 - 300);
    expect(above.left).toBe(1000 - 8 - 380); // first line starts at 850, shifted in
  });

  it('ignores empty rects that ranges report at line boundaries', () => {
    const p = placeCard({ anchors: [{ left: 990, top: 100, right: 990, bottom: 100 }, rect(50, 120)], card, viewport: vp, rtl: false });
    expect(p.left).toBe(50);
  });

  it('fits a tiny viewport: narrower, capped height, never outside', () => {
    const tiny = { width: 320, height: 240 };
    const p = placeCard({ anchors: [rect(100, 110)], card, viewport: tiny, rtl: false, gap: 6, margin: 8 });
    expect(p.maxWidth).toBe(304);
    expect(p.left).toBe(8);
    expect(p.maxHeight).toBeLessThan(300);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + Math.min(300, p.maxHeight)).toBeLessThanOrEqual(240 - 8);
  });

  it('reports a mention scrolled out of view', () => {
    expect(placeCard({ anchors: [rect(100, -200)], card, viewport: vp, rtl: false }).anchorVisible).toBe(false);
    expect(placeCard({ anchors: [rect(100, 900)], card, viewport: vp, rtl: false }).anchorVisible).toBe(false);
  });

  it('always stays inside the viewport and never covers a visible mention when a side fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 980 }), fc.integer({ min: 0, max: 780 }), fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 100, max: 700 }), fc.boolean(),
        (x, y, w, h, rtl) => {
          const anchor = rect(x, y, Math.min(w, 1000 - x), 20);
          const p = placeCard({ anchors: [anchor], card: { width: 380, height: h }, viewport: vp, rtl, gap: 6, margin: 8 });
          const shown = Math.min(h, p.maxHeight);
          expect(p.left).toBeGreaterThanOrEqual(8);
          expect(p.left + 380).toBeLessThanOrEqual(992);
          expect(p.top).toBeGreaterThanOrEqual(8);
          expect(p.top + shown).toBeLessThanOrEqual(792);
          const fitsSomewhere = h <= 800 - 8 - (anchor.bottom + 6) || h <= anchor.top - 6 - 8;
          if (fitsSomewhere) {
            const overlaps = p.top < anchor.bottom && p.top + shown > anchor.top;
            expect(overlaps).toBe(false);
          }
        },
      ),
    );
  });
});
