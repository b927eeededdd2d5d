import { useState } from 'preact/hooks';
import { errorMessage } from '../../model/errors';
import { errorText } from './failure-text';
import { extractArticleFromTab, TabReadError } from '../extraction/extract-from-tab';
import { callBackground } from '../messaging/client';
import type { ArticleFieldName } from './article-fields';
import { checkSave, fieldsFromExtracted } from './save-draft';
import type { SaveState } from './SavePreview';

/**
 * "Save to Backstory" wired to the extension: read the tab's article (content script), look up the address
 * among saved articles, then save what the reader corrected. `null` while the preview is closed.
 */
/** `onSaved` runs once an article is added (the popup then shows the corpus it is now part of). */
export function useSaveArticle(onSaved: () => void = () => undefined) {
  const [state, setState] = useState<SaveState | null>(null);

  async function open(tabId: number | null) {
    setState({ kind: 'reading' });
    if (tabId === null) return setState({ kind: 'unreadable', problem: 'noContentScript', detail: null });
    let article;
    try {
      article = await extractArticleFromTab(tabId);
    } catch (err) {
      // No content script answers on browser pages, PDFs and store pages: that is the page, not a fault.
      if (err instanceof TabReadError) return setState({ kind: 'unreadable', problem: err.problem, detail: err.detail });
      return setState({ kind: 'unreadable', problem: 'failed', detail: errorMessage(err) });
    }
    const match = await callBackground({ type: 'findUserArticle', url: article.url }).then(
      (r) => r.match,
      () => null, // the note is a courtesy: saving reports a duplicate anyway
    );
    setState({ kind: 'preview', article, match, fields: fieldsFromExtracted(article), saving: false, error: null });
  }

  function change(field: ArticleFieldName, value: string) {
    setState((s) => (s?.kind === 'preview' ? { ...s, fields: { ...s.fields, [field]: value }, error: null } : s));
  }

  async function save() {
    if (state?.kind !== 'preview') return;
    const check = checkSave(state.article, state.fields);
    if (!check.ok) return;
    setState({ ...state, saving: true, error: null });
    try {
      const { status } = await callBackground({ type: 'saveArticle', article: check.article });
      setState({ kind: 'saved', status });
      if (status === 'added') onSaved();
      // The reader now keeps data of their own here: ask the browser not to evict it under storage
      // pressure (granted silently to extensions in Chrome and Firefox; where refused, nothing changes).
      void navigator.storage?.persist?.().catch(() => false);
    } catch (err) {
      // A failure the background names by code (a full disk) is said in the reader's language.
      setState({ ...state, saving: false, error: errorText(err) });
    }
  }

  return { state, openFor: (tabId: number | null) => void open(tabId), change, save: () => void save(), close: () => setState(null) };
}
