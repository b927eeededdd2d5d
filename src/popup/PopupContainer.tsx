import browser from 'webextension-polyfill';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { callBackground } from '../shared/messaging/client';
import { callContent } from '../shared/messaging/tab-client';
import { normaliseHost, registrableDomain, siteKeysFor } from '../model/site-key';
import { ConnectedSearch } from '../shared/ui/ConnectedSearch';
import type { SiteScope } from '../model/user-settings';
import type { FindingsState, RevealPosition } from './FindingsList';
import { Popup, type PopupProps } from './Popup';
import { scopeToStartFrom } from './site-scope';
import { resolveTargetTab, type TargetTab } from './target-tab';
import { pageAnswer, PageTimeoutError } from './page-answer';
import { saveRequestedInSearch } from './tab-param';
import { SavePreview } from '../shared/ui/SavePreview';
import { useSaveArticle } from '../shared/ui/use-save-article';
import { errorText, failureText } from '../shared/ui/failure-text';
import { openPanel } from '../shared/ui/open-panel';
import { useBackgroundLoad } from '../shared/ui/use-background';


/** Performance mark the bench waits for: the search box has the focus and the corpus status is shown. */
export const INTERACTIVE_MARK = 'backstory-popup-interactive';

/**
 * The popup wired to the extension. It renders at once and fills in as answers arrive; each answer is
 * independent, so a slow or missing content script never holds up search or the switches.
 */
