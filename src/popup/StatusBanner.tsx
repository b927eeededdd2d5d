import type { CorpusStatus } from '../shared/messaging/background-request';
import { formatDay, t, tParts } from '../shared/i18n';
import { corpusProblemText } from '../shared/i18n/corpus-problem';
import { failureText } from '../shared/ui/failure-text';

export interface StatusBannerProps {
  status: CorpusStatus | null;
  error: string | null;
}

/**
 * Where the corpus lives and how fresh it is. When IndexedDB failed the background reads the copy
 * bundled with the extension in memory; the user is told so plainly, with the reason (a code the background sent, said here). Just
 * after an install or update the bundled copy answers while it is being saved: said in passing, as
 * nothing is wrong. The same for the reader's own articles: being compiled in, or why they could not be.
 */
export function StatusBanner({ status, error }: StatusBannerProps) {
  if (error) {
    return (
      <p class="bs-banner bs-banner-error" role="alert">
        {t('status_background_error', { error })}
      </p>
    );
  }
  if (!status) return <p class="bs-status bs-muted">{t('status_loading')}</p>;
  return (
    <div class="bs-status-block" data-status-ready="">
      {status.importing && <p class="bs-status bs-muted">{t('status_importing')}</p>}
      {status.backend === 'memory' && !status.importing && (
        <p class="bs-banner bs-banner-warning" role="status">
          {status.reason ? t('status_memory_reason', { reason: failureText(status.reason) }) : t('status_memory')}
        </p>
      )}
      {status.user?.pending && <p class="bs-status bs-muted">{t('articles_pending')}</p>}
      {status.user?.problem && (
        <p class="bs-banner bs-banner-warning" role="status">
          {t('articles_problem', { problem: corpusProblemText(status.user.problem) })}
        </p>
      )}
      <p class="bs-status bs-muted">
        {tParts('status_corpus', {
          date: <time dateTime={status.asOf}>{formatDay(status.asOf)}</time>,
          articles: t('articles', { count: status.articleCount }),
        })}
      </p>
    </div>
  );
}
