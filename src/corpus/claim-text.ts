import type { Claim, DifferenceKind } from '../model/corpus-types';

/**
 * Words for a claim's provenance, in English, for `backstory card --explain`. The card says the same in the
 * interface language (src/content/card/format.ts): `originsText` takes its words, the labels are its own messages.
 */

/** The words `originsText` puts around outlet names: English here (the CLI); the card passes its translation. */
export interface OriginWords {
  /** "3 sources": a claim whose origins are not known. */
  sources(count: number): string;
  /** "Reuters, via Zamin". */
  via(origin: string, outlet: string): string;
  /** "Reuters, via 3 outlets". */
  viaOutlets(origin: string, count: number): string;
  /** Between origins: "; ". */
  separator: string;
  /** An origin's or outlet's name as it goes into the text (the interface isolates it); as it is without. */
  name?(text: string): string;
}

const ENGLISH: OriginWords = {
  sources: (count) => `${count} source${count === 1 ? '' : 's'}`,
  via: (origin, outlet) => `${origin}, via ${outlet}`,
  viaOutlets: (origin, count) => `${origin}, via ${count} outlets`,
  separator: '; ',
};

/** "Reuters, via 3 outlets; TASS": a claim's independent origins. An outlet reporting on its own is just its name. */
export function originsText(claim: Pick<Claim, 'origins' | 'agreement'>, words: OriginWords = ENGLISH): string {
  const origins = claim.origins ?? [];
  if (origins.length === 0) return words.sources(claim.agreement.count);
  const name = words.name ?? ((text: string) => text);
  return origins
    .map((o) => {
      if (o.outlets.length === 1 && o.outlets[0] === o.name) return name(o.name);
      return o.outlets.length === 1 ? words.via(name(o.name), name(o.outlets[0]!)) : words.viaOutlets(name(o.name), o.outlets.length);
    })
    .join(words.separator);
}

/** "1 independent origin" / "2 independent origins". */
export function originCount(claim: Pick<Claim, 'agreement'>): string {
  return `${claim.agreement.count} independent origin${claim.agreement.count === 1 ? '' : 's'}`;
}

const KIND_LABELS: Record<DifferenceKind, string> = {
  contradiction: 'Contradiction',
  'change-over-time': 'Change over time',
  'later-development': 'A later development',
  precision: 'The same, told more or less precisely',
  'dates-of-one-act': 'Different dates of one act (signed, effective)',
  scope: 'Different scope',
  paraphrase: 'One report, in other words',
  'different-questions': 'Answers to different questions',
  attribution: 'Credited to different sources',
};

export function differenceKindLabel(kind: DifferenceKind): string {
  return KIND_LABELS[kind];
}
