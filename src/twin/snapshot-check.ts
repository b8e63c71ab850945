// A twin snapshot read from outside — a file saved by `lockstep run --save-snapshot` or the
// REPL's `save`, perhaps edited or damaged since — checked whole before a twin is restored from
// it (design/architecture.md "Contracts": a twin's state snapshots to JSON and restores exactly).
// The shape with zod, every field by name; then what depends on the model: as many code slots,
// wrong-code times, EEPROM bytes, alarms and PRNG streams (every one, by its own name) as a fresh
// twin of that model has; then that its times and its alarms' sequence numbers are ones a run of
// the clock leaves (snapshot-clock.ts), the light and beeper timed as their alarms
// (snapshot-indicators.ts); then that it holds a lock the model could be in
// (snapshot-fit.ts: its store held to the model's rules, its mode, screen, blink and timeouts the
// model's own). A snapshot that fails is refused naming the field (`firmware.codes[3]: …`), never
// restored into a twin that would fail later in its run, or run on as no lock of that model could.

import { z } from 'zod';
import { SEED_MAX } from '../sim/seed.ts';
import { FW_MODES, LEARNED, MOTOR_OPS, SOURCES } from '../firmware/state.ts';
import { AUTO_LOCK_MAX } from '../firmware/store-codec.ts';
import { PACK_CAPACITY_MAS } from '../hardware/battery.ts';
import { HANDINGS } from '../hardware/door.ts';
import { EEPROM_ALARM } from '../hardware/eeprom.ts';
import { LIGHT_COLORS } from '../hardware/indicators.ts';
import { BOLT_STROKE, STOP_KINDS } from '../hardware/motor-bolt.ts';
import { BUTTON_KEYS } from '../hardware/buttons.ts';
import { findModel, unknownModelMessage } from '../models/index.ts';
import { fitProblem } from './snapshot-fit.ts';
import { clockProblem } from './snapshot-clock.ts';
import { indicatorsProblem } from './snapshot-indicators.ts';
import { SNAPSHOT_FORMAT, Twin, type SnapshotFwState, type TwinSnapshot } from './twin.ts';
import { SnapshotError } from './snapshot-error.ts';
import { shown as shownValue } from '../printable.ts';

export { SnapshotError };

/** The highest firmware.writeBank: erasing bank 1 (persistence.ts: bank + 2 while erasing). */
const WRITE_BANK_MAX = 3;

/** A whole number of virtual ms, or -1 for "not armed / never". */
const time = z.number().int().min(-1);
const count = z.number().int().min(0);
const hexBytes = z.string().regex(/^(?:[0-9a-f]{2})*$/, { error: 'must be hex bytes' });
const digits = z.string().regex(/^[0-9]*$/, { error: 'must be digits' });
/** The least and the most a random stream's word may be saved as: its 32 bits read as a signed or
 * an unsigned integer (sim/prng.ts getState: the first word signed, the others unsigned). A larger
 * number would be cut to its low 32 bits as the stream is restored, so the run would silently go
 * on as another snapshot's does; it is refused, as a seed past 32 bits is (sim/seed.ts). */
const PRNG_WORD_MIN = -(2 ** 31);
const PRNG_WORD_MAX = 2 ** 32 - 1;
const prngWord = z
  .number()
  .int()
  .min(PRNG_WORD_MIN, { error: `must be a 32-bit word, from ${PRNG_WORD_MIN} to ${PRNG_WORD_MAX}` })
  .max(PRNG_WORD_MAX, { error: `must be a 32-bit word, from ${PRNG_WORD_MIN} to ${PRNG_WORD_MAX}` });
const prngState = z.tuple([prngWord, prngWord, prngWord, prngWord]);
/** A part's load on the battery pack, in mA: 0, or the current it draws (hardware/battery.ts
 * setLoad). A negative one would put charge back into the pack as the twin ran on. */
const loadMa = z.number().min(0, { error: 'a load draws current from the pack, never gives it: must be 0 mA or more' });
/** The charge a pack holds, in mA·s: a pack is put in holding at most a full pack's
 * (hardware/battery.ts chargeForVolts reads any voltage above the full one as full) and only
 * drains after; more would run the lock longer than any pack can. */
const chargeMAs = z
  .number()
  .min(0)
  .max(PACK_CAPACITY_MAS, { error: `a pack holds at most a full pack's charge, ${PACK_CAPACITY_MAS} mA·s (hardware/battery.ts)` });