export function PopupContainer() {
  const [target, setTarget] = useState<TargetTab | null>(null);
  /**
   * The tab being found, asked for at the first render rather than in an effect: a Save clicked before the
   * effects have run (the button is on screen first) waits for it rather than doing nothing.
   */
  const [targetReady] = useState(() => resolveTargetTab().catch((): TargetTab => ({ tabId: null, url: null, pageMode: false })));
  const [findings, setFindings] = useState<FindingsState>({ kind: 'loading' });
  const [current, setCurrent] = useState<RevealPosition | null>(null);
  /** The scope the reader picked; until then, the one of the setting that governs this page. */
  const [chosenScope, setScope] = useState<SiteScope | null>(null);
  const [busy, setBusy] = useState(false);
  /** A change or a page the reader asked for that failed (the status's own failure is `status.error`). */
  const [actionError, setActionError] = useState<string | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const url = target?.url ?? null;
  const status = useBackgroundLoad(() => callBackground({ type: 'getStatus' }));
  // The page's own answers: none for a page that is not a site (a browser page, a file). A failure leaves
  // the switch unusable (settings) or says nothing (the saved note, the scope), as no answer does.
  const settings = useBackgroundLoad(() => (onSite(url) ? callBackground({ type: 'getPageSettings', url }) : Promise.resolve(null)), [url]);
  const savedHere = useBackgroundLoad(() => (onSite(url) ? savedArticleAt(url) : Promise.resolve(null)), [url]);
  const governingScope = useBackgroundLoad(
    async () => (onSite(url) ? scopeToStartFrom(url, (await callBackground({ type: 'listUserSettings' })).sites) : null),
    [url],
  );
  const scope = chosenScope ?? governingScope.data ?? 'domain';
  const saving = useSaveArticle(() => {
    void status.reload();
    void savedHere.reload();
  });

  const [host, domain] = hostAndDomain(url);

  async function loadFindings(tabId: number | null) {
    if (tabId === null) return setFindings({ kind: 'unavailable' });
    try {
      const answer = await pageAnswer(callContent(tabId, { type: 'getFindings' }));
      setFindings(answer.active ? { kind: 'ready', onTopic: answer.onTopic, findings: answer.findings } : { kind: 'inactive' });
    } catch (err) {
      setFindings(err instanceof PageTimeoutError ? { kind: 'unresponsive' } : { kind: 'unavailable' });
    }
  }

  useEffect(() => {
    searchInput.current?.focus();
    void targetReady.then(async (t) => {
      setTarget(t);
      // Opened by "Save this article" (context menu, keyboard): the background says for which tab.
      const requested = await callBackground({ type: 'takeSaveRequest' }).then((r) => r.tabId, () => null);
      if (saveRequestedInSearch(location.search) || (requested !== null && requested === t.tabId)) saving.openFor(t.tabId);
      // A page that did not say where it is will not say what it marked either: no second wait.
      if (t.pageBlocked) setFindings({ kind: 'unresponsive' });
      else await loadFindings(t.tabId);
    });
  }, []);

  // The bench's "interactive": first paint with the focus in the search box and the status shown.
  useEffect(() => {
    if (status.data && document.activeElement === searchInput.current && performance.getEntriesByName(INTERACTIVE_MARK).length === 0) {
      performance.mark(INTERACTIVE_MARK);
    }
  }, [status.data]);

  async function change(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
      // The background has told every tab by the time it answers, so the page's findings are current.
      setActionError(null);
      await Promise.all([settings.reload(), loadFindings(target?.tabId ?? null), status.reload()]);
      setCurrent(null);
    } catch (err) {
      setActionError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  async function reveal(entityId: string, index: number) {
    if (target?.tabId == null) return;
    setCurrent({ entityId, index });
    await callContent(target.tabId, { type: 'reveal', entityId, index }).catch(() => undefined);
  }

  async function openArticles() {
    try {
      await callBackground({ type: 'openPage', page: 'articles' });
      if (!target?.pageMode) window.close();
    } catch (err) {
      setActionError(errorText(err));
    }
  }

  // Settings that cannot be read leave the switch unusable: the page is not marked, and the note says why.
  const page = settings.data;
  const siteEnabled = page === null || page.reason === 'unreadable' ? null : page.enabled || page.reason === 'paused';
  const paused = status.data?.paused ?? (page ? page.reason === 'paused' : null);
  const pageEntityIds = useMemo(() => (findings.kind === 'ready' ? findings.findings.map((f) => f.entityId) : undefined), [findings]);

  return (
    <Popup
      controls={{
        host: target === null ? '' : host,
        domain: target === null ? '' : domain,
        siteEnabled,
        scope,
        paused,
        busy,
        unreadable: page?.reason === 'unreadable' ? (page.problem ? failureText(page.problem) : '') : null,
        onToggleSite: (enabled) => url && void change(() => callBackground({ type: 'setSiteEnabled', url, enabled, scope })),
        onScopeChange: setScope,
        onTogglePause: (p) => void change(() => callBackground({ type: 'setPrefs', prefs: { paused: p } })),
      }}
      findings={{ state: findings, current, onReveal: (id, i) => void reveal(id, i) }}
      status={{ status: status.data, error: actionError ?? status.error }}
      search={
        <ConnectedSearch
          idPrefix="popup-search"
          inputRef={searchInput}
          autoFocus
          limit={20}
          excerptChars={170}
          fullPageLink
          preferredIds={pageEntityIds}
          onOpened={() => {
            if (!target?.pageMode) window.close();
          }}
        />
      }
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => target?.pageMode || window.close())}
      onSaveArticle={() => void targetReady.then((t) => saving.openFor(t.tabId))}
      onOpenArticles={() => void openArticles()}
      onOpenPanel={() => {
        // Opened in the click (no await before it): the browsers open a side panel only while handling one.
        void openPanel(target?.tabId ?? undefined, target?.windowId).then(() => target?.pageMode || window.close());
      }}
      savedHere={savedHere.data}
      savePanel={
        saving.state && (
          <SavePreview state={saving.state} onChange={saving.change} onSave={saving.save} onCancel={saving.close} onOpenArticles={() => void openArticles()} />
        )
      }
    />
  );
}

/** A page with a site key: a web page whose settings, saved article and scope can be asked for. */
function onSite(url: string | null): url is string {
  return url !== null && siteKeysFor(url).length > 0;
}

/** Is this page's article already in the reader's corpus? Asked by its address. */
async function savedArticleAt(url: string): Promise<PopupProps['savedHere']> {
  const { match } = await callBackground({ type: 'findUserArticle', url });
  return match ? { title: match.title, savedAt: match.savedAt, origin: match.origin } : null;
}

function hostAndDomain(url: string | null): [string | null, string | null] {
  if (url === null) return [null, null];
  const [h] = siteKeysFor(url);
  if (!h) return [null, null];
  return [normaliseHost(h), registrableDomain(h)];
}
