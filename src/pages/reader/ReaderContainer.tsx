/** Connected reader: asks the background for the article, then scrolls to and focuses the passage. */
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../shared/messaging/client';
import { Reader, type ReaderState } from './Reader';
import type { FindMentions } from './passage-segments';
import { errorText } from '../../shared/ui/failure-text';
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
  const [state, setState] = useState<ReaderState>(articleId ? { status: 'loading' } : { status: 'missing', articleId: null });

  // Every render, so a redraw in another language renames the tab too.
  useEffect(() => {
    document.title = state.status === 'ready' ? t('title_reader_article', { title: state.view.article.title }) : t('title_reader');
  });

  useEffect(() => {
    if (!articleId) return;
    let live = true;
    callBackground({ type: 'getArticleView', articleId }).then(
      (view) => live && setState(view ? { status: 'ready', view } : { status: 'missing', articleId }),
      (err: unknown) => live && setState({ status: 'error', message: errorText(err) }),
    );
    return () => {
      live = false;
    };
  }, [articleId]);

  useEffect(() => {
    if (state.status !== 'ready' || !passageId) return;
    const el = document.querySelector<HTMLElement>(`[data-passage-id="${CSS.escape(passageId)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [state, passageId]);

  return <Reader state={state} passageId={passageId} findMentions={findMentions} searchHref={searchHref} />;
}
