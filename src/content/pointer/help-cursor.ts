/**
 * `cursor: help` over a mark, without touching any page node: one constructed stylesheet, adopted
 * by the document once and switched on and off with `disabled`. Adopted sheets are not nodes and
 * fire no mutation observer. Where the browser refuses a sheet from the content script's world
 * (adoption can throw across Firefox's Xray boundary), the cursor simply stays as the page set it.
 */
export class HelpCursor {
  private sheet: CSSStyleSheet | null = null;

  constructor(signal: AbortSignal) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':root, :root * { cursor: help !important; }');
      sheet.disabled = true;
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      this.sheet = null;
    }
    signal.addEventListener('abort', () => this.remove(), { once: true });
  }

  get available(): boolean {
    return this.sheet !== null;
  }

  set(on: boolean): void {
    if (this.sheet && this.sheet.disabled === on) this.sheet.disabled = !on;
  }

  private remove(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = null;
    try {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      sheet.disabled = true;
    }
  }
}
