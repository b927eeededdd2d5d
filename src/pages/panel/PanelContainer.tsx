import { useEffect, useRef, useState } from 'preact/hooks';
import { pageInputOf } from '../../corpus/context';
import { errorText } from '../../shared/ui/failure-text';
import type { ExtractedArticle } from '../../model/user-article';
import { extractArticleFromTab, TabReadError } from '../../shared/extraction/extract-from-tab';
import { callBackground, callContent } from '../../shared/messaging/client';
import type { PageFinding } from '../../shared/messaging/content-request';
import { SavePreview } from '../../shared/ui/SavePreview';
import { useSaveArticle } from '../../shared/ui/use-save-article';
import { followTab } from './follow-tab';
import { PanelView, type PanelState } from './PanelView';

/** After a save, how long the panel waits for the corpus to be compiled with the article, and how often it asks. */
const SAVED_WAIT_MS = 30_000;
const SAVED_POLL_MS = 500;

/**
 * The side panel wired to the extension: it follows the tab, shows the page's marks at once, reads the article
 * (the page sends a snapshot, the extractor runs in this page), has the background compare it with the corpus, and offers
 * "Save to Backstory" with the popup's own preview. A read started for a tab the reader has left is dropped.
 */
export function PanelContainer() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PanelState>({ kind: 'reading' });
  const [findings, setFindings] = useState<PageFinding[] | null>(null);
  const generation = useRef(0);
  const saving = useSaveArticle(() => void awaitSaved());

  async function read(tab: number | null, keepShown = false): Promise<void> {
    const run = ++generation.current;
    const current = () => run === generation.current;
    if (tab === null) return setState({ kind: 'no-tab' });
    if (!keepShown) {
      setState({ kind: 'reading' });
      setFindings(null);
    }
    // Names at once: what the page's marks found, while the article is read and compared.
    void callContent(tab, { type: 'getFindings' }).then(
      (answer) => current() && setFindings(answer.findings),
      () => undefined,
    );
    let article: ExtractedArticle;
    try {
      // The page only copies itself (a bounded snapshot); the extractor runs here, off the page's thread.
      article = await extractArticleFromTab(tab);
    } catch (err) {
      if (!current()) return;
      if (err instanceof TabReadError && err.problem === 'noContentScript') setState({ kind: 'unavailable' });
      else setState({ kind: 'error', message: errorText(err) });
      return;
    }
    try {
      const context = await callBackground({ type: 'readPageInContext', page: pageInputOf(article) });
      if (current()) setState({ kind: 'ready', context });
    } catch (err) {
      if (current()) setState({ kind: 'error', message: errorText(err) });
    }
  }

  /** After "Save": read again until the corpus holds the article (it is compiled in the background). */
  async function awaitSaved(): Promise<void> {
    const tab = tabId;
    const until = Date.now() + SAVED_WAIT_MS;
    while (Date.now() < until && tab === tabIdRef.current) {
      await read(tab, true);
      const shown = stateRef.current;
      if (shown.kind === 'ready' && shown.context.page.inCorpus) return;
      await new Promise((resolve) => setTimeout(resolve, SAVED_POLL_MS));
    }
  }

  const tabIdRef = useRef(tabId);
  tabIdRef.current = tabId;
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(
    () =>
      followTab(location.search, (tab) => {
        setTabId(tab);
        saving.close();
        void read(tab);
      }),
    [],
  );

  return (
    <PanelView
      state={state}
      findings={findings}
      onReveal={(entityId) => tabId !== null && void callContent(tabId, { type: 'reveal', entityId, index: 0 }).catch(() => undefined)}
      onSave={() => saving.openFor(tabId)}
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
