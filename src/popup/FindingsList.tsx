import type { PageFinding } from '../shared/messaging/content-request';
import { formatNumber, t } from '../shared/i18n';
import { groupFindingsByType } from './group-findings';

/** What the popup knows about the page's mentions so far. */
export type FindingsState =
  | { kind: 'loading' }
  /** No content script answered: a browser page, a store page, or a tab opened before install. */
  | { kind: 'unavailable' }
  /** Backstory is off on this page (site switch or pause). */
  | { kind: 'inactive' }
  /** The page's content script did not answer in time: the page is busy or frozen. */
  | { kind: 'unresponsive' }
  | { kind: 'ready'; onTopic: boolean; findings: PageFinding[] };

/** The mention the page last scrolled to: which entity, and which of its mentions (0-based). */
export interface RevealPosition {
  entityId: string;
  index: number;
}

export interface FindingsListProps {
  state: FindingsState;
  current: RevealPosition | null;
  onReveal(entityId: string, index: number): void;
}

/** "On this page": the entities marked here, by type, each a button that jumps to its mentions. */
export function FindingsList({ state, current, onReveal }: FindingsListProps) {
  return (
    <section class="bs-findings" aria-labelledby="bs-findings-title">
      <h2 id="bs-findings-title">{t('findings_title')}</h2>
      {state.kind === 'loading' && <p class="bs-muted">{t('findings_loading')}</p>}
      {state.kind === 'unavailable' && <p class="bs-muted">{t('findings_unavailable')}</p>}
      {state.kind === 'inactive' && <p class="bs-muted">{t('findings_inactive')}</p>}
      {state.kind === 'unresponsive' && <p class="bs-muted" role="status">{t('findings_unresponsive')}</p>}
      {state.kind === 'ready' && state.findings.length === 0 && (
        <p class="bs-muted">{state.onTopic ? t('findings_none_on_topic') : t('findings_off_topic')}</p>
      )}
      {state.kind === 'ready' &&
        groupFindingsByType(state.findings).map((group) => (
          <div class="bs-finding-group" key={group.type}>
            <h3>
              {group.label} <span class="bs-count">{formatNumber(group.total)}</span>
            </h3>
            <ul>
              {group.findings.map((f) => {
                const at = current?.entityId === f.entityId ? current.index : null;
                const step = (delta: number) => onReveal(f.entityId, ((at ?? 0) + delta + f.count) % f.count);
                return (
                  <li key={f.entityId} class={at !== null ? 'bs-finding bs-finding-current' : 'bs-finding'}>
                    <button type="button" class="bs-finding-name" aria-pressed={at !== null} onClick={() => onReveal(f.entityId, 0)}>
                      <bdi>{f.name}</bdi> <span class="bs-count" aria-label={t('mentions', { count: f.count })}>{formatNumber(f.count)}</span>
                    </button>
                    {at !== null && f.count > 1 && (
                      // ‹ and › are mirrored characters (Unicode Bidi_Mirrored): right to left, "previous" points right.
                      <span class="bs-stepper">
                        <button type="button" aria-label={t('findings_previous', { name: f.name })} onClick={() => step(-1)}>
                          <span class="bs-dir-icon" aria-hidden="true">‹</span>
                        </button>
                        <span aria-live="polite">
                          {t('findings_position', { current: at + 1, total: f.count })}
                        </span>
                        <button type="button" aria-label={t('findings_next', { name: f.name })} onClick={() => step(1)}>
                          <span class="bs-dir-icon" aria-hidden="true">›</span>
                        </button>
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </section>
  );
}
