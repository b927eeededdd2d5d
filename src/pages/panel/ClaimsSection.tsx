import type { PageClaim } from '../../corpus/context';
import { t, textLanguage } from '../../shared/i18n';
import { headlineForReader } from '../../shared/ui/claim-words';
import { differenceWords, lineOrigins, standingLabel, whenWords } from '../../shared/ui/page-context-words';
import { SourceList } from './SourceList';

/** The article's claims, each tagged confirmed / differs / new, with the page's sentence and the corpus sources. */
export function ClaimsSection({ claims }: { claims: readonly PageClaim[] }) {
  return (
    <section class="bs-panel-section bs-panel-claims" aria-labelledby="bs-panel-claims-title">
      <h2 id="bs-panel-claims-title">{t('panel_claims')}</h2>
      <ol class="bs-panel-list">
        {claims.map((c, i) => (
          <ClaimLine key={`${i}|${c.sentence.quote}`} claim={c} />
        ))}
      </ol>
    </section>
  );
}

function ClaimLine({ claim }: { claim: PageClaim }) {
  const when = whenWords(claim.when);
  const difference = claim.difference ? differenceWords(claim.difference) : null;
  // A page in another language than the reader's: its claim in the reader's words first, the sentence under it.
  const headline = headlineForReader(claim);
  return (
    <li class={`bs-panel-claim bs-panel-${claim.standing}`} data-standing={claim.standing}>
      <p class="bs-panel-claim-head">
        <span class={`bs-panel-tag bs-panel-tag-${claim.standing}`}>{standingLabel(claim.standing)}</span>
        {when && <span class="bs-muted bs-panel-when">{when}</span>}
      </p>
      {headline && <p class="bs-panel-claim-text">{headline}</p>}
      <p class="bs-panel-from">{t('panel_from_page', { number: claim.sentence.paragraph + 1 })}</p>
      <blockquote class="bs-panel-page-sentence" dir="auto" lang={textLanguage(claim.sentence.quote) ?? undefined}>
        {claim.sentence.quote}
      </blockquote>
      {difference && claim.difference && (
        <div class="bs-panel-difference">
          <p>
            <strong>{difference.kind}</strong>: <bdi>{difference.page}</bdi>
          </p>
          <ul>
            {difference.corpus.map((line) => (
              <li key={line}>
                <bdi>{line}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      {claim.standing === 'new' ? (
        <p class="bs-muted">{t('panel_new_note')}</p>
      ) : (
        <>
          <p class="bs-panel-compared">
            {t('panel_compared_with')} <bdi>{lineOrigins(claim)}</bdi>
          </p>
          <SourceList sources={claim.sources} />
        </>
      )}
    </li>
  );
}
