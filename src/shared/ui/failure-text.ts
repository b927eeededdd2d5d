import { errorMessage, failureOf, type Failure } from '../../model/errors';
import { t } from '../i18n';
import { checkParamText } from './file-problem-text';

/** The words, in the reader's language, for a failure sent as a code with its parameters. */
export function failureText({ code, params = {} }: Failure): string {
  const param = (name: string): string => String(params[name] ?? '');
  switch (code) {
    case 'storage_full':
      return t('error_storage_full');
    case 'storage_newer_schema':
      return t('error_storage_newer_schema', { stored: param('stored'), known: param('known') });
    case 'storage_blocked':
      return t('error_storage_blocked');
    case 'storage_unavailable':
      return t('error_storage_unavailable');
    case 'storage_failed':
      return t('error_storage_failed', { detail: param('detail') });
    case 'not_a_web_page':
      return t('error_not_a_web_page');
    case 'not_a_site':
      return t('error_not_a_site', { site: param('site') });
    case 'article_gone':
      return t('error_article_gone');
    case 'pack_already_imported':
      return t('error_pack_already_imported', { name: param('name') });
    case 'pack_transfer_broken':
      return t('error_pack_transfer_broken');
    case 'too_many_sites':
      return t('error_too_many_sites', { max: param('max') });
    case 'too_many_hidden_names':
      return t('error_too_many_hidden_names', { max: param('max') });
    case 'invalid_preference':
      return t('error_invalid_preference', { key: param('key') });
    case 'invalid_name':
      return t('error_invalid_name');
    case 'import_invalid':
      return t('error_import_invalid', { detail: checkParamText(params) });
    case 'import_over_limits':
      return t('error_import_over_limits', { sites: param('sites'), hidden: param('hidden'), maxSites: param('maxSites'), maxHidden: param('maxHidden') });
    case 'settings_unreadable':
      return t('error_settings_unreadable', { site: param('site') });
  }
}

/**
 * What to show of any error: its failure's words when it carries one; otherwise (the browser's own
 * exception, a context that did not answer) a sentence in the reader's language with the exception's
 * own text as data.
 */
export function errorText(error: unknown): string {
  const failure = failureOf(error);
  return failure ? failureText(failure) : t('error_unexpected', { detail: errorMessage(error) });
}
