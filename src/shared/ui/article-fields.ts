import * as v from 'valibot';
import { ARTICLE_LIMITS, articleChangesSchema, type ArticleChanges } from '../../model/user-article';
import { t } from '../i18n';

/**
 * The four fields a reader may correct, as the form holds them (plain strings, the author empty when
 * there is none). The popup's preview and the "Your articles" edit form share them, and both check them
 * with the model's own schema, so the form refuses exactly what the background would.
 */
export const ARTICLE_FIELD_NAMES = ['title', 'outlet', 'date', 'author'] as const;
export type ArticleFieldName = (typeof ARTICLE_FIELD_NAMES)[number];
export type ArticleFields = Record<ArticleFieldName, string>;
export type ArticleFieldErrors = Partial<Record<ArticleFieldName, string>>;

/** The fields as the schema takes them: trimmed, the author left out when empty. */
export function fieldsToChanges(fields: ArticleFields): ArticleChanges {
  const changes: ArticleChanges = { title: fields.title.trim(), outlet: fields.outlet.trim(), date: fields.date.trim() };
  const author = fields.author.trim();
  if (author !== '') changes.author = author;
  return changes;
}

/** One plain, translated sentence per field in trouble; the schema's own wording is English. */
function fieldError(field: ArticleFieldName): string {
  switch (field) {
    case 'title':
      return t('field_error_title', { max: ARTICLE_LIMITS.titleChars });
    case 'outlet':
      return t('field_error_outlet', { max: ARTICLE_LIMITS.outletChars });
    case 'author':
      return t('field_error_author', { max: ARTICLE_LIMITS.authorChars });
    case 'date':
      return t('field_error_date');
  }
}

/** What is wrong with each field, checked by `articleChangesSchema`; empty when all can be saved. */
export function articleFieldErrors(fields: ArticleFields): ArticleFieldErrors {
  const result = v.safeParse(articleChangesSchema, fieldsToChanges(fields));
  const errors: ArticleFieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    if (typeof key === 'string' && (ARTICLE_FIELD_NAMES as readonly string[]).includes(key)) errors[key as ArticleFieldName] = fieldError(key as ArticleFieldName);
  }
  return errors;
}
