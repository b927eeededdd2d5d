/**
 * Who a bare family name means inside a section: the fullest earlier mention of that name. After
 * "Farouk al-Sharaa", "Al Shara'a said" is Farouk, not the president; after "Елизавета Пескова",
 * "Пескова" is her, not Dmitry Peskov. A full name the gazetteer knows gives its entity; one it does
 * not know (a given name the person rules rejected) gives nobody, so the family name is not marked.
 *
 * Family names are compared by a skeleton that survives the usual spelling and case differences:
 * folded, without the article (al-, аль-, ال), without a Russian case ending, without vowels and
 * doubled letters ("al-Sharaa", "Al Shara'a", "Sharaa" → "shr"; "Пескова", "Песков" → "пскв").
 */
import { fold } from '../model/fold';
import { CONSONANT_ENDINGS } from './russian';

const ARTICLE = /^(?:al|el|as|ash|ad|at|az|an|ar|ал|аль|аш|ас|ад|ат|аз|ан|ар|эль|ال)[\s'-]+/;
const VOWELS = /[aeiouyаеиоуыэюяьъاويى'’\s-]/g;

export function surnameKey(name: string): string {
  let s = fold(name).trim();
  s = s.replace(ARTICLE, '');
  if (s.startsWith('ال') && s.length > 4) s = s.slice(2);
  if (/^[\u0400-\u04ff]/.test(s)) {
    for (let k = 3; k >= 1; k--) {
      if (s.length - k >= 4 && CONSONANT_ENDINGS.has(s.slice(-k))) {
        s = s.slice(0, -k);
        break;
      }
    }
  }
  return s.replace(VOWELS, '').replace(/(.)\1+/g, '$1');
}

/** The last word of a multi-word name, with its article ("Farouk al-Sharaa" → "al-Sharaa"). */
export function familyPart(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? words[words.length - 1]! : name;
}

interface Holder {
  /** The entity of the full mention, or null for a person the gazetteer does not know. */
  entityId: string | null;
  /** The full mention as written, for --explain. */
  label: string;
  /** The gazetteer alias the full mention matched (null entity: none). */
  alias: string | undefined;
  at: number;
}

/** How far back a full mention still gives its family name its meaning (a section of a few paragraphs). */
export const COREFERENCE_REACH = 3000;

/** Full mentions seen so far in a text, by family-name skeleton. */
export class FamilyNames {
  private readonly last = new Map<string, Holder>();

  note(familyName: string, entityId: string | null, label: string, at: number, alias?: string): void {
    const key = surnameKey(familyName);
    if (key.length >= 2) this.last.set(key, { entityId, label, alias, at });
  }

  /** The latest full mention of `familyName` within reach before `at`, if any. */
  holderOf(familyName: string, at: number): Holder | undefined {
    const h = this.last.get(surnameKey(familyName));
    return h && at - h.at <= COREFERENCE_REACH ? h : undefined;
  }
}
