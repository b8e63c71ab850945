// Model-based fuzzing with fast-check's commands (fc.commands, fc.modelRun): random sequences of
// what an owner does — add a code and delete one by the model's documented keypad sequences
// (product-facts M14, K5, §9, M15, M13), try codes at the keypad, change the batteries, change
// the Mastercode (M1, §7), reset the lock and recover it — run on the twin and on a reference
// model written from the manuals alone: a store of unique codes up to the capacity, a 31st and a
// duplicate refused (seed S4); a stored code opens the lock, any other is a wrong code (M4); the
// model's number of wrong codes within the window locks the keypad, and what is typed during the
// lockout is ignored (M4, M10); codes survive a battery change (the store is non-volatile; seed
// S5, S10); a factory reset and the recovery `lockstep doctor` prescribes leave the model's
// defaults and the new code (S6, S12, S18–S21). After every command the twin must agree with the
// model. Failures print fast-check's seed and the shrunk command list; ./fuzz-settings.ts sets
// the number of runs and the seed (LOCKSTEP_FUZZ_RUNS, LOCKSTEP_FUZZ_SEED). Two deliberately
// broken firmwares, which no security property sees, show that it catches what it claims to.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Twin } from '../src/twin/twin.ts';
import { MODELS, findModel } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { Firmware } from '../src/firmware/firmware.ts';
import type { FirmwareIO } from '../src/firmware/io.ts';
import { addCodeSequence, deleteCodeSequence, isUnavailable, setAdminSequence, type Sequence } from '../src/troubleshoot/keypad-sequences.ts';
import { boltWaitMs, type LockFacts } from '../src/troubleshoot/procedure-kit.ts';
import { enterCode } from '../src/troubleshoot/enter-code.ts';
import { hasSecureScreen, screenOn } from '../src/firmware/secure-screen.ts';
import { buildPlan } from '../src/troubleshoot/plan.ts';
import { runSteps } from '../src/troubleshoot/demonstrate.ts';
import { FUZZ_RUNS_DEFAULT, fuzzRuns, fuzzSeed } from './fuzz-settings.ts';
import { WrongEntryJudgedTwiceFirmware } from './fixtures/broken-firmware/wrong-entry-judged-twice.ts';
import { PackChangeForgetsCodesFirmware } from './fixtures/broken-firmware/pack-change-forgets-codes.ts';

type FirmwareFactory = (m: ModelProfile, io: FirmwareIO) => Firmware;
const RUNS = fuzzRuns(process.env.LOCKSTEP_FUZZ_RUNS);
const SEED = fuzzSeed(process.env.LOCKSTEP_FUZZ_SEED);
/** The seed of the test that every outcome is met, when LOCKSTEP_FUZZ_SEED does not set one. */
const EXERCISE_SEED = 1;

/** The admin codes: 7s and 8s, a key (7|8 on the two-digit keypads) no pool code uses, so no
 * code tried at the keypad is ever a prefix of one or one of it. The lock starts with the first. */
const ADMINS = ['7777', '8888', '78787'] as const;
const ADMIN = ADMINS[0];
/** The codes the commands add, delete and try: four digits from 1, 3, 5 and 9, each on a key of
 * its own on the two-digit keypads (1|2, 3|4, 5|6, 9|0), so no two are one key pattern there. */
const POOL = ['1111', '1335', '3159', '5913', '9351', '1593', '3333', '5551', '9999', '1359', '3915', '5195'] as const;
/** Codes tried in one command: typed one after another (about 5 s each), all within the lockout
 * window, and enough to go past the most wrong codes a model allows (5, the Powerbolt 2) into its
 * lockout (45 s at the shortest). */
const MAX_TRIES = 7;
/** How many times an add is as likely as each other command. */
const ADD_WEIGHT = 3;
/** The longest command list one run tries. */
const MAX_COMMANDS = 30;
/** Before each command: every entry, programming, signal, auto-lock and lockout of the last one
 * over, and its wrong codes out of the window. */
