/**
 * The context card, as a pure component: CardData and callbacks in, markup out. The card's own words
 * are in the interface language, laid out in its direction (`dir` and `lang` on the root). Every string
 * from the corpus or the page is rendered as a Preact text node (never as HTML), isolated with
 * `dir="auto"` (or `<bdi>`) and marked with the `lang` of the script it is written in, so an Arabic
 * quote reads right to left in the English card and a Latin name keeps its place in the Arabic one.
 */
import type { ComponentChildren } from 'preact';
import type { CardData, Claim, EntityFact, SourceRef, TimelineEvent } from '../../model/corpus-types';
import { currentLocale, formatDay, isolateText as fsi, localeDirection, t, textLanguage, tParts, typeName } from '../../shared/i18n';
import { dateNoteText, sourceDateText, claimHeadline, differenceKindLabel, differenceNote, emptyNote, entityName, hideNameLabel, identificationText, partialReasonsText, languagesText, matchReason, originCount, originsText, outletText, textLanguageNote, whenText } from './format';

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
  /** "More about this page": the side panel, the page's article read against the corpus. */
  onOpenPanel?(): void;
  onClose(): void;
  /** Timeline rows shown at most; the most recent are kept. */
  maxTimeline?: number;
}

const NAME_ID = 'bs-card-name';

/** The `lang` of corpus or page text, from its script; none when it has no letters. */
function langOf(text: string): string | undefined {
  return textLanguage(text) ?? undefined;
}

/**
 * The direction of a line that starts with corpus text and ends with the card's words (a language
 * note, source chips): the text's. (`dir="auto"` on the line would skip the isolated text and read the
 * card's words.)
 */
function directionOf(text: string): 'ltr' | 'rtl' | 'auto' {
  const lang = textLanguage(text);
  return lang ? localeDirection(lang) : 'auto';
}

/** Corpus text, as it is: its own direction and language. */
function Corpus({ text, class: className }: { text: string; class?: string }) {
  return <span class={className} dir="auto" lang={langOf(text)}>{text}</span>;
}

/** A name inside an interface sentence, isolated so the sentence's punctuation stays in place. */
const isolate = (text: string): ComponentChildren => <bdi lang={langOf(text)}>{text}</bdi>;

export function Card(props: CardProps) {
  const { state } = props;
  const data = state.status === 'ready' ? state.data : undefined;
  const name = data?.entity.name ?? props.matchedText;
  const heading = data ? entityName(data.entity) : { text: props.matchedText, lang: langOf(props.matchedText) };
  return (
    <div class="card" role="dialog" aria-labelledby={NAME_ID} tabIndex={-1} dir={localeDirection()} lang={currentLocale()} data-status={state.status}>
      <div class="head">
        <h2 class="name" id={NAME_ID} dir="auto" lang={heading.lang}>{heading.text}</h2>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close_title')} onClick={props.onClose}>×</button>
      </div>
      {data ? <CardBody {...props} data={data} /> : <StatusBody state={state} />}
      <footer>
        {data && (
          <p class="asof">{t('card_as_of', { count: data.articleCount, date: formatDay(data.asOf) })}</p>
        )}
        <div class="actions">
          <button type="button" data-action="not-this" onClick={props.onNotThis}>{t('card_not_this')}</button>
          <button type="button" data-action="hide-name" onClick={props.onHideName}>{hideNameLabel(props.site)}</button>
          <button type="button" data-action="search" onClick={() => props.onSearch(name)}>{t('card_search')}</button>
          {props.onOpenPanel && <button type="button" data-action="open-panel" onClick={props.onOpenPanel}>{t('panel_open_card')}</button>}
        </div>
      </footer>
    </div>
  );
}

function StatusBody({ state }: { state: CardState }) {
  if (state.status === 'loading') return <p class="status meta" role="status">{t('card_loading')}</p>;
  if (state.status === 'missing') return <p class="status" role="status">{t('card_missing')}</p>;
  if (state.status === 'error') {
    return (
      <div class="status" role="alert">
        <p>{t('card_error')}</p>
        {/* The browser's own reason, as it gave it. */}
        <p class="status-detail" dir="auto" lang={langOf(state.message)}>{state.message}</p>
      </div>
    );
  }
  return null;
}

