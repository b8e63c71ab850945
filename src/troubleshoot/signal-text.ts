// What a person at the door says they see and hear, read into an observation the decoder can
// match against a model's signal table (issue "The troubleshooter"; seed S24: the troubleshooter
// recognises what the lock shows). Colours follow the status-LED words of product-facts K3 (red,
// green, amber) and M9 (white); the touchscreen's "X" is drawn red and its checkmark/lock symbols
// green when they flash together, amber when they alternate (product-facts M5/M6, as the 916
// profile draws them). "Beeps but won't unlock" is recorded as a symptom: seed S7 and S25 say it
// is first a battery question; so is "it shows green but nothing moves" (the code taken, the bolt
// still: seed S25) — and so is "the door is still locked" ("stays locked"), said of the door as "won't
// unlock" is, while "the motor whirs but the bolt stops halfway" is a stall (seed S17, S15;
// a weak pack too, S25), and "the bolt goes the wrong way" door handing learned wrong or not at
// all (seed S15), "the reset didn't work" (or "did the reset, nothing happened") a factory reset that did not
// take (seed S8–S10, S24; reset-failed-words.ts, reset-failure-reading.ts), and "it won't take a
// new code" the lock refusing a change (product-facts M1, M14; seed S18; signal-context.ts), "none of
// my codes work" every code failing (seed S7's second row, S5, S25; every-code-fails-words.ts). A bare "nothing" is no light and no sound only when nothing else was
// said of either; after a light or a beep it is nothing further: the bolt did not move. "Two
// digits light up" is no light of the status LED: it is recorded apart, for a 915/916's
// SecureScreen (product-facts M5, M7; screen-reading.ts). Words of when it came ("after new
// batteries") are context, read first (signal-context.ts).

import type { LedColor } from '../models/profile.ts';
import { joinCompoundNumbers, NUMBER_WORD_ALTERNATION, NUMBER_WORDS as CARDINALS } from '../number-words.ts';
import { CONTEXT_PHRASES, CONTEXT_WORDS, NEW_CODE_REFUSED, type SignalContext } from './signal-context.ts';
import { NOT, NOTHING_HAPPENS } from './no-answer-words.ts';
import { RESET_FAILED } from './reset-failed-words.ts';
import { EVERY_CODE_FAILS } from './every-code-fails-words.ts';
import { restoreApostrophes } from './contractions.ts';

export type LightKind = 'flashing' | 'solid' | 'none';
export type Symptom = 'wont-unlock' | 'wont-lock' | 'unresponsive' | 'no-motion' | 'stalls' | 'wrong-way' | 'reset-failed' | 'code-refused' | 'codes-fail';

export interface Observation {
  /** Colours mentioned (orange/yellow read as amber); empty when none was said. */
  colors: LedColor[];
  /** Flashing, solid, no light at all — or null when the person did not say. */
  light: LightKind | null;
  /** How many flashes, or null when not said. */
  flashes: number | null;
  longFlash: boolean;
  /** How many beeps: 0 = silent, null = not said (see heardBeep). */
  beeps: number | null;
  /** true = some beeping was mentioned, false = silence was, null = nothing said about sound. */
  heardBeep: boolean | null;
  longBeep: boolean;
  continuous: boolean;
  /** "every few seconds", "keeps blinking": a signal that repeats by itself. */
  repeating: boolean;
  /** "alternating": two colours or symbols taking turns. */
  alternating: boolean;
  /** "for 5 seconds": how long the light stayed on, when said. */
  seconds: number | null;
  /** "after holding program for 30 seconds": how long a button was held before the signal came. */
  heldSeconds: number | null;
  /** "after 20 seconds", "20 seconds later", no hold said: how long after the last press the signal
   * came (a source that has the reset's answer come late: product-facts S3, S10, conflict 1). */
  afterSeconds: number | null;
  symptoms: Symptom[];
  /** "the motor whirs": the lock took the code and drove its motor. */
  motorHeard: boolean;
  /** "two digits light up": digits lit on the keypad to be touched (a 915/916's SecureScreen,
   * product-facts M5, M7) — how many when said, 'some' when not, null when not mentioned. */
  litDigits: number | 'some' | null;
  /** When it came, as the owner says beside the signal ("after new batteries"): signal-context.ts. */
  context: SignalContext[];
  /** The words and phrases that were understood, in order. */
  understood: string[];
  /** The words that meant nothing to the reader (filler words are left out). */
  ignored: string[];
}

