import { useState } from 'preact/hooks';
import type { ArticleChanges, UserArticleSummary } from '../../model/user-article';
import { formatDay, t, tParts } from '../../shared/i18n';
import { ArticleFieldsForm } from '../../shared/ui/ArticleFieldsForm';
import { articleFieldErrors, fieldsToChanges, type ArticleFields } from '../../shared/ui/article-fields';
import { readerHref, searchHref } from './filter-articles';

export interface ArticleRowProps {
  article: UserArticleSummary;
  /** The pack's name, for an article that came with one. */
  packName: string | null;
  busy: boolean;
  /** Resolves true when the change was saved (the form then closes). */
  onUpdate(id: string, changes: ArticleChanges): Promise<boolean>;
  onRemove(article: UserArticleSummary): void;
}

/** One article: its metadata (or the form correcting it), where it came from, and what it gives background on. */
export function ArticleRow({ article, packName, busy, onUpdate, onRemove }: ArticleRowProps) {
  const [fields, setFields] = useState<ArticleFields | null>(null);
  const errors = fields ? articleFieldErrors(fields) : {};
  const idPrefix = `bs-edit-${article.id}`;

  return (
    <li class="bs-article" data-article-id={article.id}>
      {fields ? (
        <form
          class="bs-article-edit"
          noValidate
          aria-label={t('articles_edit_label', { title: article.title })}
          onSubmit={(e) => {
            e.preventDefault();
            if (Object.keys(errors).length > 0) return;
            void onUpdate(article.id, fieldsToChanges(fields)).then((saved) => saved && setFields(null));
          }}
        >
          <ArticleFieldsForm idPrefix={idPrefix} fields={fields} errors={errors} disabled={busy} onChange={(field, value) => setFields({ ...fields, [field]: value })} />
          <div class="bs-article-actions">
            <button type="submit" disabled={busy || Object.keys(errors).length > 0}>
              {t('articles_save_changes')}
            </button>
            <button type="button" onClick={() => setFields(null)}>
              {t('save_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <h3 class="bs-article-title">
            <a href={readerHref(article.id)} lang={article.language}>
              {article.title}
            </a>
          </h3>
          <p class="bs-article-meta">
            <bdi>{article.outlet}</bdi> · <time dateTime={article.date}>{formatDay(article.date)}</time>
            {article.author && (
              <>
                {' · '}
                {tParts('articles_by', { author: <bdi>{article.author}</bdi> })}
              </>
            )}{' '}
            <span class="bs-chip">{article.origin === 'pack' ? tParts('articles_from_pack', { name: <bdi>{packName ?? article.packId ?? ''}</bdi> }) : t('articles_saved_by_you')}</span>
          </p>
          <p class="bs-article-entities">
            {article.entities.length === 0 ? (
              <span class="bs-muted">{t('articles_entities_none')}</span>
            ) : (
              <>
                <span class="bs-muted">{t('articles_entities')}</span>{' '}
                {article.entities.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 && ', '}
                    <a href={searchHref(e.name)}>
                      <bdi>{e.name}</bdi>
                    </a>
                  </span>
                ))}
              </>
            )}
          </p>
          <div class="bs-article-actions">
            <button
              type="button"
              disabled={busy}
              aria-label={t('articles_edit_label', { title: article.title })}
              onClick={() => setFields({ title: article.title, outlet: article.outlet, date: article.date, author: article.author ?? '' })}
            >
              {t('articles_edit')}
            </button>
            <button type="button" disabled={busy} aria-label={t('articles_remove_label', { title: article.title })} onClick={() => onRemove(article)}>
              {t('articles_remove')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
