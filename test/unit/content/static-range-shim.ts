/**
 * happy-dom has no StaticRange; the marks use it only as a plain record of four fields, which is
 * all this shim provides. Installed only when the environment lacks the real one.
 */
export function installStaticRangeShim(): void {
  if (typeof (globalThis as { StaticRange?: unknown }).StaticRange === 'function') return;
  class StaticRangeShim {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  (globalThis as { StaticRange?: unknown }).StaticRange = StaticRangeShim;
}
