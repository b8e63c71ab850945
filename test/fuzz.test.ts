// Model-based fuzzing with fast-check: random sequences of physical actions never throw and keep
// the invariants after every step — bolt consistent with motor history, code count ≤ capacity,
// no code change without the required authority (seed S1, S2, S3). Each security property is
// shown to catch a deliberately broken firmware fixture. A failure prints fast-check's seed and
// shrunk counterexample; rerun with that seed to replay it. How many sequences, and from which
// seed: ./fuzz-settings.ts (LOCKSTEP_FUZZ_RUNS, LOCKSTEP_FUZZ_SEED).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Twin, type Action, type TwinOptions } from '../src/twin/twin.ts';
import { BOLT_STROKE } from '../src/hardware/motor-bolt.ts';
import { storeProblems } from '../src/firmware/store-rules.ts';
import { codesBySlot } from '../src/twin/store-words.ts';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';
import { checkTraceEntries } from '../src/twin/trace-check.ts';
import type { Firmware } from '../src/firmware/firmware.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { FirmwareIO } from '../src/firmware/io.ts';
import { SkipMastercodeCheckFirmware } from './fixtures/broken-firmware/skip-mastercode-check.ts';
import { KeypadResetCodeFirmware } from './fixtures/broken-firmware/keypad-reset-code.ts';
import { ScreenFolkloreResetCodeFirmware } from './fixtures/broken-firmware/screen-reset-code.ts';
import { fuzzRuns, fuzzSeed } from './fuzz-settings.ts';
import { hasSecureScreen } from '../src/firmware/secure-screen.ts';

type FirmwareFactory = (m: ModelProfile, io: FirmwareIO) => Firmware;
const RUNS = fuzzRuns(process.env.LOCKSTEP_FUZZ_RUNS);
const SEED = fuzzSeed(process.env.LOCKSTEP_FUZZ_SEED);
import { MODELS as PROFILES } from '../src/models/index.ts';
const MODELS = PROFILES.map((m) => m.id);
/** Models whose every programming path asks for the admin code (S2/S3). On the Powerbolt 250 the
 * interior Program button opens the menu by design; positional models have no admin code. */
/** Models with a SecureScreen (switch 4 on the 915/916, product-facts M5, M7). */
const SCREENED = PROFILES.filter(hasSecureScreen).map((m) => m.id);
const ADMIN_GATED = PROFILES.filter((m) => m.programButton === 'programming' || m.programButton === 'nothing' || m.programButton === 'menu-without-admin').map((m) => m.id);
/** Admin codes use 7s, and the authority fuzzers never type a 7: the code can never be entered. */
const UNGUESSABLE_ADMIN = '7777';
/** The unguessable admin code, on a model that has one (positional models have none to give). */
function unguessableAdmin(model: string): TwinOptions {
  return PROFILES.find((m) => m.id === model)!.programming === 'positional' ? {} : { mastercode: UNGUESSABLE_ADMIN };
}
const FUZZ_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '8', '9'] as const;

/** A fuzzing dictionary: the "reset codes" people search for, and the delete-all sequence. */
const FOLKLORE_CODES = ['0000', '000000', '1234', '999999', '9999', '1111', '123456', '0123'];
const digit = fc.constantFrom(...FUZZ_DIGITS);
const digits = fc.oneof(
  fc.array(digit, { minLength: 1, maxLength: 8 }).map((d) => d.join('')),
  fc.constantFrom(...FOLKLORE_CODES),
);
/** The longest action sequence a property tries. fast-check's default size caps a generated
 * array at 10 elements whatever its maxLength; `size: 'max'` lets lengths spread over the whole
 * 0..MAX_SEQUENCE (median about half of it). */
const MAX_SEQUENCE = 40;
const sequenceOf = (action: fc.Arbitrary<Action>): fc.Arbitrary<Action[]> => fc.array(action, { maxLength: MAX_SEQUENCE, size: 'max' });

