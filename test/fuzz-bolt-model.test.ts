// Model-based fuzzing of the bolt (fast-check fc.commands / fc.modelRun): random sequences of
// what happens at a door — a code opens it, the Lock button locks it (one-touch locking), the
// thumbturn or the key turns it, the door is opened and closed, the strike plate knocked out of
// line and set right, the auto-lock switch flipped, time passes — run on the twin and on a
// reference model of the bolt written from the manuals alone:
//  - a stored code withdraws the bolt (product-facts §9, M10: with the Lock button after it on
//    the Powerbolt 2); the Lock button throws it (one-touch locking, §9);
//  - thrown against a strike out of line on a closed door the bolt stops short: by motor that is
//    a jam (seed S17; the jam signal of K3, M4, M9), by hand the bolt just stays short;
//  - with auto-lock on, the lock throws the bolt 30 s after it was unlocked (K3 "re-locks door
//    30 seconds after unlocking"); locking it first, or turning auto-lock off, forgets that;
//    unlocked again, the 30 s start again; a bolt left short of home counts as unlocked; on the
//    Powerbolt 250 auto-lock is its menu's (M9): item 7 turns it on or off, item 8 and a key 1–5
//    choose 30 s, 1, 3, 5 or 10 min for the next unlock's countdown, and switch 2 is not read;
//  - a thumbturn or key that cannot turn further moves nothing, so the lock notices nothing;
//  - a locked door does not open, and a door does not close on a thrown bolt: either stays put.
// After every command the bolt, whether the lock counts itself locked, and the lock's own events
// (unlocked, locked, jam, with their sources) must be what the model says. Failures print
// fast-check's seed and the shrunk command list; ./fuzz-settings.ts sets the number of runs and
// the seed. A deliberately broken firmware (auto-lock not restarted by a second unlock) shows it
// catches what no security property sees.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Twin, type Action } from '../src/twin/twin.ts';
import { AUTO_LOCK_SWITCH } from '../src/firmware/bolt-control.ts';
import { MODELS, findModel } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { Firmware } from '../src/firmware/firmware.ts';
import type { FirmwareIO } from '../src/firmware/io.ts';
import { boltWaitMs, codeEntryActions } from '../src/troubleshoot/procedure-kit.ts';
import { fuzzRuns, fuzzSeed } from './fuzz-settings.ts';
import { AutoLockKeepsFirstTimerFirmware } from './fixtures/broken-firmware/auto-lock-keeps-first-timer.ts';

type FirmwareFactory = (m: ModelProfile, io: FirmwareIO) => Firmware;
const RUNS = fuzzRuns(process.env.LOCKSTEP_FUZZ_RUNS);
const SEED = fuzzSeed(process.env.LOCKSTEP_FUZZ_SEED);
/** The seed of the test that every outcome is met, when LOCKSTEP_FUZZ_SEED does not set one, and
 * its runs (over 500 runs from seed 3 the rarest outcome, a bolt left short by hand, came up 99
 * times). */
const EXERCISE_SEED = 1;
const EXERCISE_RUNS = 200;

/** Sequences the broken firmware is tried with: 100 from each of 30 seeds caught it every time,
 * so 500 leave it no chance. */
const FIXTURE_RUNS = 500;
/** The lock's one user code (digits on keys of their own on the two-digit keypads). */
const CODE = '1357';
/** The longest command list one run tries. */
const MAX_COMMANDS = 30;
/** The waits a command may take: shorter and longer than the 30 s auto-lock, and across it. */
const WAITS_MS = [3_000, 10_000, 20_000, 35_000, 60_000] as const;
/** On a lock whose menu chooses the auto-lock delay (up to 10 min, M9), waits across the longer
 * delays too. */
const LONG_WAITS_MS = [200_000, 620_000] as const;
/** How many times a code or a wait is as likely as each other command. */
const CODE_AND_WAIT_WEIGHT = 3;
/** A command other than a wait takes at most this long (a code typed, the bolt's run, its
 * signals): one is not begun this close to a pending auto-lock, so that the auto-lock never
 * falls inside it. */
const COMMAND_SPAN_MS = 8_000;
/** A wait does not end this close after a pending auto-lock: its bolt run and signals are over. */
const AUTO_LOCK_RUN_MS = 3_000;
/** The bolt as the events and state speak of it: thrown home, withdrawn, or stopped short of home
 * by a strike out of line (jammed by the motor, or left there by hand). */
type Bolt = 'extended' | 'retracted' | 'short';

