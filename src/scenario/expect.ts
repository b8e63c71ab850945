// `expect:` checkpoints — the Expectation words of the scenario language, each value checked
// and positioned (design/architecture.md, Scenario files).
import { quoted } from '../printable.ts';
import { isMap, isScalar, isSeq, type YAMLSeq } from 'yaml';
import { describe, entries, options, required, type YValue } from './nodes.ts';
import { checkExpectCoherent } from './expect-coherent.ts';
import { checkExpectForModel } from './expect-for-model.ts';
import { checkExpectLights } from './expect-lights-for-model.ts';
import { failAt, posOf, type ModelContext, type SourceContext } from './source.ts';
import type { EventItemPos, Expectation, LedColor, SourcePos, StatusColor, Step } from './types.ts';
import { DIGITS, isOneOf, numberedEntries, readBool, readDigits, readDuration, readInt, readIntKey, readWord } from './values.ts';
import { EVENT_TYPES, type EventType } from '../firmware/events.ts';
import { EVENT_WHY_IDS, type EventWhy } from '../firmware/event-why.ts';
import { didYouMean } from './closest-word.ts';
import { FW_MODES } from '../firmware/state.ts';
import {
  AUTO_LOCK_STATES,
  EXPECT_BOLT_STATES,
  HIGHEST_SLOT,
  LEARNED_HANDINGS,
  LED_COLORS,
  LED_OFF,
  LOWEST_SLOT,
  MASTERCODE_NONE,
  MASTERCODE_SET,
  ONE_TIME_NONE,
  POWER_STATES,
  STATUS_COLORS,
  STORE_STATES,
  USER_CODE_STATES,
} from './vocabulary.ts';

type Reader<T> = (ctx: SourceContext, node: YValue) => T;
type ExpectKey = keyof Expectation;
type ExpectReaders = { [K in ExpectKey]: Reader<NonNullable<Expectation[K]>> };

const LED_OPTIONS = ['color', 'flashes', 'solid'] as const;
const STATUS_OPTIONS = ['color', 'every'] as const;
const MIN_COUNT = 0;
/** A flash pattern flashes at least once: a solid light is `solid: true`, no light `led: off`. */
const MIN_FLASHES = 1;

/** An event type, or a list of them: `event: unlocked` or `noEvent: [factory-reset, code-added]`
 * — each one the firmware reports (firmware/events.ts), so that a misspelt one is refused at its
 * place rather than never seen (which would make a `noEvent:` pass whatever happened). */
function readEventList(ctx: SourceContext, node: YValue, what: string): EventType | EventType[] {
  if (!isSeq(node)) return readEventType(ctx, node, what);
  if (node.items.length === 0) return failAt(ctx, node, `${what} list must not be empty`);
  return node.items.map((item) => readEventType(ctx, item as YValue, what));
}

/** One event type; a misspelt one is refused with the closest type, when one is near. */
function readEventType(ctx: SourceContext, node: YValue, what: string): EventType {
  if (!isScalar(node) || typeof node.value !== 'string' || isOneOf(EVENT_TYPES, node.value)) return readWord(ctx, node, EVENT_TYPES, `${what} type`);
  return failAt(ctx, node, `bad ${what} type: ${describe(node)}${didYouMean(node.value, EVENT_TYPES)} (expected one of: ${EVENT_TYPES.join(', ')})`);
}

/** `why: too-many-wrong-codes` — an id an event gives as its `why` (firmware/event-why.ts), so that
 * a misspelt one is refused at its place, with the closest id, rather than never seen. */
function readWhy(ctx: SourceContext, node: YValue): EventWhy {
  if (isScalar(node) && isOneOf(EVENT_WHY_IDS, node.value)) return node.value;
  if (!isScalar(node) || typeof node.value !== 'string') return readWord(ctx, node, EVENT_WHY_IDS, 'why');
  return failAt(ctx, node, `unknown why ${quoted(node.value)}${didYouMean(node.value, EVENT_WHY_IDS)} (expected one of: ${EVENT_WHY_IDS.join(', ')})`);
}

/** Where each event type of a list written in place stands (its first place, if given twice). */
function eventItemPositions(ctx: SourceContext, list: YAMLSeq): Partial<Record<EventType, SourcePos>> {
  const at: Partial<Record<EventType, SourcePos>> = {};
  for (const item of list.items) {
    if (isScalar(item) && isOneOf(EVENT_TYPES, item.value) && !at[item.value]) at[item.value] = posOf(ctx, item);
  }
  return at;
}

