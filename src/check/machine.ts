// The checker's transition function over the REAL firmware and hardware code: one reusable twin,
// restored in place to a stored state, told one action, captured again. Abstractions (each one
// documented in the report):
//  - time: only relative times enter the state key (deadlines, alarms, motor segments, recent
//    wrong entries, measured from now); `tick` runs to the next timer boundary plus TICK_SLACK_MS
//    (and the window-holds exploration's wait to LATE_IN_WINDOW_MS before a lockout window's end);
//  - display: when the LED or beeper goes dark is left out of the key and is never a tick
//    boundary (their current, tens of mA, moves a fresh pack by ~0.01 V: no firmware threshold);
//  - battery: the pack's charge is pinned to a fresh pack at every restore (drain over a search
//    is micro-amp-hours), so it is left out of the key, and the alarm that watches an idle pack
//    run down (years ahead) out of the record; loads and presence stay in;
//  - randomness: every part's PRNG restarts from the seed's stream at each step, so a step is a
//    function of the state (contact bounce shifts times by at most a few ms);
//  - NVM sequence numbers: a bank's key is its content with the sequence relative to the oldest
//    good bank (writes compare sequence numbers, never their absolute value).
// The power-cut property (seed S5) is probed by torn-write-probe.ts on this twin.
// Stored states are records of numbers in an arena (state-record.ts, state-arena.ts); a step
// writes the state it reached into a scratch record, explore() keys it and keeps it only when
// new. The twin runs without its trace: the monitors' moments come from watched-moments.ts.

import { Twin, type Action, type StoreView } from '../twin/twin.ts';
import type { Prng, PrngState } from '../sim/prng.ts';
import { keyBit } from '../hardware/buttons.ts';
import type { Firmware } from '../firmware/firmware.ts';
import type { FirmwareIO } from '../firmware/io.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { CheckAction, Precondition } from './actions.ts';
import { initialMonitor, observe, type MonitorContext, type MonitorState, type TransitionView, type Violation } from './monitors.ts';
import { CodeListTable, NvmImages, StringTable } from './intern.ts';
import { ALARM, AlarmTable } from './alarm-table.ts';
import { FW, FW_FIELDS, FwRecord } from './fw-record.ts';
import { patternOnKeypad } from '../firmware/code-store.ts';
import { PartsRecord } from './parts-record.ts';
import { copyMonitor, readMonitor, writeMonitor } from './monitor-record.ts';
import { StateKeyer } from './state-key.ts';
import { StoreReader } from './store-of.ts';
import { TornWriteProbe } from './torn-write-probe.ts';
import { WatchedMoments } from './watched-moments.ts';
import { SCRATCH, StateArena } from './state-arena.ts';
import { REC, type MachineState, type Numbers, RecordLayout } from './state-record.ts';

const { NOT_SCHEDULED, ALARM_STRIDE } = ALARM;
const { FW_BUFFER, FW_MODE, FW_DEBOUNCE_KEY, FW_T_ENTRY, FW_T_DEBOUNCE, FW_T_PROG, FW_T_HOLD, FW_T_HANDING, FW_T_AUTO_LOCK, FW_T_LOCKOUT_END, FW_T_REMINDER, FW_T_EXTERIOR } = FW;
/** The firmware's deadlines but the keypad entry's timeout (firmware/state.ts DEADLINES). */
const DEADLINES_BUT_ENTRY = [FW_T_DEBOUNCE, FW_T_PROG, FW_T_HOLD, FW_T_HANDING, FW_T_AUTO_LOCK, FW_T_LOCKOUT_END, FW_T_REMINDER, FW_T_EXTERIOR] as const;
/** The firmware's deadlines but the lockout's end (firmware/state.ts DEADLINES). */
const DEADLINES_BUT_LOCKOUT = [FW_T_DEBOUNCE, FW_T_ENTRY, FW_T_PROG, FW_T_HOLD, FW_T_HANDING, FW_T_AUTO_LOCK, FW_T_REMINDER, FW_T_EXTERIOR] as const;
/** Every firmware deadline (firmware/state.ts DEADLINES). */
const ALL_DEADLINES = [FW_T_DEBOUNCE, FW_T_ENTRY, FW_T_PROG, FW_T_HOLD, FW_T_HANDING, FW_T_AUTO_LOCK, FW_T_LOCKOUT_END, FW_T_REMINDER, FW_T_EXTERIOR] as const;
/** The firmware's mode in normal operation (firmware/state.ts). */
const IDLE_MODE = 'idle';
const { TRUE, FALSE, NONE, NOW, POWERED, PRESENT, DOOR_OPEN, HELD, EXTERIOR_LINKED, SWITCHES, NVM, WRITING_OFFSET, CUT_NEXT, WRITE_BEFORE, WRITE_AFTER, FW_EXTRA } = REC;

