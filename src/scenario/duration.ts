// Durations in scenario files — `wait: 500ms | 30s | 1.5s | 2min | 3h | 1d`
// (design/architecture.md, Scenario files). A unit is required: a bare number is ambiguous.

import { QuotingError, quoted } from '../printable.ts';
import { DURATION_UNITS, durationWords } from '../sim/units.ts';

export { durationWords };

/** Milliseconds in one of each unit the scenario language accepts. */
export const MS_PER_UNIT = DURATION_UNITS;

export type DurationUnit = keyof typeof MS_PER_UNIT;

const UNITS_LIST = Object.keys(MS_PER_UNIT).join(', ');
const EXAMPLES = '500ms, 30s, 1.5s, 2min, 3h, 1d';
/** A non-negative decimal number, then optional spaces, then a word. */
const DURATION_SHAPE = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/;
/** How far a product may stray from a whole millisecond through binary rounding. */
const WHOLE_MS_TOLERANCE = 1e-6;

/** A duration text that is not a duration. */
export class DurationError extends QuotingError {
  override name = 'DurationError';
}

/** The units suggested after a bare number: `30` → `30s` or `30ms`. */
export const SUGGESTED_UNITS = ['s', 'ms'] as const satisfies readonly DurationUnit[];

/** Whether `text` is a duration parseDuration takes. */
export function isDuration(text: string): boolean {
  try {
    parseDuration(text);
    return true;
  } catch (err) {
    if (err instanceof DurationError) return false;
    throw err;
  }
}

function isUnit(word: string): word is DurationUnit {
  return Object.hasOwn(MS_PER_UNIT, word);
}

/** `"1.5s"` → 1500. Throws DurationError on anything else, saying what is wrong. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new DurationError(`empty duration (expected e.g. ${EXAMPLES})`);
  const shape = DURATION_SHAPE.exec(trimmed);
  if (!shape) throw new DurationError(`bad duration ${quoted(text)} (expected a number and a unit, e.g. ${EXAMPLES})`);
  const [, amount, unit] = shape;
  if (unit === '') {
    // A unit is suggested only where it makes a duration: not after a number too long for the clock.
    const suggestions = SUGGESTED_UNITS.map((u) => amount + u).filter(isDuration);
    const eg = suggestions.length > 0 ? suggestions.map(quoted).join(' or ') : EXAMPLES;
    throw new DurationError(`duration ${quoted(text)} needs a unit (${UNITS_LIST}), e.g. ${eg}`);
  }
  if (!isUnit(unit)) {
    throw new DurationError(`unknown unit ${quoted(unit)} in duration ${quoted(text)} (expected one of: ${UNITS_LIST})`);
  }
  const exact = Number(amount) * MS_PER_UNIT[unit];
  const ms = Math.round(exact);
  if (Math.abs(exact - ms) > WHOLE_MS_TOLERANCE) {
    throw new DurationError(`duration ${quoted(text)} is not a whole number of milliseconds`);
  }
  if (!Number.isSafeInteger(ms)) throw new DurationError(`duration ${quoted(text)} is too long`);
  return ms;
}
