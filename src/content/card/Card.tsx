/**
 * The context card, as a pure component: CardData and callbacks in, markup out. Every string from the
 * corpus or the page is rendered as a Preact text node (never as HTML), with `dir="auto"` so Arabic and
 * Russian text lays out in its own direction inside the English card.
 */
import type { CardData, Claim, EntityFact, SourceRef, TimelineEvent } from '../../model/corpus-types';
import { differenceKindLabel, formatDate, hideNameLabel, matchReason, originCount, originsText, typeLabel, whenText } from './format';

export type CardState =
  | { status: 'loading' }
  | { status: 'ready'; data: CardData }
  /** The corpus has no card for this entity (should not happen for a marked name, but be honest). */
  | { status: 'missing' }
  | { status: 'error'; message: string };

export interface CardProps {
  state: CardState;
  /** The mention as the page wrote it. */
  matchedText: string;
  /** The gazetteer alias that matched. */
  alias: string;
  site: string;
  onOpenSource(ref: { articleId: string; passageId?: string }): void;
  onNotThis(): void;
  onHideName(): void;
  onSearch(query: string): void;
  onClose(): void;
  /** Timeline rows shown at most; the most recent are kept. */
  maxTimeline?: number;
}

const NAME_ID = 'bs-card-name';

export function Card(props: CardProps) {
  const { state } = props;
  const data = state.status === 'ready' ? state.data : undefined;
  const name = data?.entity.name ?? props.matchedText;
  return (
    <div class="card" role="dialog" aria-labelledby={NAME_ID} tabIndex={-1} dir="ltr" lang="en" data-status={state.status}>
      <div class="head">
        <h2 class="name" id={NAME_ID} dir="auto">{name}</h2>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>×</button>
      </div>
      {data ? <CardBody {...props} data={data} /> : <StatusBody state={state} />}
      <footer>
        {data && (
          <p class="asof">
            Corpus as of {formatDate(data.asOf)} · {data.articleCount} {data.articleCount === 1 ? 'article mentions' : 'articles mention'} this
          </p>
        )}
        <div class="actions">
          <button type="button" data-action="not-this" onClick={props.onNotThis}>Not this</button>
          <button type="button" data-action="hide-name" onClick={props.onHideName}>{hideNameLabel(props.site)}</button>
          <button type="button" data-action="search" onClick={() => props.onSearch(name)}>Search the corpus</button>
        </div>
      </footer>
    </div>
  );
}

function StatusBody({ state }: { state: CardState }) {
  if (state.status === 'loading') return <p class="status meta" role="status">Loading sources…</p>;
  if (state.status === 'missing') return <p class="status" role="status">The corpus has no background on this name yet.</p>;
  if (state.status === 'error') {
    return (
      <div class="status" role="alert">
        <p>Backstory could not load its corpus, so there is no background to show.</p>
        <p class="status-detail" dir="auto">{state.message}</p>
      </div>
    );
  }
  return null;
}

function CardBody(props: CardProps & { data: CardData }) {
  const { data } = props;
  const { entity } = data;
  const differs = !sameSpelling(props.matchedText, entity.name);
  return (
    <>
      <p class="meta">
        <span class="type">{typeLabel(entity.type)}</span>
        {differs && (
          <>
            {' · written “'}
            {/* <bdi> isolates an Arabic or Russian spelling so the quotes around it stay in place. */}
            <bdi>{props.matchedText}</bdi>
            {'” on this page'}
          </>
        )}
      </p>
      {entity.description && (
        <p class="desc" dir="auto">
          <span class="desc-label">Backstory’s identification: </span>
          {entity.description}
        </p>
      )}
      {(entity.facts?.length ?? 0) > 0 && (
        <ul class="facts" aria-label="Described in the sources">
          {entity.facts!.map((fact, i) => <FactItem key={i} fact={fact} onOpen={props.onOpenSource} />)}
        </ul>
      )}
      {data.emptyNote && <p class="empty" role="note">{data.emptyNote}</p>}
      {data.claims.length > 0 && (
        <section class="claims-section" aria-label="What sources say">
          <h3>What sources say</h3>
          <ul class="claims">
            {data.claims.slice(0, 5).map((claim) => <ClaimItem key={claim.id} claim={claim} onOpen={props.onOpenSource} />)}
          </ul>
        </section>
      )}
      {data.differences.length > 0 && (
        <section class="differ" aria-label="Sources differ">
          <h3>Sources differ</h3>
          {data.differences.map((claim) => <DifferItem key={claim.id} claim={claim} onOpen={props.onOpenSource} />)}
        </section>
      )}
      {data.timeline.length > 0 && (
        <Timeline events={data.timeline} entityId={entity.id} max={props.maxTimeline ?? 5} />
      )}
      <p class="why">{matchReason(props.matchedText, props.alias, entity.name)}</p>
    </>
  );
}

