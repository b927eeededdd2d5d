/**
 * The reader page as a pure component: an article of the corpus with its metadata, the passage the
 * user came from highlighted, and the entities each passage names underlined (each a link to search).
 * Text from the corpus is rendered as text nodes only.
 */
import type { ArticleView } from '../../shared/messaging/background-request';
import { formatDate } from '../../shared/ui/format-date';
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

export function Reader({ state, passageId, findMentions, searchHref }: ReaderProps) {
  if (state.status === 'loading') return <main class="reader"><p role="status">Loading the article…</p></main>;
  if (state.status === 'missing') {
    return (
      <main class="reader">
        <h1>Article not found</h1>
        <p class="reader-notice" role="alert">
          {state.articleId ? 'This article is not in the corpus (it may have been removed in an update).' : 'No article was chosen.'}
        </p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main class="reader">
        <h1>The corpus could not be loaded</h1>
        <p class="reader-notice" role="alert">Backstory could not read its corpus, so the article cannot be shown. {state.message}</p>
      </main>
    );
  }
  const { article, passages, entities, asOf } = state.view;
  const names = new Map(entities.map((e) => [e.id, e]));
  const event = names.get(article.event);
  // Like the marks on pages: the first mention of each entity stands out, later ones stay quiet.
  const seen = new Set<string>();
  // Passage ids come from the paragraph's text: a link to one that is gone means the paragraph has
  // changed since the link was made. Say so rather than pointing at another paragraph.
  const passageGone = passageId !== null && !passages.some((p) => p.id === passageId);
  return (
    <main class="reader">
      <nav class="reader-nav"><a href={searchHref('')}>Search the corpus</a></nav>
      <article aria-labelledby="reader-title">
        <h1 id="reader-title" dir="auto">{article.title}</h1>
        <dl class="reader-meta">
          <dt>Outlet</dt>
          <dd dir="auto">{article.outlet || 'Not named in the text'}</dd>
          <dt>Date</dt>
          <dd><time dateTime={article.date}>{formatDate(article.date)}</time></dd>
          {event && (
            <>
              <dt>Reports</dt>
              <dd dir="auto">
                <a href={searchHref(event.name)}>{event.name}</a>
                {event.date && event.date !== article.date ? ` (${formatDate(event.date)})` : ''}
              </dd>
            </>
          )}
          {article.cites && article.cites.length > 0 && (
            <>
              <dt>Cites</dt>
              <dd dir="auto">{article.cites.join(', ')}</dd>
            </>
          )}
        </dl>
        {passageGone && (
          <p class="reader-notice" role="alert">
            The paragraph you came from is no longer in this article: the corpus has been updated and that text has
            changed. The whole article is shown below.
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
                dir="auto"
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
        From the Backstory corpus, as of {formatDate(asOf)}. The text is the article as the corpus holds it.
      </footer>
    </main>
  );
}
