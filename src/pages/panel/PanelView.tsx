import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../corpus/context';
import { formatDay, t } from '../../shared/i18n';
import type { PageFinding } from '../../shared/messaging/content-request';
import { inCorpusNote, limitNote } from '../../shared/ui/page-context-words';
import { ClaimsSection } from './ClaimsSection';
import { LeftOutSection } from './LeftOutSection';
import { NamesSection } from './NamesSection';

/** What the panel knows about the tab it follows. */
export type PanelState =
  | { kind: 'no-tab' }
  /** No content script answered: a browser page, a PDF, a store page. */
  | { kind: 'unavailable' }
  | { kind: 'reading' }
  | { kind: 'ready'; context: PageContext }
  | { kind: 'error'; message: string };

export interface PanelViewProps {
  state: PanelState;
  /** The page's marks, as soon as the content script answers (before the comparison). */
  findings: PageFinding[] | null;
  onReveal(entityId: string): void;
  onSave(): void;
  /** The save preview, while it is open (the popup's own component). */
  savePanel: ComponentChildren;
}

/**
 * "This page in context": the names of the page at once, then its claims against the corpus and what it leaves
 * out. Pure: everything comes in props, so it renders in unit tests in any language.
 */
export function PanelView({ state, findings, onReveal, onSave, savePanel }: PanelViewProps) {
  const context = state.kind === 'ready' ? state.context : null;
  const limit = context ? limitNote(context.status) : null;
  const saved = context ? inCorpusNote(context.page) : null;
  return (
    <main class="bs-panel" aria-busy={state.kind === 'reading'}>
      <header class="bs-panel-header">
        <h1>{t('panel_title')}</h1>
        {context && (
          <p class="bs-panel-page">
            <bdi>{t('panel_in_context_of', { title: context.page.title })}</bdi>
            <br />
            <span class="bs-muted">
              <bdi>{context.page.outlet}</bdi>, {formatDay(context.page.date)}
            </span>
          </p>
        )}
        {context && !context.page.inCorpus && (
          <button type="button" class="bs-panel-save" onClick={onSave}>
            {t('popup_save')}
          </button>
        )}
      </header>
      {savePanel}
      {state.kind === 'no-tab' || state.kind === 'unavailable' ? (
        <p class="bs-banner" role="status">
          {t('panel_unavailable')}
        </p>
      ) : null}
      {state.kind === 'reading' && (
        <p class="bs-muted" role="status">
          {t('panel_reading')}
        </p>
      )}
      {state.kind === 'error' && (
        <p class="bs-banner bs-banner-error" role="alert">
          {t('panel_error', { error: state.message })}
        </p>
      )}
      {saved && (
        <p class="bs-banner bs-banner-ok bs-panel-in-corpus" role="status">
          {saved}
        </p>
      )}
      {context?.page.dateAssumed && <p class="bs-muted">{t('panel_date_assumed', { date: formatDay(context.page.date) })}</p>}
      {limit && (
        <p class="bs-banner bs-banner-warning bs-panel-limit" role="status">
          {limit}
        </p>
      )}
      {state.kind !== 'no-tab' && state.kind !== 'unavailable' && <NamesSection findings={findings} names={context?.names ?? null} onReveal={onReveal} />}
      {context?.status === 'article' && <ClaimsSection claims={context.claims} />}
      {context?.status === 'article' && <LeftOutSection groups={context.leftOut} />}
      {context && <footer class="bs-panel-footer bs-muted">{t('panel_as_of', { date: formatDay(context.corpus.asOf) })}</footer>}
    </main>
  );
}
