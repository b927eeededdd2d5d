import type { Claim, DifferenceKind } from '../model/corpus-types';

/**
 * Words for a claim's provenance, shared by the card and `backstory card --explain` so both say the same.
 */

/** "Reuters, via 3 outlets; TASS": a claim's independent origins. An outlet reporting on its own is just its name. */
export function originsText(claim: Pick<Claim, 'origins' | 'agreement'>): string {
  const origins = claim.origins ?? [];
  if (origins.length === 0) return `${claim.agreement.count} source${claim.agreement.count === 1 ? '' : 's'}`;
  return origins
    .map((o) => {
      if (o.outlets.length === 1 && o.outlets[0] === o.name) return o.name;
      return `${o.name}, via ${o.outlets.length === 1 ? o.outlets[0] : `${o.outlets.length} outlets`}`;
    })
    .join('; ');
}

/** "1 independent origin" / "2 independent origins". */
export function originCount(claim: Pick<Claim, 'agreement'>): string {
  return `${claim.agreement.count} independent origin${claim.agreement.count === 1 ? '' : 's'}`;
}

const KIND_LABELS: Record<DifferenceKind, string> = {
  contradiction: 'Contradiction',
  'change-over-time': 'Change over time',
  paraphrase: 'One report, in other words',
  'different-questions': 'Answers to different questions',
  attribution: 'Credited to different sources',
};

export function differenceKindLabel(kind: DifferenceKind): string {
  return KIND_LABELS[kind];
}
