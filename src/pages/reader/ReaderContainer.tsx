/** Connected reader: asks the background for the article, then scrolls to and focuses the passage. */
import { useEffect } from 'preact/hooks';
import { callBackground } from '../../shared/messaging/client';
import { Reader, type ReaderState } from './Reader';
import type { FindMentions } from './passage-segments';
import { useBackgroundLoad, type BackgroundLoad } from '../../shared/ui/use-background';
import type { ArticleView } from '../../shared/messaging/background-request';
import { t } from '../../shared/i18n';

export interface ReaderContainerProps {
  articleId: string | null;
  passageId: string | null;
  findMentions: FindMentions;
}

export function searchHref(query: string): string {
  return query ? `search.html?q=${encodeURIComponent(query)}` : 'search.html';
}

export function ReaderContainer({ articleId, passageId, findMentions }: ReaderContainerProps) {
  // Wrapped, so an article the corpus does not hold (null) is told apart from no answer yet.
  const article = useBackgroundLoad(
    async () => ({ view: articleId ? await callBackground({ type: 'getArticleView', articleId }) : null }),
    [articleId],
  );
  const state = readerState(articleId, article);

  // Every render, so a redraw in another language renames the tab too.
  useEffect(() => {
    document.title = state.status === 'ready' ? t('title_reader_article', { title: state.view.article.title }) : t('title_reader');
  });

  useEffect(() => {
    if (state.status !== 'ready' || !passageId) return;
    const el = document.querySelector<HTMLElement>(`[data-passage-id="${CSS.escape(passageId)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [state.status, article.data, passageId]);

  return <Reader state={state} passageId={passageId} findMentions={findMentions} searchHref={searchHref} />;
}

/** What the page shows of the article asked for, from where its load stands. */
function readerState(articleId: string | null, article: BackgroundLoad<{ view: ArticleView | null }>): ReaderState {
  if (!articleId) return { status: 'missing', articleId: null };
  if (article.error !== null) return { status: 'error', message: article.error };
  if (article.data === null) return { status: 'loading' };
  return article.data.view ? { status: 'ready', view: article.data.view } : { status: 'missing', articleId };
}
