/**
 * The language an alias is written in: the three of the interface, and the Latin-script languages
 * whose coverage the same readers meet (German, French, Spanish, Turkish exonyms and transliterations).
 */
export type Lang = 'en' | 'ar' | 'ru' | 'de' | 'fr' | 'es' | 'tr';
