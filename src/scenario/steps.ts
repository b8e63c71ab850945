// The `steps:` of a scenario — each a one-key mapping `word: value` turned into a typed Step
// with its position (design/architecture.md, Scenario files).
import { quoted } from '../printable.ts';
import { isAlias, isMap, isScalar } from 'yaml';
import { readExpect } from './expect.ts';
import { asSeq, deref, describe, entries, options, required, type YValue } from './nodes.ts';
import { failAt, posOf, type ModelContext, type SourceContext } from './source.ts';
import { readModelKey } from './keys-for-model.ts';
import { didYouMean } from './closest-word.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { SourcePos, Step } from './types.ts';
import { isOneOf, readDigits, readDuration, readSwitchNumber, readSwitchPosition, readVolts, readWord } from './values.ts';
import {
  BATTERY_ACTIONS,
  BOLT_ACTIONS,
  DOOR_STATES,
  FAULTS,
  FORCES,
  SHOWN_DIGITS,
  STRIKE_STATES,
  EXTERIOR_STATES,
  TURN_DIRECTIONS,
} from './vocabulary.ts';

type StepReader = (ctx: ModelContext, node: YValue, pos: SourcePos) => Step;

const HOLD_OPTIONS = ['key', 'for'] as const;
const RELEASE_OPTIONS = ['key', 'pause'] as const;
const TYPE_OPTIONS = ['digits', 'force'] as const;
const BATTERY_OPTIONS = ['in'] as const;

/** `hold: program` (press and keep pressed) or `hold: { key: program, for: 5s }`. */
function readHold(ctx: ModelContext, node: YValue, pos: SourcePos): Step {
  if (!isMap(node)) return { do: 'hold', key: readModelKey(ctx, node), pos };
  const found = options(ctx, node, HOLD_OPTIONS, 'hold option');
  const key = readModelKey(ctx, required(ctx, found, 'key', node, 'hold'));
  const duration = found.get('for');
  if (!duration) return { do: 'hold', key, pos };
  return { do: 'hold-for', key, ms: readDuration(ctx, duration.value, 'hold duration'), pos };
}

/** `release: program`, or `release: { key: 5, pause: 0ms }` — the time before the next step, when not the usual pause. */
function readRelease(ctx: ModelContext, node: YValue, pos: SourcePos): Step {
  if (!isMap(node)) return { do: 'release', key: readModelKey(ctx, node), pos };
  const found = options(ctx, node, RELEASE_OPTIONS, 'release option');
  const key = readModelKey(ctx, required(ctx, found, 'key', node, 'release'));
  const pause = found.get('pause');
  if (!pause) return { do: 'release', key, pos };
  return { do: 'release', key, pauseMs: readDuration(ctx, pause.value, 'release pause'), pos };
}

/** `type: "2468"`, `type: { digits: "2468", force: light }`, or `type: shown` (the digits a
 * 915/916's SecureScreen shows at that moment, product-facts M5, M7). */
function readType(ctx: ModelContext, node: YValue, pos: SourcePos): Step {
  if (isScalar(node) && node.value === SHOWN_DIGITS) return { do: 'type-shown', pos };
  if (!isMap(node)) return { do: 'type', digits: readDigits(ctx, node, 'type'), pos };
  const found = options(ctx, node, TYPE_OPTIONS, 'type option');
  const digits = readDigits(ctx, required(ctx, found, 'digits', node, 'type'), 'type digits');
  const force = found.get('force');
  if (!force) return { do: 'type', digits, pos };
  return { do: 'type', digits, force: readWord(ctx, force.value, FORCES, 'type force'), pos };
}

/** `battery: out`, `battery: in` or `battery: { in: 4.6 }`. */
function readBattery(ctx: ModelContext, node: YValue, pos: SourcePos): Step {
  if (isMap(node)) {
    const found = options(ctx, node, BATTERY_OPTIONS, 'battery option');
    return { do: 'battery-in', volts: readVolts(ctx, required(ctx, found, 'in', node, 'battery'), 'battery voltage'), pos };
  }
  if (!isScalar(node) || !isOneOf(BATTERY_ACTIONS, node.value)) {
    return failAt(ctx, node, `bad battery action: ${describe(node)} (expected one of: ${BATTERY_ACTIONS.join(', ')}, { in: VOLTS })`);
  }
  return node.value === 'out' ? { do: 'battery-out', pos } : { do: 'battery-in', pos };
}

