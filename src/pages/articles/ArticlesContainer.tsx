import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../shared/ui/failure-text';
import { useBackgroundLoad } from '../../shared/ui/use-background';
import type { UserArticleRecord } from '../../model/user-article';
import { t } from '../../shared/i18n';
import { callBackground } from '../../shared/messaging/client';
import { ArticlesView, type ArticlesData, type Notice } from './ArticlesView';

/** How long a removal can be undone from its notice. */
export const UNDO_MS = 10_000;
/** While the corpus is being recompiled with the reader's articles, look again this often. */
const PENDING_POLL_MS = 2_000;

/** "Your articles" wired to the background; every change re-reads the list. */
export function ArticlesContainer() {
  const { data, error: loadError, reload } = useBackgroundLoad<ArticlesData>(() => callBackground({ type: 'listUserArticles' }));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<UserArticleRecord | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    return () => {
      if (undoTimer.current) clearTimeout(undoTimer.current);
    };
  }, []);

  // The entities an article gives background to are known once the corpus holding it is compiled.
  useEffect(() => {
    if (!data?.corpus.pending) return;
    const timer = setTimeout(() => void reload(), PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [data]);

  function offerUndo(record: UserArticleRecord | null) {
    if (undoTimer.current) clearTimeout(undoTimer.current);
    setRemoved(record);
    undoTimer.current = record ? setTimeout(() => setRemoved(null), UNDO_MS) : null;
  }

  async function run(action: () => Promise<Notice | null>): Promise<boolean> {
    setBusy(true);
    try {
      setNotice(await action());
      return true;
    } catch (err) {
      setNotice({ kind: 'error', text: t('articles_action_error', { error: errorText(err) }) });
      return false;
    } finally {
      await reload();
      setBusy(false);
    }
  }

  return (
    <ArticlesView
      data={data}
      loadError={loadError}
      notice={notice}
      undo={removed ? { title: removed.title } : null}
      busy={busy}
      onUpdate={(id, changes) =>
        run(async () => {
          offerUndo(null);
          const updated = await callBackground({ type: 'updateUserArticle', id, changes });
          return { kind: 'ok', text: t('articles_updated', { title: updated.title }) };
        })
      }
      onRemove={(article) =>
        void run(async () => {
          const { removed: record } = await callBackground({ type: 'removeUserArticle', id: article.id });
          offerUndo(record);
          return null;
        })
      }
      onUndo={() =>
        void run(async () => {
          if (!removed) return null;
          const record = removed;
          offerUndo(null);
          await callBackground({ type: 'restoreUserArticle', article: record });
          return { kind: 'ok', text: t('articles_restored', { title: record.title }) };
        })
      }
      onRemovePack={(pack) =>
        void run(async () => {
          offerUndo(null);
          const { removed: count } = await callBackground({ type: 'removePack', packId: pack.id });
          return { kind: 'ok', text: t('articles_pack_removed', { count, name: pack.name }) };
        })
      }
    />
  );
}
