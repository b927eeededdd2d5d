import type { PageName } from '../../corpus/context';
import { formatDay, formatNumber, t } from '../../shared/i18n';
import type { PageFinding } from '../../shared/messaging/content-request';
import { entityName, identificationText } from '../../shared/ui/entity-words';

export interface NamesSectionProps {
  /** What the page's marks found, at once; the comparison's names (with identification and timeline) replace them. */
  findings: PageFinding[] | null;
  names: PageName[] | null;
  onReveal(entityId: string): void;
}

/** People, places and events of the page: each selects its first mark on the page and opens its card. */
export function NamesSection({ findings, names, onReveal }: NamesSectionProps) {
  const counted = new Map((findings ?? []).map((f) => [f.entityId, f.count]));
  // The comparison's names carry identification and timeline; a name only the page's marks found (the
  // extractor may leave a front page's links out of its text) is still listed.
  const known = new Set((names ?? []).map((n) => n.id));
  const rows: Array<Pick<PageName, 'id' | 'name' | 'names'> & Partial<Pick<PageName, 'description' | 'identification' | 'timeline'>>> = [
    ...(names ?? []),
    ...(findings ?? []).filter((f) => !known.has(f.entityId)).map((f) => ({ id: f.entityId, name: f.name })),
  ];
  return (
    <section class="bs-panel-section bs-panel-names" aria-labelledby="bs-panel-names-title">
      <h2 id="bs-panel-names-title">{t('panel_names')}</h2>
      {rows.length === 0 && (findings !== null || names !== null) && <p class="bs-muted">{t('panel_names_none')}</p>}
      <ul class="bs-panel-list">
        {rows.map((n) => {
          const name = entityName(n);
          const identification = n.description ? identificationText({ description: n.description, ...(n.identification ? { identification: n.identification } : {}) }) : null;
          return (
            <li key={n.id} class="bs-panel-name" data-entity={n.id}>
              <button type="button" class="bs-panel-name-button" aria-label={t('panel_show_on_page', { name: name.text })} onClick={() => onReveal(n.id)}>
                <bdi lang={name.lang}>{name.text}</bdi>
                {counted.has(n.id) && <span class="bs-count">{formatNumber(counted.get(n.id)!)}</span>}
              </button>
              {identification && (
                <p class="bs-panel-identification" lang={identification.lang}>
                  {identification.text}
                </p>
              )}
              {n.timeline && n.timeline.length > 0 && (
                <ol class="bs-panel-timeline" aria-label={t('panel_timeline')}>
                  {n.timeline.map((e) => {
                    const label = entityName({ name: e.label, ...(e.names ? { names: e.names } : {}) });
                    return (
                      <li key={e.id}>
                        <span class="bs-muted">{formatDay(e.date)}</span> <bdi lang={label.lang}>{label.text}</bdi>
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
