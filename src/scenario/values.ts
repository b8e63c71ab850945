// Reading scalar values of the scenario language — words, digit strings, key names, volts,
// durations, slot numbers — with errors at the node at fault (design/architecture.md, Scenario files).
import { isScalar } from 'yaml';
import { DurationError, isDuration, MS_PER_UNIT, parseDuration, SUGGESTED_UNITS } from './duration.ts';
import { clipped, quoted } from '../printable.ts';
import { duplicateNumberWords } from '../numbered-keys.ts';
import { describe, entries, type Entry, type YValue } from './nodes.ts';
import { failAt, posOf, sourceOf, type SourceContext } from './source.ts';
import type { KeyName } from './types.ts';
import { keyNameHint } from './key-other-names.ts';
import {
  HIGHEST_DIGIT_KEY,
  HIGHEST_SWITCH,
  HIGHEST_VOLTS,
  KEY_NAMES,
  KEY_NAMES_HINT,
  LOWEST_DIGIT_KEY,
  LOWEST_SWITCH,
  LOWEST_VOLTS,
  SWITCH_OFF_WORDS,
  SWITCH_ON_WORDS,
  type SwitchNumber,
} from './vocabulary.ts';

const DURATION_EXAMPLES = '500ms, 30s or 2min';
const DURATION_UNITS_LIST = Object.keys(MS_PER_UNIT).join(', ');

/** A digit string: codes, Mastercodes, tags. */
export const DIGITS = /^[0-9]+$/;

/** Whether `value` is one of `words`. */
export function isOneOf<W extends string>(words: readonly W[], value: unknown): value is W {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}

/** One of `words`; `what` names the thing in the error (e.g. `door state`). */
export function readWord<W extends string>(ctx: SourceContext, node: YValue, words: readonly W[], what: string): W {
  if (isScalar(node) && isOneOf(words, node.value)) return node.value;
  return failAt(ctx, node, `bad ${what}: ${describe(node)} (expected one of: ${words.join(', ')})`);
}

/** A non-empty string. */
export function readText(ctx: SourceContext, node: YValue, what: string): string {
  if (isScalar(node) && typeof node.value === 'string' && node.value !== '') return node.value;
  return failAt(ctx, node, `${what} must be a non-empty string, got ${describe(node)}`);
}

/** true or false. */
export function readBool(ctx: SourceContext, node: YValue, what: string): boolean {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  return failAt(ctx, node, `${what} must be true or false, got ${describe(node)}`);
}

/** A whole number in [min, max]. */
export function readInt(ctx: SourceContext, node: YValue, what: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value)) {
    if (node.value >= min && node.value <= max) return node.value;
  }
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  return failAt(ctx, node, `${what} must be a whole number ${range}, got ${describe(node)}`);
}

/**
 * A string of digits (a code, a Mastercode, a tag). A YAML number is refused with a hint to
 * quote it: as a number, `01234` would silently become 1234.
 */
export function readDigits(ctx: SourceContext, node: YValue, what: string): string {
  if (isScalar(node) && typeof node.value === 'string') {
    if (DIGITS.test(node.value)) return node.value;
    return failAt(ctx, node, `${what} must be digits only, got ${quoted(node.value)}`);
  }
  if (isScalar(node) && typeof node.value === 'number') {
    const written = sourceOf(ctx, node);
    if (DIGITS.test(written)) {
      return failAt(ctx, node, `${what} must be a quoted string of digits: write ${quoted(written)} (a YAML number would lose leading zeros)`);
    }
  }
  return failAt(ctx, node, `${what} must be a quoted string of digits, got ${describe(node)}`);
}

/** A key name: `0`–`9` (YAML number or string), `lock`, `program`, `reset`. */
export function readKeyName(ctx: SourceContext, node: YValue): KeyName {
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'number' && Number.isInteger(value) && value >= LOWEST_DIGIT_KEY && value <= HIGHEST_DIGIT_KEY) {
      const digit = String(value);
      if (isOneOf(KEY_NAMES, digit)) return digit;
    }
    if (isOneOf(KEY_NAMES, value)) return value;
  }
  const hint = isScalar(node) && typeof node.value === 'string' ? keyNameHint(node.value) : null;
  return failAt(ctx, node, `bad key name: ${describe(node)}${hint === null ? '' : ` — ${hint}`} (expected one of: ${KEY_NAMES_HINT})`);
}

