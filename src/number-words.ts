// Numbers written as words, read as numbers: a count a person says at the door ("sixteen red
// flashes", "thirty seconds") and a model number spelt out ("SmartCode five", the 909's Weiser
// name, seed S13). Zero to nineteen, the tens to ninety, and a ten joined to a unit
// ("twenty-one", "twenty one").

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const FIRST_TEN = 20;
const TEN = 10;

/** Every number word and its value: "sixteen" → 16, "forty" → 40. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...[...UNITS, ...TEENS].map((w, i) => [w, i] as const),
  ...TENS.map((w, i) => [w, FIRST_TEN + i * TEN] as const),
]);

/** The number words as one regex alternation, longest first ("sixteen" before "six"). */
export const NUMBER_WORD_ALTERNATION = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

const COMPOUND = new RegExp(String.raw`\b(${TENS.join('|')})[- ](${UNITS.slice(1).join('|')})\b`, 'g');

/** Lower-case text with each ten joined to a unit written as digits: "twenty-one flashes" → "21 flashes". */
export function joinCompoundNumbers(text: string): string {
  return text.replace(COMPOUND, (_, tens: string, unit: string) => String(NUMBER_WORDS[tens] + NUMBER_WORDS[unit]));
}

/** Lower-case text with every number word written as digits: "smartcode five" → "smartcode 5". */
export function numberWordsAsDigits(text: string): string {
  return joinCompoundNumbers(text).replace(new RegExp(String.raw`\b(?:${NUMBER_WORD_ALTERNATION})\b`, 'g'), (w) => String(NUMBER_WORDS[w]));
}