const SETTLE_MARGIN_MS = 10_000;
/** The pack out this long at a battery change. */
const PACK_OUT_MS = 3_000;
const FRESH_PACK_V = 6.0;

interface Owner {
  model: ModelProfile;
  /** Slot by slot (positional models), or as a set in the first free slots (the others). */
  codes: string[];
  /** The Mastercode / programming code ('' on the positional models, which have none). */
  admin: string;
  /** The outcomes the commands met (added, duplicate, full, deleted, …). */
  met: Set<string>;
}

interface Real {
  twin: Twin;
}

function settleMs(p: ModelProfile): number {
  return p.lockout.windowMs + p.lockout.durationMs + p.timing.programmingTimeoutMs + SETTLE_MARGIN_MS;
}

function events(twin: Twin, from: number): { type: string; source?: string }[] {
  return twin.trace.entries.slice(from).filter((e) => e.ch === 'event').map((e) => e.v as { type: string; source?: string });
}

function stored(codes: readonly string[], positional: boolean): string[] {
  return positional ? [...codes] : codes.filter((c) => c !== '').sort();
}

/** The twin's store is the owner's: the same codes (in the same slots on positional models). */
function expectSameCodes(owner: Owner, twin: Twin, after: string): void {
  const positional = owner.model.programming === 'positional';
  const s = twin.store();
  if (!s.trusted) throw new Error(`after ${after}: the store is not trusted`);
  if (s.adminCode !== owner.admin) throw new Error(`after ${after}: the lock's admin code is ${s.adminCode || 'none'}, the owner's model ${owner.admin || 'none'}`);
  const got = stored(s.codes, positional);
  const want = stored(owner.codes, positional);
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`after ${after}: the lock holds ${JSON.stringify(got)}, the owner's model ${JSON.stringify(want)}`);
}

function runSequence(twin: Twin, seq: Sequence): void {
  if (isUnavailable(seq)) throw new Error(seq.unavailable);
  for (const step of seq) if (step.action) twin.apply(step.action);
}

function settle(twin: Twin): void {
  twin.apply({ do: 'wait', ms: settleMs(twin.model) });
}

class AddCode implements fc.Command<Owner, Real> {
  constructor(
    readonly code: string,
    readonly slot: number,
  ) {}
  check(): boolean {
    return true;
  }
  run(owner: Owner, { twin }: Real): void {
    const p = owner.model;
    const slot = Math.min(this.slot, p.codes.capacity);
    settle(twin);
    const mark = twin.trace.length;
    runSequence(twin, addCodeSequence(p, owner.admin, this.code, slot));
    twin.apply({ do: 'wait', ms: boltWaitMs(p) });
    // S4: unique codes (on a positional model, unique among the other slots), at most the capacity.
    let added: boolean;
    if (p.programming === 'positional') {
      added = !owner.codes.some((c, i) => c === this.code && i !== slot - 1);
      owner.met.add(added ? (owner.codes[slot - 1] === '' ? 'added' : 'replaced') : 'duplicate');
      if (added) owner.codes[slot - 1] = this.code;
    } else {
      const free = owner.codes.indexOf('');
      const duplicate = owner.codes.includes(this.code);
      added = !duplicate && free >= 0;
      owner.met.add(added ? 'added' : duplicate ? 'duplicate' : 'full');
      if (added) owner.codes[free] = this.code;
    }
    const seen = events(twin, mark).map((e) => e.type);
    const answer = added ? 'code-added' : 'programming-failed';
    if (!seen.includes(answer)) throw new Error(`${this}: expected ${answer}, the lock answered ${JSON.stringify(seen)}`);
    expectSameCodes(owner, twin, this.toString());
  }
  toString(): string {
    return `add ${this.code} (slot ${this.slot})`;
  }
}

