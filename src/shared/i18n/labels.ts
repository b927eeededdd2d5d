/**
 * Interface words for values that come from the corpus: entity types, and the language a text is in.
 * Written as literal keys (never built from the type), so the unused-key check sees every use.
 */
import type { UiLanguage } from '../../model/user-settings';
import { t, type MessageKey } from './catalog';

const TYPE_NAMES = {
  person: 'type_person',
  place: 'type_place',
  installation: 'type_installation',
  organisation: 'type_organisation',
  event: 'type_event',
  topic: 'type_topic',
} as const satisfies Record<string, MessageKey>;
const TYPE_GROUPS = {
  person: 'type_person_group',
  place: 'type_place_group',
  installation: 'type_installation_group',
  organisation: 'type_organisation_group',
  event: 'type_event_group',
  topic: 'type_topic_group',
} as const satisfies Record<string, MessageKey>;

/** "Person", "شخص"; a type a newer corpus brought shows as itself. */
export function typeName(type: string): string {
  return Object.hasOwn(TYPE_NAMES, type) ? t(TYPE_NAMES[type as keyof typeof TYPE_NAMES]) : type;
}

/** "People", "أشخاص": the popup's group heading. */
export function typeGroupLabel(type: string): string {
  return Object.hasOwn(TYPE_GROUPS, type) ? t(TYPE_GROUPS[type as keyof typeof TYPE_GROUPS]) : type.charAt(0).toUpperCase() + type.slice(1);
}

/** A language's own name for itself, for the language menu: shown the same in every interface language. */
export function languageName(lang: UiLanguage): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/**
 * The language of a piece of corpus text, from its script: Arabic letters → "ar", Cyrillic → "ru",
 * Latin → "en" (the corpus's three languages). The corpus does not record an article's language, so
 * its text is marked by what it is written in; null when it has no letters.
 */
export function textLanguage(text: string): UiLanguage | null {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text.slice(0, 400)) {
    if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  const most = Math.max(arabic, cyrillic, latin);
  if (most === 0) return null;
  return most === arabic ? 'ar' : most === cyrillic ? 'ru' : 'en';
}
