import type { ComponentChildren } from 'preact';
import { formatDay, t } from '../shared/i18n';
import { FindingsList, type FindingsListProps } from './FindingsList';
import { SiteControls, type SiteControlsProps } from './SiteControls';
import { StatusBanner, type StatusBannerProps } from './StatusBanner';

export interface PopupProps {
  controls: SiteControlsProps;
  findings: FindingsListProps;
  status: StatusBannerProps;
  /** The search panel: a slot, so tests render the popup without the connected search. */
  search: ComponentChildren;
  onOpenOptions?(): void;
  /** "Save to Backstory": opens the preview of the page's article. */
  onSaveArticle?(): void;
  onOpenArticles?(): void;
  /** "This page in context": opens the side panel beside the page. */
  onOpenPanel?(): void;
  /** The save preview while it is open: it takes the place of search and the page's lists. */
  savePanel?: ComponentChildren;
  /** This page's article is in the reader's corpus (saved, or from a pack): said beside the Save button. */
  savedHere?: { title: string; savedAt: number; origin: 'saved' | 'pack' } | null;
}

/** The toolbar popup's layout: search first (it has the focus), then this site, this page, the corpus. */
export function Popup(props: PopupProps) {
  return (
    <main class="bs-popup">
      <header class="bs-popup-header">
        <h1>{t('ext_name')}</h1>
        {props.onOpenOptions && (
          <button type="button" class="bs-link-button" onClick={props.onOpenOptions}>
            {t('popup_settings')}
          </button>
        )}
      </header>
      {(props.onSaveArticle || props.onOpenArticles) && !props.savePanel && (
        <div class="bs-popup-articles">
          {props.onSaveArticle && (
            <button type="button" class="bs-save-open" onClick={props.onSaveArticle}>
              {t('popup_save')}
            </button>
          )}
          {props.onOpenPanel && (
            <button type="button" class="bs-panel-open" onClick={props.onOpenPanel}>
              {t('panel_title')}
            </button>
          )}
          {props.onOpenArticles && (
            <button type="button" class="bs-link-button" onClick={props.onOpenArticles}>
              {t('your_articles')}
            </button>
          )}
          {props.savedHere && (
            <p class="bs-status bs-muted bs-saved-here">
              {t(props.savedHere.origin === 'saved' ? 'popup_saved_here' : 'popup_saved_here_pack', { date: formatDay(new Date(props.savedHere.savedAt).toISOString().slice(0, 10)) })}
            </p>
          )}
        </div>
      )}
      {props.savePanel ?? (
        <>
          {props.search}
          <SiteControls {...props.controls} />
          <FindingsList {...props.findings} />
        </>
      )}
      <footer class="bs-popup-footer">
        <StatusBanner {...props.status} />
      </footer>
    </main>
  );
}
