import type { CardData, SourceRef } from '../../../../src/model/corpus-types';

export const src = (articleId: string, outlet: string, date: string, quote = `${outlet} says so.`): SourceRef => ({
  articleId,
  passageId: `${articleId}:p1`,
  outlet,
  date,
  quote,
});

/** A hand-made card: three claims, one disputed fact, a timeline. */
export function hmeimimCard(): CardData {
  return {
    entity: { id: 'hmeimim', type: 'installation', name: 'Hmeimim air base', description: 'Russian air base near Latakia.' },
    claims: [
      {
        id: 'c1', entityId: 'hmeimim', text: 'Russia is negotiating to keep Hmeimim.',
        sources: [
          { ...src('a1', 'Zamin', '2025-01-29'), via: 'Reuters', support: { level: 'full', why: ['same event: Talks'] } },
          { ...src('a2', 'GlobalPost', '2025-02-12'), support: { level: 'partial', why: ['same event: Talks', 'partial: hedged (“likely”)'], partial: [{ code: 'hedged', hedge: 'likely' }, { code: 'unnamed', names: ['Tartus'] }] } },
          src('a2', 'GlobalPost', '2025-02-12'),
        ],
        agreement: { count: 1, total: 5 },
        origins: [{ name: 'Reuters', outlets: ['GlobalPost', 'Zamin'] }],
        when: { id: 'ev-talks', label: 'Russian delegation visits Damascus', date: '2025-01-28' },
      },
      {
        id: 'c2', entityId: 'hmeimim', text: 'Aircraft left the base in December.', sources: [src('a3', 'bne IntelliNews', '2024-12-20')], agreement: { count: 1, total: 1 },
        origins: [{ name: 'bne IntelliNews', outlets: ['bne IntelliNews'] }],
        when: { id: 'time:2024-12', label: 'December 2024', date: '2024-12' },
        hedge: 'reportedly',
      },
      { id: 'c3', entityId: 'hmeimim', text: 'قاعدة حميميم', sources: [src('a4', 'Al Jazeera', '2025-03-01')], agreement: { count: 1, total: 5 } },
    ],
    differences: [
      {
        id: 'd1', entityId: 'hmeimim', text: 'Number of aircraft', facet: 'Aircraft remaining at the base',
        sources: [src('a1', 'Reuters', '2025-01-29'), src('a2', 'TASS', '2025-02-12')],
        agreement: { count: 2, total: 5 },
        difference: { kind: 'contradiction', note: 'The two agencies give different numbers for the same week.' },
        variants: [
          { label: 'About a dozen', sources: [src('a1', 'Reuters', '2025-01-29')] },
          { label: 'Fewer than five', sources: [src('a2', 'TASS', '2025-02-12')] },
        ],
      },
    ],
    timeline: [
      { id: 'ev-talks', date: '2025-01-28', label: 'Russian delegation visits Damascus', entityIds: ['hmeimim'], sources: [{ articleId: 'a1', outlet: 'Reuters', date: '2025-01-29' }] },
      { id: 'ev-fall', date: '2024-12-08', label: 'Fall of the Assad government', entityIds: ['hmeimim'], sources: [{ articleId: 'a3', outlet: 'bne IntelliNews', date: '2024-12-20' }] },
    ],
    asOf: '2025-03-14',
    articleCount: 5,
  };
}
