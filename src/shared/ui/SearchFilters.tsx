import type { SearchFilters } from '../../search/types';
import type { EntitySummary } from './search-items';
import { t } from '../i18n';

export interface SearchFiltersProps {
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
  entities: readonly EntitySummary[];
  outlets: readonly string[];
  idPrefix: string;
}

/** Drops a key instead of storing '' so an unset filter is absent from the request. */
function withValue(filters: SearchFilters, key: keyof SearchFilters, value: string): SearchFilters {
  const next = { ...filters };
  if (value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** Narrow results by entity, source and date; folded away until wanted, so the popup stays short. */
export function SearchFiltersBar({ filters, onChange, entities, outlets, idPrefix }: SearchFiltersProps) {
  const activeCount = Object.values(filters).filter((v) => v !== undefined && v !== '').length;
  const sortedEntities = [...entities].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const outletOptions = [...new Set([...outlets, ...(filters.outlet ? [filters.outlet] : [])])].sort();
  const field = (key: keyof SearchFilters) => `${idPrefix}-filter-${key}`;
  const set = (key: keyof SearchFilters) => (e: Event) => onChange(withValue(filters, key, (e.currentTarget as HTMLInputElement).value));

  return (
    <details class="bs-filters" open={activeCount > 0 ? true : undefined}>
      <summary>{activeCount > 0 ? t('filters_summary_active', { count: activeCount }) : t('filters_summary')}</summary>
      <div class="bs-filters-grid">
        <label for={field('entityId')}>{t('filter_entity')}</label>
        <select id={field('entityId')} value={filters.entityId ?? ''} onChange={set('entityId')}>
          <option value="">{t('filter_any')}</option>
          {sortedEntities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
        <label for={field('outlet')}>{t('filter_source')}</label>
        <select id={field('outlet')} value={filters.outlet ?? ''} onChange={set('outlet')}>
          <option value="">{t('filter_any')}</option>
          {outletOptions.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        <label for={field('from')}>{t('filter_from')}</label>
        <input id={field('from')} type="date" value={filters.from ?? ''} onChange={set('from')} />
        <label for={field('to')}>{t('filter_to')}</label>
        <input id={field('to')} type="date" value={filters.to ?? ''} onChange={set('to')} />
        {activeCount > 0 && (
          <button type="button" class="bs-link-button" onClick={() => onChange({})}>
            {t('filters_clear')}
          </button>
        )}
      </div>
    </details>
  );
}