function sameSpelling(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function FactItem({ fact, onOpen }: { fact: EntityFact; onOpen: CardProps['onOpenSource'] }) {
  return (
    <li class="fact">
      <span dir="auto">{fact.text}</span> <SourceChips sources={fact.sources} onOpen={onOpen} />
    </li>
  );
}

function ClaimItem({ claim, onOpen }: { claim: Claim; onOpen: CardProps['onOpenSource'] }) {
  const partial = claim.sources.filter((s) => s.support?.level === 'partial').length;
  return (
    <li class="claim" data-claim-id={claim.id}>
      {claim.when && (
        <p class="when" data-event={claim.when.id}>
          {whenText(claim.when)}
          {claim.hedge && <span class="hedge">{` · hedged: “${claim.hedge}”`}</span>}
        </p>
      )}
      <p class="claim-text" dir="auto">{claim.text}</p>
      <div class="claim-foot">
        <span class="agree" title={originCount(claim)}>{originsText(claim)}</span>
        <SourceChips sources={claim.sources} onOpen={onOpen} />
        {partial > 0 && <span class="partial-note">{` · ${partial} of ${claim.sources.length} support it only in part`}</span>}
      </div>
    </li>
  );
}

function DifferItem({ claim, onOpen }: { claim: Claim; onOpen: CardProps['onOpenSource'] }) {
  const variants = claim.variants ?? [];
  return (
    <div class="differ-item" data-claim-id={claim.id} data-kind={claim.difference?.kind}>
      <p class="facet" dir="auto">
        {claim.difference && <span class="kind">{differenceKindLabel(claim.difference.kind)}: </span>}
        {claim.facet ?? claim.text}
      </p>
      {claim.difference?.note && <p class="differ-note" dir="auto">{claim.difference.note}</p>}
      <div class="variants">
        {variants.map((variant, i) => (
          <div class="variant" key={`${i}:${variant.label}`}>
            <p class="variant-label" dir="auto">{variant.label}</p>
            <SourceChips sources={variant.sources} onOpen={onOpen} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** One chip per distinct article: "Reuters · 14 Mar 2025", opening the reader at that passage. */
function SourceChips({ sources, onOpen }: { sources: SourceRef[]; onOpen: CardProps['onOpenSource'] }) {
  const seen = new Set<string>();
  const unique = sources.filter((s) => !seen.has(s.articleId) && seen.add(s.articleId));
  return (
    <ul class="chips" aria-label="Sources">
      {unique.map((source) => {
        const partial = source.support?.level === 'partial';
        const why = source.support?.why.filter((w) => w.startsWith('partial: ')).map((w) => w.slice(9)).join('; ');
        return (
          <li key={source.articleId}>
            <button
              type="button"
              class={partial ? 'chip partial' : 'chip'}
              data-support={source.support?.level}
              title={partial ? `Supports only in part (${why}): ${source.quote}` : source.quote}
              aria-label={`${source.outlet}, ${formatDate(source.date)}${source.via ? `, credits ${source.via}` : ''}${partial ? ', partial support' : ''}: open the passage`}
              onClick={() => onOpen({ articleId: source.articleId, passageId: source.passageId })}
            >
              <span dir="auto">{source.outlet}</span> · {formatDate(source.date)}
              {partial && ' · partial'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function Timeline({ events, entityId, max }: { events: TimelineEvent[]; entityId: string; max: number }) {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const shown = sorted.slice(-max);
  return (
    <section class="timeline" aria-label="Timeline">
      <h3>Timeline</h3>
      <ol>
        {shown.map((event) => (
          <li key={event.id} class={event.id === entityId ? 'here' : undefined}>
            <time dateTime={event.date}>{formatDate(event.date)}</time>
            <span dir="auto">{event.label}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
