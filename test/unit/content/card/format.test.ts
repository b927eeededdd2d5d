import { describe, expect, it } from 'vitest';
import { differenceKindLabel, emptyNote, hideNameLabel, matchReason, originsText, textLanguageNote, whenText } from '../../../../src/content/card/format';
import { originsText as cliOriginsText } from '../../../../src/corpus/claim-text';
import { typeName } from '../../../../src/shared/i18n';

/** Text colours and the backgrounds they are drawn on, as used by card-styles.ts. */
const TEXT_PAIRS: Array<[fg: keyof Palette, bg: keyof Palette]> = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['chipText', 'chipBg'],
  ['text', 'differBg'],
  ['muted', 'differBg'],
  ['mark', 'differBg'],
  ['mark', 'bg'],
];

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

import { DARK, LIGHT, type Palette } from '../../../../src/content/card/card-theme';

describe('card wording', () => {
  it('says where a claim comes from: independent origins, each with the outlets that carry it', () => {
    const agreement = { count: 2, total: 4 };
    expect(originsText({ agreement, origins: [{ name: 'Reuters', outlets: ['GlobalPost', 'Zamin', 'bne IntelliNews'] }, { name: 'TASS', outlets: ['TASS'] }] })).toBe('\u2068Reuters\u2069, via 3 outlets; \u2068TASS\u2069');
    expect(originsText({ agreement: { count: 1, total: 1 }, origins: [{ name: 'Reuters', outlets: ['Zamin'] }] })).toBe('\u2068Reuters\u2069, via \u2068Zamin\u2069');
    expect(originsText({ agreement: { count: 3, total: 3 } })).toBe('3 sources');
  });

  it('says origins in the same English as the CLI', () => {
    const claims = [
      { agreement: { count: 2, total: 4 }, origins: [{ name: 'Reuters', outlets: ['GlobalPost', 'Zamin'] }, { name: 'TASS', outlets: ['TASS'] }] },
      { agreement: { count: 1, total: 1 }, origins: [{ name: 'Reuters', outlets: ['Zamin'] }] },
      { agreement: { count: 1, total: 1 } },
      { agreement: { count: 4, total: 4 } },
    ];
    // The card isolates each name (FSI … PDI); the CLI prints it as it is.
    for (const claim of claims) expect(originsText(claim).replace(/[\u2068\u2069]/g, '')).toBe(cliOriginsText(claim));
  });

  it('says why an empty card cites nothing, from the corpus\'s code', () => {
    expect(emptyNote('unmentioned', 'Tartus', 0).join('')).toBe('No article in the corpus names Tartus yet.');
    expect(emptyNote('passing', 'Tartus', 1).join('')).toBe('No sourced statement about Tartus yet. The one article that mentions it names it only in passing or as a source.');
    expect(emptyNote('passing', 'Tartus', 5).join('')).toBe('No sourced statement about Tartus yet. The 5 articles that mention it name it only in passing or as a source.');
  });

  it('labels when a claim is set and what kind of difference sources show', () => {
    expect(whenText({ id: 'kremlin-talks', label: 'Kremlin talks', date: '2025-10-15' })).toEqual({ event: 'Kremlin talks', text: '15 Oct 2025' });
    expect(whenText({ id: 'time:2024-12', label: 'December 2024', date: '2024-12' })).toEqual({ event: null, text: 'December 2024' });
    expect(whenText({ id: 'time:2025-03-14', label: 'As of 14 Mar 2025', date: '2025-03-14', asOf: true })).toEqual({ event: null, text: 'As of 14 Mar 2025' });
    expect(whenText({ id: 'background', label: 'Background', date: '' })).toEqual({ event: null, text: 'Background' });
    expect(differenceKindLabel('change-over-time')).toBe('Change over time');
    expect(differenceKindLabel('paraphrase')).toBe('One report, in other words');
  });

  it('explains why a name matched', () => {
    const reason = (matched: string, alias: string, name: string) => matchReason(matched, alias, name, (s) => `<${s}>`).join('');
    expect(reason('Khmeimim', 'Khmeimim', 'Hmeimim air base')).toBe('Matched “<Khmeimim>”, a spelling of <Hmeimim air base>.');
    expect(reason('HMEIMIM AIR BASE', 'Hmeimim air base', 'Hmeimim air base')).toBe('Matched “<HMEIMIM AIR BASE>”.');
    expect(reason('Хмеймиме', 'Хмеймим', 'Hmeimim air base')).toBe('Matched “<Хмеймиме>” (a form of “<Хмеймим>”), a spelling of <Hmeimim air base>.');
  });

  it('labels entity types, the hide button, and a quote in another language than the interface', () => {
    expect(typeName('installation')).toBe('Military installation');
    expect(typeName('person')).toBe('Person');
    expect(hideNameLabel('')).toBe('Don’t mark this name on this site (any spelling)');
    expect(textLanguageNote('قاعدة حميميم')).toEqual({ lang: 'ar', note: '(in Arabic)' });
    expect(textLanguageNote('Russia keeps the base.')).toEqual({ lang: 'en', note: null });
    expect(textLanguageNote('2025')).toEqual({ lang: undefined, note: null });
  });
});

describe('card palettes', () => {
  for (const [name, palette] of [['light', LIGHT], ['dark', DARK]] as const) {
    it(`meets WCAG AA (4.5:1) for every text colour in the ${name} theme`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        const ratio = contrastRatio(palette[fg], palette[bg]);
        expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
