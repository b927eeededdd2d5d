import type { Entity } from '../model/corpus-types';
import { boundedDistance, maxTypos } from './edit-distance';
import { STOPWORDS, queryForms, stem } from './stem';
import { tokenize } from './tokenize';

/** One spelling of one or more entities, reduced to the stemmed words search compares. */
export interface AliasEntry {
  /** The alias as the gazetteer writes it (shown in `didYouMean`). */
  text: string;
  /** Stemmed, folded words without stopwords ("al-Sharaa" → ["sharaa"]). */
  stems: string[];
  entityIds: string[];
  /** Every entity lists this spelling as ambiguous ("Assad", "Russian air base"). */
  ambiguous: boolean;
}

/** A word of a query or passage, with the forms the index may hold for it. */
export interface Word {
  folded: string;
  stem: string;
  forms: string[];
  start: number;
  end: number;
}

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** Where a query names an entity: words [from, to) of the query, through which aliases. */
export interface AliasMatch {
  from: number;
  to: number;
  /** Every alias that matches these words equally well ("Tar" typed: Tartus, Tartous, Tartus port…). */
  entries: AliasEntry[];
  /** Union of the entries' entities, in table order. */
  entityIds: string[];
  kind: MatchKind;
}

/** Words of a text without stopwords, each with its stem and the forms to look up. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  tokenize(text, (folded, start, end) => {
    if (STOPWORDS.has(folded)) return;
    out.push({ folded, stem: stem(folded), forms: queryForms(folded), start, end });
  });
  return out;
}

/** All aliases of all entities, one entry per distinct stemmed spelling. */
export function buildAliasTable(entities: Entity[]): AliasEntry[] {
  const byKey = new Map<string, AliasEntry>();
  for (const e of entities) {
    const names = [{ text: e.name, ambiguous: false }, ...e.aliases.map((a) => ({ text: a.text, ambiguous: a.ambiguous === true }))];
    for (const { text, ambiguous } of names) {
      const stems = words(text).map((w) => w.stem);
      if (stems.length === 0) continue;
      const key = stems.join(' ');
      const hit = byKey.get(key);
      if (!hit) byKey.set(key, { text, stems, entityIds: [e.id], ambiguous });
      else {
        if (!hit.entityIds.includes(e.id)) hit.entityIds.push(e.id);
        hit.ambiguous &&= ambiguous;
      }
    }
  }
  return [...byKey.values()];
}

function wordMatches(w: Word, aliasStem: string, kind: MatchKind): boolean {
  if (w.forms.includes(aliasStem)) return true;
  if (kind === 'prefix') return w.folded.length >= 3 && aliasStem.startsWith(w.folded);
  if (kind === 'fuzzy') {
    // Compare both the stem and the word as typed: "Tartos" stems to "tarto", two edits from "tartus".
    for (const form of w.stem === w.folded ? [w.stem] : [w.stem, w.folded]) {
      const max = maxTypos(Math.min(form.length, aliasStem.length));
      if (max > 0 && boundedDistance(form, aliasStem, max) <= max) return true;
    }
  }
  return false;
}

/** Does `entry` match the query words starting at `from`? The last query word may be a prefix (typing). */
function matchAt(q: Word[], from: number, entry: AliasEntry, kind: MatchKind, lastIsOpen: boolean): boolean {
  const n = entry.stems.length;
  if (from + n > q.length) {
    // A multi-word alias may still be typed: "Bashar al-As" should suggest Bashar al-Assad.
    if (!(kind === 'prefix' && lastIsOpen && from < q.length)) return false;
  }
  const len = Math.min(n, q.length - from);
  for (let k = 0; k < len; k++) {
    const w = q[from + k] as Word;
    const s = entry.stems[k] as string;
    const isLast = from + k === q.length - 1;
    const k2: MatchKind = kind === 'prefix' && !(isLast && lastIsOpen) ? 'exact' : kind;
    if (!wordMatches(w, s, k2)) return false;
  }
  return true;
}

/**
 * Find entity names in a query, longest alias first, exact before typo-tolerant. `lastIsOpen` says the
 * last word may still be being typed, so it may match an alias by prefix ("Hmei" → Hmeimim). Names
 * starting with a `known` word (one the corpus has as written) are not matched with typos: "Russian"
 * is not a misspelt "Russia".
 */
export function findAliases(
  q: Word[],
  table: AliasEntry[],
  lastIsOpen: boolean,
  known: (w: Word) => boolean = () => false,
): AliasMatch[] {
  const out: AliasMatch[] = [];
  let i = 0;
  while (i < q.length) {
    let best: AliasMatch | undefined;
    for (const kind of ['exact', 'fuzzy', 'prefix'] as const) {
      if (kind === 'fuzzy' && known(q[i] as Word)) continue;
      for (const entry of table) {
        const n = Math.min(entry.stems.length, q.length - i);
        if (best && n < best.to - best.from) continue;
        if (kind === 'prefix' && n === entry.stems.length && i + n < q.length) continue;
        if (!matchAt(q, i, entry, kind, lastIsOpen)) continue;
        if (best && n === best.to - best.from) best.entries.push(entry);
        else best = { from: i, to: i + n, entries: [entry], entityIds: [], kind };
      }
      if (best) break;
    }
    if (best) {
      best.entityIds = [...new Set(best.entries.flatMap((e) => e.entityIds))];
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

/**
 * Spans in `passageWords` where any of `entries` is written, for highlighting alias spellings.
 * Aliases lose their stopwords ("al-Sharaa" → sharaa); the span is widened back over a written "al-".
 */
export function aliasSpans(text: string, passageWords: Word[], entries: AliasEntry[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let p = 0; p < passageWords.length; p++) {
    for (const entry of entries) {
      const n = entry.stems.length;
      if (p + n > passageWords.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = passageWords[p + k] as Word;
        const s = entry.stems[k] as string;
        ok = w.stem === s || w.forms.includes(s);
      }
      if (!ok) continue;
      let start = (passageWords[p] as Word).start;
      const article = /(?:^|[^\p{L}])(?:al|el|Al|El|AL)[-\u2010\u2011 ]$/u.exec(text.slice(Math.max(0, start - 4), start));
      if (article) start -= article[0].replace(/^[^\p{L}]/u, '').length;
      spans.push([start, (passageWords[p + n - 1] as Word).end]);
    }
  }
  return spans;
}