const FIRMWARE: z.ZodType<SnapshotFwState> = z.strictObject({
  mode: z.enum(FW_MODES),
  storeOk: z.boolean(),
  adminCode: digits,
  codes: z.array(digits),
  handed: z.enum(LEARNED),
  usersDisabled: z.boolean(),
  oneTimeSlot: z.number().int().min(0).optional(),
  autoLock: z.number().int().min(1).max(AUTO_LOCK_MAX).optional(),
  storeSeq: count,
  storeBank: z.number().int().min(-1).max(1),
  writeDirty: z.boolean(),
  // A bank being written (0, 1), or erased after a factory reset (2, 3: persistence.ts flush).
  writeBank: z.number().int().min(-1).max(WRITE_BANK_MAX),
  eraseOtherBank: z.boolean(),
  buffer: digits,
  prompt: z.string().regex(/^(?:[0-9]+|-)$/, { error: "must be the digits SecureScreen shows, or '-' once touched" }).optional(),
  pending: digits,
  slot: count,
  debounceKey: z.union([z.literal(''), z.enum(BUTTON_KEYS as [string, ...string[]])]),
  debounceQuietFrom: time,
  keyMask: count.max(2 ** BUTTON_KEYS.length - 1),
  programDownAt: time,
  programHeld: z.boolean(),
  armedNeedsRelease: z.boolean(),
  wrongTimes: z.array(time),
  motorOp: z.enum(MOTOR_OPS),
  motorSource: z.enum(SOURCES),
  motorSlot: count,
  handPhase: count,
  learnedDir: z.enum(LEARNED),
  boltLocked: z.boolean(),
  tDebounce: time,
  tEntry: time,
  tProg: time,
  tHold: time,
  tHanding: time,
  tAutoLock: time,
  tLockoutEnd: time,
  tReminder: time,
  tExterior: time.optional(),
});

const SNAPSHOT: z.ZodType<TwinSnapshot> = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  model: z.string(),
  seed: z.number().int().min(0).max(SEED_MAX),
  tag: digits,
  sim: z.strictObject({ now: count, seq: count, alarms: z.record(z.string(), z.tuple([count, count])) }),
  battery: z.strictObject({ present: z.boolean(), chargeMAs, lastT: z.number().min(0), loads: z.tuple([loadMa, loadMa, loadMa]) }),
  door: z.strictObject({ handing: z.enum(HANDINGS), open: z.boolean(), strikeAligned: z.boolean() }),
  bolt: z.strictObject({
    pos: z.number().min(0).max(BOLT_STROKE),
    motor: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
    limitMa: z.number(),
    segT: z.number(),
    speed: z.number(),
    currentMa: z.number(),
    overSince: z.number(),
    pushed: z.boolean(),
    lastStop: z.enum(STOP_KINDS),
  }),
  buttons: z.strictObject({ held: count.max(2 ** BUTTON_KEYS.length - 1), keypadEdgeAt: time.optional(), exteriorLinked: z.literal(false).optional() }),
  indicators: z.strictObject({ ledUntil: time, beepUntil: time, status: z.enum(LIGHT_COLORS).nullable(), statusPeriodMs: count }),
  eeprom: z.strictObject({
    bytes: hexBytes,
    writing: z.strictObject({ offset: count, data: hexBytes, startT: count }).nullable(),
    cutNextWrite: z.boolean(),
  }),
  firmware: FIRMWARE,
  switches: z.tuple([z.boolean(), z.boolean(), z.boolean(), z.boolean()]),
  prng: z.record(z.string(), prngState),
});

/** A zod issue's path as a field name: `firmware.codes[3]`; `whole` when the path is empty. */
export function fieldName(path: readonly PropertyKey[], whole = 'the snapshot'): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  return out === '' ? whole : out;
}

function fail(field: string, message: string): never {
  throw new SnapshotError(`${field}: ${message}`);
}

/** A fresh twin's snapshot and alarm names, per model: what a snapshot of that model is measured against. */
const freshByModel = new Map<string, { fresh: TwinSnapshot; alarmNames: ReadonlySet<string> }>();

function freshOf(modelId: string): { fresh: TwinSnapshot; alarmNames: ReadonlySet<string> } {
  let known = freshByModel.get(modelId);
  if (!known) {
    const twin = Twin.create(modelId, { trace: false });
    known = { fresh: twin.snapshot(), alarmNames: new Set(twin.sim.alarmList.map((a) => a.name)) };
    freshByModel.set(modelId, known);
  }
  return known;
}

/** The names a snapshot's records (`sim.alarms`, `prng`) hold, read from the JSON as it came:
 * the parsed copy has dropped a `__proto__` key, which must be refused as any unknown name is. */
