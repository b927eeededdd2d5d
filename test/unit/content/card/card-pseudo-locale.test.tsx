// @vitest-environment happy-dom
/**
 * The context card in every state, rendered in the pseudo-locale en-XA (every catalogue message accented and
 * bracketed): any plain ASCII word left in what a reader sees or hears is English that did not come through t().
 *
 * What is not interface text, precisely:
 * - an element with a `lang` other than the interface's: the corpus's and the page's own words, verbatim (quotes,
 *   statements, outlet and entity names, the English identification a language lacks), marked as such;
 * - a run isolated by FSI … PDI (U+2068 … U+2069) inside an interface string (attributes, button labels): a name,
 *   a host or a quote put into a sentence, isolated as `<bdi>` does in markup;
 * - dates written by Intl in the locale (`formatDay`), and the names of the entities a claim's headline names
 *   (the fact's `names`: proper names, which the headline writes in the reader's language when it has one).
 * Nothing else: the corpus's English reasons, notes, questions and labels are interface text when they are shown
 * unmarked, and this test fails on them.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../../../src/locales/en/messages.json';
import { Card, type CardProps, type CardState } from '../../../../src/content/card/Card';
import type { CardData, Claim, DifferenceKind } from '../../../../src/model/corpus-types';
import { currentLocale, formatDay, useCatalogue } from '../../../../src/shared/i18n';
import { pseudoCatalogue } from '../../i18n/pseudo-catalogue';
import { hmeimimCard, src } from './card-fixture';

const noop = () => undefined;
const KINDS: DifferenceKind[] = ['contradiction', 'change-over-time', 'later-development', 'precision', 'dates-of-one-act', 'scope', 'paraphrase', 'different-questions', 'attribution'];

/** A card with every part: claims with and without a fact, agreement, partial chips, an assumed date, every kind of difference. */
function everyPartCard(): CardData {
  const data = hmeimimCard();
  data.entity.names = { ar: 'قاعدة حميميم', ru: 'авиабаза Хмеймим' };
  data.entity.identification = { ar: 'قاعدة جوية روسية قرب اللاذقية.' };
  data.entity.facts = [{ text: 'Its future was discussed at the talks.', sources: data.claims[0]!.sources }];
  const withFact: Claim = {
    ...data.claims[0]!,
    id: 'c-fact',
    fact: {
      who: 'vladimir-putin', action: 'meet', whom: ['ahmad-al-sharaa'], certainty: 'reported', numbers: [],
      when: { date: '2025-10-15', source: 'assumed' },
      names: { 'vladimir-putin': { en: 'Vladimir Putin', ar: 'فلاديمير بوتين', ru: 'Владимир Путин' }, 'ahmad-al-sharaa': { en: 'Ahmad al-Sharaa' } },
      langs: ['ar', 'en', 'ru'],
    },
    sources: [
      ...data.claims[0]!.sources,
      { ...src('a5', 'TASS', '2025-10-15', 'Путин встретился с аш-Шараа.'), support: { level: 'partial', why: ['partial: says only part of the claim'], partial: [{ code: 'part' }, { code: 'hedged', certainty: 'expected' }] } },
      { ...src('a6', 'SANA', '2025-10-15'), support: { level: 'partial', why: ['partial: hedged'] }, origin: 'saved' },
    ],
    when: { id: 'kremlin-talks', label: 'Putin–al-Sharaa talks', date: '2025-10-15' },
  };
  data.claims = [withFact, ...data.claims];
  data.claims[2]!.when = { id: 'time:2025-03-14', label: 'As of 14 Mar 2025', date: '2025-03-14', asOf: true };
  data.claims[3]!.when = { id: 'background', label: 'Background', date: '' };
  data.claims[3]!.hedge = 'reportedly';
  data.differences = KINDS.map((kind, i) => ({ ...data.differences[0]!, id: `d${i}`, difference: { kind, note: `The corpus's own note on ${kind}.` } }));
  return data;
}

const empty = (kind: NonNullable<CardData['empty']>, articleCount: number): CardData => ({ ...hmeimimCard(), claims: [], differences: [], empty: kind, articleCount });

