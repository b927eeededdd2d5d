// The pseudo-locale en-XA, made from the English catalogue for the tests that look for English left outside it.
import type { MessageFile } from '../../../src/shared/i18n';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒğĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĞĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]!]),
);

/** en-XA: text accented, placeholders kept, bracketed, padded to about 130% of the English length. */
export function pseudoCatalogue(messages: MessageFile): MessageFile {
  const out: MessageFile = {};
  for (const [key, entry] of Object.entries(messages)) {
    const accented = entry.message
      .split(/(\$[A-Za-z0-9_]+\$)/)
      .map((part) => (part.startsWith('$') ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c]!)))
      .join('');
    const padding = '·'.repeat(Math.ceil(entry.message.length * 0.3));
    out[key] = { ...entry, message: key === 'meta_locale' ? 'en-XA' : `⟦${accented}${padding}⟧` };
  }
  return out;
}