export type { MachineState } from './state-record.ts';
export type FirmwareFactory = (model: ModelProfile, io: FirmwareIO) => Firmware;

/** A tick lands this long after the boundary: past any contact-bounce shift of that boundary
 * (BOUNCE_WINDOW_MS = 4), so that the written `wait:` replays the same way. */
export const TICK_SLACK_MS = 5;
/** How long before the earliest open lockout window's end the window-holds exploration's wait
 * `late-in-window` lands: room for a key to go down and its contact to settle (the debounce,
 * 20 ms) well inside the window, as late as a person can tell apart from its end. Our choice. */
export const LATE_IN_WINDOW_MS = 1_000;
/** What run() returns when no monitor objects (shared, never written to). */
const NO_VIOLATIONS: Violation[] = [];

export interface StepResult {
  state: MachineState;
  violations: Violation[];
  /** The twin action actually applied (a tick becomes a wait). */
  applied: Action;
}

interface TwinInternals {
  prngs: Record<string, Prng>;
}

export class CheckMachine {
  readonly twin: Twin;
  readonly initial: MachineState;
  private readonly canonicalPrng: [Prng, PrngState][];
  private readonly capacity: number;
  private readonly torn: TornWriteProbe;
  private ctx: MonitorContext;
  private readonly extraFields: string[];
  // The stored states, the tables behind their numbers, and what reads and writes them.
  private readonly layout: RecordLayout;
  private readonly arena: StateArena;
  private readonly strings = new StringTable();
  private readonly codeLists = new CodeListTable();
  private readonly images = new NvmImages();
  private readonly writes = new NvmImages();
  private readonly alarms: AlarmTable;
  private readonly parts: PartsRecord;
  private readonly fw: FwRecord;
  private readonly keyer: StateKeyer;
  private readonly stores: StoreReader;
  /** The monitors' state for the step under way, and what the monitors see of the step. */
  private readonly mon: MonitorState = initialMonitor();
  private readonly view: TransitionView;
  /** The views of the RAM's store before and after a step, refilled at every step. */
  private readonly viewBefore: StoreView;
  private readonly viewAfter: StoreView;
  /** The record of the state the twin was last restored to (its ids are tried first when
   * writing the scratch record): its chunk and offset, or offset NONE. */
  private fromData: Numbers;
  private fromOffset: number = NONE;
  /** What the monitors watch, recorded without the twin's trace (watched-moments.ts). */
  private readonly watched: WatchedMoments;
  /** The twin action the last run() applied. */
  private applied: Action = { do: 'wait', ms: 0 };

