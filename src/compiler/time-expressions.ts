/**
 * Dates in news prose, resolved against the article's date: "on October 15", "December 8, 2024", "in July",
 * "last month", "on Wednesday". A claim is set in time by them, so the February call is never read as the
 * October talks. Results are ISO days (YYYY-MM-DD), months (YYYY-MM) or years (YYYY).
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** Cheap test first: most sentences name no date. */
const MAYBE_TIME = /\d|day\b|month|year|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface TimeMention {
  /** Offset of the expression in the text searched. */
  index: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
}

const PATTERNS: Array<{ re: RegExp; resolve(m: RegExpExecArray, articleDate: string): string | undefined }> = [
  // "December 8, 2024", "October 15", "June 30"
  { re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'g'), resolve: (m, d) => day(d, m[1]!, m[2]!, m[3]) },
  // "8 December 2024", "15 October"
  { re: new RegExp(`\\b(\\d{1,2}) ${MONTH_RE}(?:,? (\\d{4}))?\\b`, 'g'), resolve: (m, d) => day(d, m[2]!, m[1]!, m[3]) },
  // "in December", "in July 2025", "since December"
  { re: new RegExp(`\\b(?:in|since|during|by|until|of) (?:early |mid-|late )?${MONTH_RE}(?: (\\d{4}))?\\b`, 'gi'), resolve: (m, d) => month(d, m[1]!, m[2]) },
  { re: /\blast month\b/gi, resolve: (_m, d) => shiftMonth(d, -1) },
  { re: /\b(?:this month|earlier this month)\b/gi, resolve: (_m, d) => d.slice(0, 7) },
  { re: /\blast year\b/gi, resolve: (_m, d) => String(Number(d.slice(0, 4)) - 1) },
  { re: /\byesterday\b/gi, resolve: (_m, d) => addDays(d, -1) },
  { re: /\b(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, resolve: (m, d) => weekday(d, m[1]!) },
  // "In 2017, Russia signed …": archive content is dated by its text, whatever the article's date.
  { re: /\b[Ii]n (\d{4})\b/g, resolve: (m) => m[1] },
  // Russian "в 2017 году", "в 2017 г."; Arabic "عام 2017", "في عام 2017", "سنة 2017".
  { re: /(?<![\p{L}])[вВ] (\d{4}) (?:год|г\.)/gu, resolve: (m) => m[1] },
  { re: /(?<![\p{L}])(?:عام|سنة|العام) (\d{4})(?!\d)/gu, resolve: (m) => m[1] },
];

/** Every date expression in `text`, in order of position (overlaps keep the longer, earlier one). */
export function findTimes(text: string, articleDate: string): TimeMention[] {
  const found: TimeMention[] = [];
  if (!MAYBE_TIME.test(text)) return found;
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = resolve(m, articleDate);
      if (date) found.push({ index: m.index, text: m[0], date });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: TimeMention[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.index < last.index + last.text.length) continue;
    out.push(t);
  }
  return out;
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(key.slice(0, 3)));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day without a year is the latest such day not after the article (plus a week: "on October 20" ahead). */
function day(articleDate: string, monthName: string, dayText: string, yearText: string | undefined): string | undefined {
  const mi = monthIndex(monthName);
  const d = Number(dayText);
  if (mi < 0 || d < 1 || d > 31) return undefined;
  let year = yearText ? Number(yearText) : Number(articleDate.slice(0, 4));
  const iso = (y: number): string => `${y}-${pad(mi + 1)}-${pad(d)}`;
  if (!yearText && iso(year) > addDays(articleDate, 7)) year--;
  return iso(year);
}

function month(articleDate: string, monthName: string, yearText: string | undefined): string | undefined {
  const mi = monthIndex(monthName);
  if (mi < 0) return undefined;
  let year = yearText ? Number(yearText) : Number(articleDate.slice(0, 4));
  if (!yearText && mi + 1 > Number(articleDate.slice(5, 7))) year--;
  return `${year}-${pad(mi + 1)}`;
}

function shiftMonth(articleDate: string, by: number): string {
  const d = new Date(Date.UTC(Number(articleDate.slice(0, 4)), Number(articleDate.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** "On Wednesday" in news means the latest Wednesday on or before the article's date. */
function weekday(articleDate: string, name: string): string {
  const want = WEEKDAYS.indexOf(name.toLowerCase());
  const d = new Date(`${articleDate}T00:00:00Z`);
  const back = (d.getUTCDay() - want + 7) % 7;
  return addDays(articleDate, -back);
}

/** True when `date` (day, month or year) falls within `period` (day, month or year), or the reverse. */
export function sameTime(date: string, period: string): boolean {
  return date.startsWith(period) || period.startsWith(date);
}

/** "15 Oct 2025", "December 2024", "2015": how a claim's date reads on the card. */
export function timeLabel(date: string): string {
  const [y, m, d] = date.split('-');
  const name = m ? MONTHS[Number(m) - 1]! : '';
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  if (d) return `${Number(d)} ${cap.slice(0, 3)} ${y}`;
  if (m) return `${cap} ${y}`;
  return y ?? '';
}