/** Number words ("sixteen", "thirty"; number-words.ts) and the words that say one, two or three of a kind. */
const NUMBER_WORDS: Record<string, number> = { ...CARDINALS, single: 1, double: 2, triple: 3 };
/** Words that are a count already applied: "twice" = ×2. */
const MULTIPLIER_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const NUMBER_WORD_PATTERN = `${NUMBER_WORD_ALTERNATION}|single|double|triple`;

const COLOR_WORDS: Record<string, LedColor> = {
  red: 'red', green: 'green', amber: 'amber', orange: 'amber', yellow: 'amber', white: 'white',
  // The touchscreen's X symbol is drawn red (product-facts M5/M6; smartcode-916 profile).
  x: 'red', cross: 'red',
};
/** Touchscreen symbols that are both a colour and a flash ("one X" = red ×1). */
const SYMBOL_FLASH_WORDS = new Set(['x', 'cross']);

const FLASH_NOUNS = new Set(['flash', 'blink', 'flicker', 'pulse']);
const FLASH_WORDS = new Set([...FLASH_NOUNS, 'flashes', 'flashed', 'flashing', 'blinks', 'blinked', 'blinking', 'flickers', 'flickering', 'pulses', 'pulsing']);
const BEEP_NOUNS = new Set(['beep', 'chirp', 'tone', 'buzz']);
const BEEP_WORDS = new Set([...BEEP_NOUNS, 'beeps', 'beeped', 'beeping', 'chirps', 'chirping', 'tones', 'buzzes', 'buzzing']);
const SOLID_WORDS = new Set(['solid', 'steady', 'stays', 'stay', 'stayed', 'staying', 'remains', 'remain', 'remained', 'constant', 'lit']);
const LONG_WORDS = new Set(['long', 'longer', 'extended']);
const TIMES_WORDS = new Set(['times', 'time']);
/** "red once for 5 seconds": one light that long is a solid light (620 handing failure, product-facts M8). */
const SOLID_MIN_SECONDS = 2;

/** Words that carry no signal information; dropped without being reported as ignored. */
const FILLER = new Set(
  ('a an the and or then with it its it\'s is was are were be been i i\'m my me we our you see saw seen hear heard ' +
    'get gets got there light lights led leds keypad screen status lock door deadbolt of for on to but also after when ' +
    'just some sound sounds makes make made shows show showing together short quick quickly fast rapid slow symbol ' +
    'symbols that this at in as more like kind sort button buttons goes go went turns turn turned comes came up ' +
    'front outside inside does did do has have had by followed mark all else bolt latch little few couple code codes enter entered type typed press pressed try tried now')
    .split(' '),
);

interface Phrase {
  pattern: RegExp;
  apply: (obs: Observation, match: RegExpMatchArray) => void;
}

function addSymptom(obs: Observation, s: Symptom): void {
  if (!obs.symptoms.includes(s)) obs.symptoms.push(s);
}

function addColor(obs: Observation, c: LedColor): void {
  if (!obs.colors.includes(c)) obs.colors.push(c);
}

/** A number written in digits, a decimal one read whole: "1.5 seconds" is not 5 seconds, nor
 * "red x3.5" five flashes. */
const NUMERAL = String.raw`\d+(?:\.\d+)?`;
const NUMERAL_ALONE = new RegExp(`^${NUMERAL}$`);

function numberOf(word: string): number | null {
  if (NUMERAL_ALONE.test(word)) return Number(word);
  return Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word]! : null;
}