  constructor(
    readonly model: ModelProfile,
    twinOpts: ConstructorParameters<typeof Twin>[1],
    props: MonitorContext['props'],
    startMonitor: MonitorState = initialMonitor(),
  ) {
    this.twin = new Twin(model, { ...twinOpts, trace: false });
    this.capacity = model.codes.capacity;
    this.layout = new RecordLayout(FW_FIELDS, model.lockout.wrongAttempts, ALARM_STRIDE);
    this.arena = new StateArena(this.layout.size);
    this.fromData = this.arena.data(SCRATCH);
    this.alarms = new AlarmTable(this.layout.alarmsAt, this.twin.sim);
    this.parts = new PartsRecord(this.twin, this.strings, this.images, this.writes, this.alarms);
    this.fw = new FwRecord(this.strings, this.codeLists, this.layout);
    this.fw.check(this.twin.firmware.s);
    const tables = { strings: this.strings, codeLists: this.codeLists, images: this.images, alarms: this.alarms, layout: this.layout };
    this.keyer = new StateKeyer(model, tables);
    this.stores = new StoreReader(this.capacity, this.strings, this.codeLists, this.images);
    this.viewBefore = this.stores.scratch();
    this.viewAfter = this.stores.scratch();
    const prngs = (this.twin as unknown as TwinInternals).prngs;
    this.canonicalPrng = Object.values(prngs).map((p) => [p, p.getState()]);
    this.extraFields = Object.keys(this.twin.firmware).filter((k) => k !== 's' && k !== 'p' && k !== 'io');
    // After the firmware's own fields are listed: the hooks are own fields too.
    this.watched = new WatchedMoments(this.twin);
    this.torn = new TornWriteProbe(this.twin.eeprom, this.capacity, this.images);
    this.watched.clear();
    const initialStore = this.stores.interned(this.twin.store());
    this.ctx = { model, props, initial: initialStore, initialInMemory: initialStore };
    this.view = { t0: 0, now: 0, edges: [], entries: this.watched.entries, heldBefore: 0, poweredBefore: false, before: initialStore, after: initialStore, durableBefore: initialStore, durableAfter: initialStore };
    this.alarms.clear(this.arena.data(SCRATCH), this.arena.offset(SCRATCH));
    this.look();
    writeMonitor(this.arena.data(SCRATCH), this.arena.offset(SCRATCH), startMonitor, this.layout);
    this.initial = this.arena.keepInitial();
    this.ctx.initialInMemory = this.stores.durableOf(this.arena.data(this.initial), this.arena.offset(this.initial));
  }

  /** Write the twin's state now into the scratch record, all but the monitors' part (the
   * caller's). The ids of the state last restored are tried first: most values are the ones
   * a step started from. */
  private look(): MachineState {
    const t = this.twin;
    const a = this.arena.data(SCRATCH);
    const o = this.arena.offset(SCRATCH);
    const la = this.fromData;
    const like = this.fromOffset;
    this.parts.write(a, o, la, like);
    a[o + POWERED] = t.firmware.powered ? TRUE : FALSE;
    const busy = t.eeprom.busy;
    a[o + WRITE_BEFORE] = busy ? this.torn.before : NONE;
    a[o + WRITE_AFTER] = busy ? this.torn.after : NONE;
    const extra = this.extraFields.length ? JSON.stringify(this.extraFields.map((k) => (t.firmware as unknown as Record<string, unknown>)[k])) : '';
    a[o + FW_EXTRA] = this.strings.idLike(extra, like === NONE ? NONE : la[like + FW_EXTRA]);
    this.fw.write(a, o, t.firmware.s, la, like);
    return SCRATCH;
  }

  /** The state run() (or peek()) reached, as a stored value. */
  keep(): MachineState {
    return this.arena.keep();
  }

  /** Every state kept before `st` (but the initial) is no longer needed: a breadth-first
   * search's states expanded already. Their memory is reused (state-arena.ts). */
  releaseBefore(st: MachineState): void {
    this.arena.releaseBefore(st);
  }

  /** The machine is done with its stored states (their memory is reused by later machines). */
  dispose(): void {
    this.arena.dispose();
    this.fromOffset = NONE;
  }

