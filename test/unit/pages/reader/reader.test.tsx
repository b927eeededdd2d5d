// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { compileMatcherData } from '../../../../src/detect/compile';
import { createMatcher } from '../../../../src/detect/matcher';
import type { ArticleView } from '../../../../src/shared/messaging/background-request';
import { Reader } from '../../../../src/pages/reader/Reader';
import { segmentPassage } from '../../../../src/pages/reader/passage-segments';

afterEach(cleanup);

const matcher = createMatcher(
  compileMatcherData([
    { id: 'hmeimim', type: 'installation', name: 'Hmeimim air base', scope: 'specific', aliases: [{ text: 'Hmeimim', lang: 'en' }, { text: 'Хмеймим', lang: 'ru' }] },
    { id: 'tartus', type: 'installation', name: 'Tartus naval base', scope: 'specific', aliases: [{ text: 'Tartus', lang: 'en' }] },
    { id: 'assad', type: 'person', name: 'Bashar al-Assad', scope: 'broad', aliases: [{ text: 'Assad', lang: 'en', ambiguous: true }] },
  ]),
);
const find = (text: string) => matcher.findAll(text);

function view(): ArticleView {
  const paragraphs = ['Talks covered Hmeimim and Tartus.', 'Assad Street was quiet.', 'В Хмеймиме <b>тихо</b>.'];
  let start = 0;
  return {
    article: { id: 'a1', file: 'articles/a1.txt', title: 'Kremlin talks', outlet: 'Reuters', date: '2025-10-15', event: 'talks', cites: ['TASS'] },
    passages: paragraphs.map((text, index) => {
      const p = { id: `a1#p${index}`, articleId: 'a1', index, start, end: start + text.length, text, sentences: [[0, text.length]] as Array<[number, number]>, entityIds: index === 0 ? ['hmeimim', 'tartus'] : index === 2 ? ['hmeimim'] : [] };
      start += text.length + 1;
      return p;
    }),
    entities: [
      { id: 'hmeimim', name: 'Hmeimim air base', type: 'installation' },
      { id: 'tartus', name: 'Tartus naval base', type: 'installation' },
      { id: 'talks', name: 'Putin–al-Sharaa talks', type: 'event', date: '2025-10-15' },
    ],
    asOf: '2025-10-20',
  };
}

describe('segmentPassage', () => {
  it('keeps only mentions of entities linked to the passage', () => {
    const text = 'Assad met them at Hmeimim.';
    expect(segmentPassage(text, find(text), new Set(['hmeimim']))).toEqual([
      { text: 'Assad met them at ' }, { text: 'Hmeimim', entityId: 'hmeimim' }, { text: '.' },
    ]);
  });
  it('returns the text whole when nothing is linked, and skips overlapping or out-of-range mentions', () => {
    expect(segmentPassage('', [], new Set())).toEqual([{ text: '' }]);
    const m = [{ entityId: 'x', start: 0, end: 4, alias: 'a' }, { entityId: 'x', start: 2, end: 6, alias: 'b' }, { entityId: 'x', start: 8, end: 99, alias: 'c' }];
    expect(segmentPassage('abcdefghij', m, new Set(['x']))).toEqual([{ text: 'abcd', entityId: 'x' }, { text: 'efghij' }]);
  });
});

describe('Reader', () => {
  const href = (q: string) => `search.html?q=${encodeURIComponent(q)}`;

  it('shows the metadata, marks linked entities and highlights the passage the user came from', () => {
    const { container } = render(<Reader state={{ status: 'ready', view: view() }} passageId="a1#p2" findMentions={find} searchHref={href} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kremlin talks');
    const meta = container.querySelector('.reader-meta')!.textContent;
    expect(meta).toContain('Reuters');
    expect(meta).toContain('15 Oct 2025');
    expect(meta).toContain('Putin–al-Sharaa talks');
    expect(meta).toContain('TASS');
    const marks = Array.from(container.querySelectorAll('a.entity')).map((a) => [a.textContent, a.getAttribute('data-entity-id'), a.className]);
    // First mention of an entity stands out, later ones are quiet (as on pages).
    expect(marks).toEqual([['Hmeimim', 'hmeimim', 'entity'], ['Tartus', 'tartus', 'entity'], ['Хмеймиме', 'hmeimim', 'entity quiet']]);
    const current = container.querySelector('p.current')!;
    expect(current.getAttribute('data-passage-id')).toBe('a1#p2');
    expect(current.getAttribute('aria-current')).toBe('location');
    expect(current.textContent).toBe('В Хмеймиме <b>тихо</b>.');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('p.current')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the paragraph is gone, and highlights none, when a link names a passage the article no longer has', () => {
    const { container } = render(<Reader state={{ status: 'ready', view: view() }} passageId="a1#changed" findMentions={find} searchHref={href} />);
    expect(screen.getByRole('alert').textContent).toContain('no longer in this article');
    expect(container.querySelectorAll('p.current')).toHaveLength(0);
    expect(container.querySelectorAll('.reader-body p')).toHaveLength(3);
  });

  it('says so when the article is missing or the corpus failed', () => {
    const { unmount } = render(<Reader state={{ status: 'missing', articleId: 'nope' }} passageId={null} findMentions={find} searchHref={href} />);
    expect(screen.getByRole('alert').textContent).toContain('not in the corpus');
    unmount();
    render(<Reader state={{ status: 'error', message: 'IndexedDB failed' }} passageId={null} findMentions={find} searchHref={href} />);
    expect(screen.getByRole('heading').textContent).toBe('The corpus could not be loaded');
  });
});