const DIGIT_NOUN = String.raw`(?:random |different |other |some |a few |few )?(?:digits?|numbers?|numerals?)`;
const LIT_VERB = String.raw`(?:light(?:s|ed)? up|lit(?: up)?|appear(?:s|ed)?|show(?:s|ed|n)?(?: up)?|come on|came on|(?:are|were|get|got) (?:shown|displayed|lit)|displayed|glow\w*|pop(?:s|ped)? up)`;
/** "two digits light up", "random numbers appear": the count, if any, is group 1. */
const LIT_DIGITS_FIRST = new RegExp(String.raw`\b(?:(\d+|${NUMBER_WORD_PATTERN}) )?${DIGIT_NOUN} ${LIT_VERB}\b`, 'g');
/** "the screen shows two digits", "lights up 2 numbers": the count, if any, is group 1. */
const LIT_DIGITS_AFTER = new RegExp(String.raw`\b(?:lights? up|lit(?: up)?|shows?|showed|shown|displays?|displayed) (?:me |us )?(?:(\d+|${NUMBER_WORD_PATTERN}) )?${DIGIT_NOUN}\b`, 'g');

/** Digits lit, with their count where one was said (group 1). */
function noteLitDigits(obs: Observation, match: RegExpMatchArray): void {
  obs.litDigits = match[1] === undefined ? 'some' : numberOf(match[1]) ?? 'some';
}

const A_NUMBER = String.raw`(?:${NUMERAL}|${NUMBER_WORD_PATTERN})`;
/** Between the two ends of a time said as a range: "3-4 s", "three to four seconds" (the 620's
 * low battery, product-facts M8: "red with fast beeping sound for three to four seconds"). */
const RANGE_JOIN = String.raw` ?(?:-|–|to|or) ?`;
const SECONDS = String.raw`${A_NUMBER}(?:${RANGE_JOIN}${A_NUMBER})? ?(?:seconds?|secs?|s)\b`;
/** How long a light stayed on, its range's two ends in groups 1 and 2. */
const SECONDS_LIT = new RegExp(String.raw`\b(${A_NUMBER})(?:${RANGE_JOIN}(${A_NUMBER}))? ?(?:seconds?|secs?|s)\b`, 'g');

/** A time said, a range read as its middle: neither end is a count of flashes or beeps. */
function noteSeconds(obs: Observation, match: RegExpMatchArray): void {
  const from = numberOf(match[1]);
  const to = match[2] === undefined ? null : numberOf(match[2]);
  obs.seconds = from === null || to === null ? from : (from + to) / 2;
}

const HOLD_VERB = String.raw`(?:held|holding|hold|kept|keeping|pressing|pressed)`;
/** A time said as roughly so: "about 20 seconds", "around 20 s". */
const ROUGHLY = String.raw`(?:(?:about|around|roughly|nearly|almost|maybe|some|like|~)\s*)?`;
/** A time that says when the signal came ("after 30 seconds", "held program for 30 s", "20
 * seconds later"), not for how long a light stayed on: up to five words may stand between the
 * holding and the time, and the "for" may be left out — "held program 30 seconds, red flash" is
 * seed S8's hold, not a red light lit 30 s. */
const WHEN_IT_HAPPENED = new RegExp(
  String.raw`\b(?:after|at|past|once|when)\s+(?:(?:i\s+|you\s+)?${HOLD_VERB}\s+(?:[a-z]+\s+){0,5}?(?:for\s+)?)?${ROUGHLY}${SECONDS}|\b(?:held|holding|hold|kept|keeping)\s+(?:[a-z]+\s+){0,5}?(?:for\s+)?${ROUGHLY}${SECONDS}|${ROUGHLY}\b${SECONDS}\s+later\b`,
  'g',
);
const HELD = new RegExp(String.raw`\b${HOLD_VERB}\b`);
const SECONDS_SAID = new RegExp(String.raw`(${NUMERAL}|${NUMBER_WORD_PATTERN}) ?(?:seconds?|secs?|s)\b`);

/** "after holding program for 30 seconds": how long a button was held before the signal came —
 * the reset's own gesture when it is the model's reset hold (seed S8, product-facts K1); with no
 * hold said, "after 20 seconds": how long after the last press it came. */
function noteHold(obs: Observation, match: RegExpMatchArray): void {
  const said = SECONDS_SAID.exec(match[0]);
  if (!said) return;
  if (HELD.test(match[0])) obs.heldSeconds = numberOf(said[1]);
  else obs.afterSeconds = numberOf(said[1]);
}

