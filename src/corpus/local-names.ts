import type { Entity, IdentificationLang } from '../model/corpus-types';

/** An entity's name in the languages the gazetteer has words of its own for (Arabic, Russian). */
export type LocalNames = Partial<Record<IdentificationLang, string>>;

/** The entity's name in Arabic and Russian: an event's label, else its first alias in each that is neither ambiguous nor a family name alone. */
export function localNames(entity: Pick<Entity, 'label' | 'aliases'>): LocalNames | undefined {
  const names: LocalNames = {};
  for (const lang of ['ar', 'ru'] as const) {
    // An event's own label in that language (gazetteer `label`) names it better than one of its aliases.
    const alias = entity.label?.[lang] ?? entity.aliases.find((a) => a.lang === lang && !a.ambiguous && !a.family)?.text;
    if (alias) names[lang] = alias;
  }
  return Object.keys(names).length > 0 ? names : undefined;
}
