/**
 * Single-page sites change the address without loading a page. A content script runs in an
 * isolated world and cannot wrap the page's history.pushState, so it listens for what it can see:
 * `popstate`, the Navigation API's `navigatesuccess` where the browser has it, and a cheap 1 s
 * check of `location.href` for the rest. Changes of the #fragment alone are not a new page.
 */

const POLL_MS = 1000;

export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export function watchUrl(onChange: (href: string) => void, signal: AbortSignal): void {
  let last = pageKey(location.href);
  const check = (): void => {
    const now = pageKey(location.href);
    if (now === last) return;
    last = now;
    onChange(location.href);
  };
  window.addEventListener('popstate', check, { signal });
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('navigatesuccess', check, { signal });
  const timer = setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
