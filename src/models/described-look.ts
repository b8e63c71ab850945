// What a person says a lock looks like, read from free text for `identify` (seed S13): its buttons
// ("5 buttons", "five number buttons", "10 keys") and the digits on each (product-facts §1 a
// 10-digit keypad; §3 and M10 five buttons of two digits), a touchscreen (§2), its radio
// ("Z-Wave", "Zigbee", "Wi-Fi", "Bluetooth"), and its style ("Contemporary", "Traditional": M15,
// M16, M5, seed S12), and its buttons by name: the exterior
// key's (Lock or Kwikset, lock-key-word.ts), the touchscreen's checkmark (M7), a Reset button (M11),
// the Program button every model has. Each description read is matched against the model data
// that carries it (`look`, `keypad`, `reset.gesture`), not against the words of the models' names:
// "contemporary" is a word of the 275's name, and the 909 comes in that style too.
// Each may be negated (look-negation.ts): "no reset button", "without Z-Wave" describe the models
// that lack it, said so ("no Z-Wave"). A model sold in more than one radio or style lacks each in
// its others: "not contemporary" is the 909 (also Traditional, M16) and the 916 (M5); "no Z-Wave"
// lists the 916 too, which stands for its Zigbee guide's lock (M5) and the 915, the same screen
// without Z-Wave (§2); a model no source names a style for is listed for none. A feature named
// more than once counts once, and said both ways not at all (look-mentions.ts), unless a
// correction word stands between ("5 buttons, no, 10 buttons": look-corrections.ts). A model whose
// profile says it does not fit a description contradicts it (identify rules it out); one whose
// profile does not say (no source names a style for it) does not, nor one whose profile says it
// only by an assumed value (graded by its `sources` entry, source-grade.ts: the Powerbolts' "no
// radio", product-facts §5–§7 naming none; the 620's keypad of ten buttons, §4 giving no layout;
// a button by name alike, by its own entry — the 620's Lock button, §4 naming no key, the 240's
// lack of a Reset button, its reset undocumented): a guess must not exclude the owner's lock.

import type { ModelProfile, Radio, Style } from './profile.ts';
import { lockKeyWord } from './lock-key-word.ts';
import { hasResetButton } from './reset-button.ts';
import { negatedAt } from './look-negation.ts';
import { sortedMentions } from './look-mentions.ts';
import { correctionTakes, latestTakes, type Correction, type KindMentions } from './look-corrections.ts';
import { normalise } from './plain-words.ts';
import { grade } from './source-grade.ts';

/** The digits 0–9 on every keypad: ten buttons of one digit, or five of two. */
const KEYPAD_DIGITS = 10;

export interface Description {
  /** What was described, in plain words: "Z-Wave", "2 digits per button", "no touchscreen". */
  label: string;
  /** What it is of, said as having it: "a touchscreen" of "no touchscreen". */
  feature: string;
  /** Whether it was negated ("no touchscreen"): it then fits the models that lack the feature. */
  negated: boolean;
  /** Whether the model fits it: has the feature, or lacks it where negated. */
  fits(model: ModelProfile): boolean;
  /** Whether the model's profile says it does not fit: it lacks the feature, or has it where
   * negated. Not where the profile does not say (no source names a style for it), nor where
   * it says so by an assumed value. */
  contradicts(model: ModelProfile): boolean;
  /** Whether the model does not fit it by an assumed value alone, which rules nothing out. */
  assumedAgainst(model: ModelProfile): boolean;
  /** Whether the model's value the description is read from is only assumed, fit or not (the
   * Powerbolt 2's and the 264's Program button: product-facts names none for them). */
  assumedOf(model: ModelProfile): boolean;
}

/** A feature found in the text, the profile's `sources` key that grades the value it is read
 * from (a button by name too, read from the keypad and reset data: NAMED_BUTTONS), how it is said
 * negated, whether a model has it, whether a model lacks it (by default, where it does not have
 * it), and whether its profile does not say (by default, every profile says). */
interface Feature {
  label: string;
  source: LookSource;
  negatedLabel: string;
  has(model: ModelProfile): boolean;
  lacks?(model: ModelProfile): boolean;
  unknown?(model: ModelProfile): boolean;
}

/** The `sources` keys of the look's values: the keypad's (touchscreen or buttons, how many, the
 * digits on each), the radios', the styles', and the buttons' by name: the exterior key's (Lock or
 * Kwikset), whether it has a Reset button, and a Program button. */