function CardBody(props: CardProps & { data: CardData }) {
  const { data } = props;
  const { entity } = data;
  const name = entityName(entity);
  const identification = identificationText(entity);
  const differs = !sameSpelling(props.matchedText, name.text);
  return (
    <>
      <p class="meta">
        <span class="type">{typeName(entity.type)}</span>
        {/* <bdi> isolates an Arabic or Russian spelling so the quotes around it stay in place. */}
        {differs && <>{' · '}{tParts('card_written_as', { spelling: isolate(props.matchedText) })}</>}
      </p>
      {identification.text && (
        <p class="desc">
          {/* Backstory's words in the reader's language; the English fallback is marked so, and runs left to right. */}
          <span class="desc-label">{t('card_identification')}</span>{' '}
          <span class="desc-text" dir="auto" lang={identification.lang}>{identification.text}</span>
        </p>
      )}
      {(entity.facts?.length ?? 0) > 0 && (
        <ul class="facts" aria-label={t('card_facts_label')}>
          {entity.facts!.map((fact, i) => <FactItem key={i} fact={fact} onOpen={props.onOpenSource} />)}
        </ul>
      )}
      {data.empty && <p class="empty" role="note">{emptyNote(data.empty, isolate(name.text), data.articleCount)}</p>}
      {data.claims.length > 0 && (
        <section class="claims-section" aria-label={t('card_claims_heading')}>
          <h3>{t('card_claims_heading')}</h3>
          <ul class="claims">
            {data.claims.slice(0, 5).map((claim) => <ClaimItem key={claim.id} claim={claim} onOpen={props.onOpenSource} />)}
          </ul>
        </section>
      )}
      {data.differences.length > 0 && (
        <section class="differ" aria-label={t('card_differ_heading')}>
          <h3>{t('card_differ_heading')}</h3>
          {data.differences.map((claim) => <DifferItem key={claim.id} claim={claim} onOpen={props.onOpenSource} />)}
        </section>
      )}
      {data.timeline.length > 0 && (
        <Timeline events={data.timeline} entityId={entity.id} max={props.maxTimeline ?? 5} />
      )}
      <p class="why">{matchReason(props.matchedText, props.alias, name.text, isolate)}</p>
    </>
  );
}