interface Door {
  model: ModelProfile;
  bolt: Bolt;
  doorOpen: boolean;
  strikeAligned: boolean;
  autoLock: boolean;
  /** How long after an unlock auto-lock throws the bolt: 30 s, or the menu's choice (M9). */
  delayMs: number;
  /** The virtual time at which auto-lock throws the bolt, or -1 when none is pending. */
  autoLockAt: number;
  /** The twin's clock when the last command ended (the model's clock follows it). */
  now: number;
  met: Set<string>;
}

interface Real {
  twin: Twin;
}

interface Seen {
  type: string;
  source?: string;
}

function seenSince(twin: Twin, from: number): Seen[] {
  return twin.trace.entries
    .slice(from)
    .filter((e) => e.ch === 'event')
    .map((e) => e.v as Seen)
    .filter((e) => e.type === 'locked' || e.type === 'unlocked' || e.type === 'jam')
    .map(({ type, source }) => ({ type, source }));
}

function boltOf(twin: Twin): Bolt | 'moving' {
  const s = twin.bolt.state();
  return s === 'jammed' || s === 'partial' ? 'short' : s;
}

/** The bolt thrown where the strike is out of line on a closed door stops short of home. */
function blocked(door: Door): boolean {
  return !door.doorOpen && !door.strikeAligned;
}

/** The lock unlocked at `at` (its own report of it): with auto-lock on, it locks 30 s later. */
function unlockedAt(door: Door, at: number): void {
  door.autoLockAt = door.autoLock ? at + door.delayMs : -1;
}

/** Compare the twin with the model after a command — the bolt, the lock's own idea of it, the
 * door and the lock's events — then bring the model's clock to the twin's. */
function agree(door: Door, twin: Twin, from: number, want: Seen[], what: string): void {
  const seen = seenSince(twin, from);
  const got = boltOf(twin);
  if (got !== door.bolt) throw new Error(`after ${what}: the bolt is ${got}, the model's ${door.bolt}`);
  if (twin.locked !== (door.bolt === 'extended')) throw new Error(`after ${what}: the lock counts itself ${twin.locked ? 'locked' : 'unlocked'} with the bolt ${got}`);
  if (twin.door.open !== door.doorOpen) throw new Error(`after ${what}: the door is ${twin.door.open ? 'open' : 'shut'}, the model's ${door.doorOpen ? 'open' : 'shut'}`);
  if (JSON.stringify(seen) !== JSON.stringify(want)) throw new Error(`after ${what}: the lock said ${JSON.stringify(seen)}, the model ${JSON.stringify(want)}`);
  door.now = twin.sim.now;
}

/** Whether a command of up to COMMAND_SPAN_MS can run without a pending auto-lock inside it. */
function clearOfAutoLock(door: Door): boolean {
  return door.autoLockAt < 0 || door.autoLockAt - door.now > COMMAND_SPAN_MS;
}

/** The motor throws the bolt (the Lock button, auto-lock): home, or short and a jam. */
function motorThrow(door: Door, source: string): Seen[] {
  door.autoLockAt = -1;
  if (blocked(door) && door.bolt !== 'extended') {
    door.bolt = 'short';
    door.met.add(`jam by ${source}`);
    return [{ type: 'jam', source }];
  }
  door.bolt = 'extended';
  door.met.add(`locked by ${source}`);
  return [{ type: 'locked', source }];
}

class OpenWithCode implements fc.Command<Door, Real> {
  check(door: Door): boolean {
    return clearOfAutoLock(door);
  }
  run(door: Door, { twin }: Real): void {
    const from = twin.trace.length;
    for (const a of codeEntryActions(door.model, CODE)) twin.apply(a);
    twin.apply({ do: 'wait', ms: boltWaitMs(door.model) });
    // The code withdraws the bolt from wherever it is (§9, M10); the 30 s run from the lock's report.
    door.bolt = 'retracted';
    const report = twin.trace.entries.slice(from).find((e) => e.ch === 'event' && (e.v as Seen).type === 'unlocked');
    unlockedAt(door, report ? report.t : twin.sim.now);
    door.met.add('opened by code');
    agree(door, twin, from, [{ type: 'unlocked', source: 'keypad' }], this.toString());
  }
  toString(): string {
    return 'code';
  }
}

class PressLock implements fc.Command<Door, Real> {
  check(door: Door): boolean {
    return clearOfAutoLock(door);
  }
  run(door: Door, { twin }: Real): void {
    const from = twin.trace.length;
    twin.apply({ do: 'press', key: 'lock' });
    twin.apply({ do: 'wait', ms: boltWaitMs(door.model) });
    agree(door, twin, from, motorThrow(door, 'lock-button'), this.toString());
  }
  toString(): string {
    return 'Lock';
  }
}

