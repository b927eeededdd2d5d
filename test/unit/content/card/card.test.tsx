// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Card, type CardProps, type CardState } from '../../../../src/content/card/Card';
import { hmeimimCard, src } from './card-fixture';
import ar from '../../../../src/locales/ar/messages.json';
import ru from '../../../../src/locales/ru/messages.json';
import { formatDay, formatNumber, useCatalogue } from '../../../../src/shared/i18n';

afterEach(cleanup);

function renderCard(state: CardState, overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    state,
    matchedText: 'Khmeimim',
    alias: 'Khmeimim',
    site: 'example.com',
    onOpenSource: vi.fn(),
    onNotThis: vi.fn(),
    onHideName: vi.fn(),
    onSearch: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const result = render(<Card {...props} />);
  return { ...result, props };
}

describe('Card', () => {
  it('is a dialog named after the entity, with type, description and the spelling used on the page', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const dialog = screen.getByRole('dialog', { name: 'Hmeimim air base' });
    expect(within(dialog).getByText('Military installation')).toBeTruthy();
    expect(dialog.querySelector('.desc')?.textContent).toBe('Backstory’s identification: Russian air base near Latakia.');
    expect(dialog.textContent).toContain('written “Khmeimim” on this page');
  });

  it('lists claims with their origins and one source chip per article, opening the reader at the passage', () => {
    const { props } = renderCard({ status: 'ready', data: hmeimimCard() });
    const claims = screen.getByRole('region', { name: 'What sources say' });
    const items = within(claims).getAllByRole('listitem').filter((li) => li.classList.contains('claim'));
    expect(items.map((li) => li.querySelector('.claim-text')?.textContent)).toEqual([
      'Russia is negotiating to keep Hmeimim.', 'Aircraft left the base in December.', 'قاعدة حميميم',
    ]);
    expect(items[0]!.querySelector('.agree')?.textContent).toBe('\u2068Reuters\u2069, via 2 outlets');
    const chips = within(items[0]!).getAllByRole('button');
    expect(chips.map((c) => c.textContent)).toEqual(['Zamin · 29 Jan 2025', 'GlobalPost · 12 Feb 2025 · partial']);
    fireEvent.click(chips[1]!);
    expect(props.onOpenSource).toHaveBeenCalledWith({ articleId: 'a2', passageId: 'a2:p1' });
    expect(items[2]!.querySelector('.claim-text')?.getAttribute('dir')).toBe('auto');
  });

  it('labels each claim with its event and date, its hedge, partial support and whom the outlet credits', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const items = Array.from(screen.getByRole('region', { name: 'What sources say' }).querySelectorAll('li.claim'));
    expect(items.map((li) => li.querySelector('.when')?.textContent ?? '')).toEqual([
      'Russian delegation visits Damascus · 28 Jan 2025',
      'December 2024 · hedged: “reportedly”',
      '',
    ]);
    expect(items[0]!.querySelector('.partial-note')?.textContent).toBe(' · 1 of 3 support it only in part');
    const [credited, partial] = within(items[0] as HTMLElement).getAllByRole('button');
    // The names are isolated (FSI … PDI): a direction override in an outlet's name stays inside it.
    expect(credited!.getAttribute('aria-label')).toBe('\u2068Zamin\u2069, 29 Jan 2025, credits \u2068Reuters\u2069: open the passage');
    expect(partial!.getAttribute('data-support')).toBe('partial');
    expect(partial!.getAttribute('title')).toBe('Supports only in part (hedged: “\u2068likely\u2069”; does not name \u2068Tartus\u2069): \u2068GlobalPost says so.\u2069');
  });

  it('says plainly when an entity has nothing to show, and shows described facts with their sources', () => {
    const data = hmeimimCard();
    data.claims = [];
    data.differences = [];
    data.empty = 'passing';
    data.entity.facts = [{ text: 'Its future was discussed at the talks.', sources: [src('a1', 'Reuters', '2025-01-29')] }];
    renderCard({ status: 'ready', data });
    expect(screen.getByRole('note').textContent).toBe(`No sourced statement about Hmeimim air base yet. The ${data.articleCount} articles that mention it name it only in passing or as a source.`);
    const facts = screen.getByRole('list', { name: 'Described in the sources' });
    expect(facts.textContent).toBe('Its future was discussed at the talks. Reuters · 29 Jan 2025');
  });

  it('shows differing versions side by side with the source that says each, and what kind of difference it is', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const differ = screen.getByRole('region', { name: 'Sources differ' });
    expect(differ.querySelector('.facet')?.textContent).toBe('Contradiction: Aircraft remaining at the base');
    expect(differ.querySelector('.differ-note')?.textContent).toBe('The two agencies give different numbers for the same week.');
    const variants = Array.from(differ.querySelectorAll('.variant'));
    expect(variants.map((v) => [v.querySelector('.variant-label')?.textContent, v.querySelector('.chip')?.textContent])).toEqual([
      ['About a dozen', 'Reuters · 29 Jan 2025'],
      ['Fewer than five', 'TASS · 12 Feb 2025'],
    ]);
  });

  it('shows the timeline in date order, the as-of date and why the name matched', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(Array.from(timeline.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      '8 Dec 2024Fall of the Assad government',
      '28 Jan 2025Russian delegation visits Damascus',
    ]);
    expect(screen.getByText(/Corpus as of 14 Mar 2025/).textContent).toContain('5 articles mention this');
    expect(document.querySelector('.why')?.textContent).toBe('Matched “Khmeimim”, a spelling of Hmeimim air base.');
  });

  it('keeps only the most recent timeline rows', () => {
    const data = hmeimimCard();
    data.timeline = Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, date: `2024-0${i + 1}-01`, label: `Event ${i}`, entityIds: [], sources: [] }));
    renderCard({ status: 'ready', data });
    const rows = screen.getByRole('region', { name: 'Timeline' }).querySelectorAll('li');
    expect(Array.from(rows).map((li) => li.querySelector('span')?.textContent)).toEqual(['Event 3', 'Event 4', 'Event 5', 'Event 6', 'Event 7']);
  });

  it('runs the actions', () => {
    const { props } = renderCard({ status: 'ready', data: hmeimimCard() });
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    fireEvent.click(screen.getByRole('button', { name: 'Don’t mark this name on \u2068example.com\u2069 (any spelling)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Search the corpus' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onNotThis).toHaveBeenCalledTimes(1);
    expect(props.onHideName).toHaveBeenCalledTimes(1);
    expect(props.onSearch).toHaveBeenCalledWith('Hmeimim air base');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('says plainly when the corpus could not be loaded, and while it loads', () => {
    const { unmount } = renderCard({ status: 'error', message: 'IndexedDB is unavailable' });
    expect(screen.getByRole('alert').textContent).toContain('could not load its corpus');
    expect(screen.getByRole('dialog', { name: 'Khmeimim' })).toBeTruthy();
    unmount();
    renderCard({ status: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Loading sources…');
  });

  it('renders hostile strings as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const data = hmeimimCard();
    data.entity.name = evil;
    data.entity.description = `<script>alert(2)</script>`;
    data.claims[0]!.text = evil;
    data.claims[0]!.sources = [{ ...src('a9', `<b>bold</b>`, '2025-01-01', evil), via: evil, support: { level: 'partial', why: [`partial: ${evil}`] } }];
    data.claims[0]!.when = { id: 'x', label: evil, date: '2025-01-01' };
    data.claims[0]!.origins = [{ name: evil, outlets: ['<b>bold</b>', 'x'] }];
    data.differences[0]!.difference = { kind: 'contradiction', note: evil };
    data.entity.facts = [{ text: evil, sources: [src('a9', 'x', '2025-01-01', evil)] }];
    data.differences[0]!.variants![0]!.label = evil;
    data.timeline[0]!.label = evil;
    const { container } = renderCard({ status: 'ready', data }, { matchedText: evil, site: '<i>site</i>' });
    expect(container.querySelector('img, script, b, i')).toBeNull();
    expect(screen.getByRole('dialog', { name: evil })).toBeTruthy();
    expect(container.textContent).toContain(evil);
    expect(container.textContent).toContain('<b>bold</b>');
    expect(screen.getByRole('button', { name: 'Don’t mark this name on \u2068<i>site</i>\u2069 (any spelling)' })).toBeTruthy();
  });

  it('lays out left to right in English, and says which language a quote is in when it is not English', () => {
    const { container } = renderCard({ status: 'ready', data: hmeimimCard() });
    const card = container.querySelector('.card')!;
    expect([card.getAttribute('dir'), card.getAttribute('lang')]).toEqual(['ltr', 'en']);
    const claims = Array.from(container.querySelectorAll('li.claim'));
    expect(claims.map((li) => li.querySelector('.text-lang')?.textContent ?? null)).toEqual([null, null, '(in Arabic)']);
    expect(claims.map((li) => li.querySelector('.claim-text')?.getAttribute('lang'))).toEqual(['en', 'en', 'ar']);
  });
});

describe('Card in Arabic and Russian', () => {
  it('lays out right to left in Arabic, its own words in Arabic and every corpus string in its own language', () => {
    useCatalogue('ar', ar);
    const { container, props } = renderCard({ status: 'ready', data: hmeimimCard() });
    const card = screen.getByRole('dialog', { name: 'Hmeimim air base' });
    expect([card.getAttribute('dir'), card.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(within(card).getByText('منشأة عسكرية')).toBeTruthy();
    expect(card.querySelector('.meta')?.textContent).toContain('مكتوب «Khmeimim» في هذه الصفحة');
    expect(card.querySelector('.meta bdi')?.getAttribute('lang')).toBe('en');
    expect(card.querySelector('.desc-label')?.textContent).toBe('تعريف Backstory:');
    expect(screen.getByRole('region', { name: 'ما تقوله المصادر' })).toBeTruthy();
    const claims = Array.from(container.querySelectorAll('li.claim'));
    // An English quote in the Arabic card says it is English; the Arabic one says nothing.
    expect(claims.map((li) => li.querySelector('.text-lang')?.textContent ?? null)).toEqual(['(بالإنجليزية)', '(بالإنجليزية)', null]);
    expect(claims.map((li) => li.querySelector('.claim-text')?.getAttribute('dir'))).toEqual(['auto', 'auto', 'auto']);
    expect(claims[0]!.querySelector('.agree')?.textContent).toBe('\u2068Reuters\u2069، عبر وسيلتين إعلاميتين');
    expect(claims[0]!.querySelector('.agree')?.getAttribute('title')).toBe('مصدر مستقل واحد');
    expect(claims[0]!.querySelector('.partial-note')?.textContent).toBe(` · مصدر واحد من ${formatNumber(3)} يؤيده جزئيًا فقط`);
    expect(claims[1]!.querySelector('.when')?.textContent).toBe(`${formatDay('2024-12', 'ar', 'long')} · بتحفّظ: «reportedly»`);
    expect(claims[0]!.querySelector('.chip')?.textContent).toBe(`Zamin · ${formatDay('2025-01-29')}`);
    const differ = screen.getByRole('region', { name: 'المصادر تختلف' });
    // The corpus's English question, note and labels are not shown to an Arabic reader: the kind, what it means, the quotes.
    expect(differ.querySelector('.kind')?.textContent).toBe('تناقض');
    expect(differ.querySelector('.differ-note')?.textContent).toBe('تذكر المصادر المسألة نفسها بصيغ لا يمكن أن تصحّ معًا.');
    expect(differ.querySelector('.variant-label')).toBeNull();
    expect([...differ.querySelectorAll('.variant-quote q')].map((q) => q.getAttribute('lang'))).toEqual(['en', 'en']);
    expect(claims[0]!.querySelectorAll('.chip')[1]?.getAttribute('title')).toBe('يؤيد جزئيًا فقط (تحفّظ: «\u2068likely\u2069»؛ لا يذكر \u2068Tartus\u2069): \u2068GlobalPost says so.\u2069');
    expect(card.querySelector('.asof')?.textContent).toBe(`المدوّنة حتى ${formatDay('2025-03-14')} · ذُكر هذا الاسم في ${formatNumber(5)} مقالات`);
    expect(card.querySelector('.why')?.textContent).toBe('تطابق مع «Khmeimim»، وهي كتابة أخرى لـ Hmeimim air base.');
    expect(screen.getByRole('button', { name: 'إغلاق' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'لا تُبرز هذا الاسم على \u2068example.com\u2069 (بكل صيغ كتابته)' }));
    fireEvent.click(screen.getByRole('button', { name: 'البحث في المدوّنة' }));
    expect(props.onHideName).toHaveBeenCalledTimes(1);
    expect(props.onSearch).toHaveBeenCalledWith('Hmeimim air base');
    expect(screen.getByRole('button', { name: 'ليس هذا' })).toBeTruthy();
  });

  it('names and identifies the entity in the reader\'s language, and falls back to English marked lang="en"', () => {
    const data = hmeimimCard();
    data.entity.names = { ar: 'قاعدة حميميم', ru: 'авиабаза Хмеймим' };
    data.entity.identification = { ar: 'قاعدة جوية روسية قرب اللاذقية.' };
    useCatalogue('ar', ar);
    const { unmount } = renderCard({ status: 'ready', data });
    const card = screen.getByRole('dialog', { name: 'قاعدة حميميم' });
    expect(card.querySelector('h2')?.getAttribute('lang')).toBe('ar');
    expect(card.querySelector('.desc-text')?.textContent).toBe('قاعدة جوية روسية قرب اللاذقية.');
    expect(card.querySelector('.desc-text')?.getAttribute('lang')).toBe('ar');
    expect(card.querySelector('.why')?.textContent).toBe('تطابق مع «Khmeimim»، وهي كتابة أخرى لـ قاعدة حميميم.');
    unmount();
    useCatalogue('ru', ru);
    renderCard({ status: 'ready', data });
    const ruCard = screen.getByRole('dialog', { name: 'авиабаза Хмеймим' });
    // No Russian identification: the English one, marked English, so it keeps its own direction and voice.
    expect(ruCard.querySelector('.desc-text')?.textContent).toBe('Russian air base near Latakia.');
    expect(ruCard.querySelector('.desc-text')?.getAttribute('lang')).toBe('en');
    expect(ruCard.querySelector('.desc-text')?.getAttribute('dir')).toBe('auto');
  });

  it('never shows Backstory\u2019s English summary of a fact as its own words to an Arabic or Russian reader: the source\u2019s sentence, as a quote said to be English', () => {
    const data = hmeimimCard();
    const quote = 'Russian transport aircraft were seen at Hmeimim in March.';
    data.entity.facts = [{ text: 'Transport aircraft were seen there in March 2025.', sources: [src('a1', 'Zamin', '2025-03-14', quote)] }];
    useCatalogue('ar', ar);
    const { unmount } = renderCard({ status: 'ready', data });
    const fact = document.querySelector('ul.facts li')!;
    expect(fact.textContent).not.toContain('Transport aircraft were seen there');
    expect(fact.querySelector('q')?.textContent).toBe(quote);
    expect(fact.querySelector('q')?.getAttribute('lang')).toBe('en');
    expect(fact.querySelector('.text-lang')?.textContent).toBe('(بالإنجليزية)');
    unmount();
    useCatalogue('ru', ru);
    renderCard({ status: 'ready', data });
    expect(document.querySelector('ul.facts li q')?.textContent).toBe(quote);
    expect(document.querySelector('ul.facts li .text-lang')?.textContent).toBe('(на английском)');
  });

  it('counts in Arabic with its six plural forms', () => {
    useCatalogue('ar', ar);
    const counts: Array<[number, string]> = [[0, 'لم يُذكر هذا الاسم في أي مقال'], [1, 'في مقال واحد'], [2, 'في مقالين'], [3, 'في 3 مقالات'], [11, 'في 11 مقالًا'], [100, 'في 100 مقال']];
    for (const [articleCount, text] of counts) {
      const { container, unmount } = renderCard({ status: 'ready', data: { ...hmeimimCard(), articleCount } });
      expect(container.querySelector('.asof')?.textContent, String(articleCount)).toContain(text.replace(/\d+/, (n) => formatNumber(Number(n))));
      unmount();
    }
    expect(formatDay('2024-12', 'ar', 'long')).toMatch(/^ديسمبر /);
  });

  it('reads left to right in Russian, with Russian plurals and a note for an Arabic quote', () => {
    useCatalogue('ru', ru);
    const counts: Array<[number, string]> = [[1, '1 статья упоминает'], [3, '3 статьи упоминают'], [5, '5 статей упоминают'], [21, '21 статья упоминает']];
    for (const [articleCount, text] of counts) {
      const { container, unmount } = renderCard({ status: 'ready', data: { ...hmeimimCard(), articleCount } });
      expect(container.querySelector('.asof')?.textContent, String(articleCount)).toContain(text);
      unmount();
    }
    const { container } = renderCard({ status: 'ready', data: hmeimimCard() });
    const card = container.querySelector('.card')!;
    expect([card.getAttribute('dir'), card.getAttribute('lang')]).toEqual(['ltr', 'ru']);
    expect(card.querySelector('.type')?.textContent).toBe('Военный объект');
    expect(Array.from(container.querySelectorAll('li.claim')).map((li) => li.querySelector('.text-lang')?.textContent ?? null)).toEqual([
      '(на английском)', '(на английском)', '(на арабском)',
    ]);
    expect(container.querySelector('li.claim .agree')?.textContent).toBe('\u2068Reuters\u2069, через 2 издания');
    expect(screen.getByRole('region', { name: 'Хронология' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Искать в корпусе' })).toBeTruthy();
  });

  it('says its status in the interface language', () => {
    useCatalogue('ru', ru);
    const { unmount } = renderCard({ status: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Загрузка источников…');
    unmount();
    useCatalogue('ar', ar);
    renderCard({ status: 'missing' });
    expect(screen.getByRole('status').textContent).toBe('لا تتضمن المدوّنة بعد أي خلفية عن هذا الاسم.');
  });
});
