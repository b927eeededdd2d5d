/**
 * Titles a namesake's identification may name and the entity's may not: the title before a family name
 * then means the namesake ("Vice-President al-Sharaa" in a 2010 report is Farouk). Each concept is found
 * in the English identification by `in`, and in text by its forms in the three languages.
 */
export const TITLE_CONCEPTS: ReadonlyArray<{ id: string; in: RegExp; forms: readonly string[] }> = [
  { id: 'vice-president', in: /vice[- ]president/i, forms: ['vice president', 'vice-president', 'vp', 'نائب الرئيس', 'вице-президент', 'вице-президента'] },
  { id: 'foreign-minister', in: /foreign minister/i, forms: ['foreign minister', 'وزير الخارجية', 'министр иностранных дел', 'глава мид', 'главы мид'] },
  { id: 'commander', in: /commander/i, forms: ['commander', 'قائد', 'командир', 'командующий'] },
  { id: 'wife', in: /\bwife\b/i, forms: ['first lady', 'السيدة الأولى', 'первая леди'] },
  { id: 'envoy', in: /\benvoy|ambassador/i, forms: ['ambassador', 'envoy', 'السفير', 'المندوب', 'посол', 'постпред'] },
];

/** The title concepts an identification names ("A former Syrian vice-president…" → vice-president), shipped with the entity. */
export function titleConceptsOf(description: string): string[] {
  return TITLE_CONCEPTS.filter((c) => c.in.test(description)).map((c) => c.id);
}
