// Trace entries read from outside — the browser twin's saved timeline, which the page reads back
// after a reload — checked whole before anything draws them (design/architecture.md "sim/": the
// trace is an append-only record of everything observable, as (t, channel, value)). Each
// channel's value has the shape its writer gives it: a person's action (twin.ts `Action`), a light
// pattern or status blink (hardware/indicators.ts), beeps, a bolt movement or stop
// (hardware/motor-bolt.ts), a power change (twin.ts `POWER_ENTRIES`), a firmware mode
// (firmware/state.ts `FW_MODES`), a lock event (firmware/io.ts `LockEvent`; its `why` one its type
// gives, firmware/event-why.ts). Times are whole virtual ms, in order, none after the twin's
// clock. An entry that fails is refused naming it (`log[5].v.count: …`), as a damaged snapshot is
// (snapshot-check.ts).

import { z } from 'zod';
import type { LockTraceEntry } from './trace-entry.ts';
import { BUTTON_KEYS, type ButtonKey } from '../hardware/buttons.ts';
import { LIGHT_COLORS } from '../hardware/indicators.ts';
import { BOLT_STATES } from '../hardware/motor-bolt.ts';
import { HIGHEST_PACK_VOLTS, LOWEST_PACK_VOLTS } from '../hardware/battery.ts';
import { EVENT_SOURCES, FW_MODES, LEARNED } from '../firmware/state.ts';
import { EVENT_TYPES } from '../firmware/events.ts';
import { EVENT_WHY_IDS, isWhyOf } from '../firmware/event-why.ts';
import { POWER_ENTRIES, type Action } from './twin.ts';
import { fieldName } from './snapshot-check.ts';
import { QuotingError } from '../printable.ts';

/** Trace entries that cannot be read back; the message names the entry and field at fault. */
export class TraceError extends QuotingError {
  override name = 'TraceError';
}

const count = z.number().int().min(0);
/** A button's name, as actions and saved holds write it. */
export const BUTTON_KEY = z.enum(BUTTON_KEYS as [ButtonKey, ...ButtonKey[]]);
const key = BUTTON_KEY;
const color = z.enum(LIGHT_COLORS);

/** A person's action as the trace records it (`wait` is never recorded: the clock shows it). */
export const ACTION = z.discriminatedUnion('do', [
  z.strictObject({ do: z.literal('press'), key }),
  z.strictObject({ do: z.literal('hold'), key }),
  z.strictObject({ do: z.literal('release'), key, pauseMs: count.optional() }),
  z.strictObject({ do: z.literal('hold-for'), key, ms: count }),
  z.strictObject({ do: z.literal('type'), digits: z.string().regex(/^[0-9]+$/, { error: 'must be digits' }), force: z.enum(['firm', 'light']).optional() }),
  z.strictObject({ do: z.literal('battery-out') }),
  z.strictObject({ do: z.literal('battery-in'), volts: z.number().min(LOWEST_PACK_VOLTS).max(HIGHEST_PACK_VOLTS).optional() }),
  z.strictObject({ do: z.literal('door'), state: z.enum(['open', 'closed']) }),
  z.strictObject({ do: z.literal('strike'), state: z.enum(['aligned', 'misaligned']) }),
  z.strictObject({ do: z.literal('exterior'), state: z.enum(['connected', 'disconnected']) }),
  z.strictObject({ do: z.literal('thumbturn'), dir: z.enum(['lock', 'unlock']) }),
  z.strictObject({ do: z.literal('key'), dir: z.enum(['lock', 'unlock']) }),
  z.strictObject({ do: z.literal('push-bolt') }),
  z.strictObject({ do: z.literal('switch'), n: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), on: z.boolean() }),
  z.strictObject({ do: z.literal('fault'), fault: z.enum(['store-glitch', 'power-cut-mid-write']) }),
]) satisfies z.ZodType<Action>; // each form as twin.ts `Action` declares it

/** hardware/indicators.ts: a status blink (or none), a solid light, flashes of one colour or two alternating. */
const LED = z.union([
  z.strictObject({ status: color.nullable(), everyMs: count }),
  z.strictObject({ color, solidMs: count }),
  z.strictObject({ color, alt: color, flashes: count }),
  z.strictObject({ color, flashes: count }),
]);

const BEEP = z.strictObject({ count: count.min(1), long: z.literal(true).optional() });

/** hardware/motor-bolt.ts: the motor starting, the bolt moved by hand, the bolt coming to rest. */
const BOLT = z.union([
  z.strictObject({ motor: z.enum(['cw', 'ccw']), bolt: z.enum(['throwing', 'withdrawing']) }),
  z.strictObject({ manual: z.enum(['throw', 'withdraw']), state: z.enum(BOLT_STATES) }),
  z.strictObject({ stopped: z.enum(BOLT_STATES) }),
]);

/** firmware/io.ts `LockEvent`: one of the firmware's event types and what it says with it. */
const EVENT = z.strictObject({
  type: z.enum(EVENT_TYPES),
  source: z.enum(EVENT_SOURCES).optional(),
  slot: count.optional(),
  reason: z.string().optional(),
  // Optional: a trace saved before events carried it is still read.
  why: z.enum(EVENT_WHY_IDS).optional(),
  handed: z.enum(LEARNED).optional(),
  digits: z.string().regex(/^[0-9]+$/, { error: 'must be digits' }).optional(),
}).check(
  z.refine((e) => e.why === undefined || isWhyOf(e.type, e.why), { path: ['why'], error: 'is not a why its event type gives (firmware/event-why.ts)' }),
);

const t = count;
const ENTRY = z.discriminatedUnion('ch', [
  z.strictObject({ t, ch: z.literal('input'), v: ACTION }),
  z.strictObject({ t, ch: z.literal('led'), v: LED }),
  z.strictObject({ t, ch: z.literal('beep'), v: BEEP }),
  z.strictObject({ t, ch: z.literal('bolt'), v: BOLT }),
  z.strictObject({ t, ch: z.literal('power'), v: z.enum(POWER_ENTRIES) }),
  z.strictObject({ t, ch: z.literal('mode'), v: z.enum(FW_MODES) }),
  z.strictObject({ t, ch: z.literal('event'), v: EVENT }),
]) satisfies z.ZodType<LockTraceEntry>;

/**
 * `value` (parsed JSON) as trace entries of a twin whose clock reads `nowMs`; a TraceError naming
 * the entry otherwise. `name` is what the caller calls the list (`log`), `clockName` the clock.
 */
export function checkTraceEntries(value: unknown, nowMs: number, name = 'trace', clockName = "the twin's clock"): LockTraceEntry[] {
  const parsed = z.array(ENTRY).safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new TraceError(`${fieldName([name, ...issue!.path])}: ${issue!.message}`);
  }
  let last = 0;
  parsed.data.forEach((e, i) => {
    if (e.t < last) throw new TraceError(`${name}[${i}].t: ${e.t} ms, before the entry ahead of it (${last} ms)`);
    if (e.t > nowMs) throw new TraceError(`${name}[${i}].t: ${e.t} ms, after ${clockName} (${nowMs} ms)`);
    last = e.t;
  });
  return parsed.data;
}
