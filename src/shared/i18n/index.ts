export { currentLocale, formatDay, formatNumber, localeDirection, t, tParts, useCatalogue, type MessageFile, type MessageKey } from './catalog';
export { typeGroupLabel, typeName, languageName, textLanguage } from './labels';
export { isolateText } from './isolate';