const shortWait = fc.integer({ min: 1, max: 4_000 }).map((ms): Action => ({ do: 'wait', ms }));
const longWait = fc.integer({ min: 4_000, max: 120_000 }).map((ms): Action => ({ do: 'wait', ms }));
/** An hour to two days away: long enough for a pack of about 4.21 V, or one a load has drained
 * that far, to run down idle (test/pack-run-down.test.ts runs a 4.3 V and a fresh one down). Not
 * longer: a lock left waiting for the last press of a reset blinks its reminder every 6 s, each
 * blink a trace entry every step's trace check reads — five years of them made a campaign's
 * sequences minutes long, three weeks made the default run 29 s instead of 2.3 s; two days, 6.5 s. */
const HOUR_MS = 3_600_000;
const TWO_DAYS_MS = 2 * 24 * HOUR_MS;
const awayWait = fc.integer({ min: HOUR_MS, max: TWO_DAYS_MS }).map((ms): Action => ({ do: 'wait', ms }));

/** What a person outside the door can do: keypad, Lock button, key, waiting. */
const exteriorAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: digit.map((key): Action => ({ do: 'press', key })) },
  { weight: 4, arbitrary: digits.map((d): Action => ({ do: 'type', digits: d })) },
  { weight: 4, arbitrary: fc.constant<Action>({ do: 'press', key: 'lock' }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 40_000 }).map((ms): Action => ({ do: 'hold-for', key: 'lock', ms })) },
  { weight: 1, arbitrary: fc.constantFrom<Action>({ do: 'key', dir: 'lock' }, { do: 'key', dir: 'unlock' }) },
  { weight: 2, arbitrary: shortWait },
  { weight: 1, arbitrary: longWait },
  // The digits a 916's SecureScreen shows, touched (product-facts M5, M7); nothing where it shows none.
  { weight: 2, arbitrary: fc.constant<Action>({ do: 'type-shown' }) },
);

/** Inside too, but never pulling the pack: interior buttons, door, strike, thumbturn, switches. */
const interiorAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: exteriorAction },
  { weight: 3, arbitrary: fc.constant<Action>({ do: 'press', key: 'program' }) },
  fc.integer({ min: 100, max: 40_000 }).map((ms): Action => ({ do: 'hold-for', key: 'program', ms })),
  fc.constantFrom<Action>({ do: 'door', state: 'open' }, { do: 'door', state: 'closed' }),
  fc.constantFrom<Action>({ do: 'strike', state: 'aligned' }, { do: 'strike', state: 'misaligned' }),
  fc.constantFrom<Action>({ do: 'thumbturn', dir: 'lock' }, { do: 'thumbturn', dir: 'unlock' }),
  fc.constant<Action>({ do: 'push-bolt' }),
  // Switch 4 is SecureScreen on the 916 (product-facts M5, M7), unused on the others.
  fc.record({ n: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), on: fc.boolean() }).map(({ n, on }): Action => ({ do: 'switch', n, on })),
);

/** Anything at all, pack pulls, weak packs and the exterior's cable pulled included. */
const anyAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: interiorAction },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'battery-out' }) },
  { weight: 1, arbitrary: fc.double({ min: 4.0, max: 6.4, noNaN: true }).map((v): Action => ({ do: 'battery-in', volts: Math.round(v * 100) / 100 })) },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'hold', key: 'program' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ do: 'release', key: 'program' }) },
  { weight: 1, arbitrary: awayWait },
  { weight: 1, arbitrary: fc.constantFrom<Action>({ do: 'exterior', state: 'disconnected' }, { do: 'exterior', state: 'connected' }) },
);

function storeKey(t: Twin): string {
  const s = t.store();
  return JSON.stringify([s.trusted, s.adminCode, s.codes]);
}

