/**
 * Finding controls in an extension page by role and accessible name, the way a user (or a screen reader)
 * finds them, in any browser: functions handed to `page.evaluate`, self-contained. They read the names
 * our markup gives (aria-label, aria-labelledby, a wrapping <label>, the text), which is all our UI uses.
 */

export interface RoleQuery {
  role: string;
  /** A regular expression (source) the accessible name must match, case-insensitively. */
  name?: string;
}

export interface RoleMatch {
  count: number;
  /** Centre of the first match (scrolled into view), for a trusted click. */
  point: { x: number; y: number } | null;
  checked: boolean | null;
  /** A disabled control (the popup's site switch, until the background has said whether the site is on). */
  disabled: boolean | null;
  text: string | null;
}

export function byRole(query: RoleQuery): RoleMatch {
  const content = (node: Node, skip: Element | null): string => {
    let out = '';
    for (const child of Array.from(node.childNodes)) {
      if (child === skip) continue;
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
      else if (child instanceof Element && child.getAttribute('aria-hidden') !== 'true') out += child.getAttribute('aria-label') ?? content(child, skip);
    }
    return out;
  };
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return label;
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    if (el instanceof HTMLInputElement) return el.labels?.[0] ? content(el.labels[0], el) : '';
    return content(el, null);
  };
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit;
    if (el.localName === 'button') return 'button';
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) return el.type;
    if (el.localName === 'a' && el.hasAttribute('href')) return 'link';
    return '';
  };
  const re = new RegExp(query.name ?? '', 'i');
  const found = Array.from(document.querySelectorAll('*')).filter(
    (el) => roleOf(el) === query.role && re.test(nameOf(el).replace(/\s+/g, ' ').trim()),
  );
  const first = found[0] as HTMLElement | undefined;
  let point: RoleMatch['point'] = null;
  if (first) {
    first.scrollIntoView({ block: 'nearest' });
    const r = first.getBoundingClientRect();
    point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return {
    count: found.length,
    point,
    checked: first instanceof HTMLInputElement ? first.checked : null,
    disabled: first instanceof HTMLInputElement || first instanceof HTMLButtonElement ? first.disabled : null,
    text: first ? (first.textContent ?? '') : null,
  };
}

/** How many elements show `text` (case-insensitive, spaces normalised): the innermost ones holding it. */
export function textCount(text: string): number {
  const want = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const holds = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').toLowerCase().includes(want);
  let n = 0;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.localName === 'script' || el.localName === 'style' || !holds(el)) continue;
    if (!Array.from(el.children).some(holds)) n++;
  }
  return n;
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