/** The thumbturn inside or the key outside: the bolt goes as far as the hand and the strike let it. */
class TurnByHand implements fc.Command<Door, Real> {
  constructor(
    readonly how: 'thumbturn' | 'key',
    readonly dir: 'lock' | 'unlock',
  ) {}
  check(door: Door): boolean {
    return clearOfAutoLock(door);
  }
  run(door: Door, { twin }: Real): void {
    const from = twin.trace.length;
    const at = twin.sim.now;
    twin.apply({ do: this.how, dir: this.dir });
    twin.apply({ do: 'wait', ms: boltWaitMs(door.model) });
    const before = door.bolt;
    const after: Bolt = this.dir === 'unlock' ? 'retracted' : blocked(door) && before !== 'extended' ? 'short' : 'extended';
    const want: Seen[] = [];
    if (after !== before) {
      door.bolt = after;
      // The lock reads the bolt: a locked lock it was not, or an unlocked one it was, is reported.
      if ((after === 'extended') !== (before === 'extended')) want.push({ type: after === 'extended' ? 'locked' : 'unlocked', source: 'manual' });
      if (after === 'extended') door.autoLockAt = -1;
      else unlockedAt(door, at);
      door.met.add(`${this.dir === 'lock' ? (after === 'short' ? 'left short' : 'locked') : 'unlocked'} by hand`);
    } else {
      door.met.add('hand turn that moves nothing');
    }
    agree(door, twin, from, want, this.toString());
  }
  toString(): string {
    return `${this.how} ${this.dir}`;
  }
}

/** A change at the door that the lock does not answer — the door opened or closed, the strike
 * plate moved, the auto-lock switch flipped: after it the lock has said nothing. */
class QuietChange implements fc.Command<Door, Real> {
  constructor(
    readonly label: string,
    readonly action: Action,
    /** Whether the change can be made now (beside a pending auto-lock's margin). */
    readonly allowed: (door: Door) => boolean,
    /** The change in the model. */
    readonly change: (door: Door) => void,
  ) {}
  check(door: Door): boolean {
    return clearOfAutoLock(door) && this.allowed(door);
  }
  run(door: Door, { twin }: Real): void {
    const from = twin.trace.length;
    twin.apply(this.action);
    twin.apply({ do: 'wait', ms: boltWaitMs(door.model) });
    this.change(door);
    agree(door, twin, from, [], this.label);
  }
  toString(): string {
    return this.label;
  }
}

/** A locked door does not open, and a door does not close on a thrown bolt: tried anyway, the
 * door stays where it is (a bolt stopped short at the strike does not hold it). */
const moveDoor = (open: boolean): QuietChange =>
  new QuietChange(
    open ? 'open the door' : 'close the door',
    { do: 'door', state: open ? 'open' : 'closed' },
    (door) => door.doorOpen !== open,
    (door) => {
      if (door.bolt !== 'extended') door.doorOpen = open;
    },
  );

/** The strike plate knocked out of line, or set right — with the door open, where it is worked on. */
const setStrike = (aligned: boolean): QuietChange =>
  new QuietChange(
    aligned ? 'strike set right' : 'strike out of line',
    { do: 'strike', state: aligned ? 'aligned' : 'misaligned' },
    (door) => door.doorOpen && door.strikeAligned !== aligned,
    (door) => {
      door.strikeAligned = aligned;
    },
  );

/** Where the menu sets auto-lock (Powerbolt 250, product-facts M9), switch 2 is not read. */
const menuSetsAutoLock = (p: ModelProfile): boolean => Boolean(p.menu?.autoLock);

/** Off, nothing locks by itself; on, the next unlock starts the 30 s. Where the menu sets
 * auto-lock, the switch flipped changes nothing (the lock was installed with it on or off). */
const autoLockSwitch = (on: boolean): QuietChange =>
  new QuietChange(
    `auto-lock switch ${on ? 'on' : 'off'}`,
    { do: 'switch', n: AUTO_LOCK_SWITCH, on },
    (door) => menuSetsAutoLock(door.model) || door.autoLock !== on,
    (door) => {
      if (menuSetsAutoLock(door.model)) {
        door.met.add('auto-lock switch not read');
        return;
      }
      door.autoLock = on;
      if (!on) door.autoLockAt = -1;
      door.met.add(`auto-lock ${on ? 'on' : 'off'}`);
    },
  );