class DeleteCode implements fc.Command<Owner, Real> {
  constructor(readonly code: string) {}
  check(owner: Owner): boolean {
    return owner.model.programming !== 'positional';
  }
  run(owner: Owner, { twin }: Real): void {
    const p = owner.model;
    settle(twin);
    const mark = twin.trace.length;
    runSequence(twin, deleteCodeSequence(p, owner.admin, this.code));
    twin.apply({ do: 'wait', ms: boltWaitMs(p) });
    const at = owner.codes.indexOf(this.code);
    owner.met.add(at >= 0 ? 'deleted' : 'not-found');
    if (at >= 0) owner.codes[at] = '';
    const seen = events(twin, mark).map((e) => e.type);
    const answer = at >= 0 ? 'code-deleted' : 'programming-failed';
    if (!seen.includes(answer)) throw new Error(`${this}: expected ${answer}, the lock answered ${JSON.stringify(seen)}`);
    expectSameCodes(owner, twin, this.toString());
  }
  toString(): string {
    return `delete ${this.code}`;
  }
}

/** Codes typed at the keypad one after another, each with the door locked by key first. */
class TryCodes implements fc.Command<Owner, Real> {
  constructor(readonly codes: readonly string[]) {}
  check(): boolean {
    return true;
  }
  run(owner: Owner, { twin }: Real): void {
    const p = owner.model;
    settle(twin);
    let wrong = 0;
    let lockedOut = false;
    for (const code of this.codes) {
      twin.apply({ do: 'key', dir: 'lock' });
      twin.apply({ do: 'wait', ms: boltWaitMs(p) });
      const mark = twin.trace.length;
      enterCode(twin, code); // as the lock asks for it: behind a lit SecureScreen, its digits first
      twin.apply({ do: 'wait', ms: boltWaitMs(p) });
      const seen = events(twin, mark);
      const opened = seen.some((e) => e.type === 'unlocked' && e.source === 'keypad');
      const wrongs = seen.filter((e) => e.type === 'wrong-code').length;
      const lockout = seen.some((e) => e.type === 'lockout');
      const what = `${this}: ${code}`;
      if (lockedOut) {
        // M4: the keypad is locked out; what is typed is ignored.
        if (opened || wrongs > 0) throw new Error(`${what} during the lockout: the lock answered ${JSON.stringify(seen)}`);
        owner.met.add('ignored');
        continue;
      }
      if (owner.codes.includes(code)) {
        if (!opened || wrongs > 0) throw new Error(`${what} is stored, but the lock answered ${JSON.stringify(seen)}`);
        owner.met.add('opened');
        continue;
      }
      wrong++;
      lockedOut = wrong >= p.lockout.wrongAttempts;
      if (opened || wrongs !== 1) throw new Error(`${what} is not stored: expected one wrong code, the lock answered ${JSON.stringify(seen)}`);
      if (lockout !== lockedOut) throw new Error(`${what}: wrong code ${wrong} of ${p.lockout.wrongAttempts} allowed, ${lockedOut ? 'expected' : 'did not expect'} the lockout; the lock answered ${JSON.stringify(seen)}`);
      owner.met.add(lockedOut ? 'locked-out' : 'wrong');
    }
    expectSameCodes(owner, twin, this.toString());
  }
  toString(): string {
    return `try ${this.codes.join(', ')}`;
  }
}

/** The seed's recovery story, as `lockstep doctor` prescribes it: the factory reset (seed S8, S9),
 * door handing (S18), the Mastercode set again where the model has one (S21), a new code added
 * and tried with the door open (S20). The owner's model: the model's after-reset defaults (S6,
 * S12: the Powerbolts' 1234) and the new code in the first free slot. */
