import type { Mention } from '../detect/types';
import { fold } from '../model/fold';

/**
 * The words that carry a sentence's content, for comparing statements across sources. Entity mentions
 * become `@entity-id` terms, so "Khmeimim airbase" and "Hmeimim air base" count as the same word; other
 * words are folded, stripped of stop words and lightly stemmed ("shipments" = "shipment").
 */
const STOP = new Set(
  `a about above after again against all also an and any are as at be because been before being below between both
  but by can could did do does during each either few for from further had has have having he her here him his how
  i if in into is it its itself just may might more most much must my no nor not now of off on once only or other
  our out over own same she should so some such than that the their them then there these they this those through
  to too under until up very was we were what when where which while who whom why will with would you your
  said says say told tells according reported reports report stated noted added wrote cited citing per
  one two three first also still however meanwhile including included addition turn since last new
  и в во на не что с со как а то по из за к у о от для это его ее их он она они был была были будет также
  في من على إلى عن أن مع هذا هذه التي الذي كان قد`.split(/\s+/),
);

const EN_SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'es', 'ed', 'ly', 's'];

function stem(word: string): string {
  if (/^[a-z]+$/.test(word)) {
    for (const suffix of EN_SUFFIXES) {
      if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
    }
    return word;
  }
  // Russian: case endings live in the last two letters; comparing on a prefix is crude but consistent.
  if (/^[\u0400-\u04ff]+$/.test(word)) return word.length > 6 ? word.slice(0, word.length - 2) : word;
  // Arabic: the article and attached particles carry no content.
  if (/^[\u0600-\u06ff]+$/.test(word)) return word.replace(/^(?:وال|بال|فال|كال|لل|ال)(?=.{3})/, '');
  return word;
}

/**
 * Words news prose uses interchangeably for one act or thing ("proposed" / "asked" / "sought", "help" /
 * "assistance" / "support"), folded to one term so one fact written in other words still matches. Keys are
 * stems as `stem` leaves them; kept to classes an editor would accept as the same claim, never opposites.
 */
const SAME_MEANING: Record<string, string> = {};
for (const [canon, words] of Object.entries({
  '=ask': 'request ask asked asks sought seek seeking propos proposed propose demand call urg urged want hop hoping hope look press',
  '=help': 'help assist assistance support aid',
  '=build': 'rebuild rebuilding build creat creating restor restoring reconstruct reconstruction',
  '=guarantee': 'guarantee assurance assur',
  '=discuss': 'discuss discussion negotiat negotiating cover covered',
  '=deploy': 'redeploy redeployment deploy deployment',
  '=prevent': 'prevent curb stop halt',
  '=violation': 'violation incursion breach',
  '=supply': 'shipment suppli supply delivery',
  '=favourable': 'favorabl favourabl favorable favourable',
  '=tie': 'tie ties relation relationship link bond',
  '=historic': 'historic historical',
  '=agreement': 'agreement deal accord',
  '=respect': 'respect honor honour honoring honouring',
  '=war': 'war wartime conflict',
  '=damage': 'damag damage',
})) {
  for (const w of words.split(' ')) SAME_MEANING[w] = canon;
}

const WORD = /[\p{L}\p{N}]+/gu;

function addWords(text: string, out: Set<string>): void {
  const folded = fold(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const w = m[0];
    if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
    const stemmed = stem(w);
    out.add(SAME_MEANING[stemmed] ?? SAME_MEANING[w] ?? stemmed);
  }
}

/** Content terms of `text[start, end)`; `mentions` are sorted and inside the span, offsets into `text`. */
export function contentTerms(text: string, start: number, end: number, mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  let at = start;
  for (const m of mentions) {
    addWords(text.slice(at, m.start), out);
    out.add(`@${m.entityId}`);
    at = m.end;
  }
  addWords(text.slice(at, end), out);
  return out;
}

/** Words in a span, to skip headings and fragments that are not statements. */
export function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) n++;
  return n;
}
