// Unit tests render interface components outside a browser, where there is no browser.i18n: they read
// the English catalogue, as a browser in English does. Tests of other languages set their own.
import { beforeEach } from 'vitest';
import en from '../../src/locales/en/messages.json';
import { useCatalogue } from '../../src/shared/i18n';

beforeEach(() => useCatalogue('en', en));