class ResetAndRecover implements fc.Command<Owner, Real> {
  constructor(readonly code: string) {}
  check(): boolean {
    return true;
  }
  run(owner: Owner, { twin }: Real): void {
    const p = owner.model;
    settle(twin);
    const positional = p.programming === 'positional';
    // What the doctor would read off the lock: the door as it is (the recovery closes it after
    // the open-door test, and opens it for handing).
    const facts: LockFacts = { adminCode: owner.admin, codes: {}, untested: [], handed: true, doorOpen: twin.door.open, tag: '', newCode: this.code, newAdminCode: ADMIN, screen: screenOn(twin.firmware) };
    const plan = buildPlan(p, ['factory-reset', 'set-mastercode'], facts);
    const failed = runSteps(twin, plan.steps).flatMap((o) => o.failures.map((f) => `step ${o.step.n} (${o.step.says}): ${JSON.stringify(f)}`));
    if (failed.length) throw new Error(`${this}: ${failed[0]}`);
    owner.codes.fill('');
    for (const [slot, c] of Object.entries(p.defaults.userCodesAfterReset)) owner.codes[Number(slot) - 1] = c;
    owner.codes[owner.codes.indexOf('')] = this.code;
    if (!positional) owner.admin = ADMIN;
    settle(twin);
    expectSameCodes(owner, twin, this.toString());
    owner.met.add('reset');
  }
  toString(): string {
    return `reset and recover with ${this.code}`;
  }
}

/** A new Mastercode / programming code by the model's documented sequence (seed S21; product-facts
 * M1, §7): the old one stops working and the new one opens programming. */
class ChangeAdmin implements fc.Command<Owner, Real> {
  constructor(readonly next: string) {}
  check(owner: Owner): boolean {
    return !isUnavailable(setAdminSequence(owner.model, owner.admin, this.next));
  }
  run(owner: Owner, { twin }: Real): void {
    settle(twin);
    runSequence(twin, setAdminSequence(owner.model, owner.admin, this.next));
    owner.admin = this.next;
    owner.met.add('admin changed');
    settle(twin);
    expectSameCodes(owner, twin, this.toString());
  }
  toString(): string {
    return `change the admin code to ${this.next}`;
  }
}

class ChangeBatteries implements fc.Command<Owner, Real> {
  check(): boolean {
    return true;
  }
  run(owner: Owner, { twin }: Real): void {
    settle(twin);
    twin.apply({ do: 'battery-out' });
    twin.apply({ do: 'wait', ms: PACK_OUT_MS });
    twin.apply({ do: 'battery-in', volts: FRESH_PACK_V });
    // Whatever the power-up runs (door handing on some models) is over before the comparison.
    settle(twin);
    expectSameCodes(owner, twin, this.toString());
    owner.met.add('batteries changed');
  }
  toString(): string {
    return 'change the batteries';
  }
}

const code = fc.constantFrom(...POOL);

function commandsFor(p: ModelProfile): fc.Arbitrary<Iterable<fc.Command<Owner, Real>>> {
  const add = fc.tuple(code, fc.integer({ min: 1, max: p.codes.capacity })).map(([c, slot]) => new AddCode(c, slot));
  // Adds weigh ADD_WEIGHT times the others, so that runs fill the smaller stores (S4's refusal).
  return fc.commands(
    [
      ...new Array<typeof add>(ADD_WEIGHT).fill(add),
      code.map((c) => new DeleteCode(c)),
      fc.array(code, { minLength: 1, maxLength: MAX_TRIES }).map((cs) => new TryCodes(cs)),
      fc.constant(new ChangeBatteries()),
      code.map((c) => new ResetAndRecover(c)),
      fc.constantFrom(...ADMINS).map((a) => new ChangeAdmin(a)),
    ],
    { maxCommands: MAX_COMMANDS, size: 'max' },
  );
}

/** The installed lock: door open (the seed's advice for trying codes, S20; door handing at a
 * power-up runs freely), handed, no user code, the admin code set where the model has one. */
function setup(p: ModelProfile, seed: number, met: Set<string>, firmware?: FirmwareFactory, screen = false): { model: Owner; real: Real } {
  const positional = p.programming === 'positional';
  const twin = Twin.create(p.id, { seed, codes: {}, doorOpen: true, trace: true, firmware, ...(positional ? {} : { mastercode: ADMIN }), ...(screen ? { switches: { 4: true } } : {}) });
  return { model: { model: p, codes: new Array<string>(p.codes.capacity).fill(''), admin: positional ? '' : ADMIN, met }, real: { twin } };
}