/** The Powerbolt 250's menu (M9), opened by the programming button: its auto-lock item turns
 * auto-lock on or off, or its delay item and a key choose the delay. Neither moves the bolt; a
 * countdown already running keeps its end (assumed), and auto-lock turned off ends it. */
class MenuAutoLock implements fc.Command<Door, Real> {
  /** `delayKey`: the key 1–5 for the delay item, or null for the on/off item. */
  constructor(readonly delayKey: number | null) {}
  check(door: Door): boolean {
    return menuSetsAutoLock(door.model) && clearOfAutoLock(door);
  }
  run(door: Door, { twin }: Real): void {
    const from = twin.trace.length;
    const menu = door.model.menu!;
    twin.apply({ do: 'press', key: 'program' });
    twin.apply({ do: 'type', digits: this.delayKey === null ? menu.autoLock! : menu.autoLockDelay!.item });
    twin.apply({ do: 'press', key: 'lock' });
    if (this.delayKey !== null) {
      twin.apply({ do: 'type', digits: String(this.delayKey) });
      twin.apply({ do: 'press', key: 'lock' });
    }
    twin.apply({ do: 'wait', ms: boltWaitMs(door.model) });
    if (this.delayKey === null) {
      door.autoLock = !door.autoLock;
      if (!door.autoLock) door.autoLockAt = -1;
      door.met.add(`menu: auto-lock ${door.autoLock ? 'on' : 'off'}`);
    } else {
      door.delayMs = menu.autoLockDelay!.choicesMs[this.delayKey - 1];
    }
    agree(door, twin, from, [], this.toString());
  }
  toString(): string {
    return this.delayKey === null ? 'menu: auto-lock on/off' : `menu: delay key ${this.delayKey}`;
  }
}

class Wait implements fc.Command<Door, Real> {
  constructor(readonly ms: number) {}
  check(door: Door): boolean {
    // Not ending while an auto-lock's bolt still runs.
    const end = door.now + this.ms;
    return door.autoLockAt < 0 || end < door.autoLockAt || end >= door.autoLockAt + AUTO_LOCK_RUN_MS;
  }
  run(door: Door, { twin }: Real): void {
    const from = twin.trace.length;
    twin.apply({ do: 'wait', ms: this.ms });
    const due = door.autoLockAt >= 0 && door.autoLockAt <= door.now + this.ms;
    // Auto-lock throws a bolt that is not home; one already home it leaves alone.
    const want = due && door.bolt !== 'extended' ? motorThrow(door, 'auto-lock') : [];
    if (due && door.bolt === 'extended' && want.length > 0) door.met.add(`auto-lock after ${door.delayMs / 1000} s`);
    if (due) door.autoLockAt = -1;
    agree(door, twin, from, want, this.toString());
  }
  toString(): string {
    return `wait ${this.ms / 1000} s`;
  }
}

function commands(p: ModelProfile): fc.Arbitrary<Iterable<fc.Command<Door, Real>>> {
  const code = fc.constant(new OpenWithCode());
  const choices = p.menu?.autoLockDelay?.choicesMs.length ?? 0;
  const wait = fc.constantFrom(...WAITS_MS, ...(choices > 0 ? LONG_WAITS_MS : [])).map((ms) => new Wait(ms));
  const menu = menuSetsAutoLock(p) ? [fc.constantFrom(null, ...Array.from({ length: choices }, (_, i) => i + 1)).map((k) => new MenuAutoLock(k))] : [];
  // Codes and waits weigh CODE_AND_WAIT_WEIGHT times the others: a second unlock within the
  // 30 s of a first, and a wait across the first's end, come up often.
  return fc.commands(
    [
      ...new Array<typeof code>(CODE_AND_WAIT_WEIGHT).fill(code),
      ...new Array<typeof wait>(CODE_AND_WAIT_WEIGHT).fill(wait),
      fc.constant(new PressLock()),
      fc.tuple(fc.constantFrom('thumbturn' as const, 'key' as const), fc.constantFrom('lock' as const, 'unlock' as const)).map(([how, dir]) => new TurnByHand(how, dir)),
      fc.boolean().map(moveDoor),
      fc.boolean().map(setStrike),
      fc.boolean().map(autoLockSwitch),
      ...menu,
    ],
    { maxCommands: MAX_COMMANDS, size: 'max' },
  );
}

/** The installed lock: handed to a right-hand door, door closed and unlocked, one user code, a
 * fresh pack; auto-lock on or off, and the strike plate in line or not (seed S17), as installed. */
