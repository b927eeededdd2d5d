import * as ar from 'chrono-node/ar';
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fi from 'chrono-node/fi';
import * as fr from 'chrono-node/fr';
import * as it from 'chrono-node/it';
import * as nl from 'chrono-node/nl';
import * as pt from 'chrono-node/pt';
import * as ru from 'chrono-node/ru';
import * as sv from 'chrono-node/sv';
import * as uk from 'chrono-node/uk';
import { isIsoDay } from '../../model/user-article';
import { normalizeArabicDate } from './arabic-dates';
import dateLabels from './date-labels.json';

/**
 * A date as printed for readers ("Monday, Apr 13, 2020 at 4:38 PM", "13.04.2020", "13 апреля 2020",
 * "١٣ نيسان ٢٠٢٠"), read by chrono-node in the page's language. Its strict parsers only: "today" or
 * "3 hours ago" would be the day the page is read, not the day it was published. A date counts only when
 * the day, month and year are all written; "April 2020" is no day.
 */

type Parser = { parse: typeof en.strict.parse };

// US pages write the month first (04/13/2020); everyone else writes the day first (13/04/2020).
const enLittleEndian = new en.Chrono(en.configuration.createConfiguration(true, true));
const BY_LANGUAGE: Record<string, Parser> = {
  ar: ar.strict, de: de.strict, es: es.strict, fi: fi.strict, fr: fr.strict, it: it.strict, nl: nl.strict,
  pt: pt.strict, ru: ru.strict, sv: sv.strict, uk: uk.strict,
};

/** The parsers to try for a page in `language`: its own, then English (dates in English are common everywhere). */
function parsersFor(language: string | undefined, text: string): Parser[] {
  const tag = (language ?? '').toLowerCase();
  const primary = tag.split('-')[0] ?? '';
  // Dots are never the American order: "02.11.2021" is the 2nd of November wherever it is printed.
  const american = (tag === '' || tag === 'en' || tag === 'en-us') && !/\d\.\d{1,2}\.\d/.test(text);
  if (primary === 'en') return [american ? en.strict : enLittleEndian];
  // A page that names no language: English first, then every language read here ("3. August 2015", "15 августа 2016").
  if (primary === '') return [american ? en.strict : enLittleEndian, ...Object.values(BY_LANGUAGE)];
  const own = BY_LANGUAGE[primary];
  return own ? [own, enLittleEndian] : [enLittleEndian];
}

const UPDATED = new RegExp(`(?:${dateLabels.updated.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(?:on|am|le|el|em|:)?\\s*:?\\s*$`, 'iu');
const PUBLISHED = new RegExp(`(?:${dateLabels.published.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*:?\\s*$`, 'iu');
const pad = (n: number) => String(n).padStart(2, '0');

export interface PrintedDay {
  day: string;
  /** Where in the text the date starts. */
  index: number;
  /** The text said this is when the article was updated ("Updated 14 April 2020"). */
  updated: boolean;
  /** The day starts a span ("22.04.2020 bis 30.04.2020"): it dates an event, not the page. */
  range: boolean;
  /** The text said this is when the article was published ("Veröffentlicht am 16.08.2019"). */
  published: boolean;
}

/** Every full day printed in `text`, in order, as YYYY-MM-DD. */
export function printedDays(text: string, language?: string, reference = new Date()): PrintedDay[] {
  const normalized = /[\u0600-\u06FF]/u.test(text) ? normalizeArabicDate(text) : text;
  if (!/\d/.test(normalized)) return [];
  for (const parser of parsersFor(language, normalized)) {
    const days: PrintedDay[] = [];
    for (const result of parser.parse(normalized, reference)) {
      const start = result.start;
      if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
      const year = start.get('year') ?? 0;
      const day = `${year}-${pad(start.get('month') ?? 0)}-${pad(start.get('day') ?? 0)}`;
      // The year must be written: chrono's strict parsers still read "today" as a certain day.
      if (!isIsoDay(day) || !(result.text.includes(String(year)) || /\d[./-]\d{2}\b/.test(result.text))) continue;
      days.push({ day, index: result.index, updated: UPDATED.test(normalized.slice(Math.max(0, result.index - 30), result.index)), range: Boolean(result.end), published: PUBLISHED.test(normalized.slice(Math.max(0, result.index - 30), result.index)) });
    }
    if (days.length > 0) return days;
  }
  return [];
}
