import { useEffect, useRef, useState } from 'preact/hooks';
import { pageInputOf, type PageContext } from '../../corpus/context';
import type { ExtractedArticle } from '../../model/user-article';
import { extractArticleFromTab, TabReadError } from '../../shared/extraction/extract-from-tab';
import { callBackground } from '../../shared/messaging/client';
import { callContent } from '../../shared/messaging/tab-client';
import type { PageFinding } from '../../shared/messaging/content-request';
import { SavePreview } from '../../shared/ui/SavePreview';
import { useBackgroundLoad } from '../../shared/ui/use-background';
import { useSaveArticle } from '../../shared/ui/use-save-article';
import { followTab } from './follow-tab';
import { PanelView, type PanelState } from './PanelView';

/** After a save, how long the panel waits for the corpus to be compiled with the article, and how often it asks. */
const SAVED_WAIT_MS = 30_000;
const SAVED_POLL_MS = 500;

/** What one read of a tab gives: its article in context, or no page to read there. */
type TabReading = { kind: 'ready'; context: PageContext } | { kind: 'unavailable' };

/** The page in the tab, read (the page sends a snapshot, the extractor runs in this page) and compared by the background. */
async function readTab(tab: number): Promise<TabReading> {
  let article: ExtractedArticle;
  try {
    // The page only copies itself (a bounded snapshot); the extractor runs here, off the page's thread.
    article = await extractArticleFromTab(tab);
  } catch (err) {
    if (err instanceof TabReadError && err.problem === 'noContentScript') return { kind: 'unavailable' };
    throw err;
  }
  return { kind: 'ready', context: await callBackground({ type: 'readPageInContext', page: pageInputOf(article) }) };
}

/**
 * The side panel wired to the extension: it follows the tab, shows the page's marks at once, reads the article
 * through the containers' one hook for background requests (a read for a tab or page the reader has left is
 * dropped, and another page is never shown the last one's reading), and offers "Save to Backstory" with the
 * popup's own preview.
 */
export function PanelContainer() {
  /** The tab followed, and which visit of it: a page loaded or swapped in the same tab is read afresh. */
  const [followed, setFollowed] = useState<{ tab: number | null; visit: number }>({ tab: null, visit: 0 });
  const [findings, setFindings] = useState<PageFinding[] | null>(null);
  const tab = followed.tab;
  const reading = useBackgroundLoad(() => (tab === null ? Promise.resolve(null) : readTab(tab)), [tab, followed.visit], { clearOnChange: true });
  const saving = useSaveArticle(() => void awaitSaved());

  // Names at once: what the page's marks found, while the article is read and compared.
  useEffect(() => {
    setFindings(null);
    if (tab === null) return;
    let current = true;
    void callContent(tab, { type: 'getFindings' }).then(
      (answer) => current && setFindings(answer.findings),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [tab, followed.visit]);

  const latest = useRef({ followed, reading });
  latest.current = { followed, reading };

  /** After "Save": read again, keeping the reading shown, until the corpus holds the article (compiled in the background). */
  async function awaitSaved(): Promise<void> {
    const visit = latest.current.followed;
    const until = Date.now() + SAVED_WAIT_MS;
    while (Date.now() < until && latest.current.followed === visit) {
      await latest.current.reading.reload();
      const shown = latest.current.reading.data;
      if (shown?.kind === 'ready' && shown.context.page.inCorpus) return;
      await new Promise((resolve) => setTimeout(resolve, SAVED_POLL_MS));
    }
  }

  useEffect(
    () =>
      followTab(location.search, (next) => {
        setFollowed((f) => ({ tab: next, visit: f.visit + 1 }));
        saving.close();
      }),
    [],
  );

  const state: PanelState =
    tab === null ? { kind: 'no-tab' } : reading.error !== null ? { kind: 'error', message: reading.error } : reading.data ?? { kind: 'reading' };

  return (
    <PanelView
      state={state}
      findings={findings}
      onReveal={(entityId) => tab !== null && void callContent(tab, { type: 'reveal', entityId, index: 0 }).catch(() => undefined)}
      onSave={() => saving.openFor(tab)}
      savePanel={
        saving.state && (
          <SavePreview
            state={saving.state}
            onChange={saving.change}
            onSave={saving.save}
            onCancel={saving.close}
            onOpenArticles={() => void callBackground({ type: 'openPage', page: 'articles' })}
          />
        )
      }
    />
  );
}
