import { describe, expect, it } from 'vitest';
import { identifyLanguage, primaryLanguage } from '../../../../src/detect/language';

describe('identifyLanguage', () => {
  it.each([
    ['Tartus toimus eile kontsert ja see oli väga populaarne, kuid pärast seda ei olnud midagi.', 'et'],
    ['Russian warships left the port of Tartus on Monday, and officials said that the talks went on.', 'en'],
    ['Российские корабли покинули порт Тартус в понедельник.', 'ru'],
    ['غادرت السفن الروسية ميناء طرطوس يوم الاثنين.', 'ar'],
    ['Die russischen Schiffe haben den Hafen von Tartus verlassen, und die Gespräche sind nicht beendet.', 'de'],
    ['Les navires russes ont quitté le port de Tartous, et les discussions sur la base sont pour demain.', 'fr'],
  ])('%s → %s', (text, lang) => expect(identifyLanguage(text)).toBe(lang));

  it('says nothing when a window is too short to tell', () => {
    expect(identifyLanguage('Tartus')).toBeUndefined();
    expect(identifyLanguage('12 345')).toBeUndefined();
  });

  it('takes ~tens of µs per 400-character window (it runs only for aliases with commonIn)', () => {
    const text = 'Tartus toimus eile kontsert ja see oli väga populaarne, kuid pärast seda ei olnud midagi. '.repeat(5).slice(0, 400);
    identifyLanguage(text);
    const t = performance.now();
    for (let i = 0; i < 200; i++) identifyLanguage(text);
    const perCall = (performance.now() - t) / 200;
    expect(perCall).toBeLessThan(1);
  });
});

describe('primaryLanguage', () => {
  it('reads the primary subtag of a lang attribute, and nothing from a malformed one', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage(' ET ')).toBe('et');
    expect(primaryLanguage('')).toBeUndefined();
    expect(primaryLanguage('{{lang}}')).toBeUndefined();
    expect(primaryLanguage(null)).toBeUndefined();
  });
});
