import type { ErrorCode } from '../../model/errors';
import { t } from '../i18n';

/** The words, in the reader's language, for a failure the background sent as a code. */
export function failureText(code: ErrorCode): string {
  switch (code) {
    case 'storage-full':
      return t('error_storage_full');
  }
}
