import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/compiler/sentences';

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('sentence splitting', () => {
  it('splits at full stops followed by a capital, quote or dash', () => {
    expect(split('Putin met al-Sharaa. The talks lasted hours. “It went well,” he said.')).toEqual([
      'Putin met al-Sharaa.',
      'The talks lasted hours.',
      '“It went well,” he said.',
    ]);
    expect(split('He said it was “a great success.” Later, he left.')).toEqual(['He said it was “a great success.”', 'Later, he left.']);
  });

  it('does not split at abbreviations, initials, decimals or lower-case continuations', () => {
    expect(split('The U.S. lifted sanctions. Mr. Novak spoke.')).toEqual(['The U.S. lifted sanctions.', 'Mr. Novak spoke.']);
    expect(split('George W. Bush stayed 2.5 hours. Then he left.')).toEqual(['George W. Bush stayed 2.5 hours.', 'Then he left.']);
    expect(split('The talks ended. and then nothing.')).toEqual(['The talks ended. and then nothing.']);
  });

  it('handles Arabic and Russian text', () => {
    expect(split('وقال الشرع إن العلاقات تاريخية. وناقش الجانبان المستقبل؟ نعم')).toHaveLength(3);
    expect(split('Путин встретился с аш-Шараа. Переговоры длились долго.')).toHaveLength(2);
  });

  it('covers all non-blank text with trimmed spans', () => {
    const text = '  One sentence here.   Two here!  ';
    expect(split(text)).toEqual(['One sentence here.', 'Two here!']);
  });
});
