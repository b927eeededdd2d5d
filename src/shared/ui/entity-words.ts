/**
 * An entity's name and Backstory's identification of it in the reader's language, where the gazetteer has words of
 * its own for it (Arabic, Russian), else the English ones marked `lang="en"`: the card and the side panel say them alike.
 */
import type { IdentificationLang } from '../../model/corpus-types';
import { currentLocale } from '../i18n';

/** An entity (or an event of a timeline) as the card and the panel have it: its English name and its local names. */
export interface NamedEntity {
  name: string;
  names?: Partial<Record<IdentificationLang, string>>;
}

export interface IdentifiedEntity {
  /** The English identification. */
  description: string;
  identification?: Partial<Record<IdentificationLang, string>>;
}

/** The interface language, when the gazetteer may have words of its own for it (Arabic, Russian). */
function uiIdentificationLang(): IdentificationLang | null {
  const ui = currentLocale().split('-')[0];
  return ui === 'ar' || ui === 'ru' ? ui : null;
}

/**
 * The entity's name in the reader's language (its Arabic or Russian alias), else its English name; with its `lang`,
 * so an English name keeps its direction in the Arabic card.
 */
export function entityName(entity: NamedEntity): { text: string; lang: string } {
  const ui = uiIdentificationLang();
  const local = ui ? entity.names?.[ui] : undefined;
  return local ? { text: local, lang: ui! } : { text: entity.name, lang: 'en' };
}

/** Backstory's identification of the entity in the reader's language, else the English one, marked `lang="en"`. */
export function identificationText(entity: IdentifiedEntity): { text: string; lang: string } {
  const ui = uiIdentificationLang();
  const local = ui ? entity.identification?.[ui] : undefined;
  return local ? { text: local, lang: ui! } : { text: entity.description, lang: 'en' };
}
