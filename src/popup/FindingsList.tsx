import type { PageFinding } from '../shared/messaging/content-request';
import { groupFindingsByType } from './group-findings';

/** What the popup knows about the page's mentions so far. */
export type FindingsState =
  | { kind: 'loading' }
  /** No content script answered: a browser page, a store page, or a tab opened before install. */
  | { kind: 'unavailable' }
  /** Backstory is off on this page (site switch or pause). */
  | { kind: 'inactive' }
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
      <h2 id="bs-findings-title">On this page</h2>
      {state.kind === 'loading' && <p class="bs-muted">Looking…</p>}
      {state.kind === 'unavailable' && <p class="bs-muted">Backstory does not run on this page.</p>}
      {state.kind === 'inactive' && <p class="bs-muted">Backstory is off here, so nothing is marked.</p>}
      {state.kind === 'ready' && state.findings.length === 0 && (
        <p class="bs-muted">{state.onTopic ? 'No names from the corpus on this page.' : 'Nothing marked: this page does not look like Syria–Russia news.'}</p>
      )}
      {state.kind === 'ready' &&
        groupFindingsByType(state.findings).map((group) => (
          <div class="bs-finding-group" key={group.type}>
            <h3>
              {group.label} <span class="bs-count">{group.total}</span>
            </h3>
            <ul>
              {group.findings.map((f) => {
                const at = current?.entityId === f.entityId ? current.index : null;
                const step = (delta: number) => onReveal(f.entityId, ((at ?? 0) + delta + f.count) % f.count);
                return (
                  <li key={f.entityId} class={at !== null ? 'bs-finding bs-finding-current' : 'bs-finding'}>
                    <button type="button" class="bs-finding-name" aria-pressed={at !== null} onClick={() => onReveal(f.entityId, 0)}>
                      <span dir="auto">{f.name}</span> <span class="bs-count" aria-label={`${f.count} mentions`}>{f.count}</span>
                    </button>
                    {at !== null && f.count > 1 && (
                      <span class="bs-stepper">
                        <button type="button" aria-label={`Previous mention of ${f.name}`} onClick={() => step(-1)}>
                          ‹
                        </button>
                        <span aria-live="polite">
                          {at + 1} of {f.count}
                        </span>
                        <button type="button" aria-label={`Next mention of ${f.name}`} onClick={() => step(1)}>
                          ›
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
