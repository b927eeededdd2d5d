import { t, type MessageKey } from '../i18n';
import type { ArticleFieldErrors, ArticleFieldName, ArticleFields } from './article-fields';

export interface ArticleFieldsFormProps {
  /** Prefix of the inputs' ids: two forms on one page must not share ids. */
  idPrefix: string;
  fields: ArticleFields;
  errors: ArticleFieldErrors;
  disabled?: boolean;
  onChange(field: ArticleFieldName, value: string): void;
}

const LABELS = [
  ['title', 'field_title', 'text'],
  ['outlet', 'field_outlet', 'text'],
  ['date', 'field_date', 'date'],
  ['author', 'field_author', 'text'],
] as const satisfies ReadonlyArray<readonly [ArticleFieldName, MessageKey, string]>;

/**
 * Title, outlet, date and author, each with a visible label and its error beside it (announced through
 * aria-describedby). Values are shown as the form holds them, as text: a hostile title stays a string.
 */
export function ArticleFieldsForm({ idPrefix, fields, errors, disabled, onChange }: ArticleFieldsFormProps) {
  return (
    <div class="bs-article-fields">
      {LABELS.map(([field, label, type]) => {
        const id = `${idPrefix}-field-${field}`;
        const error = errors[field];
        return (
          <div class="bs-field" key={field}>
            <label for={id}>{t(label)}</label>
            <input
              id={id}
              type={type}
              value={fields[field]}
              disabled={disabled}
              required={field !== 'author'}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => onChange(field, (e.currentTarget as HTMLInputElement).value)}
            />
            {error && (
              <span id={`${id}-error`} class="bs-field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