function sameSpelling(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function FactItem({ fact, onOpen }: { fact: EntityFact; onOpen: CardProps['onOpenSource'] }) {
  // Backstory's own summary is written in English: a reader in another language is never shown it as the card's
  // words, but the source's own sentence, as a quote, said to be in its language when that is not theirs.
  if (textLanguageNote(fact.text).note !== null && fact.sources[0]) {
    const quote = fact.sources[0].quote;
    const { lang, note } = textLanguageNote(quote);
    return (
      <li class="fact fact-quote" dir={localeDirection()}>
        <q dir="auto" lang={lang}>{quote}</q>
        {note && <> <span class="text-lang">{note}</span></>} <SourceChips sources={fact.sources} onOpen={onOpen} />
      </li>
    );
  }
  return (
    // The line runs in the fact's direction, its source chips at its end.
    <li class="fact" dir={directionOf(fact.text)}>
      <Corpus text={fact.text} /> <SourceChips sources={fact.sources} onOpen={onOpen} />
    </li>
  );
}

function ClaimItem({ claim, onOpen }: { claim: Claim; onOpen: CardProps['onOpenSource'] }) {
  const partial = claim.sources.filter((s) => s.support?.level === 'partial').length;
  const when = claim.when && whenText(claim.when);
  const { lang, note } = textLanguageNote(claim.text);
  const headline = claimHeadline(claim);
  const dateNote = dateNoteText(claim);
  const languages = languagesText(claim);
  return (
    <li class="claim" data-claim-id={claim.id} data-fact={claim.fact ? claim.fact.action : undefined}>
      {claim.when && when && (
        <p class="when" data-event={claim.when.id}>
          {when.event !== null && <Corpus text={when.event} />}
          {when.event !== null && when.text && ' · '}
          <span class="when-time">{when.text}</span>
          {dateNote && <span class="date-assumed">{' · '}{dateNote}</span>}
          {claim.hedge && !headline && <span class="hedge">{' · '}{tParts('card_hedged', { hedge: isolate(claim.hedge) })}</span>}
        </p>
      )}
      {headline !== null ? (
        // Written from the claim's fact in the reader's language; the sources' own words follow, verbatim.
        <>
          <p class="claim-headline" lang={currentLocale()}>{headline}</p>
          <p class="quotes-label">{t('facts_quote_label')}</p>
          <ul class="claim-quotes">
            {claim.sources.slice(0, 3).map((s) => (
              <li class="claim-quote" key={`${s.articleId}:${s.passageId}`}>
                <q dir="auto" lang={textLanguage(s.quote) ?? undefined}>{s.quote}</q>
                <span class="quote-outlet">
                  {'— '}
                  <bdi lang={langOf(outletText(s.outlet))}>{outletText(s.outlet)}</bdi>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        /* The line runs in the quote's direction (an English quote starts on the left in the Arabic card),
           with the language it is in, when it is not the interface's, at its end in the interface's. */
        <p class="claim-body" dir={directionOf(claim.text)}>
          <span class="claim-text" dir="auto" lang={lang}>{claim.text}</span>
          {note && <> <span class="text-lang" dir={localeDirection()} lang={currentLocale()}>{note}</span></>}
        </p>
      )}
      <div class="claim-foot">
        <span class="agree" title={originCount(claim)}>{originsText(claim)}{languages && ` ${languages}`}</span>
        <SourceChips sources={claim.sources} onOpen={onOpen} />
        {partial > 0 && <span class="partial-note">{' · '}{t('card_partial_support', { count: partial, total: claim.sources.length })}</span>}
      </div>
    </li>
  );
}

function DifferItem({ claim, onOpen }: { claim: Claim; onOpen: CardProps['onOpenSource'] }) {
  const variants = claim.variants ?? [];
  const english = currentLocale().split('-')[0] === 'en';
  return (
    <div class="differ-item" data-claim-id={claim.id} data-kind={claim.difference?.kind}>
      {/* The corpus words its questions, notes and version labels in English (for the CLI and English readers);
          another reader gets the kind and what it means in their words, and each version's own quote. */}
      <p class="facet">
        {claim.difference && <span class="kind">{differenceKindLabel(claim.difference.kind)}{english && ': '}</span>}
        {english && <Corpus text={claim.facet ?? claim.text} />}
      </p>
      {claim.difference &&
        (english && claim.difference.note ? (
          <p class="differ-note" dir="auto" lang="en">{claim.difference.note}</p>
        ) : (
          <p class="differ-note">{differenceNote(claim.difference.kind)}</p>
        ))}
      <div class="variants">
        {variants.map((variant, i) => {
          const quote = variant.sources[0]?.quote;
          return (
            <div class="variant" key={`${i}:${variant.label}`}>
              {english && <p class="variant-label" dir="auto" lang="en">{variant.label}</p>}
              {quote && <p class="variant-quote"><q dir="auto" lang={langOf(quote)}>{quote}</q></p>}
              <SourceChips sources={variant.sources} onOpen={onOpen} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** One chip per distinct article: "Reuters · 14 Mar 2025", opening the reader at that passage. */
function SourceChips({ sources, onOpen }: { sources: SourceRef[]; onOpen: CardProps['onOpenSource'] }) {
  const seen = new Set<string>();
  const unique = sources.filter((s) => !seen.has(s.articleId) && seen.add(s.articleId));
  return (
    // In the interface's direction even on a line that runs in a quote's: "Zamin · ١٥ أكتوبر ٢٠٢٥" reads right.
    <ul class="chips" dir={localeDirection()} aria-label={t('card_sources_label')}>
      {unique.map((source) => {
        const partial = source.support?.level === 'partial';
        const why = partial ? partialReasonsText(source.support?.partial) : '';
        const dated = sourceDateText(source);
        return (
          <li key={source.articleId}>
            <button
              type="button"
              class={`chip${partial ? ' partial' : ''}${source.origin ? ' mine' : ''}`}
              data-support={source.support?.level}
              title={!partial ? fsi(source.quote) : why ? t('card_chip_partial_title', { quote: fsi(source.quote), why }) : t('card_chip_partial_title_plain', { quote: fsi(source.quote) })}
              aria-label={chipLabel(source, partial)}
              onClick={() => onOpen({ articleId: source.articleId, passageId: source.passageId })}
            >
              <Corpus text={outletText(source.outlet)} /> · {formatDay(source.date)}
              {dated && <span class="chip-date-note">{` (${dated})`}</span>}
              {partial && ` · ${t('card_chip_partial')}`}
              {source.origin && <span class="origin">{` · ${originLabel(source.origin)}`}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "Zamin, 29 Jan 2025, credits Reuters, partial support: open the passage". */
function chipLabel(source: SourceRef, partial: boolean): string {
  // Names from articles are isolated (FSI … PDI) inside the label's sentence, as <bdi> does in markup.
  const parts = [fsi(outletText(source.outlet)), formatDay(source.date)];
  const dated = sourceDateText(source);
  if (dated) parts.push(dated);
  if (source.via) parts.push(t('card_chip_credits', { outlet: fsi(source.via) }));
  if (partial) parts.push(t('card_chip_partial_support'));
  if (source.origin) parts.push(originLabel(source.origin));
  return t('card_chip_open', { source: parts.join(t('list_separator')) });
}

/** The reader's own sources are marked: "saved by you", "from a pack". */
function originLabel(origin: NonNullable<SourceRef['origin']>): string {
  return t(origin === 'saved' ? 'card_chip_saved' : 'card_chip_pack');
}

function Timeline({ events, entityId, max }: { events: TimelineEvent[]; entityId: string; max: number }) {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const shown = sorted.slice(-max);
  return (
    <section class="timeline" aria-label={t('card_timeline')}>
      <h3>{t('card_timeline')}</h3>
      <ol>
        {shown.map((event) => (
          <li key={event.id} class={event.id === entityId ? 'here' : undefined}>
            <time dateTime={event.date}>{formatDay(event.date)}</time>
            <Corpus text={event.label} />
          </li>
        ))}
      </ol>
    </section>
  );
}