/** Pack voltage, a number in [LOWEST_VOLTS, HIGHEST_VOLTS]. */
export function readVolts(ctx: SourceContext, node: YValue, what: string): number {
  if (isScalar(node) && typeof node.value === 'number' && node.value >= LOWEST_VOLTS && node.value <= HIGHEST_VOLTS) {
    return node.value;
  }
  return failAt(ctx, node, `${what} must be a number of volts between ${LOWEST_VOLTS} and ${HIGHEST_VOLTS}, got ${describe(node)}`);
}

/** A duration with a unit, in milliseconds. */
export function readDuration(ctx: SourceContext, node: YValue, what: string): number {
  if (isScalar(node) && typeof node.value === 'string') {
    try {
      return parseDuration(node.value);
    } catch (err) {
      if (err instanceof DurationError) return failAt(ctx, node, `${what}: ${err.message}`);
      throw err;
    }
  }
  if (isScalar(node) && typeof node.value === 'number') {
    const written = sourceOf(ctx, node);
    // A unit is suggested after the number only where that makes a duration (`30` → `30s`), not
    // after `0x10`, `.inf`, `1e3` or a number of days too long for the clock.
    const suggestions = SUGGESTED_UNITS.map((unit) => written + unit).filter(isDuration);
    if (suggestions.length === 0) {
      return failAt(ctx, node, `${what} ${clipped(written)} must be a duration: a decimal number and a unit (${DURATION_UNITS_LIST}), such as ${DURATION_EXAMPLES}`);
    }
    return failAt(ctx, node, `${what} ${written} needs a unit (${DURATION_UNITS_LIST}), e.g. ${suggestions.join(' or ')}`);
  }
  return failAt(ctx, node, `${what} must be a duration such as ${DURATION_EXAMPLES}, got ${describe(node)}`);
}

/** A whole number written as a mapping key (`1:` or `"1":`), in [min, max]. */
export function readIntKey(ctx: SourceContext, node: YValue, what: string, min: number, max: number): number {
  if (isScalar(node)) {
    const value = node.value;
    const n = typeof value === 'number' ? value : typeof value === 'string' && DIGITS.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
  }
  return failAt(ctx, node, `${what} must be a whole number from ${min} to ${max}, got ${describe(node)}`);
}

/**
 * The entries of a mapping keyed by number — `codes: { 1: "1234" }`, `switches: { 2: on }` — each
 * key read by `readKey`. Keys are compared by the number they name, not as text: `1` and `"01"`
 * are one slot, so the second is refused at its place (`what` names the number: `code slot`)
 * rather than silently outweighing the first. `mapWhat` names the mapping (`given codes`).
 */
export function numberedEntries<N extends number>(
  ctx: SourceContext,
  node: YValue,
  mapWhat: string,
  what: string,
  readKey: (keyNode: YValue) => N,
): Array<{ n: N; entry: Entry }> {
  const seen = new Map<number, Entry>();
  const out: Array<{ n: N; entry: Entry }> = [];
  for (const entry of entries(ctx, node, mapWhat)) {
    const n = readKey(entry.keyNode);
    const first = seen.get(n);
    if (first) {
      const at = posOf(ctx, first.keyNode);
      return failAt(ctx, entry.keyNode, `${duplicateNumberWords(what, n)} (first given at ${at.line}:${at.col})`);
    }
    seen.set(n, entry);
    out.push({ n, entry });
  }
  return out;
}

function isSwitchNumber(n: number): n is SwitchNumber {
  return Number.isInteger(n) && n >= LOWEST_SWITCH && n <= HIGHEST_SWITCH;
}

/** A DIP-switch number 1..4, written as a key. */
export function readSwitchNumber(ctx: SourceContext, node: YValue): SwitchNumber {
  const n = readIntKey(ctx, node, 'switch number', LOWEST_SWITCH, HIGHEST_SWITCH);
  if (isSwitchNumber(n)) return n;
  return failAt(ctx, node, `switch number must be from ${LOWEST_SWITCH} to ${HIGHEST_SWITCH}`);
}

/** A switch position: on/off/true/false. */
export function readSwitchPosition(ctx: SourceContext, node: YValue): boolean {
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'boolean') return value;
    if (isOneOf(SWITCH_ON_WORDS, value)) return true;
    if (isOneOf(SWITCH_OFF_WORDS, value)) return false;
  }
  const words = [...SWITCH_ON_WORDS, ...SWITCH_OFF_WORDS].join(', ');
  return failAt(ctx, node, `bad switch position: ${describe(node)} (expected one of: ${words})`);
}