function checkPhysicalInvariants(t: Twin, before: { pos: number; trace: number }): void {
  const pos = t.bolt.pos;
  if (!(pos >= 0 && pos <= BOLT_STROKE)) throw new Error(`bolt position out of range: ${pos}`);
  if ((t.bolt.state() === 'moving') !== t.bolt.running) throw new Error('bolt says moving without the motor running, or the reverse');
  if (pos !== before.pos && !t.bolt.running) {
    const moved = t.trace.entries.slice(before.trace).some((e) => e.ch === 'bolt');
    if (!moved) throw new Error(`bolt moved from ${before.pos} to ${pos} with no motor run or manual move`);
  }
  const s = t.store();
  if (s.codes.length !== t.model.codes.capacity) throw new Error(`${s.codes.length} slots, not the capacity ${t.model.codes.capacity}`);
  // Codes of the right length, unique by the model's rule (seed S4), an admin code of the right
  // length: what the firmware holds, a given store could hold too (firmware/store-rules.ts). An
  // untrusted store is held empty, admin code and all (seed S5), whatever the model: snapshot-fit.ts
  // checks it so.
  const admin = s.adminCode === '' ? (s.trusted ? 'none' : undefined) : s.adminCode;
  const [problem] = storeProblems(t.model, { codes: codesBySlot(s), mastercode: admin });
  if (problem) throw new Error(`the store breaks the model's rules: ${problem.message}`);
  // Any state the twin reaches saves to a snapshot its readers accept (twin/snapshot-check.ts).
  checkSnapshot(JSON.parse(JSON.stringify(t.snapshot())));
  // …and whatever it traced reads back through the trace check (twin/trace-check.ts; the browser saves its log).
  checkTraceEntries(JSON.parse(JSON.stringify(t.trace.entries.slice(before.trace))), t.sim.now);
}

/** A person's action: `type-shown` where the screen shows nothing is no action (the twin refuses
 * it — twin.ts NothingShownError — as a scenario's `type: shown` is refused). Any other is done
 * as the hardware would, whatever the lock's state (Twin.applyAnyway: a pack put in over one
 * still in, a press of a key held down), so the firmware meets every input a walk can make. */
function act(t: Twin, a: Action): void {
  if (a.do === 'type-shown' && t.screenDigits === '') return;
  t.applyAnyway(a);
}

function newTwin(model: string, seed: number, opts: TwinOptions = {}): Twin {
  return Twin.create(model, { seed, codes: { 1: '1234', 2: '5680' }, ...opts });
}

/** Invariants hold after every step of any sequence, and nothing throws. */
function invariantsProperty(model: string) {
  return fc.property(fc.integer({ min: 0, max: 1_000 }), sequenceOf(anyAction), (seed, actions) => {
    const t = newTwin(model, seed, { trace: true });
    for (const a of actions) {
      const before = { pos: t.bolt.pos, trace: t.trace.length };
      act(t, a);
      checkPhysicalInvariants(t, before);
    }
  });
}

function factoryResetSeen(t: Twin, from: number): boolean {
  return t.trace.entries.slice(from).some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'factory-reset');
}

/** The store a factory reset leaves (the model's after-reset defaults). */
function afterResetKey(t: Twin): string {
  const d = t.model.defaults;
  const codes = new Array<string>(t.model.codes.capacity).fill('');
  for (const [slot, code] of Object.entries(d.userCodesAfterReset)) codes[Number(slot) - 1] = code;
  return JSON.stringify([true, d.adminCodeAfterReset, codes]);
}

/** S2/S3: with an admin code enabled and never entered, no sequence changes the store — except
 * a factory reset, the physical bypass the seed names (S6), which leaves exactly the defaults. */
function authorityProperty(model: string, firmware?: FirmwareFactory) {
  return fc.property(fc.integer({ min: 0, max: 1_000 }), sequenceOf(interiorAction), (seed, actions) => {
    const t = newTwin(model, seed, { mastercode: UNGUESSABLE_ADMIN, doorOpen: true, firmware });
    const initial = storeKey(t);
    for (const a of actions) {
      const mark = t.trace.length;
      act(t, a);
      if (factoryResetSeen(t, mark)) {
        if (storeKey(t) !== afterResetKey(t)) throw new Error(`a factory reset left ${storeKey(t)}, not the defaults`);
        return; // the admin code is gone: the property's premise no longer holds
      }
      if (storeKey(t) !== initial) throw new Error(`store changed without the admin code after ${JSON.stringify(a)}`);
    }
  });
}

