/**
 * The reader page as a pure component: an article of the corpus with its metadata, the passage the
 * user came from highlighted, and the entities each passage names underlined (each a link to search).
 * Text from the corpus is rendered as text nodes only.
 */
import type { ArticleView } from '../../shared/messaging/background-request';
import { currentLocale, formatDay, t, textLanguage } from '../../shared/i18n';
import type { UiLanguage } from '../../model/user-settings';
import { segmentPassage, type FindMentions } from './passage-segments';

export type ReaderState =
  | { status: 'loading' }
  | { status: 'ready'; view: ArticleView }
  | { status: 'missing'; articleId: string | null }
  | { status: 'error'; message: string };

export interface ReaderProps {
  state: ReaderState;
  /** The passage to highlight (`?passage=`). */
  passageId: string | null;
  findMentions: FindMentions;
  /** Link target for an entity name (the search page). */
  searchHref(query: string): string;
}

/** Said above an article in another language than the interface's. */
const ARTICLE_IN = { en: 'reader_article_in_en', ar: 'reader_article_in_ar', ru: 'reader_article_in_ru' } as const;

function articleLanguage(title: string, passages: ReadonlyArray<{ text: string }>): UiLanguage | null {
  return textLanguage([title, ...passages.slice(0, 3).map((p) => p.text)].join(' '));
}

/**
 * Corpus text keeps its own language and direction whatever the interface's: each paragraph is marked
 * with the language its letters are in (an English article may quote a Russian paragraph), and with
 * dir="auto" when it has no letters to tell.
 */
function ownLanguage(text: string): { lang?: string; dir: 'rtl' | 'ltr' | 'auto' } {
  const lang = textLanguage(text);
  return lang ? { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' } : { dir: 'auto' };
}

export function Reader({ state, passageId, findMentions, searchHref }: ReaderProps) {
  if (state.status === 'loading') return <main class="reader"><p role="status">{t('reader_loading')}</p></main>;
  if (state.status === 'missing') {
    return (
      <main class="reader">
        <h1>{t('reader_not_found')}</h1>
        <p class="reader-notice" role="alert">
          {state.articleId ? t('reader_not_in_corpus') : t('reader_none_chosen')}
        </p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main class="reader">
        <h1>{t('reader_error_title')}</h1>
        <p class="reader-notice" role="alert">{t('reader_error', { error: state.message })}</p>
      </main>
    );
  }
  const { article, passages, entities, asOf } = state.view;
  const names = new Map(entities.map((e) => [e.id, e]));
  const event = article.event === undefined ? undefined : names.get(article.event);
  // Like the marks on pages: the first mention of each entity stands out, later ones stay quiet.
  const seen = new Set<string>();
  // Passage ids come from the paragraph's text: a link to one that is gone means the paragraph has
  // changed since the link was made. Say so rather than pointing at another paragraph.
  const passageGone = passageId !== null && !passages.some((p) => p.id === passageId);
  const lang = articleLanguage(article.title, passages);

  return (
    <main class="reader">
      <nav class="reader-nav"><a href={searchHref('')}>{t('reader_search_link')}</a></nav>
      <article aria-labelledby="reader-title">
        {lang && lang !== currentLocale() && <p class="reader-language">{t(ARTICLE_IN[lang])}</p>}
        <h1 id="reader-title" {...ownLanguage(article.title)}>{article.title}</h1>
        <dl class="reader-meta">
          <dt>{t('reader_outlet')}</dt>
          <dd>{article.outlet ? <bdi>{article.outlet}</bdi> : t('reader_outlet_unnamed')}</dd>
          <dt>{t('reader_date')}</dt>
          <dd><time dateTime={article.date}>{formatDay(article.date)}</time></dd>
          {event && (
            <>
              <dt>{t('reader_reports')}</dt>
              <dd>
                <a href={searchHref(event.name)}><bdi>{event.name}</bdi></a>
                {event.date && event.date !== article.date ? ` (${formatDay(event.date)})` : ''}
              </dd>
            </>
          )}
          {article.cites && article.cites.length > 0 && (
            <>
              <dt>{t('reader_cites')}</dt>
              <dd><bdi>{article.cites.join(', ')}</bdi></dd>
            </>
          )}
          {article.origin && (
            <>
              <dt>{t('reader_origin')}</dt>
              <dd>
                {t(article.origin === 'saved' ? 'card_chip_saved' : 'card_chip_pack')}
                {article.url && (
                  <>
                    {' · '}
                    <a href={article.url} rel="noreferrer noopener" target="_blank" dir="ltr">
                      {article.url}
                    </a>
                  </>
                )}
              </dd>
            </>
          )}
        </dl>
        {passageGone && (
          <p class="reader-notice" role="alert">
            {t('reader_passage_gone')}
          </p>
        )}
        <div class="reader-body">
          {passages.map((p) => {
            const current = p.id === passageId;
            const segments = segmentPassage(p.text, findMentions(p.text), new Set(p.entityIds));
            return (
              <p
                key={p.id}
                id={`passage-${p.index}`}
                data-passage-id={p.id}
                class={current ? 'current' : undefined}
                tabIndex={current ? -1 : undefined}
                aria-current={current ? 'location' : undefined}
                {...ownLanguage(p.text)}
              >
                {segments.map((s, i) => {
                  const entity = s.entityId ? names.get(s.entityId) : undefined;
                  if (!entity) return s.text;
                  const first = !seen.has(entity.id);
                  seen.add(entity.id);
                  return (
                    <a key={i} class={first ? 'entity' : 'entity quiet'} href={searchHref(entity.name)} title={entity.name} data-entity-id={entity.id}>
                      {s.text}
                    </a>
                  );
                })}
              </p>
            );
          })}
        </div>
      </article>
      <footer class="reader-footer">
        {t('reader_footer', { date: formatDay(asOf) })}
      </footer>
    </main>
  );
}