  /** Put the twin in a stored state (the firmware RAM is read into the firmware's own object). */
  restore(st: MachineState): void {
    const t = this.twin;
    const a = this.arena.data(st);
    const o = this.arena.offset(st);
    this.parts.read(a, o);
    this.fw.read(t.firmware.s, a, o);
    if (this.extraFields.length) {
      const values = JSON.parse(this.strings.value(a[o + FW_EXTRA])) as unknown[];
      this.extraFields.forEach((k, i) => ((t.firmware as unknown as Record<string, unknown>)[k] = values[i]));
    }
    for (let i = 0; i < this.canonicalPrng.length; i++) this.canonicalPrng[i][0].setState(this.canonicalPrng[i][1]);
    this.watched.clear();
    this.torn.restoredImage = a[o + NVM];
    this.torn.before = a[o + WRITE_BEFORE];
    this.torn.after = a[o + WRITE_AFTER];
    this.torn.tornWrong = null;
    this.fromData = a;
    this.fromOffset = o;
  }

  /** The buttons held in a stored state, one bit per key (hardware/buttons.ts keyBit). */
  held(st: MachineState): number {
    return this.arena.data(st)[this.arena.offset(st) + HELD];
  }

  /** Whether the pack is in, in a stored state. */
  packIn(st: MachineState): boolean {
    return this.arena.data(st)[this.arena.offset(st) + PRESENT] !== FALSE;
  }

  /** When the next timer boundary falls, or -1 when nothing is pending. */
  nextBoundary(st: MachineState): number {
    const a = this.arena.data(st);
    const o = this.arena.offset(st);
    let next = -1;
    const now = a[o + NOW];
    for (let i = 0; i < this.alarms.count; i++) {
      if (this.alarms.display[i]) continue;
      const at = this.alarms.dueAt(a, o, i);
      if (at !== NOT_SCHEDULED && at >= now && (next < 0 || at < next)) next = at;
    }
    const windowMs = this.model.lockout.windowMs;
    for (let i = 0; i < this.layout.wrongSlots; i++) {
      const w = a[o + this.layout.fwWrongAt + i];
      const end = w + windowMs;
      if (w >= 0 && end > now && (next < 0 || end < next)) next = end;
    }
    return next;
  }

  /** Whether a timer boundary is pending other than the firmware deadlines left out of
   * `deadlines`, and the ends of the wrong entries' lockout windows where `windowsToo`: a firmware
   * deadline, a part's alarm (the firmware's own stands for its deadlines), or a window's end. */
  private pendingBesides(st: MachineState, deadlines: readonly number[], windowsToo: boolean): boolean {
    const a = this.arena.data(st);
    const o = this.arena.offset(st);
    for (let i = 0; i < deadlines.length; i++) if (a[o + deadlines[i]] >= 0) return true;
    const now = a[o + NOW];
    for (let i = 0; i < this.alarms.count; i++) {
      if (this.alarms.display[i] || this.alarms.firmware[i]) continue;
      const at = this.alarms.dueAt(a, o, i);
      if (at !== NOT_SCHEDULED && at >= now) return true;
    }
    return windowsToo && this.windowOpen(st);
  }

  /** The late moment of the earliest open wrong entry's lockout window: LATE_IN_WINDOW_MS before
   * its end (-1 where none is open). */
  lateInWindow(st: MachineState): number {
    const a = this.arena.data(st);
    const o = this.arena.offset(st);
    const now = a[o + NOW];
    const windowMs = this.model.lockout.windowMs;
    let end = -1;
    for (let i = 0; i < this.layout.wrongSlots; i++) {
      const w = a[o + this.layout.fwWrongAt + i];
      if (w >= 0 && w + windowMs > now && (end < 0 || w + windowMs < end)) end = w + windowMs;
    }
    return end < 0 ? -1 : end - LATE_IN_WINDOW_MS;
  }

  /** Whether a wrong entry's lockout window is still open. */
  private windowOpen(st: MachineState): boolean {
    return this.openWindows(st) > 0;
  }

