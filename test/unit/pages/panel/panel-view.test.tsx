// @vitest-environment happy-dom
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageContext } from '../../../../src/corpus/context/page-context';
import { PanelView } from '../../../../src/pages/panel/PanelView';
import { useCatalogue, type MessageFile } from '../../../../src/shared/i18n/catalog';
import { root, run } from '../../cli/run-cli';

afterEach(cleanup);

let context: PageContext;
beforeAll(async () => {
  context = JSON.parse((await run('context', path.join(root, 'test/pages/panel-news.html'), '--json')).out) as PageContext;
}, 60_000);

const catalogue = (lang: string) => JSON.parse(readFileSync(path.join(root, 'src/locales', lang, 'messages.json'), 'utf8')) as MessageFile;

describe('the side panel view', () => {
  it('shows each claim under its tag with the page sentence, the corpus sources, and what the page leaves out', () => {
    useCatalogue('en', catalogue('en'));
    const onReveal = vi.fn();
    const { container } = render(<PanelView state={{ kind: 'ready', context }} findings={null} onReveal={onReveal} onSave={() => undefined} savePanel={null} />);
    const claims = [...container.querySelectorAll('.bs-panel-claims .bs-panel-claim')];
    const tagOf = (words: RegExp) => claims.find((c) => words.test(c.querySelector('.bs-panel-page-sentence')?.textContent ?? ''))?.getAttribute('data-standing');
    expect(tagOf(/new national army/)).toBe('confirmed');
    expect(tagOf(/October 14/)).toBe('differs');
    expect(tagOf(/team of engineers/)).toBe('new');
    for (const c of claims.filter((c) => c.getAttribute('data-standing') !== 'new')) expect(c.querySelectorAll('.bs-panel-source').length).toBeGreaterThan(0);
    const talks = [...container.querySelectorAll('.bs-panel-left-out-group[data-entity="kremlin-talks-2025-10-15"] .bs-panel-claim-text')].map((p) => p.textContent);
    expect(talks.some((text) => /would not rearm/.test(text ?? ''))).toBe(true);
    // An English page read in English: its sentence is the claim, no headline above it.
    expect(container.querySelectorAll('.bs-panel-claims .bs-panel-claim-text').length).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show Ahmad al-Sharaa on the page' }));
    expect(onReveal).toHaveBeenCalledWith('ahmad-al-sharaa');
  });

  it('says so and shows names only when the page is not an article', () => {
    useCatalogue('en', catalogue('en'));
    const front: PageContext = { ...context, status: 'not-article', claims: [], leftOut: [] };
    const { container } = render(
      <PanelView state={{ kind: 'ready', context: front }} findings={[{ entityId: 'hmeimim-air-base', name: 'Hmeimim air base', type: 'installation', count: 1 }]} onReveal={() => undefined} onSave={() => undefined} savePanel={null} />,
    );
    expect(container.querySelector('.bs-panel-limit')?.textContent).toMatch(/does not look like an article/);
    expect(container.querySelector('.bs-panel-claims')).toBeNull();
    // A name only the page's marks found is listed beside the comparison's.
    expect([...container.querySelectorAll('.bs-panel-name-button bdi')].map((b) => b.textContent)).toContain('Hmeimim air base');
  });

  it('speaks Arabic and Russian, and keeps the page’s and the corpus’s sentences as written', () => {
    for (const [lang, confirmed, leftOut] of [['ar', 'مؤكَّد', 'ما يغفله المقال'], ['ru', 'Подтверждено', 'О чём статья умалчивает']] as const) {
      useCatalogue(lang, catalogue(lang));
      const { container } = render(<PanelView state={{ kind: 'ready', context }} findings={null} onReveal={() => undefined} onSave={() => undefined} savePanel={null} />);
      expect([...container.querySelectorAll('.bs-panel-tag')].map((t) => t.textContent)).toContain(confirmed);
      expect(container.querySelector('#bs-panel-left-out-title')?.textContent).toBe(leftOut);
      expect(container.textContent).toContain('Russia agreed to send a team of engineers');
      // Each claim of the English page whose fact was read is written in the reader's language above its sentence.
      const withFact = context.claims.filter((c) => c.fact).length;
      expect(withFact).toBeGreaterThan(0);
      expect(container.querySelectorAll('.bs-panel-claims .bs-panel-claim-text').length).toBe(withFact);
      expect(container.querySelector('.bs-panel-left-out-group[data-entity="kremlin-talks-2025-10-15"] h3')?.textContent).toContain(
        { ar: 'محادثات الشرع مع بوتين في الكرملين', ru: 'Переговоры аш-Шараа с Путиным в Кремле' }[lang],
      );
      // The page's names, Backstory's identifications and the timeline's events in the reader's language.
      const sharaa = container.querySelector('.bs-panel-name[data-entity="ahmad-al-sharaa"]')!;
      const words = { ar: ['أحمد الشرع', 'رئيس الدولة السورية', 'محادثات الشرع مع بوتين في الكرملين'], ru: ['Ахмед аш-Шараа', 'глава Сирийского государства', 'Переговоры аш-Шараа с Путиным в Кремле'] }[lang];
      expect(sharaa.querySelector('.bs-panel-name-button bdi')?.textContent).toBe(words[0]);
      expect(sharaa.querySelector('.bs-panel-identification')?.textContent?.toLowerCase()).toContain(words[1]!.toLowerCase());
      expect([...sharaa.querySelectorAll('.bs-panel-timeline bdi')].map((b) => b.textContent)).toContain(words[2]);
      expect(sharaa.querySelector('.bs-panel-identification')?.getAttribute('lang')).toBe(lang);
      // An outlet the corpus could not name is said in the reader's words, with the agency it cites as written.
      expect(context.claims.some((c) => c.sources.some((s) => /^unnamed outlet/.test(s.outlet)))).toBe(true);
      expect(container.textContent).not.toMatch(/unnamed outlet/);
      cleanup();
    }
    useCatalogue('en', catalogue('en'));
  });
});
