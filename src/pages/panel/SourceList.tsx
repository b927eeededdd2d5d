import type { SourceRef } from '../../model/corpus-types';
import { t } from '../../shared/i18n';
import { textLanguage } from '../../shared/i18n';
import { sourceLabel } from '../../shared/ui/page-context-words';

/** Corpus sources, each with its outlet, date and verbatim sentence (in its own language). */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul class="bs-panel-sources">
      {sources.map((s) => (
        <li key={`${s.articleId}|${s.passageId}|${s.quote}`} class="bs-panel-source">
          <span class="bs-panel-source-label">
            <bdi>{sourceLabel(s)}</bdi>
            {s.origin === 'saved' && <span class="bs-chip">{t('card_chip_saved')}</span>}
            {s.origin === 'pack' && <span class="bs-chip">{t('card_chip_pack')}</span>}
          </span>
          <q dir="auto" lang={textLanguage(s.quote) ?? undefined}>{s.quote}</q>
        </li>
      ))}
    </ul>
  );
}