const BOLT = String.raw`(?:the )?(?:dead)?(?:bolt|latch|motor)`;
const PART_WAY = String.raw`(?:(?:about|around|only|just) )?(?:half ?way|part ?way|part of the way|mid ?way|in the middle|short|half (?:open|closed|out|in))`;
/** "the bolt stops halfway", "it stalls", "won't retract fully": the motor ran and the bolt
 * stopped part-way — a jam (seed S17), handing not learned (S15) or a weak pack (S25). */
const STALL = new RegExp(
  String.raw`\b(?:stops?|stopped|stopping|gets? stuck|got stuck|sticks?|stuck|jams?|jammed|stalls?|stalled|stalling|catches|caught) ${PART_WAY}\b` +
    String.raw`|\b(?:only )?(?:half ?way|part ?way|mid ?way)\b|\bstall(?:s|ed|ing)?\b` +
    String.raw`|\b${BOLT} (?:is |gets? |got )?(?:stuck|jams?|jammed|sticks)\b` +
    String.raw`|\b${NOT} (?:go|move|extend|retract|open|close|turn|throw) (?:all the way|fully|completely)\b`,
  'g',
);
/** "the bolt goes the wrong way", "it runs backwards": the lock turns the bolt against the door's
 * handing — handing learned wrong or not at all (seed S15). */
const WRONG_WAY = /\b(?:the )?wrong (?:way|direction)\b|\b(?:the )?(?:opposite|other) (?:way|direction)\b|\b(?:runs?|running|goes|going|went|turns?|turning|turned|moves?|moving|moved|spins?|spinning|spun)\s+backwards?\b|\bbackwards\b/g;
/** "nothing moves", "the bolt doesn't move": the bolt stayed put (seed S25 when the code was taken). */
const NO_MOTION = new RegExp(
  String.raw`\bnothing (?:else )?(?:moves|moved|moving|turns|turned|budges|budged)\b|\b(?:${BOLT} )?${NOT} (?:even )?(?:move|moving|moves|budge|budging|turn|turning|spin|spinning)\b`,
  'g',
);
const STAYS = String.raw`(?:(?:is|was|it's|its)\s+)?(?:still|(?:still\s+)?(?:stays?|stayed|staying|remains?|remained|remaining))`;
/** "the door is still locked", "door stays locked": after the press, the bolt did not draw back —
 * said of the door, as "won't unlock" is (seed S7's last row, S25). Read before the word "stays"
 * is taken for a solid light. Not "still locked out": the owner, not the bolt. */
