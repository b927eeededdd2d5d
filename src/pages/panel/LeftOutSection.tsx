import type { LeftOut } from '../../corpus/context';
import { t } from '../../shared/i18n';
import { headlineForReader, originsText } from '../../shared/ui/claim-words';
import { entityName } from '../../shared/ui/entity-words';
import { SourceList } from './SourceList';

/** Per main entity of the article: what the corpus holds that the article does not state, best supported first. */
export function LeftOutSection({ groups }: { groups: readonly LeftOut[] }) {
  return (
    <section class="bs-panel-section bs-panel-left-out" aria-labelledby="bs-panel-left-out-title">
      <h2 id="bs-panel-left-out-title">{t('panel_left_out')}</h2>
      {groups.length === 0 && <p class="bs-muted">{t('panel_left_out_none')}</p>}
      {groups.map((g) => (
        <div key={g.entity.id} class="bs-panel-left-out-group" data-entity={g.entity.id}>
          <h3>{t('panel_left_out_about', { name: entityName(g.entity).text })}</h3>
          <ol class="bs-panel-list">
            {g.claims.map((c) => (
              <li key={c.id} class="bs-panel-claim bs-panel-omitted">
                <p class="bs-panel-claim-text" dir="auto">{headlineForReader(c) ?? c.text}</p>
                <p class="bs-panel-compared">
                  <bdi>{originsText(c)}</bdi>
                </p>
                <SourceList sources={c.sources} />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