/** `screen`: the lock's SecureScreen on (switch 4 on a 915/916, product-facts M5, M7). */
function ownerProperty(p: ModelProfile, firmware?: FirmwareFactory, met = new Set<string>(), screen = false) {
  return fc.property(fc.integer({ min: 0, max: 1_000 }), commandsFor(p), (seed, cmds) => {
    fc.modelRun(() => setup(p, seed, met, firmware, screen), cmds);
  });
}

describe('model-based: the twin keeps the owner\'s manual, command after command', () => {
  for (const p of MODELS) {
    it(`${p.id}: adds, deletes, codes tried, battery changes, resets and new admin codes agree with the reference model`, () => {
      fc.assert(ownerProperty(p), { numRuns: RUNS, seed: SEED });
    });
  }
  for (const p of MODELS.filter(hasSecureScreen)) {
    it(`${p.id} with SecureScreen on (switch 4): the same, each code tried after the digits the screen shows`, () => {
      fc.assert(ownerProperty(p, undefined, new Set<string>(), true), { numRuns: RUNS, seed: SEED });
    });
  }
});

describe('the model-based fuzzer catches deliberately broken firmware', () => {
  const p = findModel('smartcode-913')!;
  it('wrong-entry-judged-twice (the keypad locks after two wrong codes, not three)', () => {
    const r = fc.check(ownerProperty(p, (m, io) => new WrongEntryJudgedTwiceFirmware(m, io)), { numRuns: RUNS, seed: SEED });
    expect(r.failed).toBe(true);
    expect(String(r.errorInstance)).toMatch(/expected one wrong code|did not expect the lockout/);
  });
  it('pack-change-forgets-codes (the user codes lost at a battery change)', () => {
    const r = fc.check(ownerProperty(p, (m, io) => new PackChangeForgetsCodesFirmware(m, io)), { numRuns: RUNS, seed: SEED });
    expect(r.failed).toBe(true);
    expect(String(r.errorInstance)).toMatch(/after change the batteries: the lock holds \[\], the owner's model \[/);
  });
});

describe('the reference model is exercised', () => {
  // Commands that never meet an outcome test nothing: over a default run every outcome the
  // model predicts must come up — on the 913 and on the Powerbolt 2, whose 6 slots the pool of 12
  // codes can fill; on the positional 909, a code written over another.
  const WANT: Record<string, string[]> = {
    'smartcode-913': ['added', 'duplicate', 'deleted', 'not-found', 'opened', 'wrong', 'locked-out', 'ignored', 'batteries changed', 'reset', 'admin changed'],
    'powerbolt-2': ['added', 'duplicate', 'full', 'deleted', 'not-found', 'opened', 'wrong', 'locked-out', 'ignored', 'batteries changed', 'reset', 'admin changed'],
    'smartcode-909': ['added', 'replaced', 'duplicate', 'opened', 'wrong', 'locked-out', 'ignored', 'batteries changed', 'reset'],
  };
  for (const [id, want] of Object.entries(WANT)) {
    it(`${id}: ${want.join(', ')}`, () => {
      const met = new Set<string>();
      // A fixed seed and at least the default number of runs: what is met does not hang on chance
      // or on a short LOCKSTEP_FUZZ_RUNS.
      fc.assert(ownerProperty(findModel(id)!, undefined, met), { numRuns: Math.max(RUNS, FUZZ_RUNS_DEFAULT), seed: SEED ?? EXERCISE_SEED });
      expect([...met].sort()).toEqual([...want].sort());
    });
  }
  it('smartcode-916 with SecureScreen on: the 913\'s outcomes, met behind the screen', () => {
    const met = new Set<string>();
    fc.assert(ownerProperty(findModel('smartcode-916')!, undefined, met, true), { numRuns: Math.max(RUNS, FUZZ_RUNS_DEFAULT), seed: SEED ?? EXERCISE_SEED });
    expect([...met].sort()).toEqual([...WANT['smartcode-913']].sort());
  });
});