/** S1: no exterior sequence resets the lock or changes its codes (`screen`: from a lock with
 * SecureScreen on, switch 4, on the models that have it). */
function noKeypadResetProperty(model: string, firmware?: FirmwareFactory, alphabet = exteriorAction, screen = false) {
  return fc.property(fc.integer({ min: 0, max: 1_000 }), sequenceOf(alphabet), (seed, actions) => {
    const t = newTwin(model, seed, { ...unguessableAdmin(model), firmware, ...(screen ? { switches: { 4: true } } : {}) });
    const initial = storeKey(t);
    for (const a of actions) {
      act(t, a);
      if (storeKey(t) !== initial || t.trace.entries.some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'factory-reset')) {
        throw new Error(`exterior input changed the store after ${JSON.stringify(a)}`);
      }
    }
  });
}

describe('fuzzed physical sequences', () => {
  for (const model of MODELS) {
    it(`${model}: never throw and keep the invariants`, () => {
      fc.assert(invariantsProperty(model), { numRuns: RUNS, seed: SEED });
    });
    if (ADMIN_GATED.includes(model)) {
      it(`${model}: no store change without the admin code (S2, S3)`, () => {
        fc.assert(authorityProperty(model), { numRuns: RUNS, seed: SEED });
      });
    }
    it(`${model}: no exterior sequence resets or changes codes (S1)`, () => {
      fc.assert(noKeypadResetProperty(model), { numRuns: RUNS, seed: SEED });
    });
    if (SCREENED.includes(model)) {
      it(`${model}: no exterior sequence resets or changes codes behind SecureScreen, switch 4 on (S1)`, () => {
        fc.assert(noKeypadResetProperty(model, undefined, exteriorAction, true), { numRuns: RUNS, seed: SEED });
      });
    }
  }
});

describe('the fuzzers try long sequences', () => {
  // fast-check's default size quietly caps arrays at 10 elements: the properties would never
  // see a sequence longer than that, whatever maxLength says.
  it(`sequences spread up to ${MAX_SEQUENCE} actions, past fast-check's default cap of 10`, () => {
    const lengths = fc.sample(sequenceOf(anyAction), { numRuns: 500, seed: 1 }).map((s) => s.length);
    expect(Math.max(...lengths)).toBe(MAX_SEQUENCE);
    expect(lengths.filter((n) => n > 10).length).toBeGreaterThan(lengths.length / 2);
    expect(fc.sample(fc.array(anyAction, { maxLength: MAX_SEQUENCE }), { numRuns: 500, seed: 1 }).every((s) => s.length <= 10)).toBe(true);
  });
});

describe('the properties catch deliberately broken firmware', () => {
  it('authority property catches a firmware that skips the Mastercode check', () => {
    const factory: FirmwareFactory = (m, io) => new SkipMastercodeCheckFirmware(m, io);
    const out = fc.check(authorityProperty('smartcode-913', factory), { numRuns: 500, seed: 1 });
    expect(out.failed).toBe(true);
  });

  it('no-keypad-reset property catches a firmware with a universal reset code', () => {
    const factory: FirmwareFactory = (m, io) => new KeypadResetCodeFirmware(m, io);
    // Zero is in the alphabet; the fuzzer has to find "0000" then Lock by itself.
    const out = fc.check(noKeypadResetProperty('smartcode-913', factory), { numRuns: 1_000, seed: 1 });
    expect(out.failed).toBe(true);
  });

  it('no-keypad-reset property behind SecureScreen catches a reset code that only opens behind the screen; with switch 4 off it cannot', () => {
    const factory: FirmwareFactory = (m, io) => new ScreenFolkloreResetCodeFirmware(m, io);
    const screened = fc.check(noKeypadResetProperty('smartcode-916', factory, exteriorAction, true), { numRuns: 1_000, seed: 1 });
    expect(screened.failed).toBe(true);
    expect(JSON.stringify(screened.counterexample)).toContain('type-shown');
    const unscreened = fc.check(noKeypadResetProperty('smartcode-916', factory), { numRuns: 1_000, seed: 1 });
    expect(unscreened.failed).toBe(false);
  });
});
