// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardData } from '../../../../src/model/corpus-types';
import type { CardRequest as Req } from '../../../../src/content/card/card-controller';
import { hmeimimCard } from './card-fixture';
import ar from '../../../../src/locales/ar/messages.json';
import { useCatalogue } from '../../../../src/shared/i18n';

const calls: Array<{ type: string; [k: string]: unknown }> = [];
let respond: (req: { type: string; entityId?: string }) => Promise<unknown> = async () => null;
vi.mock('../../../../src/shared/messaging/client', () => ({
  callBackground: (req: { type: string }) => {
    calls.push(req);
    return respond(req);
  },
}));

// The language the user chose: by default none (the browser's, English in unit tests); a test may choose.
let applyChoice: () => Promise<void> = async () => undefined;
let choiceReads = 0;
vi.mock('../../../../src/shared/i18n/chosen-language', () => ({
  applyChosenLanguage: () => {
    choiceReads++;
    return applyChoice();
  },
}));

const { CardController, CLOSE_DELAY_MS } = await import('../../../../src/content/card/card-controller');

function request(overrides: Partial<Req> = {}): Req {
  const p = document.createElement('p');
  p.textContent = 'Russia keeps Khmeimim for now.';
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 13);
  range.setEnd(p.firstChild!, 21);
  return { entityId: 'hmeimim', matchedText: 'Khmeimim', alias: 'Khmeimim', range, trigger: 'hover', site: 'example.com', onNotThis: vi.fn(), onHideName: vi.fn(), ...overrides };
}

