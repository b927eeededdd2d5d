import type { SearchResult } from '../../search/types';
import { excerpt } from './excerpt';
import { HighlightedText } from './HighlightedText';
import { Fragment } from 'preact';
import { formatDay, t, textLanguage, tParts } from '../i18n';
import type { EntitySummary } from './search-items';

/** Most passages name a handful of entities; past this the line wraps and says little more. */
const MAX_NAMES = 5;

/** One passage in the result list: its text with matches marked, where it is from, whom it names. */
export function SearchResultView(props: { result: SearchResult; entityById: ReadonlyMap<string, EntitySummary>; excerptChars?: number }) {
  const { result, entityById } = props;
  const shown = props.excerptChars ? excerpt(result.passage, result.highlights, props.excerptChars) : { text: result.passage, spans: result.highlights };
  const names = result.entityIds.flatMap((id) => entityById.get(id)?.name ?? []);
  return (
    <div class="bs-result">
      <p class="bs-result-passage" dir="auto" lang={textLanguage(result.passage) ?? undefined}>
        <HighlightedText text={shown.text} spans={shown.spans} />
      </p>
      <p class="bs-result-meta">
        <bdi class="bs-result-outlet">{result.outlet}</bdi>
        {result.date && (
          <>
            {' · '}
            <time dateTime={result.date}>{formatDay(result.date)}</time>
          </>
        )}
        {names.length > 0 && (
          <>
            {' · '}
            <span class="bs-result-names">
              {tParts('result_names', {
                names: names.slice(0, MAX_NAMES).map((name, i) => (
                  <Fragment key={i}>
                    {i > 0 && t('list_separator')}
                    <bdi>{name}</bdi>
                  </Fragment>
                )),
              })}
              {/* "+3" read left to right in every interface: right to left, its sign would land after the number. */}
              {names.length > MAX_NAMES && (
                <>
                  {' '}
                  <bdi dir="ltr">{t('result_more_names', { count: names.length - MAX_NAMES })}</bdi>
                </>
              )}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
