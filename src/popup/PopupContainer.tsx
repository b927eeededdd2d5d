import browser from 'webextension-polyfill';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CorpusStatus, PageSettings } from '../shared/messaging/background-request';
import { callBackground, callContent } from '../shared/messaging/client';
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
  const [settings, setSettings] = useState<PageSettings | null>(null);
  const [status, setStatus] = useState<CorpusStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [findings, setFindings] = useState<FindingsState>({ kind: 'loading' });
  const [current, setCurrent] = useState<RevealPosition | null>(null);
  const [scope, setScope] = useState<SiteScope>('domain');
  const [busy, setBusy] = useState(false);
  const [savedHere, setSavedHere] = useState<PopupProps['savedHere']>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const saving = useSaveArticle(() => {
    void loadStatus();
    void loadSavedHere(target?.url ?? null);
  });

  const [host, domain] = hostAndDomain(target?.url ?? null);

  async function loadFindings(tabId: number | null) {
    if (tabId === null) return setFindings({ kind: 'unavailable' });
    try {
      const answer = await pageAnswer(callContent(tabId, { type: 'getFindings' }));
      setFindings(answer.active ? { kind: 'ready', onTopic: answer.onTopic, findings: answer.findings } : { kind: 'inactive' });
    } catch (err) {
      setFindings(err instanceof PageTimeoutError ? { kind: 'unresponsive' } : { kind: 'unavailable' });
    }
  }

  async function loadSettings(url: string | null) {
    if (url === null || siteKeysFor(url).length === 0) return;
    setSettings(await callBackground({ type: 'getPageSettings', url }));
  }

  /** Is this page's article already in the reader's corpus? Asked by its address; no answer means no note. */
  async function loadSavedHere(url: string | null) {
    if (url === null || siteKeysFor(url).length === 0) return;
    const { match } = await callBackground({ type: 'findUserArticle', url }).catch(() => ({ match: null }));
    setSavedHere(match ? { title: match.title, savedAt: match.savedAt, origin: match.origin } : null);
  }

  async function loadStatus() {
    try {
      setStatus(await callBackground({ type: 'getStatus' }));
      setStatusError(null);
    } catch (err) {
      setStatusError(errorText(err));
    }
  }

  useEffect(() => {
    searchInput.current?.focus();
    void loadStatus();
    void targetReady.then(async (t) => {
        setTarget(t);
        // Opened by "Save this article" (context menu, keyboard): the background says for which tab.
        const requested = await callBackground({ type: 'takeSaveRequest' }).then((r) => r.tabId, () => null);
        if (saveRequestedInSearch(location.search) || (requested !== null && requested === t.tabId)) saving.openFor(t.tabId);
        // A page that did not say where it is will not say what it marked either: no second wait.
        const findings = t.pageBlocked ? Promise.resolve(setFindings({ kind: 'unresponsive' })) : loadFindings(t.tabId);
        await Promise.all([loadSettings(t.url).catch(() => undefined), findings, loadScope(t.url), loadSavedHere(t.url)]);
      });
  }, []);

  // The bench's "interactive": first paint with the focus in the search box and the status shown.
  useEffect(() => {
    if (status && document.activeElement === searchInput.current && performance.getEntriesByName(INTERACTIVE_MARK).length === 0) {
      performance.mark(INTERACTIVE_MARK);
    }
  }, [status]);

  /** Start from the scope of the setting that governs this page, so switching back on undoes it. */
  async function loadScope(url: string | null) {
    if (url === null || siteKeysFor(url).length === 0) return;
    const { sites } = await callBackground({ type: 'listUserSettings' }).catch(() => ({ sites: [] }));
    const governing = scopeToStartFrom(url, sites);
    if (governing) setScope(governing);
  }

  async function change(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
      // The background has told every tab by the time it answers, so the page's findings are current.
      await Promise.all([loadSettings(target?.url ?? null), loadFindings(target?.tabId ?? null), loadStatus()]);
      setCurrent(null);
    } catch (err) {
      setStatusError(errorText(err));
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
      setStatusError(errorText(err));
    }
  }

  // Settings that cannot be read leave the switch unusable: the page is not marked, and the note says why.
  const siteEnabled = settings === null || settings.reason === 'unreadable' ? null : settings.enabled || settings.reason === 'paused';
  const paused = status?.paused ?? (settings ? settings.reason === 'paused' : null);
  const url = target?.url ?? null;
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
        unreadable: settings?.reason === 'unreadable' ? (settings.problem ? failureText(settings.problem) : '') : null,
        onToggleSite: (enabled) => url && void change(() => callBackground({ type: 'setSiteEnabled', url, enabled, scope })),
        onScopeChange: setScope,
        onTogglePause: (p) => void change(() => callBackground({ type: 'setPrefs', prefs: { paused: p } })),
      }}
      findings={{ state: findings, current, onReveal: (id, i) => void reveal(id, i) }}
      status={{ status, error: statusError }}
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
      savedHere={savedHere}
      savePanel={
        saving.state && (
          <SavePreview state={saving.state} onChange={saving.change} onSave={saving.save} onCancel={saving.close} onOpenArticles={() => void openArticles()} />
        )
      }
    />
  );
}

function hostAndDomain(url: string | null): [string | null, string | null] {
  if (url === null) return [null, null];
  const [h] = siteKeysFor(url);
  if (!h) return [null, null];
  return [normaliseHost(h), registrableDomain(h)];
}