/** `led: red` or `led: { color: red, flashes: 15 }`, `{ color: red, solid: true }` (a solid
 * light), `{ color: red, solid: false }` (a flash pattern). An option that could never hold — any
 * with `off` (no light pattern), flashes of a solid light, no flashes at all — is refused at its place. */
function readLed(ctx: SourceContext, node: YValue): NonNullable<Expectation['led']> {
  if (!isMap(node)) return readWord(ctx, node, LED_COLORS, 'led colour');
  const found = options(ctx, node, LED_OPTIONS, 'led option');
  const color: LedColor = readWord(ctx, required(ctx, found, 'color', node, 'led'), LED_COLORS, 'led colour');
  const led: { color: LedColor; flashes?: number; solid?: boolean } = { color };
  const flashes = found.get('flashes');
  const solid = found.get('solid');
  const extra = flashes ?? solid;
  if (color === LED_OFF && extra) return failAt(ctx, extra.keyNode, `led ${LED_OFF} is no light pattern shown: it takes no "${extra.key}"`);
  if (flashes) led.flashes = readInt(ctx, flashes.value, 'led flashes', MIN_COUNT);
  if (flashes && led.flashes! < MIN_FLASHES) {
    return failAt(ctx, flashes.value, `led flashes: ${led.flashes} is no flash pattern, so it could never be seen: give ${MIN_FLASHES} or more, solid: true for a solid light, or led: ${LED_OFF} for none`);
  }
  if (solid) led.solid = readBool(ctx, solid.value, 'led solid');
  if (led.solid === true && flashes) return failAt(ctx, solid!.keyNode, 'a solid light has no flashes: give flashes or solid: true, not both');
  return led;
}

/** `status: amber`, `status: off` or `status: { color: red, every: 5s }`: the status blink now. */
function readStatus(ctx: SourceContext, node: YValue): NonNullable<Expectation['status']> {
  if (!isMap(node)) return readWord(ctx, node, STATUS_COLORS, 'status colour');
  const found = options(ctx, node, STATUS_OPTIONS, 'status option');
  const color: StatusColor = readWord(ctx, required(ctx, found, 'color', node, 'status'), STATUS_COLORS, 'status colour');
  const every = found.get('every');
  if (!every) return color;
  if (color === 'off') return failAt(ctx, every.value, 'status every is how often a lit status blinks: not with color off');
  readDuration(ctx, every.value, 'status every'); // a duration, or the error at its place
  // Kept as written (`5s`), so the expectation reads and prints as the file says it.
  return { color, every: isScalar(every.value) ? String(every.value.value).trim() : '' };
}

/** `codes: 3` (a count) or `codes: { 1: "1234", 2: null }` (a slot map; null = empty slot). */
function readExpectedCodes(ctx: SourceContext, node: YValue): NonNullable<Expectation['codes']> {
  if (!isMap(node)) {
    if (isScalar(node) && typeof node.value === 'number') return readInt(ctx, node, 'codes count', MIN_COUNT);
    return failAt(ctx, node, 'codes must be a count or a mapping of slot to code (null = empty slot)');
  }
  const codes: Record<number, string | null> = {};
  for (const { n: slot, entry } of numberedEntries(ctx, node, 'expected codes', 'code slot', (key) => readIntKey(ctx, key, 'code slot', LOWEST_SLOT, HIGHEST_SLOT))) {
    const empty = isScalar(entry.value) && entry.value.value === null;
    codes[slot] = empty ? null : readDigits(ctx, entry.value, `code for slot ${slot}`);
  }
  return codes;
}

/** `mastercode: "86420" | none | set`. */
function readExpectedMastercode(ctx: SourceContext, node: YValue): string {
  if (isScalar(node) && (node.value === MASTERCODE_NONE || node.value === MASTERCODE_SET)) return node.value;
  if (isScalar(node) && typeof node.value === 'string' && !DIGITS.test(node.value)) {
    return failAt(ctx, node, `mastercode must be a string of digits, ${MASTERCODE_NONE} or ${MASTERCODE_SET}, got ${quoted(node.value)}`);
  }
  return readDigits(ctx, node, 'mastercode');
}