interface Installed {
  autoLock: boolean;
  strikeAligned: boolean;
}

function setup(p: ModelProfile, seed: number, how: Installed, met: Set<string>, firmware?: FirmwareFactory): { model: Door; real: Real } {
  // Auto-lock as installed: switch 2, or the menu's setting where the menu sets it.
  const autoLock = menuSetsAutoLock(p) ? { autoLock: how.autoLock ? ('on' as const) : ('off' as const) } : { switches: { 2: how.autoLock } };
  const twin = Twin.create(p.id, { seed, codes: { 1: CODE }, door: 'right', handed: 'right', doorOpen: false, strikeAligned: how.strikeAligned, trace: true, firmware, ...autoLock });
  twin.apply({ do: 'wait', ms: boltWaitMs(p) });
  return { model: { model: p, bolt: 'retracted', doorOpen: false, ...how, delayMs: p.timing.autoLockDelayMs, autoLockAt: -1, now: twin.sim.now, met }, real: { twin } };
}

const installed: fc.Arbitrary<Installed> = fc.record({ autoLock: fc.boolean(), strikeAligned: fc.boolean() });

function boltProperty(p: ModelProfile, firmware?: FirmwareFactory, met = new Set<string>()) {
  return fc.property(fc.integer({ min: 0, max: 1_000 }), installed, commands(p), (seed, how, cmds) => {
    fc.modelRun(() => setup(p, seed, how, met, firmware), cmds);
  });
}

describe('model-based: the bolt does what the manuals say, command after command', () => {
  for (const p of MODELS) {
    it(`${p.id}: codes, Lock, thumbturn and key, door, strike, auto-lock and time agree with the reference model`, () => {
      fc.assert(boltProperty(p), { numRuns: RUNS, seed: SEED });
    });
  }
});

describe('the bolt fuzzer catches a deliberately broken firmware', () => {
  it('auto-lock-keeps-first-timer (a second unlock does not start the 30 s again: the door locks early)', () => {
    const r = fc.check(boltProperty(findModel('smartcode-913')!, (m, io) => new AutoLockKeepsFirstTimerFirmware(m, io)), { numRuns: Math.max(RUNS, FIXTURE_RUNS), seed: SEED });
    expect(r.failed).toBe(true);
    // The twin parts from the model where the early auto-lock falls (mostly in a wait; in a code
    // typed then, the bolt is found thrown or jammed short): a disagreement, never a crash.
    expect(String(r.errorInstance)).toMatch(/after [a-z0-9 ]+: (the bolt is \w+, the model's|the lock said .*"auto-lock"|the lock counts itself)/);
  });
});

describe('the bolt model is exercised', () => {
  // Every outcome the model predicts comes up (a fixed seed, at least EXERCISE_RUNS runs), on a
  // SmartCode and on the Powerbolt 2 (its code opens with Lock).
  const WANT = [
    'opened by code',
    'locked by lock-button',
    'jam by lock-button',
    'locked by auto-lock',
    'auto-lock after 30 s',
    'jam by auto-lock',
    'locked by hand',
    'left short by hand',
    'unlocked by hand',
    'hand turn that moves nothing',
    'auto-lock on',
    'auto-lock off',
  ];
  for (const id of ['smartcode-913', 'powerbolt-2']) {
    it(`${id}: ${WANT.join(', ')}`, () => {
      const met = new Set<string>();
      fc.assert(boltProperty(findModel(id)!, undefined, met), { numRuns: Math.max(RUNS, EXERCISE_RUNS), seed: SEED ?? EXERCISE_SEED });
      expect([...met].sort()).toEqual([...WANT].sort());
    });
  }

  // On the Powerbolt 250 (M9) the menu turns auto-lock on and off, and an auto-lock comes up after
  // each of its five delays; flipping switch 2 changes nothing there.
  const WANT_MENU = [
    'menu: auto-lock on',
    'menu: auto-lock off',
    'auto-lock switch not read',
    ...[30, 60, 180, 300, 600].map((s) => `auto-lock after ${s} s`),
  ];
  it(`powerbolt-250: ${WANT_MENU.join(', ')}`, () => {
    const met = new Set<string>();
    fc.assert(boltProperty(findModel('powerbolt-250')!, undefined, met), { numRuns: Math.max(RUNS, EXERCISE_RUNS), seed: SEED ?? EXERCISE_SEED });
    expect([...met].filter((m) => WANT_MENU.includes(m)).sort()).toEqual([...WANT_MENU].sort());
  });
});