type LookSource = 'look.keypad' | 'look.radios' | 'look.styles' | 'look.lockKey' | 'look.resetButton' | 'look.programButton';

/** Whether the model's value of `source` is only assumed: no source gives it. */
function assumed(model: ModelProfile, source: LookSource): boolean {
  return grade(model.sources[source] ?? 'assumed') === 'assumed';
}

/** "a Reset button" negated is "no Reset button", "Z-Wave" "no Z-Wave". */
function noLabel(label: string): string {
  return `no ${label.replace(/^an? /, '')}`;
}

/** The description of `feature`, found in `text` at `at`: negated where a negation stands just before. */
function described(text: string, at: number, feature: Feature): Description {
  const negated = negatedAt(text, at);
  const lacks = feature.lacks ?? ((m: ModelProfile) => !feature.has(m));
  const fits = negated ? lacks : feature.has;
  const unknown = feature.unknown ?? (() => false);
  const against = (m: ModelProfile) => !fits(m) && !unknown(m);
  return {
    label: negated ? feature.negatedLabel : feature.label,
    feature: feature.label,
    negated,
    fits,
    contradicts: (m) => against(m) && !assumed(m, feature.source),
    assumedAgainst: (m) => against(m) && assumed(m, feature.source),
    assumedOf: (m) => assumed(m, feature.source),
  };
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
/** Each button a person may name, whether a model has it, its topic (the Lock and Kwikset
 * buttons are both the exterior key: the one corrects the other), and the `sources` key that
 * grades it: the exterior key's name (`look.lockKey`), the Reset and Program buttons'
 * (`look.resetButton`, `look.programButton`), and the checkmark by the keypad's (`look.keypad`),
 * a touchscreen's key (M7) that a keypad of buttons has not. "Kwikset key" is no button: it is
 * the lock's key. Every model has a Program button on its interior (profile `programButton` says
 * what a press does: nothing on the 264 family and the Powerbolt 2, whose reset is their Reset
 * button, M11). */
const NAMED_BUTTONS: ReadonlyArray<readonly [string, RegExp, (m: ModelProfile) => boolean, string, LookSource]> = [
  ['a Lock button', /\block (?:button|symbol)s?\b/, (m) => lockKeyWord(m) === 'Lock', 'exterior key', 'look.lockKey'],
  ['a Kwikset button', /\bkwikset buttons?\b/, (m) => lockKeyWord(m) === 'Kwikset', 'exterior key', 'look.lockKey'],
  ['a checkmark', /\bcheck ?marks?\b/, (m) => m.keypad.lockKeyCheckmark === true, 'checkmark', 'look.keypad'],
  ['a Reset button', /\breset buttons?\b/, hasResetButton, 'Reset button', 'look.resetButton'],
  ['a Program button', /\bprogram(?:ming)? buttons?\b/, () => true, 'Program button', 'look.programButton'],
];
/** A button or key, said plainly or as a number button ("5 number buttons", "ten numbered keys"). */
const BUTTON = String.raw`(?:(?:number|numbered|numeric) )?(?:button|key)s?`;
const DIGIT = String.raw`(?:digit|number)s?`;
/** What may join buttons to the digits said after them: "buttons with", "keys that have". */
const BUTTONS_WITH = String.raw`\b${BUTTON} (?:(?:that|which) )?(?:with|of|have|has|having|show|shows|showing|carry|carries|carrying|are marked with|marked with) `;
/** "2 digits per button", "2 numbers on each key", "each button has 2 digits", and said after
 * the buttons: "5 buttons with 2 numbers each", "keys with two digits on each" (never the digits
 * of something else: "codes with 4 digits each"). */
const DIGITS_PER_BUTTON = [
  new RegExp(String.raw`\b(\d+) ${DIGIT} (?:per|on each|on every|each|a|on a) ${BUTTON}\b`),
  new RegExp(String.raw`\b(?:each|every) ${BUTTON} (?:has|have|carries|shows|represents|with|is marked with|marked with) (\d+) ${DIGIT}\b`),
  new RegExp(String.raw`(?<=${BUTTONS_WITH}|\b${BUTTON} )(\d+) ${DIGIT} (?:each|apiece|on each|on every one)\b`),
];
/** "5 buttons", "a 5 button keypad", "10 keys", "five number buttons" (read as "5 number buttons"). */
const BUTTON_COUNT = new RegExp(String.raw`\b(\d+) ${BUTTON}\b`);

function hasButtons(model: ModelProfile): boolean {
  return model.look.keypad === 'buttons';
}

/** Each place one of `res` matches in `text`, first to last. */
function everyMatch(text: string, ...res: RegExp[]): Array<{ index: number; value: string }> {
  return res
    .flatMap((re) => [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => ({ index: m.index ?? 0, value: m[1] ?? m[0] })))
    .sort((a, b) => a.index - b.index);
}

/** Every mention in `text` (plain lower-case words, numbers as digits) of each kind of feature (a
 * radio, the touchscreen, a style, a named button, the digits per button, the buttons), first to
 * last, each kind with its topic: what a correction of it replaces (look-corrections.ts). The
 * touchscreen, the digits per button and the buttons are one topic, the keypad (`look.keypad`):
 * "5 buttons with 2 digits each, sorry, 10 buttons" corrects both. */
function mentionsByKind(text: string): KindMentions[] {
  const kinds: KindMentions[] = [];
  for (const [radio, words] of RADIO_WORDS) {
    kinds.push({ topic: 'radio', mentions: everyMatch(text, words).map((found) => described(text, found.index, {
      label: radio,
      source: 'look.radios',
      negatedLabel: noLabel(radio),
      has: (m) => m.look.radios.includes(radio),
      lacks: (m) => !m.look.radios.includes(radio) || m.look.radios.some((r) => r !== radio),
    })) });
  }
  kinds.push({ topic: 'keypad', mentions: everyMatch(text, TOUCHSCREEN).map((found) => described(text, found.index, { label: 'a touchscreen', source: 'look.keypad', negatedLabel: noLabel('a touchscreen'), has: (m) => m.look.keypad === 'touchscreen' })) });
  for (const [style, word] of STYLES) {
    kinds.push({ topic: 'style', mentions: everyMatch(text, new RegExp(String.raw`\b${word}\b`)).map((found) => described(text, found.index, {
      label: `${style} style`,
      source: 'look.styles',
      negatedLabel: `not ${style} style`,
      has: (m) => m.look.styles.includes(style),
      lacks: (m) => m.look.styles.some((s) => s !== style),
      unknown: (m) => m.look.styles.length === 0,
    })) });
  }
  for (const [label, words, has, topic, source] of NAMED_BUTTONS) {
    kinds.push({ topic, mentions: everyMatch(text, words).map((found) => described(text, found.index, { label, source, negatedLabel: noLabel(label), has })) });
  }
  kinds.push({ topic: 'keypad', mentions: everyMatch(text, ...DIGITS_PER_BUTTON).map((found) => {
    const digits = Number(found.value);
    const label = `${digits} ${digits === 1 ? 'digit' : 'digits'} per button`;
    return described(text, found.index, { label, source: 'look.keypad', negatedLabel: `not ${label}`, has: (m) => hasButtons(m) && m.keypad.digitsPerKey === digits });
  }) });
  kinds.push({ topic: 'keypad', mentions: everyMatch(text, BUTTON_COUNT).map((found) => {
    const buttons = Number(found.value);
    const label = `${buttons} ${buttons === 1 ? 'button' : 'buttons'}`;
    return described(text, found.index, { label, source: 'look.keypad', negatedLabel: `not ${label}`, has: (m) => hasButtons(m) && KEYPAD_DIGITS / m.keypad.digitsPerKey === buttons });
  }) });
  return kinds;
}

/** The mentions of each kind in `text` (as typed) that are used — of each topic, those of the
 * last take that mentions it (look-corrections.ts) — and the corrections made. */
function usedMentions(text: string): { kinds: Description[][]; corrections: Correction[] } {
  return latestTakes(correctionTakes(text).map((take) => mentionsByKind(normalise(take))));
}

/** What `text` (as typed, or as plain words) says of the lock's look: each feature once, what a
 * correction replaced left out, and none it says both ways (look-mentions.ts). */
export function describedLook(text: string): Description[] {
  return usedMentions(text).kinds.flatMap((kind) => {
    const { said, contradicted } = sortedMentions(kind);
    return contradicted ? [] : said;
  });
}

/** The features `text` says both ways, each as its mentions ("a touchscreen", "no touchscreen"). */
export function lookSaidBothWays(text: string): Description[][] {
  return usedMentions(text).kinds.map(sortedMentions).filter((k) => k.contradicted).map((k) => k.said);
}

/** What `text` said of the look and then corrected, with what it said instead. */
export function lookCorrections(text: string): Correction[] {
  return usedMentions(text).corrections;
}