const host = () => document.querySelector<HTMLElement>('backstory-card[data-backstory-ui]');
/** The card's root is closed; the test keeps every root attached, as devtools can see them. */
const attachedRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  attachedRoots.set(this, root);
  return root;
};
const shadow = () => attachedRoots.get(host()!)!;
const dialog = () => shadow().querySelector<HTMLElement>('[role="dialog"]');
/** As the reader's own input: the card ignores events a page synthesises (isTrusted false). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const flush = () => new Promise((r) => setTimeout(r, 0));

let controller: AbortController;
beforeEach(() => {
  calls.length = 0;
  applyChoice = async () => undefined;
  choiceReads = 0;
  respond = async (req) => (req.type === 'getCard' ? hmeimimCard() : { opened: true });
  controller = new AbortController();
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 100, top: 100, right: 170, bottom: 120, width: 70, height: 20, x: 100, y: 100 }] as unknown as DOMRectList);
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('CardController', () => {
  it('creates its host lazily and renders cached data in the same task after prefetch', async () => {
    const cards = new CardController(controller.signal);
    expect(host()).toBeNull();
    cards.prefetch(['hmeimim', 'hmeimim']);
    await flush();
    cards.open(request());
    expect(cards.isOpen).toBe(true);
    expect(host()!.shadowRoot).toBeNull(); // closed: page scripts cannot read the card
    expect(shadow()).toBeDefined();
    expect(dialog()?.getAttribute('data-status')).toBe('ready');
    expect(shadow().querySelector('h2')?.textContent).toBe('Hmeimim air base');
    expect(shadow().querySelector('style')?.textContent).toContain('all: initial !important');
    cards.open(request());
    expect(calls.filter((c) => c.type === 'getCard')).toHaveLength(1);
    expect(host()!.style.getPropertyValue('--backstory-card-y')).toBe('126px');
    expect(host()!.style.getPropertyValue('--backstory-card-x')).toBe('100px');
  });

  it('shows loading, then the data; and a plain error when the corpus fails', async () => {
    const cards = new CardController(controller.signal);
    cards.open(request());
    expect(dialog()?.getAttribute('data-status')).toBe('loading');
    await flush();
    expect(dialog()?.getAttribute('data-status')).toBe('ready');
    cards.close();
    respond = async () => {
      throw new Error('corpus unavailable');
    };
    cards.open(request({ entityId: 'tartus' }));
    await flush();
    expect(dialog()?.getAttribute('data-status')).toBe('error');
    expect(shadow().textContent).toContain('could not load its corpus');
  });

  it('closes a hover card after the delay unless the pointer reaches the card', async () => {
    const cards = new CardController(controller.signal);
    cards.prefetch(['hmeimim']);
    await flush();
    vi.useFakeTimers();
    cards.open(request());
    cards.scheduleClose();
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 50);
    host()!.dispatchEvent(trusted(new Event('pointerenter')));
    cards.scheduleClose(); // the page's tracker sees no mark under the pointer while it is on the card
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(cards.isOpen).toBe(true);
    host()!.dispatchEvent(trusted(new Event('pointerleave')));
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 1);
    expect(cards.isOpen).toBe(false);
    expect(host()!.hasAttribute('data-fallback-open')).toBe(false);
  });

  it('keeps a clicked card open when the pointer leaves', async () => {
    const cards = new CardController(controller.signal);
    vi.useFakeTimers();
    cards.open(request({ trigger: 'click' }));
    cards.scheduleClose();
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 4);
    expect(cards.isOpen).toBe(true);
  });

  it('moves focus into a keyboard-opened card, cycles Tab inside, and Esc gives focus back', async () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const cards = new CardController(controller.signal);
    cards.prefetch(['hmeimim']);
    await flush();
    cards.open(request({ trigger: 'keyboard' }));
    expect(shadow().activeElement).toBe(dialog());
    const buttons = Array.from(shadow().querySelectorAll('button'));
    buttons[buttons.length - 1]!.focus();
    buttons[buttons.length - 1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }));
    expect(shadow().activeElement).toBe(buttons[0]);
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(cards.isOpen).toBe(false);
    expect(document.activeElement).toBe(before);
  });

  it('runs the actions through the request and the background', async () => {
    const cards = new CardController(controller.signal);
    cards.prefetch(['hmeimim']);
    await flush();
    const req = request();
    cards.open(req);
    shadow().querySelector<HTMLButtonElement>('.chip')!.click();
    expect(calls.at(-1)).toEqual({ type: 'openPage', page: 'reader', articleId: 'a1', passageId: 'a1:p1' });
    shadow().querySelector<HTMLButtonElement>('[data-action="search"]')!.click();
    expect(calls.at(-1)).toEqual({ type: 'openPage', page: 'search', query: 'Hmeimim air base' });
    shadow().querySelector<HTMLButtonElement>('[data-action="not-this"]')!.click();
    expect(req.onNotThis).toHaveBeenCalledTimes(1);
    expect(cards.isOpen).toBe(false);
  });

  it('closes on a pointerdown outside the card and the mention', async () => {
    const cards = new CardController(controller.signal);
    cards.open(request({ trigger: 'click' }));
    document.body.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, clientX: 130, clientY: 110 })));
    expect(cards.isOpen).toBe(true);
    document.body.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, clientX: 600, clientY: 600 })));
    expect(cards.isOpen).toBe(false);
  });

  it('removes everything when the signal aborts', async () => {
    const cards = new CardController(controller.signal);
    cards.open(request());
    expect(host()).not.toBeNull();
    controller.abort();
    expect(host()).toBeNull();
    cards.open(request());
    expect(host()).toBeNull();
  });

  it('does not show data that arrives after the card was closed', async () => {
    let resolve!: (d: CardData) => void;
    respond = () => new Promise((r) => (resolve = r));
    const cards = new CardController(controller.signal);
    cards.open(request());
    cards.close();
    resolve(hmeimimCard());
    await flush();
    expect(cards.isOpen).toBe(false);
    expect(dialog()).toBeNull();
  });

  it('speaks the language the user chose, read once and again after settings change', async () => {
    applyChoice = async () => useCatalogue('ar', ar);
    const cards = new CardController(controller.signal);
    cards.open(request({ trigger: 'click' }));
    await flush();
    await flush();
    expect([dialog()!.getAttribute('dir'), dialog()!.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(shadow().querySelector('[data-action="search"]')?.textContent).toBe('البحث في المدوّنة');
    cards.close();
    cards.open(request({ trigger: 'click' }));
    expect(choiceReads).toBe(1);
    cards.close();
    cards.languageMayHaveChanged();
    cards.open(request({ trigger: 'click' }));
    expect(choiceReads).toBe(2);
  });
});
