/**
 * The card's stylesheet, injected into its shadow root. Page CSS cannot select inside a shadow root,
 * and `:host { all: initial !important }` stops inheritance at the host: important declarations from
 * the inner (shadow) context beat the page's, even `* { all: unset !important }`. Every size is in px
 * so a page's root font size cannot scale the card. Sides are logical (`margin-inline-start`, …): the
 * card lays out in the interface's direction, right to left in Arabic, from `dir` on its root.
 */
import { DARK, LIGHT, paletteVars } from './card-theme';

export const CARD_WIDTH = 380;

export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  /* Inline styles are in the page's cascade context, which loses to ours for !important: position
     through custom properties set on the host (\`all\` never resets custom properties). */
  left: var(--backstory-card-x, 0px) !important;
  top: var(--backstory-card-y, 0px) !important;
  right: auto !important;
  bottom: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  width: auto !important;
  height: auto !important;
  z-index: 2147483647 !important;
  contain: layout style !important;
  pointer-events: auto !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
}
:host(:not(:popover-open):not([data-fallback-open])) { display: none !important; }
:host(:popover-open), :host([data-fallback-open]) { display: block !important; }
.card {
  ${paletteVars(LIGHT)}
  box-sizing: border-box;
  width: ${CARD_WIDTH}px;
  max-width: var(--bs-max-width, ${CARD_WIDTH}px);
  max-height: var(--bs-max-height, 560px);
  overflow: auto;
  overscroll-behavior: contain;
  padding: 14px 16px 12px;
  background: var(--bs-bg);
  color: var(--bs-text);
  border: 1px solid var(--bs-border);
  border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22), 0 1px 3px rgba(0, 0, 0, 0.12);
  font: 400 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, Arial, sans-serif;
  text-align: start;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  white-space: normal;
  overflow-wrap: break-word;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  .card { ${paletteVars(DARK)} color-scheme: dark; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.6); }
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--bs-focus); outline-offset: -2px; }
*, *::before, *::after { box-sizing: border-box; }
h2, h3, p, ul, ol, li { margin: 0; padding: 0; font: inherit; }
ul, ol { list-style: none; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.name { flex: 1; font-size: 18px; line-height: 24px; font-weight: 650; }
.meta, .asof, .why, .agree, time, .facet, .status-detail, .when, .partial-note, .desc-label, .differ-note, .facts, .empty { color: var(--bs-muted); font-size: 12.5px; line-height: 18px; }
.meta { margin-block-start: 2px; }
.desc { margin-block-start: 6px; }
/* Backstory's own identification is labelled as such: it is not a report. */
.desc-label { font-style: italic; }
.facts { margin-block-start: 4px; }
.facts > li + li { margin-block-start: 2px; }
.empty { margin-block-start: 10px; }
/* The event and date a claim belongs to, above its text. */
.when { font-weight: 600; }
.hedge { font-weight: 400; font-style: italic; }
.when-time { white-space: nowrap; }
/* A source that supports only part of a claim: dashed, and says so in its label. */
.chip.partial { background: transparent; border: 1px dashed var(--bs-muted); }
.chip.mine .origin { font-style: italic; }
.kind { font-weight: 650; color: var(--bs-text); }
.differ-note { margin-block-start: 2px; }
section { margin-block-start: 12px; padding-block-start: 10px; border-block-start: 1px solid var(--bs-border); }
h3 { font-size: 12px; line-height: 16px; font-weight: 650; letter-spacing: 0.04em; text-transform: uppercase; color: var(--bs-muted); margin-block-end: 6px; }
/* Arabic letters join: spacing them apart (or capitals-only styling) would break the words. */
.card:lang(ar) h3 { letter-spacing: normal; }
/* Which language a quote is in, when it is not the interface's: "(in Arabic)". */
.text-lang { color: var(--bs-muted); font-size: 12px; white-space: nowrap; }
.claims > li + li { margin-block-start: 10px; }
/* A claim told from its fact in the reader's language, then the sources' own words, verbatim and smaller. */
.claim-headline { font-weight: 600; }
.quotes-label, .date-assumed { color: var(--bs-muted); font-size: 12px; font-weight: 400; }
.quotes-label { margin-block-start: 2px; }
.claim-quotes { margin-block-start: 2px; font-size: 13px; line-height: 18px; }
.claim-quotes > li + li { margin-block-start: 2px; }
/* A quote's marks follow the language around it (Arabic's ” “), which in an English quote's left-to-right run
   would open it with a closing mark: a quote in any script opens with “ on its own starting side. */
.claim-quote q { display: block; }
.claim-quote q, .fact-quote q { quotes: '“' '”'; }
.quote-outlet { display: block; color: var(--bs-muted); font-size: 12px; }
/* Agreement and chips flow as one wrapping line. */
.claim-foot { margin-block-start: 4px; line-height: 26px; }
.claim-foot .agree { margin-inline-end: 6px; }
.chips, .chips > li { display: inline; }
.chips > li + li { margin-inline-start: 4px; }
.chip { display: inline-block; vertical-align: middle; }
button {
  font: inherit; font-size: 13px; line-height: 18px; color: var(--bs-accent); background: transparent;
  border: 1px solid transparent; border-radius: 6px; padding: 3px 8px; margin: 0; cursor: pointer;
  text-align: start; min-height: 24px; min-width: 24px;
}
button:hover { text-decoration: underline; }
button:focus-visible { outline: 2px solid var(--bs-focus); outline-offset: 1px; }
.chip {
  background: var(--bs-chip-bg); color: var(--bs-chip-text); font-size: 12px; line-height: 16px; padding: 3px 8px; border-radius: 999px;
  white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis;
}
.close { font-size: 18px; line-height: 18px; color: var(--bs-muted); padding: 3px 6px; }
.differ-item { background: var(--bs-differ-bg); border-radius: 8px; padding: 8px; }
.differ-item + .differ-item { margin-block-start: 8px; }
.variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; margin-block-start: 6px; }
.variant-label { font-weight: 600; color: var(--bs-text); }
.variant-quote { font-size: 12.5px; line-height: 18px; }
.variant .chips { display: block; margin-block-start: 2px; }
.timeline li { display: grid; grid-template-columns: 100px 1fr; gap: 8px; }
.timeline li + li { margin-block-start: 3px; }
.timeline li.here span { font-weight: 600; }
.why { margin-block-start: 12px; }
.why b { color: var(--bs-mark); font-weight: 600; }
footer { margin-block-start: 10px; padding-block-start: 8px; border-block-start: 1px solid var(--bs-border); }
.actions { display: flex; flex-wrap: wrap; gap: 2px 4px; margin-block-start: 6px; margin-inline-start: -8px; }
.status { padding: 6px 0 2px; }
`;
