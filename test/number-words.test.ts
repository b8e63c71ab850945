// Numbers written as words (src/number-words.ts): a count said at the door, a model number spelt out.
import { describe, expect, it } from 'vitest';
import { joinCompoundNumbers, NUMBER_WORDS, numberWordsAsDigits } from '../src/number-words.ts';

describe('number words', () => {
  it('reads zero to nineteen and the tens to ninety', () => {
    expect(NUMBER_WORDS.sixteen).toBe(16);
    expect(NUMBER_WORDS.nineteen).toBe(19);
    expect(NUMBER_WORDS.twenty).toBe(20);
    expect(NUMBER_WORDS.thirty).toBe(30);
    expect(NUMBER_WORDS.ninety).toBe(90);
  });

  it('joins a ten to its unit, hyphened or not', () => {
    expect(joinCompoundNumbers('twenty-one red flashes, thirty five beeps')).toBe('21 red flashes, 35 beeps');
    expect(joinCompoundNumbers('twenty flashes')).toBe('twenty flashes');
  });

  it('writes every number word as digits, whole words only', () => {
    expect(numberWordsAsDigits('smartcode five')).toBe('smartcode 5');
    expect(numberWordsAsDigits('powerbolt two')).toBe('powerbolt 2');
    expect(numberWordsAsDigits('someone often tension')).toBe('someone often tension');
  });
});
