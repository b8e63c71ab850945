// The checker's transition function over the REAL firmware and hardware code: one reusable twin,
// restored in place to a stored state, told one action, captured again. Abstractions (each one
// documented in the report):
//  - time: only relative times enter the state key (deadlines, alarms, motor segments, recent
//    wrong entries, measured from now); `tick` runs to the next timer boundary plus TICK_SLACK_MS;
//  - display: when the LED or beeper goes dark is left out of the key and is never a tick
//    boundary (their current, tens of mA, moves a fresh pack by ~0.01 V: no firmware threshold);
//  - battery: the pack's charge is pinned to a fresh pack at every restore (drain over a search
//    is micro-amp-hours), so it is left out of the key; loads and presence stay in;
//  - randomness: every part's PRNG restarts from the seed's stream at each step, so a step is a
//    function of the state (contact bounce shifts times by at most a few ms);
//  - NVM sequence numbers: a bank's key is its content with the sequence relative to the oldest
//    good bank (writes compare sequence numbers, never their absolute value).
// The power-cut property (seed S5; store-codec.ts) is probed here: every write notes the durable
// store before and after it, and a write torn by a power loss must leave one of the two.

import { Twin, type Action, type StoreView } from '../twin/twin.ts';
import type { SimSnapshot } from '../sim/kernel.ts';
import type { Prng, PrngState } from '../sim/prng.ts';
import type { DoorSnapshot } from '../hardware/door.ts';
import type { MotorBoltSnapshot } from '../hardware/motor-bolt.ts';
import type { IndicatorsSnapshot } from '../hardware/indicators.ts';
import type { EepromSnapshot } from '../hardware/eeprom.ts';
import { FRESH_PACK_VOLTS, chargeForVolts, PACK_CAPACITY_MAS } from '../hardware/battery.ts';
import { keyBit, type ButtonKey } from '../hardware/buttons.ts';
import { cloneState, type FwState } from '../firmware/state.ts';
import { bankSize, decodeStore, isBlank } from '../firmware/store-codec.ts';
import type { Firmware } from '../firmware/firmware.ts';
import type { FirmwareIO } from '../firmware/io.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { TraceEntry } from '../sim/trace.ts';
import { StateHasher } from './state-hash.ts';
import type { CheckAction } from './actions.ts';
import { cloneMonitor, hashMonitor, initialMonitor, observe, type MonitorContext, type MonitorState, type Violation } from './monitors.ts';

export type FirmwareFactory = (model: ModelProfile, io: FirmwareIO) => Firmware;

/** A tick lands this long after the boundary: past any contact-bounce shift of that boundary
 * (BOUNCE_WINDOW_MS = 4), so that the written `wait:` replays the same way. */
export const TICK_SLACK_MS = 5;
const PINNED_CHARGE_MAS = chargeForVolts(FRESH_PACK_VOLTS) * PACK_CAPACITY_MAS;
/** Alarms that only end a light or a beep (indicators.ts). */
const DISPLAY_ALARMS: ReadonlySet<string> = new Set(['led', 'beeper']);
const SEQ_AT = 2;
const SEQ_BYTES = 4;
const CRC_BYTES = 4;

interface WriteNote {
  before: string;
  after: string;
}