/** `oneTimeCode: 3` (the slot holding it) or `oneTimeCode: none`. */
function readOneTimeCode(ctx: SourceContext, node: YValue): NonNullable<Expectation['oneTimeCode']> {
  if (isScalar(node) && node.value === ONE_TIME_NONE) return ONE_TIME_NONE;
  if (isScalar(node) && typeof node.value === 'number') return readInt(ctx, node, 'oneTimeCode slot', LOWEST_SLOT, HIGHEST_SLOT);
  return failAt(ctx, node, `oneTimeCode must be a slot number (${LOWEST_SLOT}–${HIGHEST_SLOT}) or ${ONE_TIME_NONE}, got ${isScalar(node) ? quoted(String(node.value)) : 'a collection'}`);
}

const EXPECT_READERS: ExpectReaders = {
  led: readLed,
  status: readStatus,
  beep: (ctx, node) => readBool(ctx, node, 'beep'),
  beeps: (ctx, node) => readInt(ctx, node, 'beeps', MIN_COUNT),
  bolt: (ctx, node) => readWord(ctx, node, EXPECT_BOLT_STATES, 'bolt state'),
  locked: (ctx, node) => readBool(ctx, node, 'locked'),
  handed: (ctx, node) => readWord(ctx, node, LEARNED_HANDINGS, 'handing'),
  codes: readExpectedCodes,
  mastercode: readExpectedMastercode,
  lockout: (ctx, node) => readBool(ctx, node, 'lockout'),
  mode: (ctx, node) => readWord(ctx, node, FW_MODES, 'mode'),
  store: (ctx, node) => readWord(ctx, node, STORE_STATES, 'store state'),
  userCodes: (ctx, node) => readWord(ctx, node, USER_CODE_STATES, 'userCodes state'),
  oneTimeCode: readOneTimeCode,
  autoLock: (ctx, node) => readWord(ctx, node, AUTO_LOCK_STATES, 'autoLock state'),
  autoLockDelay: (ctx, node) => readDuration(ctx, node, 'autoLockDelay'),
  power: (ctx, node) => readWord(ctx, node, POWER_STATES, 'power state'),
  event: (ctx, node) => readEventList(ctx, node, 'event'),
  noEvent: (ctx, node) => readEventList(ctx, node, 'noEvent'),
  ifEvent: (ctx, node) => readEventList(ctx, node, 'ifEvent'),
  why: readWhy,
};

const EXPECT_KEYS_HINT = Object.keys(EXPECT_READERS).join(', ');

function isExpectKey(key: string): key is keyof Expectation {
  return Object.hasOwn(EXPECT_READERS, key);
}

function assign<K extends keyof Expectation>(expect: Expectation, key: K, ctx: SourceContext, node: YValue): void {
  const read = EXPECT_READERS[key];
  expect[key] = read(ctx, node);
}

/** The `expect:` step at `pos`. */
export function readExpect(ctx: ModelContext, node: YValue, pos: SourcePos): Extract<Step, { do: 'expect' }> {
  const expect: Expectation = {};
  const keyPos: Partial<Record<keyof Expectation, SourcePos>> = {};
  const itemPos: EventItemPos = {};
  const found = entries(ctx, node, 'expect');
  if (found.length === 0) return failAt(ctx, node, `expect needs at least one of: ${EXPECT_KEYS_HINT}`);
  // Each word read on its own: a mistake in one is recorded and the next read (mistakes.ts).
  const before = ctx.mistakes.count;
  for (const entry of found) {
    ctx.mistakes.attempt(() => {
      if (!isExpectKey(entry.key)) {
        return failAt(ctx, entry.keyNode, `unknown expectation ${quoted(entry.key)} (expected one of: ${EXPECT_KEYS_HINT})`);
      }
      assign(expect, entry.key, ctx, entry.value);
      keyPos[entry.key] = posOf(ctx, entry.written); // an aliased value fails where it is used
      if ((entry.key === 'event' || entry.key === 'noEvent') && entry.written === entry.value && isSeq(entry.value)) {
        itemPos[entry.key] = eventItemPositions(ctx, entry.value);
      }
    });
  }
  // The words held to each other and to the model only when every one of them was read.
  if (ctx.mistakes.count === before) {
    ctx.mistakes.attempt(() => checkExpectCoherent(ctx, found, expect));
    ctx.mistakes.attempt(() => checkExpectForModel(ctx, found, expect));
    ctx.mistakes.attempt(() => checkExpectLights(ctx, found, expect));
  }
  return { do: 'expect', expect, pos, keyPos, ...(Object.keys(itemPos).length > 0 ? { itemPos } : {}) };
}