  /** How many wrong entries' lockout windows are still open. */
  private openWindows(st: MachineState): number {
    const a = this.arena.data(st);
    const o = this.arena.offset(st);
    const now = a[o + NOW];
    const windowMs = this.model.lockout.windowMs;
    let open = 0;
    for (let i = 0; i < this.layout.wrongSlots; i++) {
      const w = a[o + this.layout.fwWrongAt + i];
      if (w >= 0 && w + windowMs > now) open++;
    }
    return open;
  }

  /** How long ago the latest wrong entry was judged, or -1 when none was. */
  private sinceLatestWrong(st: MachineState): number {
    const a = this.arena.data(st);
    const o = this.arena.offset(st);
    let latest = -1;
    for (let i = 0; i < this.layout.wrongSlots; i++) latest = Math.max(latest, a[o + this.layout.fwWrongAt + i]);
    return latest < 0 ? -1 : a[o + NOW] - latest;
  }

  enabled(st: MachineState, act: CheckAction): boolean {
    return this.holds(st, act.when);
  }

  private holds(st: MachineState, w: Precondition): boolean {
    const a = this.arena.data(st);
    const o = this.arena.offset(st);
    switch (w.kind) {
      case 'always':
        return true;
      case 'key-up':
        return (a[o + HELD] & keyBit(w.key)) === 0;
      case 'key-down':
        return (a[o + HELD] & keyBit(w.key)) !== 0;
      case 'door':
        return (a[o + DOOR_OPEN] !== FALSE) === w.open;
      case 'battery':
        return (a[o + PRESENT] !== FALSE) === w.present;
      case 'exterior':
        return (a[o + EXTERIOR_LINKED] !== FALSE) === w.linked;
      case 'switch':
        return (a[o + SWITCHES + w.n - 1] !== FALSE) === w.on;
      case 'no-fault-armed':
        return a[o + CUT_NEXT] === FALSE && a[o + WRITING_OFFSET] === NONE;
      case 'timer-pending':
        return this.nextBoundary(st) >= 0;
      case 'timer-idle':
        return this.nextBoundary(st) < 0;
      case 'entry-timer-only':
        return a[o + FW_T_ENTRY] >= 0 && !this.pendingBesides(st, DEADLINES_BUT_ENTRY, true);
      case 'lockout-timer-only':
        return a[o + FW_T_LOCKOUT_END] >= 0 && !this.pendingBesides(st, DEADLINES_BUT_LOCKOUT, false);
      case 'window-timer-only': {
        const open = this.openWindows(st);
        const since = this.sinceLatestWrong(st);
        return open > 0 && open <= w.maxOpen && since <= w.maxSinceMs && !this.pendingBesides(st, ALL_DEADLINES, false);
      }
      case 'counting-wrong-entries':
        return (this.windowOpen(st) && a[o + FW_T_LOCKOUT_END] < 0) === w.counting;
      case 'late-in-window-ahead':
        return this.lateInWindow(st) > a[o + NOW] && !this.pendingBesides(st, ALL_DEADLINES, false);
      case 'settling':
        return this.strings.value(a[o + FW_DEBOUNCE_KEY]) === w.key;
      case 'keys-held': {
        let n = 0;
        for (let i = 0; i < w.keys.length; i++) if ((a[o + HELD] & keyBit(w.keys[i])) !== 0) n++;
        return n === w.count;
      }
      case 'entry-not': {
        const buffer = this.strings.value(a[o + FW_BUFFER]);
        const length = buffer.length + 1;
        if (w.maxLength !== undefined && length > w.maxLength) return false;
        // A key pattern is as long as its entry: only an entry as long as the code is built
        // and compared (most are not, and this runs for every digit of every state).
        if (length !== w.code.length) return true;
        const perKey = this.model.keypad.digitsPerKey;
        return patternOnKeypad(perKey, buffer + w.digit) !== patternOnKeypad(perKey, w.code);
      }
      case 'programming-entry-empty':
        return this.strings.value(a[o + FW_MODE]) !== IDLE_MODE && this.strings.value(a[o + FW_BUFFER]) === '';
      case 'entry-empty':
        return (this.strings.value(a[o + FW_BUFFER]) === '') === w.empty;
      case 'all':
        // Loops, not every()/some() with a closure: these run for most actions of every state.
        for (let i = 0; i < w.of.length; i++) if (!this.holds(st, w.of[i])) return false;
        return true;
      case 'any':
        for (let i = 0; i < w.of.length; i++) if (this.holds(st, w.of[i])) return true;
        return false;
    }
  }

