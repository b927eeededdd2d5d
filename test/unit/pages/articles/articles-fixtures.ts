import type { PackSummary, UserArticleSummary } from '../../../../src/model/user-article';

export const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

export function summary(id: string, over: Partial<UserArticleSummary> = {}): UserArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    outlet: 'Example Times',
    date: '2025-03-14',
    url: `https://example.org/${id}`,
    origin: 'saved',
    savedAt: 1,
    chars: 4000,
    entities: [],
    ...over,
  };
}

export const PACK: PackSummary = { id: 'p-00000000000000aa', name: 'Desk picks', createdAt: '2025-03-01T00:00:00Z', importedAt: Date.UTC(2025, 2, 2), articles: 2, duplicates: 1 };

export const ARTICLES: UserArticleSummary[] = [
  summary('u-0000000000000001', {
    title: 'Russia keeps Hmeimim', outlet: 'Example Times', author: 'Jane Doe', savedAt: 3,
    entities: [{ id: 'hmeimim', name: 'Hmeimim air base', type: 'installation' }, { id: 'russia', name: 'Russia', type: 'place' }],
  }),
  summary('u-0000000000000002', { title: 'Переговоры о Тартусе', outlet: 'Коммерсантъ', language: 'ru', origin: 'pack', packId: PACK.id, savedAt: 2 }),
  summary('u-0000000000000003', { title: 'محادثات دمشق', outlet: 'Al Jazeera', language: 'ar', origin: 'pack', packId: PACK.id, savedAt: 1 }),
];
