import { foldKey } from '../model/fold';
import type { Alias, Entity } from '../model/corpus-types';
import data from './data/phrase-forms.json';

/**
 * The other forms of a multi-word name, as running text tells it: "военно-морской базы в Тартусе" is the
 * Tartus naval base (the matcher declines only a name's last word, russian.ts), and "القاعدة البحرية في طرطوس"
 * is "قاعدة طرطوس البحرية". Generated at gazetteer load from the rules in data/phrase-forms.json, so both
 * the corpus compiler and the page's matcher (which reads the compiled entities' aliases) know them; a
 * generated form that another alias already holds is left out (never a new ambiguity).
 */
interface RuRules {
  types: string[];
  adjectives: Record<string, string[]>;
  nouns: Record<string, string[]>;
  pluralAdjectives: string[];
  consonants: string;
}
interface ArRules {
  types: string[];
  article: string;
  in: string;
  nationality: string[];
}
const RU = data.ru as RuRules;
const AR = data.ar as ArRules;
const CASES = 5;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;

/** The longest rule ending that closes `word`, and the stem before it. */
function ruleFor(word: string, rules: Record<string, string[]>): { stem: string; forms: string[] } | undefined {
  const low = word.toLowerCase();
  let best: string | undefined;
  for (const ending of Object.keys(rules)) {
    if (ending === '' || !low.endsWith(ending) || (best !== undefined && best.length >= ending.length)) continue;
    best = ending;
  }
  if (best === undefined) {
    // A noun ending in a consonant takes its endings on the whole word.
    if (rules[''] && RU.consonants.includes(low.slice(-1))) return { stem: word, forms: rules['']! };
    return undefined;
  }
  return { stem: word.slice(0, word.length - best.length), forms: rules[best]! };
}

/** Russian: the head's five oblique singular forms ("военно-морская база в Тартусе" → "военно-морской базы в Тартусе", …). */
export function russianPhraseForms(text: string): string[] {
  const words = text.split(' ');
  if (words.length < 2) return [];
  const head: Array<{ stem: string; forms: string[] }> = [];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    // Upper-case abbreviations (МИД, ВМФ) and names after the head do not decline here.
    if (!CYRILLIC_WORD.test(w) || w === w.toUpperCase()) return [];
    if (RU.pluralAdjectives.some((e) => w.endsWith(e)) && /^[\p{Ll}]/u.test(words[i + 1] ?? '')) return []; // a plural phrase
    const adjective = ruleFor(w, RU.adjectives);
    if (adjective && i + 1 < words.length && /^[\p{Ll}]/u.test(words[i + 1]!)) {
      head.push(adjective);
      continue;
    }
    const noun = ruleFor(w, RU.nouns);
    if (!noun) return [];
    head.push(noun);
    i++;
    break;
  }
  if (head.length === 0) return [];
  const rest = words.slice(i).join(' ');
  const out: string[] = [];
  for (let c = 0; c < CASES; c++) {
    const form = head.map((h) => h.stem + h.forms[c]!).join(' ');
    out.push(rest ? `${form} ${rest}` : form);
  }
  return out;
}

/** Arabic: a construct name and its definite telling, each from the other, each also with a nationality after its adjective. */
export function arabicPhraseForms(text: string): string[] {
  const words = text.split(' ');
  const al = AR.article;
  let noun: string;
  let name: string;
  let adjective: string;
  if (words.length === 3 && !words[0]!.startsWith(al) && !words[1]!.startsWith(al) && words[2]!.startsWith(al)) {
    [noun, name, adjective] = [words[0]!, words[1]!, words[2]!]; // قاعدة طرطوس البحرية
  } else if (words.length === 4 && words[0]!.startsWith(al) && words[1]!.startsWith(al) && words[2] === AR.in && !words[3]!.startsWith(al)) {
    [noun, name, adjective] = [words[0]!.slice(al.length), words[3]!, words[1]!]; // القاعدة البحرية في طرطوس
  } else return [];
  const out: string[] = [];
  for (const adj of [adjective, ...AR.nationality.map((n) => `${adjective} ${n}`)]) {
    out.push(`${noun} ${name} ${adj}`, `${al}${noun} ${adj} ${AR.in} ${name}`);
  }
  return out.filter((form) => form !== text);
}

/** Adds each entity's generated forms to its aliases, after the gazetteer's own (which keep their order). */
export function addPhraseForms(entities: Entity[]): void {
  const taken = new Set<string>();
  for (const e of entities) for (const a of e.aliases) taken.add(foldKey(a.text));
  for (const e of entities) {
    const added: Alias[] = [];
    for (const a of e.aliases) {
      const forms = a.lang === 'ru' && RU.types.includes(e.type) ? russianPhraseForms(a.text) : a.lang === 'ar' && AR.types.includes(e.type) ? arabicPhraseForms(a.text) : [];
      for (const text of forms) {
        const key = foldKey(text);
        if (taken.has(key)) continue;
        taken.add(key);
        const alias: Alias = { text, lang: a.lang };
        if (a.ambiguous) alias.ambiguous = true;
        added.push(alias);
      }
    }
    e.aliases.push(...added);
  }
}