/** `switch: { 2: on }` — exactly one switch per step. */
function readSwitch(ctx: ModelContext, node: YValue, pos: SourcePos): Step {
  const found = entries(ctx, node, 'switch');
  const [only, extra] = found;
  if (!only) return failAt(ctx, node, 'switch needs one entry, e.g. { 2: on }');
  if (extra) return failAt(ctx, extra.keyNode, 'switch takes exactly one entry; write one switch step per switch');
  return { do: 'switch', n: readSwitchNumber(ctx, only.keyNode), on: readSwitchPosition(ctx, only.value), pos };
}

const STEP_READERS = {
  press: (ctx, node, pos) => ({ do: 'press', key: readModelKey(ctx, node), pos }),
  hold: readHold,
  release: readRelease,
  type: readType,
  battery: readBattery,
  door: (ctx, node, pos) => ({ do: 'door', state: readWord(ctx, node, DOOR_STATES, 'door state'), pos }),
  strike: (ctx, node, pos) => ({ do: 'strike', state: readWord(ctx, node, STRIKE_STATES, 'strike state'), pos }),
  exterior: (ctx, node, pos) => ({ do: 'exterior', state: readWord(ctx, node, EXTERIOR_STATES, 'exterior cable state'), pos }),
  thumbturn: (ctx, node, pos) => ({ do: 'thumbturn', dir: readWord(ctx, node, TURN_DIRECTIONS, 'thumbturn direction'), pos }),
  key: (ctx, node, pos) => ({ do: 'key', dir: readWord(ctx, node, TURN_DIRECTIONS, 'key direction'), pos }),
  bolt: (ctx, node, pos) => {
    readWord(ctx, node, BOLT_ACTIONS, 'bolt action');
    return { do: 'push-bolt', pos };
  },
  switch: readSwitch,
  wait: (ctx, node, pos) => ({ do: 'wait', ms: readDuration(ctx, node, 'wait'), pos }),
  fault: (ctx, node, pos) => ({ do: 'fault', fault: readWord(ctx, node, FAULTS, 'fault'), pos }),
  expect: readExpect,
} satisfies Record<string, StepReader>;

export type StepWord = keyof typeof STEP_READERS;
const STEP_WORDS: readonly string[] = Object.keys(STEP_READERS);
const STEP_WORDS_HINT = STEP_WORDS.join(', ');

function isStepWord(word: string): word is StepWord {
  return Object.hasOwn(STEP_READERS, word);
}

/** One step: a one-key mapping such as `press: 5`. */
function readStep(ctx: ModelContext, node: YValue): Step {
  if (!isMap(node)) {
    return failAt(ctx, node, `a step must be a one-key mapping such as "press: 5", got ${describe(node)}`);
  }
  const [word, extra] = entries(ctx, node, 'step');
  if (!word) return failAt(ctx, node, `empty step (expected one of: ${STEP_WORDS_HINT})`);
  if (!isStepWord(word.key)) {
    return failAt(ctx, word.keyNode, `unknown step word ${quoted(word.key)}${didYouMean(word.key, STEP_WORDS)} (expected one of: ${STEP_WORDS_HINT})`);
  }
  if (extra) {
    return failAt(ctx, extra.keyNode, `a step has exactly one word, but ${quoted(word.key)} is followed by ${quoted(extra.key)} (start each step with "- ")`);
  }
  const read: StepReader = STEP_READERS[word.key];
  const step = read(ctx, word.value, posOf(ctx, node));
  // `expect: *checks`: the checks fail where they are used, at the alias.
  return isAlias(word.written) && step.do === 'expect' ? placedAt(step, step.pos, posOf(ctx, word.written)) : step;
}

/** `step` as used at `pos`, its expectations checked at `checksPos`: a step or value used through
 * an alias runs and fails where the alias stands, not where its anchor was written. */
function placedAt(step: Step, pos: SourcePos, checksPos: SourcePos): Step {
  if (step.do !== 'expect') return { ...step, pos };
  const keyPos = Object.fromEntries(Object.keys(step.keyPos).map((key) => [key, checksPos]));
  const { itemPos: _atTheAnchor, ...placed } = step;
  return { ...placed, pos, keyPos };
}

/** The `steps:` sequence as typed steps for `model`, in order, a step with a mistake recorded and
 * left out; a step used through an alias
 * (`- *locked`) is placed at the alias. */
export function readSteps(source: SourceContext, node: YValue, model: ModelProfile): Step[] {
  const ctx: ModelContext = { ...source, model };
  const seq = asSeq(ctx, node, 'steps');
  // Each step read on its own: a mistake in one is recorded and the next read (mistakes.ts).
  return seq.items.flatMap((item) => {
    const step = ctx.mistakes.attempt(() => readStep(ctx, deref(ctx, item, seq)));
    if (step === undefined) return [];
    if (!isAlias(item)) return [step];
    const used = posOf(ctx, item);
    return [placedAt(step, used, used)];
  });
}