export interface MachineState {
  sim: SimSnapshot;
  present: boolean;
  loads: [number, number, number];
  door: DoorSnapshot;
  bolt: MotorBoltSnapshot;
  held: number;
  ind: IndicatorsSnapshot;
  nvm: Uint8Array;
  writing: EepromSnapshot['writing'];
  cutNext: boolean;
  write: WriteNote | null;
  fw: FwState;
  /** RAM a firmware variant keeps outside FwState (own fields besides s, p, io), as JSON. */
  fwExtra: string;
  switches: boolean[];
  mon: MonitorState;
}

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
  private readonly hasher = new StateHasher();
  private readonly nvmHasher = new StateHasher();
  private readonly nvmMemo = new WeakMap<Uint8Array, NvmDigest>();
  /** Scratch: the pending alarms' names by due time (reused by key()). */
  private readonly alarmOrder: string[] = [];
  private readonly bank: number;
  private readonly capacity: number;
  private lastWrite: WriteNote | null = null;
  private tornWrong: string | null = null;
  private ctx: MonitorContext;
  private readonly extraFields: string[];

  constructor(
    readonly model: ModelProfile,
    twinOpts: ConstructorParameters<typeof Twin>[1],
    props: MonitorContext['props'],
    startMonitor: MonitorState = initialMonitor(),
  ) {
    this.twin = new Twin(model, { ...twinOpts, trace: true });
    this.capacity = model.codes.capacity;
    this.bank = bankSize(this.capacity);
    const prngs = (this.twin as unknown as TwinInternals).prngs;
    this.canonicalPrng = Object.values(prngs).map((p) => [p, p.getState()]);
    this.extraFields = Object.keys(this.twin.firmware).filter((k) => k !== 's' && k !== 'p' && k !== 'io');
    this.instrumentNvm();
    this.twin.trace.entries.length = 0;
    this.ctx = { model, props, initial: this.twin.store() };
    this.initial = this.capture(startMonitor);
  }

  /** Wrap this twin's EEPROM (instrumentation only: the part's behaviour is unchanged). */
  private instrumentNvm(): void {
    const ee = this.twin.eeprom;
    const write = ee.write.bind(ee);
    const powerLost = ee.powerLost.bind(ee);
    ee.write = (offset: number, data: Uint8Array) => {
      const next = ee.bytes.slice();
      next.set(data, offset);
      this.lastWrite = { before: this.durable(ee.bytes), after: this.durable(next) };
      write(offset, data);
    };
    ee.powerLost = () => {
      const torn = ee.busy ? this.lastWrite : null;
      powerLost();
      if (!torn) return;
      const now = this.durable(ee.bytes);
      if (now !== torn.before && now !== torn.after) this.tornWrong = `a power cut mid-write left ${now}; before the write ${torn.before}, as written ${torn.after}`;
    };
  }

  /** The store a boot would load from these bytes, in words (store-codec.ts, persistence.ts). */
  durable(bytes: Uint8Array): string {
    let best: ReturnType<typeof decodeStore> = null;
    let blank = true;
    for (let b = 0; b < 2; b++) {
      const part = bytes.subarray(b * this.bank, (b + 1) * this.bank);
      if (!isBlank(part)) blank = false;
      const img = decodeStore(part, this.capacity);
      if (img && (best === null || img.seq > best.seq)) best = img;
    }
    if (best) return `store ok (mastercode ${best.adminCode || 'none'}, codes [${best.codes.filter((c) => c !== '').join(' ')}], handed ${best.handed})`;
    return blank ? 'a blank store (factory defaults)' : 'an untrusted store';
  }

  /**
   * The twin's state as a stored value. The firmware's state object is taken over, not copied:
   * every use of the twin after a capture starts with restore(), which installs a fresh copy.
   * `sameNvmAs`: a stored NVM image to share when the bytes are unchanged (most steps write
   * nothing), so that its hash is computed once (see nvmDigest).
   */
  capture(mon: MonitorState, sameNvmAs?: Uint8Array): MachineState {
    const t = this.twin;
    const bat = t.battery.snapshot();
    const busy = t.eeprom.busy;
    const ee = busy ? t.eeprom.snapshot() : null;
    const bytes = t.eeprom.bytes;
    return {
      sim: t.sim.snapshot(),
      present: bat.present,
      loads: bat.loads,
      door: t.door.snapshot(),
      bolt: t.bolt.snapshot(),
      held: t.buttons.snapshot().held,
      ind: t.indicators.snapshot(),
      nvm: sameNvmAs !== undefined && sameBytes(bytes, sameNvmAs) ? sameNvmAs : bytes.slice(),
      writing: ee ? ee.writing : null,
      cutNext: ee ? ee.cutNextWrite : t.eeprom.cutNextWrite,
      write: busy ? this.lastWrite : null,
      fw: t.firmware.s,
      fwExtra: this.extraFields.length ? JSON.stringify(this.extraFields.map((k) => (t.firmware as unknown as Record<string, unknown>)[k])) : '',
      switches: [...t.switches],
      mon,
    };
  }

  restore(st: MachineState): void {
    const t = this.twin;
    t.sim.restore(st.sim);
    t.battery.restore({ present: st.present, chargeMAs: PINNED_CHARGE_MAS, lastT: st.sim.now, loads: st.loads });
    t.door.restore(st.door);
    t.bolt.restore(st.bolt);
    t.buttons.restore({ held: st.held });
    t.indicators.restore(st.ind);
    t.eeprom.restoreBytes(st.nvm, st.writing, st.cutNext);
    t.firmware.s = cloneState(st.fw);
    if (this.extraFields.length) {
      const values = JSON.parse(st.fwExtra) as unknown[];
      this.extraFields.forEach((k, i) => ((t.firmware as unknown as Record<string, unknown>)[k] = values[i]));
    }
    for (let i = 0; i < 4; i++) t.switches[i] = st.switches[i];
    for (const [p, s] of this.canonicalPrng) p.setState(s);
    t.trace.entries.length = 0;
    this.lastWrite = st.write;
    this.tornWrong = null;
  }

  /** When the next timer boundary falls, or -1 when nothing is pending. */
  nextBoundary(st: MachineState): number {
    let next = -1;
    for (const k in st.sim.alarms) {
      if (DISPLAY_ALARMS.has(k)) continue;
      const at = st.sim.alarms[k][0];
      if (at >= st.sim.now && (next < 0 || at < next)) next = at;
    }
    const windowMs = this.model.lockout.windowMs;
    for (const w of st.fw.wrongTimes) {
      const end = w + windowMs;
      if (w >= 0 && end > st.sim.now && (next < 0 || end < next)) next = end;
    }
    return next;
  }

  enabled(st: MachineState, a: CheckAction): boolean {
    const w = a.when;
    switch (w.kind) {
      case 'always':
        return true;
      case 'key-up':
        return (st.held & keyBit(w.key)) === 0;
      case 'key-down':
        return (st.held & keyBit(w.key)) !== 0;
      case 'door':
        return st.door.open === w.open;
      case 'battery':
        return st.present === w.present;
      case 'no-fault-armed':
        return !st.cutNext && st.writing === null;
      case 'timer-pending':
        return this.nextBoundary(st) >= 0;
    }
  }

  /** Apply one action to a stored state; the twin is left in the resulting state. */
  step(from: MachineState, a: CheckAction): StepResult {
    this.restore(from);
    const t = this.twin;
    const before = t.store();
    const t0 = t.sim.now;
    const applied: Action = a.act ?? { do: 'wait', ms: this.nextBoundary(from) - t0 + TICK_SLACK_MS };
    t.apply(applied);
    const mon = cloneMonitor(from.mon);
    const entries: readonly TraceEntry[] = t.trace.entries;
    const violations = observe(this.ctx, mon, {
      t0,
      now: t.sim.now,
      edges: a.edges,
      entries,
      heldBefore: from.held,
      poweredBefore: from.fw.mode !== 'off',
      before,
      after: t.store(),
    });
    if (this.tornWrong !== null && this.ctx.props.has('power-cut')) {
      violations.push({ property: 'power-cut', message: this.tornWrong, expect: '' });
    }
    return { state: this.capture(mon, from.nvm), violations, applied };
  }

  store(): StoreView {
    return this.twin.store();
  }

  /** The abstract state's hash: everything that decides the future, times relative to now. */
  key(st: MachineState, withMonitor = true): number {
    const h = this.hasher.reset();
    const now = st.sim.now;
    // Alarms: relative due time, and their order (ties run first-in-first-out).
    const order = this.alarmOrder;
    order.length = 0;
    for (const n in st.sim.alarms) if (!DISPLAY_ALARMS.has(n)) insertByDue(order, n, st.sim.alarms);
    for (const n of order) h.str(n).num(st.sim.alarms[n][0] - now);
    h.bool(st.present).num(st.loads[0]);
    h.str(st.door.handing).bool(st.door.open).bool(st.door.strikeAligned);
    const b = st.bolt;
    h.num(b.pos).num(b.motor).num(b.limitMa).num(b.motor === 0 ? 0 : now - b.segT).num(b.speed).num(b.currentMa).num(rel(b.overSince, now)).bool(b.pushed).str(b.lastStop);
    h.num(st.held);
    h.str(st.ind.status ?? '-').num(st.ind.statusPeriodMs);
    this.hashNvm(h, st);
    const f = st.fw;
    h.str(f.mode).bool(f.storeOk).str(f.adminCode);
    for (const c of f.codes) h.str(c);
    h.str(f.handed).bool(f.usersDisabled);
    h.num(f.storeBank).bool(f.writeDirty).num(f.writeBank).bool(f.eraseOtherBank);
    h.str(f.buffer).str(f.pending).num(f.slot).str(f.debounceKey).num(f.keyMask);
    h.num(f.programDownAt < 0 ? -1 : now - f.programDownAt).bool(f.programHeld).bool(f.armedNeedsRelease);
    const windowMs = this.model.lockout.windowMs;
    for (const w of f.wrongTimes) h.num(w >= 0 && now - w < windowMs ? now - w : -1);
    h.str(f.motorOp).str(f.motorSource).num(f.motorSlot).num(f.handPhase).str(f.learnedDir).bool(f.boltLocked);
    h.num(rel(f.tDebounce, now)).num(rel(f.tEntry, now)).num(rel(f.tProg, now)).num(rel(f.tHold, now)).num(rel(f.tHanding, now)).num(rel(f.tAutoLock, now)).num(rel(f.tLockoutEnd, now)).num(rel(f.tReminder, now));
    for (let i = 0; i < 4; i++) h.bool(st.switches[i]);
    h.str(st.fwExtra);
    if (withMonitor) hashMonitor(h, st.mon, now, this.model);
    return h.digest();
  }

  /** NVM: each good bank as content + sequence relative to the oldest good bank; torn or blank
   * banks byte for byte; an in-flight write byte for byte (rare at step boundaries). */
  private hashNvm(h: StateHasher, st: MachineState): void {
    const d = this.nvmDigest(st.nvm);
    h.digest53(d.digest).num(st.fw.storeSeq - d.base).bool(st.cutNext);
    if (st.writing) h.num(st.writing.offset).str(st.writing.data).num(now(st) - st.writing.startT);
  }

  /** The banks' part of the key, once per stored image (images are shared between states). */
  private nvmDigest(nvm: Uint8Array): NvmDigest {
    const memo = this.nvmMemo.get(nvm);
    if (memo) return memo;
    const h = this.nvmHasher.reset();
    const size = this.bank;
    const seqs: number[] = [];
    for (let bank = 0; bank < 2; bank++) {
      const img = decodeStore(nvm.subarray(bank * size, (bank + 1) * size), this.capacity);
      seqs.push(img ? img.seq : -1);
    }
    const good = seqs.filter((s) => s >= 0);
    const base = good.length ? Math.min(...good) : 0;
    for (let bank = 0; bank < 2; bank++) {
      const off = bank * size;
      if (seqs[bank] >= 0) {
        h.num(seqs[bank] - base).bytes(nvm, off + SEQ_AT + SEQ_BYTES, off + size - CRC_BYTES);
      } else {
        h.num(-1).bytes(nvm, off, off + size);
      }
    }
    const d = { digest: h.digest(), base };
    this.nvmMemo.set(nvm, d);
    return d;
  }
}

interface NvmDigest {
  digest: number;
  /** The oldest good bank's sequence number (0 when none is good). */
  base: number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Insert alarm `name` into `order`, kept sorted by (due time, sequence): ties run first-in-first-out. */
function insertByDue(order: string[], name: string, alarms: SimSnapshot['alarms']): void {
  const [at, seq] = alarms[name];
  let i = order.length;
  while (i > 0) {
    const [pAt, pSeq] = alarms[order[i - 1]];
    if (pAt < at || (pAt === at && pSeq < seq)) break;
    order[i] = order[i - 1];
    i--;
  }
  order[i] = name;
}

/** A deadline relative to now, or -1 when not armed. */
function rel(t: number, now: number): number {
  return t < 0 ? -1 : t - now;
}

function now(st: MachineState): number {
  return st.sim.now;
}

export type { TwinOptions } from '../twin/twin.ts';
