import type { ExtractedArticle, UserArticleSummary } from '../../model/user-article';
import { currentLocale, formatDay, t } from '../i18n';
import { ArticleFieldsForm } from './ArticleFieldsForm';
import type { ArticleFieldName, ArticleFields } from './article-fields';
import type { TabReadProblem } from '../extraction/extract-from-tab';
import { checkSave, saveWarnings, textExcerpt } from './save-draft';

export type SaveState =
  | { kind: 'reading' }
  /** The page could not be read: no content script there (browser pages, PDFs, the store), no answer in time, or it failed. */
  | { kind: 'unreadable'; problem: TabReadProblem; detail: string | null }
  | {
      kind: 'preview';
      article: ExtractedArticle;
      /** The saved article this page's address already matches, if any. */
      match: UserArticleSummary | null;
      fields: ArticleFields;
      saving: boolean;
      error: string | null;
    }
  | { kind: 'saved'; status: 'added' | 'duplicate' };

export interface SavePreviewProps {
  state: SaveState;
  onChange(field: ArticleFieldName, value: string): void;
  onSave(): void;
  onCancel(): void;
  onOpenArticles(): void;
}

/**
 * "Save to Backstory": what was read from the page, to check and correct before it joins the corpus.
 * Everything here came from the page and is shown as text.
 */
export function SavePreview(props: SavePreviewProps) {
  const { state } = props;
  return (
    <section class="bs-save" aria-labelledby="bs-save-title">
      <h2 id="bs-save-title">{t('save_heading')}</h2>
      {state.kind === 'reading' && (
        <p class="bs-muted" role="status">
          {t('save_reading')}
        </p>
      )}
      {state.kind === 'unreadable' && (
        <>
          <p class="bs-banner bs-banner-error" role="alert">
            {state.problem === 'noAnswer' ? t('save_no_answer') : t('save_unreadable')}
          </p>
          {state.detail && <p class="bs-note">{t('save_unreadable_detail', { error: state.detail })}</p>}
          <div class="bs-save-actions">
            <button type="button" onClick={props.onCancel}>
              {t('save_back')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'preview' && <PreviewForm {...props} state={state} />}
      {state.kind === 'saved' && (
        <>
          <p class="bs-banner bs-banner-ok" role="status">
            {state.status === 'added' ? t('save_done') : t('save_duplicate')}
          </p>
          <div class="bs-save-actions">
            <button type="button" class="bs-link-button" onClick={props.onOpenArticles}>
              {t('your_articles')}
            </button>
            <button type="button" onClick={props.onCancel}>
              {t('save_back')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function PreviewForm(props: SavePreviewProps & { state: Extract<SaveState, { kind: 'preview' }> }) {
  const { article, match, fields, saving, error } = props.state;
  const warnings = saveWarnings(article);
  const check = checkSave(article, fields);
  const fieldErrors = check.ok ? {} : check.fields;
  return (
    <form
      class="bs-save-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (check.ok && !saving) props.onSave();
      }}
    >
      {match && (
        <p class="bs-banner bs-banner-ok" role="status">
          {t('save_already', { title: match.title, date: formatDay(match.date) })}
        </p>
      )}
      <ul class="bs-save-warnings">
        {warnings.shortText !== null && <li class="bs-banner bs-banner-warning">{t('save_short_text', { count: warnings.shortText })}</li>}
        {warnings.notArticle && <li class="bs-banner bs-banner-warning">{t('save_not_article')}</li>}
        {warnings.missingOutlet && <li class="bs-banner bs-banner-warning">{t('save_missing_outlet')}</li>}
        {warnings.missingDate && <li class="bs-banner bs-banner-warning">{t('save_missing_date')}</li>}
      </ul>
      <ArticleFieldsForm idPrefix="bs-save" fields={fields} errors={fieldErrors} disabled={saving} onChange={props.onChange} />
      <dl class="bs-save-facts">
        <dt>{t('save_address')}</dt>
        <dd>
          <bdi dir="ltr" class="bs-save-url">
            {article.url}
          </bdi>
        </dd>
        <dt>{t('save_language')}</dt>
        <dd>{article.language ? displayLanguage(article.language) : t('save_language_unknown')}</dd>
        <dt>{t('save_sources')}</dt>
        <dd>
          <ul class="bs-save-sources">
            {SOURCE_FIELDS.map(([field, label]) => (
              <li key={field}>{t('save_source_line', { field: t(label), source: sourceName(article.found[field]) })}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <h3 class="bs-save-excerpt-title" id="bs-save-excerpt-title">
        {t('save_excerpt')}
      </h3>
      <p class="bs-save-excerpt" aria-labelledby="bs-save-excerpt-title" lang={article.language}>
        {textExcerpt(article.text)}
      </p>
      {!check.ok && check.page && (
        <p class="bs-banner bs-banner-error" role="alert">
          {check.page === 'url' ? t('save_error_url') : t('save_error_text')}
        </p>
      )}
      {error && (
        <p class="bs-banner bs-banner-error" role="alert">
          {t('save_error', { error })}
        </p>
      )}
      <div class="bs-save-actions">
        <button type="submit" disabled={!check.ok || saving}>
          {saving ? t('save_saving') : t('save_button')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('save_cancel')}
        </button>
      </div>
    </form>
  );
}

const SOURCE_FIELDS = [
  ['title', 'field_title'],
  ['outlet', 'field_outlet'],
  ['date', 'field_date'],
  ['author', 'field_author'],
] as const;

/** Where a field came from (`ExtractedArticle.found`), in words; "not found" when the page did not give it. */
function sourceName(code: string | undefined): string {
  switch (code) {
    case 'json-ld': return t('save_from_json_ld');
    case 'og': return t('save_from_og');
    case 'meta': return t('save_from_meta');
    case 'time': return t('save_from_time');
    case 'html': return t('save_from_html');
    case 'readability': return t('save_from_readability');
    case 'text': return t('save_from_text');
    case 'title': return t('save_from_title');
    case 'url': return t('save_from_url');
    case 'host': return t('save_from_host');
    default: return t('save_from_none');
  }
}

/** "ar" → "Arabic" in the interface's language; the tag itself when the browser does not know it. */
function displayLanguage(tag: string): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
