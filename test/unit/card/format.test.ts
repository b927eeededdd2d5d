import { describe, expect, it } from 'vitest';
import { differenceKindLabel, formatDate, matchReason, originsText, typeLabel, whenText } from '../../../src/content/card/format';
import { contrastRatio, DARK, LIGHT, TEXT_PAIRS } from '../../../src/content/card/card-theme';

describe('card wording', () => {
  it('formats ISO dates without the locale', () => {
    expect(formatDate('2025-03-14')).toBe('14 Mar 2025');
    expect(formatDate('2024-12')).toBe('Dec 2024');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('spring')).toBe('spring');
  });

  it('says where a claim comes from: independent origins, each with the outlets that carry it', () => {
    const agreement = { count: 2, total: 4 };
    expect(originsText({ agreement, origins: [{ name: 'Reuters', outlets: ['GlobalPost', 'Zamin', 'bne IntelliNews'] }, { name: 'TASS', outlets: ['TASS'] }] })).toBe('Reuters, via 3 outlets; TASS');
    expect(originsText({ agreement: { count: 1, total: 1 }, origins: [{ name: 'Reuters', outlets: ['Zamin'] }] })).toBe('Reuters, via Zamin');
  });

  it('labels when a claim is set and what kind of difference sources show', () => {
    expect(whenText({ id: 'kremlin-talks', label: 'Kremlin talks', date: '2025-10-15' })).toBe('Kremlin talks · 15 Oct 2025');
    expect(whenText({ id: 'time:2024-12', label: 'December 2024', date: '2024-12' })).toBe('December 2024');
    expect(whenText({ id: 'background', label: 'Background', date: '' })).toBe('Background');
    expect(differenceKindLabel('change-over-time')).toBe('Change over time');
    expect(differenceKindLabel('paraphrase')).toBe('One report, in other words');
  });

  it('explains why a name matched', () => {
    expect(matchReason('Khmeimim', 'Khmeimim', 'Hmeimim air base')).toBe('Matched “Khmeimim”, a spelling of Hmeimim air base.');
    expect(matchReason('HMEIMIM AIR BASE', 'Hmeimim air base', 'Hmeimim air base')).toBe('Matched “HMEIMIM AIR BASE”.');
    expect(matchReason('Хмеймиме', 'Хмеймим', 'Hmeimim air base')).toBe('Matched “Хмеймиме” (a form of “Хмеймим”), a spelling of Hmeimim air base.');
  });

  it('labels entity types', () => {
    expect(typeLabel('installation')).toBe('Military installation');
    expect(typeLabel('person')).toBe('Person');
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
