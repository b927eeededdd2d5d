/**
 * An article whose text names no outlet of its own (a seed's `outlet: null`) is shown by the agencies it
 * cites. The compiler writes its outlet as this one English form, which `backstory card --explain` prints as
 * it is; the card and `--lang` read it back with `unnamedOutletCites` and say it in the reader's words.
 */
const UNNAMED = 'unnamed outlet';
const CITING = `${UNNAMED} citing `;

export function unnamedOutlet(cites: readonly string[]): string {
  return cites.length > 0 ? `${CITING}${cites.join(', ')}` : UNNAMED;
}

/** The agencies an unnamed outlet cites (empty when none), or undefined for a named outlet. */
export function unnamedOutletCites(outlet: string): string[] | undefined {
  if (outlet === UNNAMED) return [];
  return outlet.startsWith(CITING) ? outlet.slice(CITING.length).split(', ') : undefined;
}
