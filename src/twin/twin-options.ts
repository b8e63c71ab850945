// The options a twin is built with (TwinOptions), checked once as the twin is made — before any
// part exists, never on the twin's hot path. A program driving the library from plain JavaScript
// has no type checker between it and the twin: a seed out of range would silently replay the run
// of another seed (src/sim/seed.ts: 2^32 the run of 0, 1.5 the run of 1), a code given as a
// number would be dropped, a misspelt option ignored. Each is refused with a TwinOptionsError
// naming the option and the value given, and the store given is held to the model's own rules
// (firmware/store-rules.ts, as a scenario's `given:` is), so no twin starts in a state its
// firmware could never have reached (design/architecture.md "Contracts": bad input gets a clear
// error naming what was wrong).

import * as z from 'zod/mini';
import { clipped, QuotingError } from '../printable.ts';
import { SEED_RULE, isSeed } from '../sim/seed.ts';
import { HANDINGS } from '../hardware/door.ts';
import { storeProblems } from '../firmware/store-rules.ts';
import { HIGHEST_PACK_VOLTS as HIGHEST_VOLTS, LOWEST_PACK_VOLTS as LOWEST_VOLTS } from '../hardware/battery.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { TwinOptions } from './twin.ts';

/** Options a twin cannot be built from; the message names the option and the value given. */
export class TwinOptionsError extends QuotingError {
  override name = 'TwinOptionsError';
}

/** Digits only: a tag code, and a slot number as an object key (`{ 1: "1234" }` has the key "1"). */
const DIGITS = /^[0-9]+$/;

// zod's tree-shakable build (zod/mini): the twin, and with it this check, is on the browser twin's
// first load, where the full build would add more than the page's own code.
const flag = z.optional(z.boolean({ error: 'must be true or false' }));
const VOLTS_MESSAGE = `must be the pack's volts, a number from ${LOWEST_VOLTS} to ${HIGHEST_VOLTS}`;
const SEED_MESSAGE = `must be ${SEED_RULE} (a larger, negative or fractional one would replay the run of another seed)`;
const SWITCHES = z.strictObject({ 1: flag, 2: flag, 3: flag, 4: flag }, { error: 'must be an object of switch numbers, e.g. { 2: true }' });

const OPTIONS = z.strictObject(
  {
    seed: z.optional(z.number({ error: SEED_MESSAGE }).check(z.refine(isSeed, { error: SEED_MESSAGE }))),
    trace: flag,
    door: z.optional(z.enum(HANDINGS, { error: `must be ${HANDINGS.join(' or ')}` })),
    handed: z.optional(z.enum([...HANDINGS, 'none'], { error: `must be ${HANDINGS.join(', ')} or none` })),
    mastercode: z.optional(z.string({ error: "must be the code's digits as a string, or 'none'" })),
    codes: z.optional(z.record(z.string().check(z.regex(DIGITS)), z.string({ error: 'must be a code, a string of digits' }), { error: 'must be an object of slot numbers to codes, e.g. { 1: "1234" }' })),
    battery: z.optional(z.number({ error: VOLTS_MESSAGE }).check(z.gte(LOWEST_VOLTS, { error: VOLTS_MESSAGE }), z.lte(HIGHEST_VOLTS, { error: VOLTS_MESSAGE }))),
    doorOpen: flag,
    strikeAligned: flag,
    boltExtended: flag,
    switches: z.optional(SWITCHES),
    tag: z.optional(z.string({ error: 'must be digits' }).check(z.regex(DIGITS, { error: 'must be digits' }))),
    userCodes: z.optional(z.enum(['enabled', 'disabled'], { error: 'must be enabled or disabled' })),
    oneTimeCode: z.optional(z.int({ error: 'must be a slot number' })),
    autoLock: z.optional(z.enum(['on', 'off'], { error: 'must be on or off' })),
    autoLockDelay: z.optional(z.int({ error: 'must be a whole number of milliseconds' })),
    firmware: z.optional(z.custom<TwinOptions['firmware']>((v) => v === undefined || typeof v === 'function', { error: 'must be a function (model, io) => Firmware' })),
  },
  { error: 'must be an object of twin options, e.g. { seed: 1, doorOpen: true }' },
);

/** The options a twin takes, and its switches, for the message about one it does not have. */
const OPTION_NAMES = Object.keys(OPTIONS.shape).join(', ');
const SWITCH_NAMES = Object.keys(SWITCHES.shape).join(', ');

/** A value given, as a message shows it: strings quoted, numbers and the rest as JSON. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${clipped(value)}"`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  try {
    return clipped(JSON.stringify(value) ?? String(value));
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The value at `path` inside `opts`, for the message. */
function valueAt(opts: unknown, path: readonly PropertyKey[]): unknown {
  let v = opts;
  for (const key of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function optionName(path: readonly PropertyKey[]): string {
  return ['options', ...path.map(String)].join('.');
}

/** Throws a TwinOptionsError for the first thing wrong with `opts` for a twin of model `p`. */
export function checkTwinOptions(p: ModelProfile, opts: unknown): asserts opts is TwinOptions {
  const parsed = OPTIONS.safeParse(opts);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue!.path;
    if (issue!.code === 'unrecognized_keys') {
      const [key] = issue!.keys;
      const known = path.length === 0 ? `not a twin option (the options: ${OPTION_NAMES})` : `no such switch: they are ${SWITCH_NAMES}`;
      throw new TwinOptionsError(`${optionName([...path, key!])}: ${known}`);
    }
    if (issue!.code === 'invalid_key') {
      // `codes: { x: … }`, the one record: its keys are slot numbers.
      throw new TwinOptionsError(`${optionName(path.slice(0, -1))}: ${shown(String(path[path.length - 1]))} is not a slot number`);
    }
    throw new TwinOptionsError(`${path.length === 0 ? 'options' : optionName(path)}: ${issue!.message}, got ${shown(path.length === 0 ? opts : valueAt(opts, path))}`);
  }
  const o = opts as TwinOptions;
  const [problem] = storeProblems(p, {
    codes: o.codes,
    mastercode: o.mastercode,
    tag: o.tag,
    userCodes: o.userCodes,
    oneTimeCode: o.oneTimeCode,
    autoLock: o.autoLock,
    autoLockDelay: o.autoLockDelay,
  });
  if (problem) throw new TwinOptionsError(`${optionName(problem.slot === undefined ? [problem.field] : [problem.field, problem.slot])}: ${problem.message}`);
}
