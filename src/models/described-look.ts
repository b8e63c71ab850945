// What a person says a lock looks like, read from free text for `identify` (seed S13): its buttons
// and the digits on each (product-facts §1 a 10-digit keypad; §3 and M10 five buttons of two
// digits), a touchscreen (§2), its radio ("Z-Wave", "Zigbee", "Wi-Fi", "Bluetooth"), and its style
// ("Contemporary", "Traditional": M15, M16, M5, seed S12), and its buttons by name: the exterior
// key's (Lock or Kwikset, lock-key-word.ts), the touchscreen's checkmark (M7), a Reset button (M11),
// the Program button every model has. Each description read is matched against the model data
// that carries it (`look`, `keypad`, `reset.gesture`), not against the words of the models' names:
// "contemporary" is a word of the 275's name, and the 909 comes in that style too.

import type { ModelProfile, Radio, Style } from './profile.ts';
import { lockKeyWord } from './lock-key-word.ts';
import { hasResetButton } from './reset-button.ts';

/** The digits 0–9 on every keypad: ten buttons of one digit, or five of two. */
const KEYPAD_DIGITS = 10;

export interface Description {
  /** What was described, in plain words: "Z-Wave", "2 digits per button", "a touchscreen". */
  label: string;
  /** Whether the model has it. */
  fits(model: ModelProfile): boolean;
}

/** Each radio and how a person may spell it, in plain lower-case words ("z wave", "zwave"). */
const RADIO_WORDS: ReadonlyArray<readonly [Radio, RegExp]> = [
  ['Z-Wave', /\bz ?wave\b/],
  ['Zigbee', /\bzig ?bee\b/],
  ['Wi-Fi', /\bwi ?fi\b/],
  ['Bluetooth', /\bblue ?tooth\b/],
];
const TOUCHSCREEN = /\btouch ?screen\b|\bscreen\b/;
/** Each style a source names a model in (profile `look.styles`), as its word. */
const STYLES: ReadonlyArray<readonly [Style, string]> = [
  ['Contemporary', 'contemporary'],
  ['Traditional', 'traditional'],
];
/** The words of a style: a description, so no word of a name ("SmartCode / Contemporary 275"). */
export const STYLE_WORDS: ReadonlySet<string> = new Set(STYLES.map(([, word]) => word));
/** Each button a person may name, and whether a model has it. "Kwikset key" is no button: it is
 * the lock's key. Every model has a Program button on its interior (profile `programButton` says
 * what a press does: nothing on the 264 family and the Powerbolt 2, whose reset is their Reset
 * button, M11). */
const NAMED_BUTTONS: ReadonlyArray<readonly [string, RegExp, (m: ModelProfile) => boolean]> = [
  ['a Lock button', /\block (?:button|symbol)s?\b/, (m) => lockKeyWord(m) === 'Lock'],
  ['a Kwikset button', /\bkwikset buttons?\b/, (m) => lockKeyWord(m) === 'Kwikset'],
  ['a checkmark', /\bcheck ?marks?\b/, (m) => m.keypad.lockKeyCheckmark === true],
  ['a Reset button', /\breset buttons?\b/, hasResetButton],
  ['a Program button', /\bprogram(?:ming)? buttons?\b/, () => true],
];
const BUTTON = String.raw`(?:button|key)s?`;
const DIGIT = String.raw`(?:digit|number)s?`;
/** "2 digits per button", "2 numbers on each key", "each button has 2 digits". */
const DIGITS_PER_BUTTON = [
  new RegExp(String.raw`\b(\d+) ${DIGIT} (?:per|on each|on every|each|a|on a) ${BUTTON}\b`),
  new RegExp(String.raw`\b(?:each|every) ${BUTTON} (?:has|have|carries|shows|represents|with|is marked with|marked with) (\d+) ${DIGIT}\b`),
];
/** "5 buttons", "a 5 button keypad", "10 keys". */
const BUTTON_COUNT = new RegExp(String.raw`\b(\d+) ${BUTTON}\b`);

function hasButtons(model: ModelProfile): boolean {
  return model.look.keypad === 'buttons';
}

/** What `text` (plain lower-case words, numbers as digits) says of the lock's look. */
export function describedLook(text: string): Description[] {
  const out: Description[] = [];
  for (const [radio, words] of RADIO_WORDS) {
    if (words.test(text)) out.push({ label: radio, fits: (m) => m.look.radios.includes(radio) });
  }
  if (TOUCHSCREEN.test(text)) out.push({ label: 'a touchscreen', fits: (m) => m.look.keypad === 'touchscreen' });
  for (const [style, word] of STYLES) {
    if (text.split(' ').includes(word)) out.push({ label: `${style} style`, fits: (m) => m.look.styles.includes(style) });
  }
  for (const [label, words, fits] of NAMED_BUTTONS) {
    if (words.test(text)) out.push({ label, fits });
  }
  const perButton = DIGITS_PER_BUTTON.map((re) => re.exec(text)).find((m) => m !== null);
  if (perButton) {
    const digits = Number(perButton[1]);
    out.push({ label: `${digits} ${digits === 1 ? 'digit' : 'digits'} per button`, fits: (m) => hasButtons(m) && m.keypad.digitsPerKey === digits });
  }
  const count = BUTTON_COUNT.exec(text);
  if (count) {
    const buttons = Number(count[1]);
    out.push({ label: `${buttons} ${buttons === 1 ? 'button' : 'buttons'}`, fits: (m) => hasButtons(m) && KEYPAD_DIGITS / m.keypad.digitsPerKey === buttons });
  }
  return out;
}
