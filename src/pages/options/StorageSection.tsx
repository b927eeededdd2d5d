import { t } from '../../shared/i18n';
import { formatBytes, type PersistResult, type StorageInfo } from './storage-info';

export interface StorageSectionProps {
  info: StorageInfo | null;
  persistResult: PersistResult | null;
  onPersist(): void;
}

/** Options page, "Storage": how much is used of what the browser allows, and whether it is kept for good. */
export function StorageSection({ info, persistResult, onPersist }: StorageSectionProps) {
  return (
    <section aria-labelledby="bs-storage-title">
      <h2 id="bs-storage-title">{t('options_storage')}</h2>
      {info === null ? (
        <p class="bs-muted">{t('options_loading')}</p>
      ) : (
        <>
          <p>
            {info.usage !== null && info.quota !== null
              ? t('options_storage_usage', { used: formatBytes(info.usage), quota: formatBytes(info.quota) })
              : t('options_storage_unknown')}
          </p>
          {info.persisted !== null && <p>{info.persisted ? t('options_storage_persistent') : t('options_storage_best_effort')}</p>}
          {info.canPersist && !info.persisted && (
            <button type="button" onClick={onPersist}>
              {t('options_storage_persist')}
            </button>
          )}
          {!info.canPersist && <p class="bs-muted">{t('options_storage_unavailable')}</p>}
          {persistResult && (
            <p class={`bs-banner ${persistResult === 'granted' ? 'bs-banner-ok' : 'bs-banner-warning'}`} role="status">
              {persistResult === 'granted'
                ? t('options_storage_granted')
                : persistResult === 'refused'
                  ? t('options_storage_refused')
                  : t('options_storage_unavailable')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