  /**
   * Apply one action to a stored state and run the monitors over it. The twin is left in the
   * resulting state, readable as reached() (for key()) until the next restore, and kept as a
   * stored state by keep(); explore() keeps only the states it has not seen.
   */
  run(from: MachineState, act: CheckAction): Violation[] {
    this.restore(from);
    const t = this.twin;
    const t0 = t.sim.now;
    const applied: Action = act.act ?? { do: 'wait', ms: act.waitUntil === 'late-in-window' ? this.lateInWindow(from) - t0 : this.nextBoundary(from) - t0 + TICK_SLACK_MS };
    this.applied = applied;
    // Each action's precondition (actions.ts `when`) already keeps it to states that take it:
    // the search's hot path skips apply's second look at the state.
    t.applyAnyway(applied);
    const a = this.fromData;
    const o = this.fromOffset;
    const mon = this.mon;
    readMonitor(mon, a, o, this.layout);
    const v = this.view;
    v.t0 = t0;
    v.now = t.sim.now;
    v.edges = act.edges;
    v.heldBefore = a[o + HELD];
    v.poweredBefore = a[o + POWERED] !== FALSE;
    v.before = this.stores.of(a, o, this.viewBefore);
    v.durableBefore = this.stores.durableOf(a, o);
    this.look();
    const s = this.arena.data(SCRATCH);
    const so = this.arena.offset(SCRATCH);
    v.after = this.stores.of(s, so, this.viewAfter);
    v.durableAfter = this.stores.durableOf(s, so);
    const violations = observe(this.ctx, mon, v);
    writeMonitor(s, so, mon, this.layout);
    if (this.torn.tornWrong !== null && this.ctx.props.has('power-cut')) {
      violations.push({ property: 'power-cut', message: this.torn.tornWrong, expect: '' });
    }
    return violations.length ? violations : NO_VIOLATIONS;
  }

  /** The wrong entries the lockout monitor holds within its span after the last run(): the
   * model's wrong attempts once the lockout has engaged (lockout-seen.ts). */
  wrongEntriesHeld(): number {
    return this.mon.wrong.length;
  }

  /** The state the last run() reached (scratch: valid until the next restore). */
  reached(): MachineState {
    return SCRATCH;
  }

  /** The twin's present state, with the monitors' state of the state last restored (scratch,
   * as reached()), e.g. after actions applied by hand. */
  peek(): MachineState {
    this.look();
    if (this.fromOffset !== NONE) copyMonitor(this.arena.data(SCRATCH), this.arena.offset(SCRATCH), this.fromData, this.fromOffset, this.layout);
    return SCRATCH;
  }

  /** The monitors' state in a stored state (a copy). */
  monitorOf(st: MachineState): MonitorState {
    const m = initialMonitor();
    readMonitor(m, this.arena.data(st), this.arena.offset(st), this.layout);
    return m;
  }

  /** Apply one action to a stored state; the twin is left in the resulting state. */
  step(from: MachineState, act: CheckAction): StepResult {
    const violations = this.run(from, act);
    return { state: this.keep(), violations: violations === NO_VIOLATIONS ? [] : violations, applied: this.applied };
  }

  store(): StoreView {
    return this.twin.store();
  }

  /** The abstract state's hash: everything that decides the future, times relative to now. */
  key(st: MachineState, withMonitor = true): number {
    return this.keyer.key(this.arena.data(st), this.arena.offset(st), withMonitor);
  }
}

export type { TwinOptions } from '../twin/twin.ts';
