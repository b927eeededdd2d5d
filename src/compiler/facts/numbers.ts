import type { Lang } from '../../model/corpus-types';
import type { FactNumber } from '../../model/fact';
import { allMatches, firstMatch, lexicon } from './lexicon';

/**
 * The numbers a statement gives, folded to values with their unit and bound, in any of the three languages:
 * "more than two and a half hours", "أكثر من ساعتين ونصف", "более двух с половиной часов" are all
 * { value: 2.5, unit: 'hour', bound: 'more' }. Years and days of the month are dates, not numbers.
 */
export function readNumbers(text: string, lang: Lang): FactNumber[] {
  const lex = lexicon();
  const low = text.toLowerCase();
  const spans: Array<{ index: number; end: number; value: number }> = [];
  for (const m of allMatches(/\d[\d,.]*/g, low)) {
    const raw = m.text.replace(/[.,]$/, '');
    const value = Number(raw.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    spans.push({ index: m.index, end: m.index + raw.length, value });
  }
  for (const m of allMatches(lex.numberWordRe[lang], low)) {
    const word = m.text.replace(/^[وف]/, '');
    const value = lex.numberWords[lang].get(word) ?? lex.numberWords[lang].get(m.text);
    if (value === undefined) continue;
    if (spans.some((s) => m.index < s.end && s.index < m.end)) continue;
    spans.push({ index: m.index, end: m.end, value });
  }
  spans.sort((a, b) => a.index - b.index);
  const out: FactNumber[] = [];
  for (const s of spans) {
    const after = low.slice(s.end, s.end + 24);
    const before = low.slice(Math.max(0, s.index - 20), s.index);
    // A year, or the day of a date: dates are read elsewhere.
    if (/^\d{4}$/.test(String(s.value)) && s.value > 1900 && s.value < 2100) continue;
    if (/^\s*[\p{L}]+/u.test(after) && lang !== 'en' && lexicon().months[lang as 'ar' | 'ru'].some((r) => r.test(after.trim()))) continue;
    if (lang === 'en' && /^\s*(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/.test(after)) continue;
    if (lang === 'en' && /(?:january|february|march|april|may|june|july|august|september|october|november|december)\s*$/.test(before)) continue;
    let value = s.value;
    const half = firstMatch(lex.half[lang], after);
    if (half && half.index <= 2) value += 0.5;
    const n: FactNumber = { value };
    for (const { unit, re } of lex.units) {
      const unitWord = firstMatch(re[lang], after);
      if (unitWord && unitWord.index <= (half ? half.end + 2 : 3)) {
        n.unit = unit;
        break;
      }
    }
    // An Arabic dual ("ساعتين", two hours) is its own unit word.
    if (!n.unit && lang === 'ar') for (const { unit, re } of lex.units) if (firstMatch(re.ar, low.slice(s.index, s.end))) n.unit = unit;
    for (const { bound, re } of lex.bounds) {
      const b = allMatches(re[lang], before).pop();
      if (b && before.slice(b.end).trim() === '') {
        n.bound = bound;
        break;
      }
    }
    out.push(n);
  }
  return out;
}

/**
 * Do two numbers say the same thing? Equal values agree; a bound or an approximation agrees with the value
 * it bounds ("more than 2.5 hours" with "2.5 hours"): a difference of precision, not of fact.
 */
export function numbersAgree(a: FactNumber, b: FactNumber): 'same' | 'precision' | 'differ' {
  if (a.unit && b.unit && a.unit !== b.unit) return 'differ';
  if (a.value === b.value) return (a.bound ?? '') === (b.bound ?? '') ? 'same' : 'precision';
  const near = Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= 0.1;
  if ((a.bound === 'about' || b.bound === 'about') && near) return 'precision';
  if (a.bound === 'more' && b.value >= a.value && !b.bound) return 'precision';
  if (b.bound === 'more' && a.value >= b.value && !a.bound) return 'precision';
  return 'differ';
}