/** What a reader sees or hears, without the data the rule above leaves out. */
function interfaceText(container: Element, names: string[]): string {
  const clone = container.cloneNode(true) as HTMLElement;
  for (const el of [...clone.querySelectorAll('[lang]')]) if (el.getAttribute('lang') !== currentLocale()) el.remove();
  const parts = [clone.textContent ?? ''];
  for (const el of clone.querySelectorAll('*')) for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(el.getAttribute(attr) ?? '');
  let text = parts.join('\n').replace(/\u2068[^\u2069]*\u2069/g, ' ');
  for (const date of ['2024-12', '2024-12-08', '2024-12-20', '2025-01-28', '2025-01-29', '2025-02-12', '2025-03-01', '2025-03-14', '2025-10-15']) {
    text = text.split(formatDay(date)).join(' ').split(formatDay(date, undefined, 'long')).join(' ');
  }
  for (const name of names) text = text.split(name).join(' ');
  return text;
}

function englishLeft(state: CardState, over: Partial<CardProps> = {}): string[] {
  const props: CardProps = { state, matchedText: 'Khmeimim', alias: 'Khmeimim', site: 'example.com', onOpenSource: noop, onNotThis: noop, onHideName: noop, onSearch: noop, onClose: noop, onOpenPanel: noop, ...over };
  const { container } = render(<Card {...props} />);
  const names = state.status === 'ready' ? [...state.data.claims, ...state.data.differences].flatMap((c) => Object.values(c.fact?.names ?? {}).flatMap((n) => Object.values(n))) : [];
  const left = interfaceText(container, names).match(/[A-Za-z]+/g) ?? [];
  cleanup();
  return left;
}

beforeEach(() => useCatalogue('en-XA', pseudoCatalogue(en)));
afterEach(cleanup);

describe('the context card in the pseudo-locale', () => {
  const states: Array<[string, CardState, Partial<CardProps>]> = [
    ['every part: claims, headline, agreement, partial chips, assumed date, every kind of difference, timeline', { status: 'ready', data: everyPartCard() }, {}],
    ['a name written in another script, on no site (hidden name here)', { status: 'ready', data: { ...everyPartCard(), articleCount: 1 } }, { site: '', matchedText: 'Хмеймиме', alias: 'Хмеймим' }],
    ['the empty card, mentioned in passing', { status: 'ready', data: empty('passing', 3) }, { matchedText: 'Hmeimim air base' }],
    ['the empty card, mentioned nowhere', { status: 'ready', data: empty('unmentioned', 0) }, {}],
    ['loading', { status: 'loading' }, {}],
    ['missing', { status: 'missing' }, {}],
    ['error', { status: 'error', message: 'IndexedDB is off' }, {}],
  ];
  for (const [what, state, over] of states) {
    it(`leaves no English outside the catalogue: ${what}`, () => {
      expect(englishLeft(state, over)).toEqual([]);
    });
  }

  it('renders every part it claims to check', () => {
    const { container } = render(<Card state={{ status: 'ready', data: everyPartCard() }} matchedText="Khmeimim" alias="Khmeimim" site="example.com" onOpenSource={noop} onNotThis={noop} onHideName={noop} onSearch={noop} onClose={noop} />);
    expect(container.querySelector('.claim-headline')).not.toBeNull();
    expect(container.querySelector('.date-assumed')).not.toBeNull();
    expect(container.querySelectorAll('.chip.partial').length).toBeGreaterThanOrEqual(2);
    expect([...container.querySelectorAll('.differ-item')].map((d) => d.getAttribute('data-kind'))).toEqual(KINDS);
    expect(container.querySelector('.timeline li')).not.toBeNull();
    expect(container.querySelector('.facts li')).not.toBeNull();
  });

  it('finds an English word put back unmarked, in text or in a title, and lets a marked quote through', () => {
    const box = document.createElement('div');
    box.innerHTML = '<p>⟦Ŝóúŕçéš⟧</p><q lang="en">Putin met al-Sharaa.</q><button title="\u2068Reuters\u2069 ⟦óþéñ⟧">x</button>';
    expect(interfaceText(box, []).match(/[A-Za-z]+/g)).toEqual(['x']);
    box.querySelector('p')!.append(' hedged ');
    box.querySelector('button')!.setAttribute('title', 'does not name \u2068Tartus\u2069');
    expect(interfaceText(box, []).match(/[A-Za-z]+/g)).toEqual(['hedged', 'x', 'does', 'not', 'name']);
  });
});
