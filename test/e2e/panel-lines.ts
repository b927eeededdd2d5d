/** The side panel as the e2e tests read it (panel.test.ts, panel-restart.test.ts). Runs in the panel page. */

/** What the panel shows, read as a person reads it: each claim line with its tag, page sentence and sources. */
export function panelLines() {
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    title: text(document.querySelector('.bs-panel-header h1')),
    dir: document.documentElement.dir,
    reading: document.querySelector('[aria-busy="true"]') !== null,
    names: Array.from(document.querySelectorAll('.bs-panel-name-button bdi')).map(text),
    limit: text(document.querySelector('.bs-panel-limit')),
    inCorpus: text(document.querySelector('.bs-panel-in-corpus')),
    claims: Array.from(document.querySelectorAll('.bs-panel-claims .bs-panel-claim')).map((li) => ({
      standing: li.getAttribute('data-standing'),
      tag: text(li.querySelector('.bs-panel-tag')),
      sentence: text(li.querySelector('.bs-panel-page-sentence')),
      difference: text(li.querySelector('.bs-panel-difference')),
      sources: Array.from(li.querySelectorAll('.bs-panel-source')).map(text),
    })),
    leftOut: Array.from(document.querySelectorAll('.bs-panel-left-out-group')).map((g) => ({
      entity: g.getAttribute('data-entity'),
      claims: Array.from(g.querySelectorAll('.bs-panel-claim-text')).map(text),
      sources: Array.from(g.querySelectorAll('.bs-panel-source')).map(text),
    })),
  };
}