interface RecordNames {
  alarms: readonly string[];
  prng: readonly string[];
}

/** What must match a fresh twin of the model: the sizes its store, its EEPROM and its parts give.
 * A name is looked up as the record's own key (Object.hasOwn), never with `in`, which would find
 * `constructor` or `toString` on every object. */
function checkAgainstModel(snap: TwinSnapshot, names: RecordNames): void {
  const model = findModel(snap.model);
  if (!model) fail('model', unknownModelMessage(snap.model));
  const { fresh, alarmNames } = freshOf(model.id);
  const sameLength = (field: string, got: { length: number }, want: { length: number }, what: string): void => {
    if (got.length !== want.length) fail(field, `${got.length} ${what}, a ${model.id} has ${want.length}`);
  };
  sameLength('firmware.codes', snap.firmware.codes, fresh.firmware.codes, 'code slots');
  sameLength('firmware.wrongTimes', snap.firmware.wrongTimes, fresh.firmware.wrongTimes, 'wrong-code times');
  const once = snap.firmware.oneTimeSlot;
  if (once !== undefined && !snap.firmware.codes[once]) fail('firmware.oneTimeSlot', `slot ${once + 1} holds no code to use once`);
  if (snap.firmware.autoLock !== undefined && !model.menu?.autoLock) fail('firmware.autoLock', `a ${model.id} keeps no auto-lock setting (switch 2 turns its auto-lock on)`);
  sameLength('eeprom.bytes', snap.eeprom.bytes, fresh.eeprom.bytes, 'hex digits');
  const w = snap.eeprom.writing;
  if (w && w.offset + w.data.length / 2 > snap.eeprom.bytes.length / 2) fail('eeprom.writing', 'the write in flight runs past the end of the EEPROM');
  for (const name of names.alarms) if (!alarmNames.has(name)) fail(`sim.alarms.${name}`, `a ${model.id} twin has no alarm "${name}"`);
  for (const [name, [at]] of Object.entries(snap.sim.alarms)) if (at < snap.sim.now) fail(`sim.alarms.${name}`, `due at ${at} ms, before the clock's ${snap.sim.now} ms`);
  // The EEPROM's alarm is the end of its write in flight: one without the other never happens.
  if (Object.hasOwn(snap.sim.alarms, EEPROM_ALARM) !== (w !== null)) {
    fail('eeprom.writing', `${w ? 'a write in flight, but no' : 'no write in flight, but an'} alarm for its end (sim.alarms.${EEPROM_ALARM})`);
  }
  const late = clockProblem(snap);
  if (late) fail(late.field, late.message);
  const shown = indicatorsProblem(snap);
  if (shown) fail(shown.field, shown.message);
  for (const name of names.prng) if (!Object.hasOwn(fresh.prng, name)) fail(`prng.${name}`, `a ${model.id} twin has no random stream "${name}"`);
  // A stream seeded afresh would not continue the saved run: every one must be there.
  for (const name of Object.keys(fresh.prng)) if (!Object.hasOwn(snap.prng, name)) fail(`prng.${name}`, `missing: a ${model.id} twin's random stream "${name}" is saved in every snapshot, and the run cannot continue without it`);
  const misfit = fitProblem(model, snap);
  if (misfit) fail(misfit.field, misfit.message);
}

/** What a snapshot given as a string is refused with. */
const JSON_TEXT_GIVEN = 'the snapshot is a string (JSON text?), not the object it encodes: parse it (JSON.parse) first; a file holding such a string was written as JSON twice';

/** `value` (parsed JSON) as a snapshot a twin can be restored from; a SnapshotError naming the field otherwise. */
export function checkSnapshot(value: unknown): TwinSnapshot {
  // The snapshot's JSON text, passed as it was read or received, or a file written as JSON twice.
  if (typeof value === 'string') throw new SnapshotError(JSON_TEXT_GIVEN);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SnapshotError(`not a lockstep snapshot (a JSON object with "format": ${SNAPSHOT_FORMAT}), got ${shownValue(value)}`);
  const format = (value as { format?: unknown }).format;
  if (format !== SNAPSHOT_FORMAT) fail('format', `${JSON.stringify(format) ?? 'missing'}: not a lockstep snapshot of format ${SNAPSHOT_FORMAT}`);
  const parsed = SNAPSHOT.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    fail(fieldName(issue!.path), issue!.message);
  }
  const raw = value as { sim: { alarms: object }; prng: object };
  checkAgainstModel(parsed.data, { alarms: Object.keys(raw.sim.alarms), prng: Object.keys(raw.prng) });
  return parsed.data;
}