const STILL_LOCKED = new RegExp(String.raw`\b${STAYS}\s+(?:locked|bolted)\b(?!\s+out\b)`, 'g');
/** "it is still unlocked", "the door stays unlocked": the bolt was not thrown, as "won't lock". */
const STILL_UNLOCKED = new RegExp(String.raw`\b${STAYS}\s+unlocked\b`, 'g');
/** "the motor whirs": the lock drove its motor, so it took the code. */
const MOTOR_RUNS = /\b(?:the )?motor (?:whir+s|whir+ing|whir+ed|runs|ran|running|spins|spinning|hums|humming|grinds|grinding|buzzes|buzzing|turns|starts|started|goes)\b|\bwhir+(?:s|ing|ed)?\b/g;
/** "keypad dead", "the screen is dead": no light and no beep at the keypad. */
const KEYPAD_DEAD = /\b(?:keypad|key pad|screen|touchscreen|touch screen|display|buttons?|lock|it|it's|its)\s+(?:is\s+|seems\s+|looks\s+|went\s+|goes\s+|has gone\s+|gone\s+)?(?:completely\s+|totally\s+|just\s+)?dead\b|\bdead\s+(?:keypad|screen|touchscreen|display|lock)\b/g;

const CHECKMARK = String.raw`(?:check ?marks?|ticks?)`;
const LOCK_SYMBOL = String.raw`(?:lock|padlock)`;
const SYMBOL_NOUN = String.raw`(?:symbols?|icons?|signs?)`;
/** The touchscreen's checkmark and lock symbols (product-facts M5/M6), named as the manual does
 * ("checkmark and lock alternate") or with "symbols": "lock" alone is the lock itself. */
const TOUCHSCREEN_SYMBOLS = new RegExp(
  String.raw`\b(?:${CHECKMARK}(?: and (?:the )?${LOCK_SYMBOL})?|${LOCK_SYMBOL} and (?:the )?${CHECKMARK}|${LOCK_SYMBOL}(?= ${SYMBOL_NOUN}))(?: ${SYMBOL_NOUN})?\b`,
  'g',
);
/** What the symbols phrase took: they were named. */
const SYMBOLS_NAMED = /check ?mark|tick|symbol|icon/;

/** "Nothing happens", "ignores my codes": the keypad gets no answer. */
const UNRESPONSIVE = new RegExp(String.raw`\b(?:${NOTHING_HAPPENS.source}|no response|unresponsive|${NOT} respond(?:ing)?|not working|ignores? (?:my |the |all |every )?codes?)\b`, 'g');
/** The same, one phrase at a time. */
const UNRESPONSIVE_ONE = new RegExp(UNRESPONSIVE.source);

/** Multi-word phrases, read (and removed) before the word-by-word pass. Order matters. */
const PHRASES: Phrase[] = [
  // First, what is said of when it came (signal-context.ts): "new batteries" is no light or sound.
  ...CONTEXT_PHRASES.map(({ pattern, context, cancels }): Phrase => ({
    pattern,
    apply: (o, m) => {
      o.context = o.context.filter((c) => c !== context);
      if (!cancels) o.context.push(context);
      // "It won't take a new code": the lock refused the change, said with no light as well.
      if (context === 'programming' && NEW_CODE_REFUSED.test(m[0])) addSymptom(o, 'code-refused');
    },
  })),
  // Before "not working" and "won't open": "none of my codes work", "codes are not working".
  { pattern: EVERY_CODE_FAILS, apply: (o) => addSymptom(o, 'codes-fail') },
  // Before "not working" (a keypad that ignores codes): "the reset is not working" is the reset's.
  { pattern: RESET_FAILED, apply: (o) => addSymptom(o, 'reset-failed') },
  // Before "won't retract": "won't retract fully" is a bolt that stops part-way.
  { pattern: STALL, apply: (o) => addSymptom(o, 'stalls') },
  { pattern: WRONG_WAY, apply: (o) => addSymptom(o, 'wrong-way') },
  { pattern: STILL_LOCKED, apply: (o) => addSymptom(o, 'wont-unlock') },
  { pattern: STILL_UNLOCKED, apply: (o) => addSymptom(o, 'wont-lock') },
  { pattern: new RegExp(String.raw`\b${NOT}\s+(?:even\s+|actually\s+|fully\s+)?(?:unlock|unlocking|open|opening|retract|retracting)\b`, 'g'), apply: (o) => addSymptom(o, 'wont-unlock') },
  { pattern: new RegExp(String.raw`\b${NOT}\s+(?:even\s+|actually\s+|fully\s+)?(?:lock|locking|extend|extending|throw|close)\b`, 'g'), apply: (o) => addSymptom(o, 'wont-lock') },
  { pattern: NO_MOTION, apply: (o) => addSymptom(o, 'no-motion') },
  { pattern: MOTOR_RUNS, apply: (o) => { o.motorHeard = true; } },
  { pattern: KEYPAD_DEAD, apply: (o) => { o.light = 'none'; o.heardBeep = false; o.beeps = 0; addSymptom(o, 'unresponsive'); } },
  { pattern: UNRESPONSIVE, apply: (o) => addSymptom(o, 'unresponsive') },
  {
    pattern: /\bno (?:beeps?|beeping|sound|noise)\b|\bsilent(?:ly)?\b|\bwithout (?:a |any )?(?:beeps?|sound)\b|\b(?:doesn't|does not|didn't|did not|never) beep\b/g,
    apply: (o) => { o.heardBeep = false; o.beeps = 0; },
  },
  { pattern: /\bno (?:light|lights|led|flash(?:es|ing)?|colou?r)\b|\b(?:light|led|keypad) (?:is |stays |stayed )?(?:off|dark)\b/g, apply: (o) => { o.light = 'none'; } },
  {
    pattern: /\b(?:continuous(?:ly)?|constant(?:ly)?|non-?stop) (?:beep\w*|sound|tone|noise|chirp\w*)\b|\bbeep\w* (?:continuous(?:ly)?|constant(?:ly)?|non-?stop|and beeps|forever)\b|\bkeeps? (?:on )?beeping\b/g,
    apply: (o) => { o.continuous = true; o.heardBeep = true; },
  },
  {
    pattern: new RegExp(String.raw`\bevery (?:few |couple of |(?:${NUMERAL}|${NUMBER_WORD_PATTERN}) )?(?:seconds?|secs?|s)\b|\bkeeps? (?:on )?(?:blinking|flashing)\b|\brepeated(?:ly)?\b|\bover and over\b|\bagain and again\b|\bperiodic(?:ally)?\b`, 'g'),
    apply: (o, m) => { o.repeating = true; if (/blink|flash/.test(m[0])) o.light ??= 'flashing'; },
  },
  { pattern: TOUCHSCREEN_SYMBOLS, apply: (o) => addColor(o, 'green') }, // checkmark and lock symbols (916, product-facts M5/M6)
  { pattern: /\balternat\w*\b/g, apply: (o) => { o.alternating = true; } },
  // Digits lit to be touched, said either way round: "two digits light up", "it shows me 2 numbers".
  { pattern: LIT_DIGITS_FIRST, apply: noteLitDigits },
  { pattern: LIT_DIGITS_AFTER, apply: noteLitDigits },
  // When it happened, not how long the light stayed: "after 30 seconds", "at 30 s", "after I held
  // the program button for 30 seconds" (the reset's own signal, seed S8) say nothing of the light.
  { pattern: WHEN_IT_HAPPENED, apply: noteHold },
  { pattern: SECONDS_LIT, apply: noteSeconds },
];

/** A light or sound word: "3x" right before one counts it ("3x red 3x beep"). */
const SIGNAL_WORD = new RegExp(String.raw`^(?:${[...Object.keys(COLOR_WORDS), ...FLASH_WORDS, ...BEEP_WORDS, ...LONG_WORDS].join('|')})\b`);

/** "x3", "× 15", "3x": a count that applies to what came just before — or, "3x" right before a
 * light or sound word, to that word ("3x beep" is three beeps). */
function markMultipliers(text: string): string {
  return text
    .replace(new RegExp(String.raw`(?<![a-z])[x×]\s*(${NUMERAL})\b`, 'g'), ' ×$1 ')
    .replace(new RegExp(String.raw`×\s*(${NUMBER_WORD_PATTERN})\b`, 'g'), (_, w: string) => ` ×${NUMBER_WORDS[w]} `)
    .replace(new RegExp(String.raw`(?<![\d.])(${NUMERAL})[x×](?![a-z])(\s*)`, 'g'), (_, n: string, space: string, at: number, all: string) =>
      space !== '' && SIGNAL_WORD.test(all.slice(at + _.length)) ? ` ${n} ` : ` ×${n} `,
    );
}

type Target = 'flash' | 'beep';

/** Reads free words ("15 red flashes, 15 beeps", "solid red", "one long beep") into an observation. */
export function parseSignalText(input: string): Observation {
  const obs: Observation = {
    colors: [], light: null, flashes: null, longFlash: false, beeps: null, heardBeep: null, longBeep: false,
    continuous: false, repeating: false, alternating: false, seconds: null, heldSeconds: null, afterSeconds: null, symptoms: [], motorHeard: false, litDigits: null, context: [], understood: [], ignored: [],
  };
  let text = restoreApostrophes(joinCompoundNumbers(input.toLowerCase().replace(/[’‘`]/g, "'")));
  for (const phrase of PHRASES) {
    text = text.replace(phrase.pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpMatchArray;
      phrase.apply(obs, match);
      obs.understood.push(String(args[0]).trim());
      return ' . ';
    });
  }
  const tokens = markMultipliers(text).match(new RegExp(String.raw`×${NUMERAL}|${NUMERAL}|[a-z]+(?:'[a-z]+)?`, 'g')) ?? [];

  let pending: number | null = null;
  let pendingWord = '';
  let pendingLong = false;
  let lastTarget: Target | null = null;
  let flashesExplicit = false;
  let beepsExplicit = false;
  let saidNothing = false;

  const assign = (target: Target, n: number, explicit: boolean) => {
    if (target === 'flash') {
      if (explicit || !flashesExplicit) obs.flashes = n;
      flashesExplicit ||= explicit;
      if (obs.light !== 'solid') obs.light = 'flashing';
    } else {
      if (explicit || !beepsExplicit) obs.beeps = n;
      beepsExplicit ||= explicit;
      obs.heardBeep = n > 0;
    }
  };
  const flushPending = () => {
    if (pending === null) return;
    const target = lastTarget ?? (obs.colors.length ? 'flash' : null);
    if (target) assign(target, pending, true);
    else obs.ignored.push(pendingWord);
    pending = null;
  };
  const understood = (t: string) => obs.understood.push(t);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.startsWith('×')) {
      const n = Number(t.slice(1));
      understood(t);
      if (lastTarget) assign(lastTarget, n, true);
      else { pending = n; pendingWord = t; }
      continue;
    }
    if (Object.hasOwn(MULTIPLIER_WORDS, t)) {
      understood(t);
      if (lastTarget) assign(lastTarget, MULTIPLIER_WORDS[t], true);
      else { pending = MULTIPLIER_WORDS[t]; pendingWord = t; }
      continue;
    }
    const n = numberOf(t);
    if (n !== null) {
      understood(t);
      if (next !== undefined && TIMES_WORDS.has(next)) {
        if (lastTarget) assign(lastTarget, n, true);
        else { flushPending(); pending = n; pendingWord = t; }
        understood(next);
        i++;
        continue;
      }
      flushPending();
      pending = n;
      pendingWord = t;
      continue;
    }
    if (Object.hasOwn(COLOR_WORDS, t)) {
      addColor(obs, COLOR_WORDS[t]);
      understood(t);
      if (SYMBOL_FLASH_WORDS.has(t)) {
        // "one X": the touchscreen symbol is itself the flash.
        lastTarget = 'flash';
        if (pending !== null) { assign('flash', pending, true); pending = null; } else if (obs.light === null) obs.light = 'flashing';
        continue;
      }
      // "15 red flashes" keeps the count for the noun; "beeps 3, red" gives it to the beeps.
      if (pending !== null && !(next !== undefined && (FLASH_WORDS.has(next) || LONG_WORDS.has(next)))) flushPending();
      lastTarget = 'flash';
      continue;
    }
    if (FLASH_WORDS.has(t)) {
      understood(t);
      lastTarget = 'flash';
      if (obs.light !== 'solid') obs.light = 'flashing';
      if (pendingLong) { obs.longFlash = true; pendingLong = false; }
      if (pending !== null) { assign('flash', pending, true); pending = null; }
      else if (FLASH_NOUNS.has(t)) assign('flash', 1, false);
      continue;
    }
    if (BEEP_WORDS.has(t)) {
      understood(t);
      lastTarget = 'beep';
      obs.heardBeep = true;
      if (pendingLong) { obs.longBeep = true; pendingLong = false; }
      if (pending !== null) { assign('beep', pending, true); pending = null; }
      else if (BEEP_NOUNS.has(t)) assign('beep', 1, false);
      continue;
    }
    if (t === 'nothing') { understood(t); saidNothing = true; continue; }
    if (LONG_WORDS.has(t)) { understood(t); pendingLong = true; continue; }
    if (SOLID_WORDS.has(t)) { understood(t); obs.light = 'solid'; lastTarget = 'flash'; continue; }
    if (FILLER.has(t) || TIMES_WORDS.has(t)) continue;
    obs.ignored.push(t);
  }
  flushPending();
  if (pendingLong) obs.longBeep = obs.heardBeep === true; // "beeps, long"
  readNothing(obs, saidNothing);
  // A reset that did not take left the lock as it was: no reset done (signal-context.ts).
  if (obs.symptoms.includes('reset-failed')) obs.context = obs.context.filter((c) => c !== 'after-reset');
  // Symbols that take turns are the amber pattern on the touchscreen (916 jammed, M5/M6).
  const symbols = obs.understood.some((u) => SYMBOLS_NAMED.test(u));
  if (obs.alternating && symbols && obs.colors.length === 1 && obs.colors[0] === 'green') obs.colors = ['amber'];
  if (obs.flashes === 1 && obs.seconds !== null && obs.seconds >= SOLID_MIN_SECONDS) obs.light = 'solid';
  if (obs.flashes !== null && obs.light === null) obs.light = 'flashing';
  return obs;
}

/** What a light or a beep said beside "nothing" makes of it: a lock that answered and then did
 * nothing further, its bolt still (seed S25) — or, with the motor heard, a bolt that stalled. */
function readNothing(obs: Observation, saidNothing: boolean): void {
  const answered = obs.colors.length > 0 || obs.flashes !== null || obs.light === 'flashing' || obs.light === 'solid' || obs.heardBeep === true || obs.motorHeard;
  if (saidNothing && !answered) {
    if (obs.light === null) obs.light = 'none';
    if (obs.heardBeep === null) { obs.heardBeep = false; obs.beeps = 0; }
  }
  const nothingHappened = saidNothing || obs.understood.some((u) => NOTHING_HAPPENS.test(u));
  // "The reset didn't work, nothing happened": the nothing is the reset's, not a keypad ignoring codes.
  const onlyNothing = obs.understood.filter((u) => UNRESPONSIVE_ONE.test(u)).every((u) => NOTHING_HAPPENS.test(u));
  if (obs.symptoms.includes('reset-failed') && onlyNothing) obs.symptoms = obs.symptoms.filter((s) => s !== 'unresponsive');
  if (answered && nothingHappened) {
    obs.symptoms = obs.symptoms.filter((s) => s !== 'unresponsive');
    addSymptom(obs, 'no-motion');
  }
  if (obs.motorHeard && obs.symptoms.includes('no-motion')) {
    obs.symptoms = obs.symptoms.filter((s) => s !== 'no-motion');
    addSymptom(obs, 'stalls');
  }
}

/** True when the reader understood anything about the light, the sound, the symptom or digits lit. */
export function saysAnything(obs: Observation): boolean {
  return saysSignal(obs) || obs.litDigits !== null;
}

/** True when the reader understood anything about the status light, the sound or the symptom:
 * what the model's signal table can be matched against. */
export function saysSignal(obs: Observation): boolean {
  return obs.colors.length > 0 || obs.light !== null || obs.flashes !== null || obs.heardBeep !== null || obs.symptoms.length > 0 || obs.repeating;
}

/** The observation in the decoder's own short form: "red ×3, 3 beeps". */
export function describeObservation(obs: Observation): string {
  const parts: string[] = [];
  if (obs.litDigits !== null) parts.push(`${obs.litDigits === 'some' ? '' : `${obs.litDigits} `}digit${obs.litDigits === 1 ? '' : 's'} lit`);
  const color = obs.colors.join('/');
  if (obs.light === 'none') parts.push('no light');
  else if (obs.light === 'solid') parts.push(`solid ${color || 'light'}${obs.seconds !== null ? ` for ${obs.seconds} s` : ''}`);
  else if (obs.flashes !== null) parts.push(`${color || 'light'} ×${obs.flashes}${obs.longFlash ? ' (long)' : ''}`);
  else if (color || obs.light === 'flashing') parts.push(`${color || 'light'}${obs.light === 'flashing' ? ' flashing' : ''}`);
  if (obs.alternating) parts.push('alternating');
  if (obs.repeating) parts.push('repeating');
  if (obs.continuous) parts.push('continuous beeping');
  else if (obs.beeps === 0) parts.push('no beep');
  else if (obs.beeps !== null) parts.push(`${obs.beeps} ${obs.longBeep ? 'long ' : ''}beep${obs.beeps === 1 ? '' : 's'}`);
  else if (obs.heardBeep) parts.push(obs.longBeep ? 'long beep' : 'beeps');
  if (obs.afterSeconds !== null) parts.push(`after ${obs.afterSeconds} s`);
  const symptoms: Record<Symptom, string> = {
    'wont-unlock': "won't unlock", 'wont-lock': "won't lock", unresponsive: 'no response', 'no-motion': 'the bolt does not move', stalls: 'the bolt stops part-way',
    'wrong-way': 'the bolt turns the wrong way',
    'reset-failed': 'the reset did not take',
    'code-refused': 'a new code refused',
    'codes-fail': 'every code fails',
  };
  for (const s of obs.symptoms) parts.push(symptoms[s]);
  for (const c of obs.context) parts.push(CONTEXT_WORDS[c].said);
  return parts.join(', ');
}
