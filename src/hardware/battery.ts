// The battery pack: 4×AA alkaline cells. Open-circuit voltage falls with charge; internal
// resistance rises as the pack empties, so a weak pack sags under motor load and can brown the
// electronics out mid-operation (seed S10, S25). Low ≤ 4.8 V and critical ≤ 4.5 V are the
// firmware's thresholds (product-facts G4); the curves below are assumed, shaped like alkaline
// discharge. Drain is integrated exactly between load changes, so idle time jumps cost nothing.

import { Curve } from './curve.ts';

export const PACK_CAPACITY_MAS = 2_500 * 3_600; // assumed: 2 500 mAh, in mA·s
export const IDLE_CURRENT_MA = 0.06; // assumed: sleeping MCU + keypad wake circuit
export const FRESH_PACK_VOLTS = 6.0; // seed/architecture example: a fresh pack reads about 6 V
/** The open-circuit volts a pack can be put in at — a scenario's `battery`, the REPL's `insert`, a
 * `battery-in` the trace records and its checker reads back: from a dead pack to a little above a
 * fresh one (assumed bounds; the curve below saturates at both ends). */
export const LOWEST_PACK_VOLTS = 0;
export const HIGHEST_PACK_VOLTS = 7;
/** Below this loaded voltage the regulator drops out and the MCU resets (assumed). */
export const BROWNOUT_VOLTS = 4.2;
/** The supply's reservoir capacitor rides through a dip this long (assumed), e.g. the motor's
 * stall spike at an end stop before the current limit cuts it. */
export const SUPPLY_HOLDUP_MS = 60;

/** (state of charge, open-circuit volts), increasing. Assumed alkaline-like curve. */
export const OCV_POINTS: ReadonlyArray<readonly [number, number]> = [
  [0, 3.6],
  [0.05, 4.3],
  [0.1, 4.6],
  [0.2, 4.8],
  [0.5, 5.4],
  [0.9, 6.0],
  [1, 6.4],
];
/** (state of charge, internal ohms). Assumed. */
const RESISTANCE_POINTS: ReadonlyArray<readonly [number, number]> = [
  [0, 3.0],
  [0.1, 1.2],
  [0.2, 0.8],
  [0.5, 0.4],
  [1, 0.3],
];

/** Shared by every pack: a curve's remembered segment only speeds the lookup, never changes it. */
const OCV_CURVE = new Curve(OCV_POINTS);
const RESISTANCE_CURVE = new Curve(RESISTANCE_POINTS);

/** The state of charge whose open-circuit voltage is `volts`. */
export function chargeForVolts(volts: number): number {
  if (volts <= OCV_POINTS[0][1]) return 0;
  for (let i = 1; i < OCV_POINTS.length; i++) {
    const [s1, v1] = OCV_POINTS[i];
    if (volts <= v1) {
      const [s0, v0] = OCV_POINTS[i - 1];
      return s0 + ((s1 - s0) * (volts - v0)) / (v1 - v0);
    }
  }
  return 1;
}

/** The open-circuit volts of a pack holding `chargeMAs`. */
export function voltsForCharge(chargeMAs: number): number {
  return OCV_CURVE.at(chargeMAs / PACK_CAPACITY_MAS);
}

/** The loaded voltage at a state of charge, drawing `mA`. */
function loadedVoltsOf(soc: number, mA: number): number {
  return OCV_CURVE.at(soc) - (mA / 1000) * RESISTANCE_CURVE.at(soc);
}

/** Halvings of the charge interval when finding IDLE_BROWNOUT_CHARGE_MAS: 2^-60 of a pack is far
 * below a micro-amp-millisecond. */
const CHARGE_SEARCH_STEPS = 60;

/** The most charge at which the pack, drawing only IDLE_CURRENT_MA, no longer holds the
 * electronics up (loaded voltage below BROWNOUT_VOLTS), in mA·s. */
export const IDLE_BROWNOUT_CHARGE_MAS = ((): number => {
  let low = 0; // below BROWNOUT_VOLTS at idle (the empty pack: 3.6 V)
  let high = 1; // at or above it (the full pack)
  for (let i = 0; i < CHARGE_SEARCH_STEPS; i++) {
    const mid = (low + high) / 2;
    if (loadedVoltsOf(mid, IDLE_CURRENT_MA) < BROWNOUT_VOLTS) low = mid;
    else high = mid;
  }
  return low * PACK_CAPACITY_MAS;
})();

/** Above anything the parts draw at once (the motor's stall, the LED and the beeper together are
 * about 1.5 A): the load the fast path of sustainsElectronics() covers. */
export const SURE_LOAD_MA = 2_000;
/** How far above BROWNOUT_VOLTS the fast path's charge keeps the loaded voltage: far more than the
 * rounding of the curves' arithmetic (about 1e-15 V), so the fast path never answers otherwise
 * than the curves would. */
const SURE_MARGIN_VOLTS = 0.01;

/**
 * The least charge at which the pack, drawing SURE_LOAD_MA, still reads SURE_MARGIN_VOLTS above
 * BROWNOUT_VOLTS, in mA·s. The loaded voltage only rises with charge (the open-circuit voltage
 * rises, the internal resistance falls) and only falls with load, so at this charge or more and
 * at most SURE_LOAD_MA the pack holds the electronics up: sustainsElectronics() answers so without
 * reading the curves. It is asked at every rising load (every light, beep and motor segment),
 * and a pack is nearly always this full.
 */
