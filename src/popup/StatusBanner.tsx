import type { CorpusStatus } from '../shared/messaging/background-request';

export interface StatusBannerProps {
  status: CorpusStatus | null;
  error: string | null;
}

/**
 * Where the corpus lives and how fresh it is. When IndexedDB failed the background reads the copy
 * bundled with the extension in memory; the user is told so plainly, with the browser's reason. Just
 * after an install or update the bundled copy answers while it is being saved: said in passing, as
 * nothing is wrong.
 */
export function StatusBanner({ status, error }: StatusBannerProps) {
  if (error) {
    return (
      <p class="bs-banner bs-banner-error" role="alert">
        Backstory's background is not answering: {error}
      </p>
    );
  }
  if (!status) return <p class="bs-status bs-muted">Loading the corpus…</p>;
  return (
    <div class="bs-status-block" data-status-ready="">
      {status.importing && <p class="bs-status bs-muted">Saving the corpus in this browser; answers come from the bundled copy meanwhile.</p>}
      {status.backend === 'memory' && !status.importing && (
        <p class="bs-banner bs-banner-warning" role="status">
          The corpus could not be stored in this browser{status.reason ? ` (${status.reason})` : ''}. Backstory is using the copy
          bundled with the extension, kept in memory: search and cards work, but it is loaded again each time it starts.
        </p>
      )}
      <p class="bs-status bs-muted">
        Corpus as of <time dateTime={status.asOf}>{status.asOf}</time> · {status.articleCount} article{status.articleCount === 1 ? '' : 's'}
      </p>
    </div>
  );
}