export const SURE_CHARGE_MAS = ((): number => {
  const sure = (soc: number): boolean => loadedVoltsOf(soc, SURE_LOAD_MA) >= BROWNOUT_VOLTS + SURE_MARGIN_VOLTS;
  if (!sure(1)) return Infinity; // no pack is that full: always read the curves
  let low = 0; // not sure (the empty pack)
  let high = 1; // sure (the full pack)
  for (let i = 0; i < CHARGE_SEARCH_STEPS; i++) {
    const mid = (low + high) / 2;
    if (sure(mid)) high = mid;
    else low = mid;
  }
  return high * PACK_CAPACITY_MAS;
})();

export type LoadName = 'motor' | 'led' | 'beeper';

/** Told when the load on the pack rises, so the supply can be checked (brown-out). */
export interface SupplyListener {
  loadRaised(): void;
  /** The load fell (or was set as it was): what it drew meanwhile is accounted. */
  loadEased(): void;
}

export interface BatterySnapshot {
  present: boolean;
  chargeMAs: number;
  lastT: number;
  loads: [number, number, number];
}

export class BatteryPack {
  present = true;
  /** Initialised here, not only in the constructor: a class field declared without a value
   * starts as undefined, and V8 then boxes every later store of a fraction into a new heap
   * object. Starting as a number, the field holds its doubles in place. */
  chargeMAs = 0;
  private lastT = 0;
  /** Active load currents in mA, by LoadName index. */
  private readonly loads: [number, number, number] = [0, 0, 0];
  listener: SupplyListener | null = null;

  constructor(volts = FRESH_PACK_VOLTS) {
    this.chargeMAs = chargeForVolts(volts) * PACK_CAPACITY_MAS;
  }

  insert(volts: number | undefined, now: number): void {
    if (this.present) this.account(now); // told again while in: the drain so far is kept
    if (volts !== undefined) this.chargeMAs = chargeForVolts(volts) * PACK_CAPACITY_MAS;
    this.present = true;
    this.lastT = now;
  }

  remove(now: number): void {
    this.account(now);
    this.present = false;
    this.loads.fill(0);
  }

  /** The charge left at `now`, drain at the present load integrated since the last accounting,
   * without accounting it (a reading for display: the pack's state is left as it is). */
  chargeAt(now: number): number {
    const dt = now - this.lastT;
    if (dt <= 0 || !this.present) return this.chargeMAs;
    const mA = IDLE_CURRENT_MA + this.loads[0] + this.loads[1] + this.loads[2];
    return Math.max(0, this.chargeMAs - (mA * dt) / 1000);
  }

  /**
   * When the pack, drawing no more than the electronics' idle current from its last accounting,
   * can no longer hold the electronics up (its idle loaded voltage below BROWNOUT_VOLTS): a whole
   * virtual ms, at or after the last accounting. A load only brings that moment nearer: a rising
   * load is checked as it rises (the twin's loadRaised), and what it drew is accounted as it eases
   * (loadEased), so a pack left idle is watched by one alarm instead of by every step of its drain.
   */
  idleRunsOutAt(): number {
    const above = this.chargeMAs - IDLE_BROWNOUT_CHARGE_MAS;
    if (above <= 0) return this.lastT;
    return this.lastT + Math.ceil((above * 1000) / IDLE_CURRENT_MA);
  }

  /** Integrate drain up to `now` at the current load. */
  account(now: number): void {
    this.chargeMAs = this.chargeAt(now);
    this.lastT = now;
  }

  setLoad(load: LoadName, mA: number, now: number): void {
    this.account(now);
    const i = load === 'motor' ? 0 : load === 'led' ? 1 : 2;
    const rising = mA > this.loads[i];
    this.loads[i] = mA;
    if (rising) this.listener?.loadRaised();
    else this.listener?.loadEased();
  }

  get stateOfCharge(): number {
    return this.chargeMAs / PACK_CAPACITY_MAS;
  }

  /** The open-circuit volts at `now` (drain since the last accounting included; see chargeAt). */
  openCircuitVolts(now: number): number {
    return this.present ? voltsForCharge(this.chargeAt(now)) : 0;
  }

  /** Terminal voltage under the present load (what the firmware's ADC reads). */
  loadedVolts(): number {
    return this.present ? loadedVoltsOf(this.stateOfCharge, IDLE_CURRENT_MA + this.loads[0] + this.loads[1] + this.loads[2]) : 0;
  }

  /** Whether the electronics can run at the present load (loaded volts at BROWNOUT_VOLTS or more). */
  sustainsElectronics(): boolean {
    if (!this.present) return false;
    const mA = IDLE_CURRENT_MA + this.loads[0] + this.loads[1] + this.loads[2];
    if (this.chargeMAs >= SURE_CHARGE_MAS && mA <= SURE_LOAD_MA) return true; // the curves' answer (SURE_CHARGE_MAS)
    return loadedVoltsOf(this.stateOfCharge, mA) >= BROWNOUT_VOLTS;
  }

  snapshot(): BatterySnapshot {
    return this.snapshotInto({ present: true, chargeMAs: 0, lastT: 0, loads: [0, 0, 0] });
  }

  /** snapshot() written into `out` (the model checker reuses one object). */
  snapshotInto(out: BatterySnapshot): BatterySnapshot {
    out.present = this.present;
    out.chargeMAs = this.chargeMAs;
    out.lastT = this.lastT;
    out.loads[0] = this.loads[0];
    out.loads[1] = this.loads[1];
    out.loads[2] = this.loads[2];
    return out;
  }

  restore(s: BatterySnapshot): void {
    this.present = s.present;
    this.chargeMAs = s.chargeMAs;
    this.lastT = s.lastT;
    this.loads[0] = s.loads[0];
    this.loads[1] = s.loads[1];
    this.loads[2] = s.loads[2];
  }
}
