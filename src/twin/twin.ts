// The twin: firmware + hardware, driven by one simulation kernel (design/architecture.md
// "The layers"). It wires the firmware's IO to the parts, turns a person's physical actions into
// hardware changes, handles power (pack in/out, brown-out under load — seed S10, S25), and
// snapshots and restores its whole state exactly.

import { Sim, type Alarm, type AlarmOwner, type SimSnapshot } from '../sim/kernel.ts';
import { SCREEN_PASSED, hasSecureScreen } from '../firmware/secure-screen.ts';
import { Prng, type PrngState } from '../sim/prng.ts';
import { DEFAULT_SEED } from '../sim/seed.ts';
import { Trace } from '../sim/trace.ts';
import { BatteryPack, FRESH_PACK_VOLTS, SUPPLY_HOLDUP_MS, type BatterySnapshot, type SupplyListener } from '../hardware/battery.ts';
import { Door, type DoorSnapshot, type Handing } from '../hardware/door.ts';
import { MotorBolt, BOLT_STROKE, type MotorBoltSnapshot, type MotorListener } from '../hardware/motor-bolt.ts';
import { Buttons, FIRM_PRESS_N, LIGHT_TAP_N, keyBit, type ButtonKey, type ButtonListener, type ButtonsSnapshot } from '../hardware/buttons.ts';
import { Indicators, type IndicatorsSnapshot } from '../hardware/indicators.ts';
import { backlightLit } from '../hardware/backlight.ts';
import { Eeprom, type EepromListener, type EepromSnapshot } from '../hardware/eeprom.ts';
import { Firmware } from '../firmware/firmware.ts';
import type { FirmwareIO } from '../firmware/io.ts';
import { TwinIO } from './twin-io.ts';
import { actionEntry } from './action-entry.ts';
import { actionShapeProblem, isKeyPress } from './action-shape.ts';
import type { LockTraceEntry } from './trace-entry.ts';
import { ActionError } from './action-error.ts';
import { describeAction } from './describe-action.ts';
import { cloneState, type FwMode, type FwState } from '../firmware/state.ts';
import { resetHoldCountedMs } from '../firmware/reset.ts';
import { autoLockSetting, bankSize, encodeStore, newestStore, oneTimeSlotOf, storeFlags, usersDisabledOf, type StoreImage } from '../firmware/store-codec.ts';
import { autoLockChoice, type AutoLockState, type UserCodesState } from '../firmware/store-rules.ts';
import type { ModelProfile } from '../models/profile.ts';
import { findModel, unknownModelMessage } from '../models/index.ts';
import { hasResetButton } from '../models/reset-button.ts';
import { checkTwinOptions, TwinOptionsError } from './twin-options.ts';
import { SNAPSHOT_FORMAT, snapshotModel } from './snapshot-outline.ts';

export const PRESS_MS = 120; // a natural key press
export const KEY_GAP_MS = 280; // and the pause before the next one
export const BROWNOUT_REBOOT_MS = 50; // the regulator recovers once the load is gone (assumed)
export const POWER_CUT_RESTORE_MS = 1_000; // an injected power cut lasts this long
export const GLITCH_FLIPS_PER_BANK = 3;
/** The installed store's sequence number (Twin.writeInitialStore); the bank written before it holds one less. */
export const INSTALLED_SEQ = 1;
/** The index of the last slot that holds a code, or -1 when none does. */
function lastFilledSlot(codes: readonly string[]): number {
  for (let i = codes.length - 1; i >= 0; i--) if (codes[i] !== '') return i;
  return -1;
}
/** A key as a person names it: "key 1", "Program". */
function keyName(key: ButtonKey): string {
  return key.length === 1 ? `key ${key}` : key === 'lock' ? 'Lock' : key === 'program' ? 'Program' : 'Reset';
}
/** The alarm that runs the firmware's deadlines, set for the earliest after every call into the
 * firmware (Twin.afterFirmware). */
export const FIRMWARE_ALARM = 'firmware';
/** The firmware a twin is built on when none is given: the one this module imports. A build that
 * swaps that import (the test fixtures' module hook) shows here, so a report can name it
 * (check/firmware-name.ts). */
export const TWIN_DEFAULT_FIRMWARE = Firmware;
/** The alarm that watches an idling pack run down (Twin.watchPack). */
export const PACK_ALARM = 'pack';
/**
 * The longest the pack alarm waits before it looks again (2^30 ms, about 12.4 days), rather than
 * being set years ahead: alarm times then stay within V8's small integers in any run shorter than
 * about 24 days, as they did before the pack was watched. A due time years ahead, from the first
 * power-up, made V8 store every alarm's time as a boxed double: an idle twin grew by 279 B.
 */
export const PACK_LOOK_MS = 2 ** 30;
export { SNAPSHOT_FORMAT } from './snapshot-outline.ts';
const TAG_DIGITS = 5;

export interface TwinOptions {
  seed?: number;
  trace?: boolean;
  door?: Handing;
  handed?: Handing | 'none';
  mastercode?: string | 'none';
  codes?: Record<number, string>;
  battery?: number;
  doorOpen?: boolean;
  strikeAligned?: boolean;
  boltExtended?: boolean;
  switches?: Partial<Record<1 | 2 | 3 | 4, boolean>>;
  tag?: string;
  /** Every user code disabled (the disable item; product-facts M9, K6); enabled by default. */
  userCodes?: UserCodesState;
  /** The slot (1-based) holding a one-time code (K5, K6); none by default. */
  oneTimeCode?: number;
  /** The menu-set auto-lock on or off (Powerbolt 250, M9); off by default. */
  autoLock?: AutoLockState;
  /** The menu-set auto-lock's delay, one of the model's choices (M9); the first by default. */
  autoLockDelay?: number;
  /** Build a firmware variant instead of the standard one (test fixtures, later radio builds). */
  firmware?: (model: ModelProfile, io: FirmwareIO) => Firmware;
}

/** What the trace's 'power' channel says: the supply came up, went, browned out, was cut mid-write, or the watchdog restarted the MCU. */
export const POWER_ENTRIES = ['on', 'off', 'brown-out', 'cut mid-write', 'watchdog reset'] as const;
export type PowerEntry = (typeof POWER_ENTRIES)[number];

/** A `type-shown` action where the screen shows no digits to type. */
export class NothingShownError extends Error {
  override name = 'NothingShownError';
}

export type Action =
  | { do: 'press'; key: ButtonKey }
  | { do: 'hold'; key: ButtonKey }
  /** `pauseMs`: the time let pass after the release before the next action (default KEY_GAP_MS). */
  | { do: 'release'; key: ButtonKey; pauseMs?: number }
  | { do: 'hold-for'; key: ButtonKey; ms: number }
  | { do: 'type'; digits: string; force?: 'firm' | 'light' }
  /** Type the digits a 915/916's SecureScreen shows now (product-facts M5, M7): the trace records
   * them as a `type`; NothingShownError where the screen shows none. */
  | { do: 'type-shown' }
  | { do: 'battery-out' }
  | { do: 'battery-in'; volts?: number }
  | { do: 'door'; state: 'open' | 'closed' }
  | { do: 'strike'; state: 'aligned' | 'misaligned' }
  /** The cable from the exterior assembly (keypad, Lock button) to the interior one, plugged in or pulled. */
  | { do: 'exterior'; state: 'connected' | 'disconnected' }
  | { do: 'thumbturn'; dir: 'lock' | 'unlock' }
  | { do: 'key'; dir: 'lock' | 'unlock' }
  | { do: 'push-bolt' }
  | { do: 'switch'; n: 1 | 2 | 3 | 4; on: boolean }
  | { do: 'wait'; ms: number }
  | { do: 'fault'; fault: 'store-glitch' | 'power-cut-mid-write' };

export interface StoreView {
  trusted: boolean;
  adminCode: string;
  codes: string[];
  handed: 'none' | 'left' | 'right';
  /** Every user code disabled, key only (the menus' disable item; product-facts M9, K6). */
  usersDisabled: boolean;
  /** The slot (0-based) whose code opens once and is then deleted (K5, K6), or -1. */
  oneTimeSlot: number;
  /** The menu-set auto-lock as the store keeps it (store-codec.ts autoLockSetting; Powerbolt 250,
   * M9): 0 = off, the first delay, and always so where switch 2 sets auto-lock. In words:
   * store-words.ts autoLockWord and autoLockDelayOf. */
  autoLock: number;
}

/** A store no bank of which checks, as the firmware will hold it once powered (persistence.ts loadStore): every slot empty. */
export function untrustedStore(capacity: number): StoreView {
  return { trusted: false, adminCode: '', codes: new Array<string>(capacity).fill(''), handed: 'none', usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };
}

/** The store a good EEPROM image holds, as the firmware loads it (persistence.ts loadStore). */
export function storeOfImage(image: StoreImage): StoreView {
  return {
    trusted: true,
    adminCode: image.adminCode,
    codes: image.codes,
    handed: image.handed,
    usersDisabled: usersDisabledOf(image.flags),
    oneTimeSlot: oneTimeSlotOf(image.flags),
    autoLock: image.autoLock,
  };
}

/** The firmware's RAM as a snapshot holds it: tExterior is written only while the unplugged-exterior alert runs, oneTimeSlot only while a one-time code is stored (absent = -1), prompt only while SecureScreen shows digits (absent = ''), autoLock only while the menu has set one other than off at the first delay (absent = 0), so snapshots of a lock without them read as before. */
export type SnapshotFwState = Omit<FwState, 'tExterior' | 'oneTimeSlot' | 'prompt' | 'autoLock'> & { tExterior?: number; oneTimeSlot?: number; prompt?: string; autoLock?: number };

export interface TwinSnapshot {
  format: 1;
  model: string;
  seed: number;
  tag: string;
  sim: SimSnapshot;
  battery: BatterySnapshot;
  door: DoorSnapshot;
  bolt: MotorBoltSnapshot;
  buttons: ButtonsSnapshot;
  indicators: IndicatorsSnapshot;
  eeprom: EepromSnapshot;
  firmware: SnapshotFwState;
  switches: boolean[];
  prng: Record<string, PrngState>;
}

export class Twin implements AlarmOwner, ButtonListener, MotorListener, EepromListener, SupplyListener {
  readonly sim = new Sim();
  readonly trace: Trace<LockTraceEntry>;
  readonly battery: BatteryPack;
  readonly door: Door;
  readonly bolt: MotorBolt;
  readonly buttons: Buttons;
  readonly indicators: Indicators;
  readonly eeprom: Eeprom;
  readonly firmware: Firmware;
  readonly switches: [boolean, boolean, boolean, boolean];
  readonly seed: number;
  /** The code printed on the programming tag (models that ship one): `tag`. */
  private tagCode: string;
  private readonly prngs: Record<string, Prng>;
  private readonly fwAlarm: Alarm;
  private readonly rebootAlarm: Alarm;
  private readonly brownoutAlarm: Alarm;
  /** When the pack, idling, runs too low to hold the electronics up (BatteryPack.idleRunsOutAt). */
  private readonly packAlarm: Alarm;
  /** The keys the model has no button for, one bit per key (keyBit): the Reset button where the
   * model's reset is a hold of Program. A press of one is refused (actionRefusal). */
  private readonly absentKeys: number;

  constructor(
    readonly model: ModelProfile,
    opts: TwinOptions = {},
  ) {
    checkTwinOptions(model, opts); // once, before any part exists (twin-options.ts)
    this.seed = opts.seed ?? DEFAULT_SEED;
    this.trace = new Trace<LockTraceEntry>(opts.trace ?? true);
    this.prngs = {
      buttons: Prng.forPart(this.seed, 'buttons'),
      eeprom: Prng.forPart(this.seed, 'eeprom'),
      tag: Prng.forPart(this.seed, 'tag'),
      screen: Prng.forPart(this.seed, 'screen'),
    };
    let tag = opts.tag ?? '';
    if (tag === '') for (let i = 0; i < TAG_DIGITS; i++) tag += String(this.prngs.tag.int(10));
    this.tagCode = tag;
    this.battery = new BatteryPack(opts.battery ?? FRESH_PACK_VOLTS);
    this.door = new Door(opts.door ?? 'right', opts.doorOpen ?? false, opts.strikeAligned ?? true);
    this.bolt = new MotorBolt(this.sim, this.trace, this.battery, this.door, model.bolt.travelMs);
    if (opts.boltExtended) this.bolt.pos = BOLT_STROKE;
    this.buttons = new Buttons(this.sim, this.prngs.buttons, model.keypad.minForceN);
    this.absentKeys = hasResetButton(model) ? 0 : keyBit('reset');
    this.indicators = new Indicators(this.sim, this.trace, this.battery);
    this.eeprom = new Eeprom(this.sim, this.prngs.eeprom, 2 * bankSize(model.codes.capacity), this.battery);
    const sw = model.defaults.switches;
    this.switches = [opts.switches?.[1] ?? sw[0], opts.switches?.[2] ?? sw[1], opts.switches?.[3] ?? sw[2], opts.switches?.[4] ?? sw[3]];
    const io = new TwinIO(this, this.prngs.screen);
    this.firmware = opts.firmware ? opts.firmware(model, io) : new Firmware(model, io);
    this.fwAlarm = this.sim.createAlarm(FIRMWARE_ALARM, this);
    this.rebootAlarm = this.sim.createAlarm('reboot', this);
    this.brownoutAlarm = this.sim.createAlarm('brownout', this);
    this.packAlarm = this.sim.createAlarm(PACK_ALARM, this);
    this.bolt.listener = this;
    this.buttons.listener = this;
    this.eeprom.listener = this;
    this.battery.listener = this;
    this.writeInitialStore(opts);
    this.powerOn();
  }

  /** A twin of the model with id `modelId`; an unknown model, or options it cannot be built
   * from, is a TwinOptionsError naming the option and the value given (twin-options.ts). */
  static create(modelId: string, opts: TwinOptions = {}): Twin {
    const model = findModel(modelId);
    if (!model) throw new TwinOptionsError(`model: ${unknownModelMessage(String(modelId))}`);
    return new Twin(model, opts);
  }

  /** The code printed on the programming tag (models that ship one). */
  get tag(): string {
    return this.tagCode;
  }

  /** The installed lock as given: its store is written as if programmed before the story starts.
   * Both banks hold a store, as the two-bank store leaves them after any write but the first after
   * a reset (firmware/persistence.ts): the newest, as given (sequence INSTALLED_SEQ, bank 0), and
   * the one written before it (bank 1), taken to be the store before its last code was added — the
   * same without the code in its highest filled slot (assumed: which change came last is not
   * given). The next write then goes over a good older store, as on a lock in service, and a
   * write torn there, or a boot that falls back to it, shows (seed S5). */
  private writeInitialStore(opts: TwinOptions): void {
    const d = this.model.defaults;
    // The firmware never stores what its rules refuse (code-store.ts), and its code search relies
    // on that (findCode, no code shorter than the minimum): the constructor has held the given
    // store to them (checkTwinOptions).
    const given = opts.codes ?? d.userCodes;
    const codes = new Array<string>(this.model.codes.capacity).fill('');
    for (const [slot, code] of Object.entries(given)) codes[Number(slot) - 1] = code;
    let admin = opts.mastercode ?? (d.adminCode === 'tag' ? this.tag : d.adminCode);
    if (admin === 'none') admin = '';
    const handed = opts.handed ?? this.door.handing;
    const disabled = opts.userCodes === 'disabled';
    const oneTimeSlot = opts.oneTimeCode === undefined ? -1 : opts.oneTimeCode - 1;
    const autoLock = autoLockSetting(opts.autoLock === 'on', autoLockChoice(this.model, opts.autoLockDelay));
    const store = { handed, autoLock, adminCode: admin };
    this.eeprom.preload(encodeStore({ ...store, codes, flags: storeFlags(disabled, oneTimeSlot), seq: INSTALLED_SEQ }), 0);
    const lastAdded = lastFilledSlot(codes);
    const before = codes.map((code, i) => (i === lastAdded ? '' : code));
    const flagsBefore = storeFlags(disabled, oneTimeSlot === lastAdded ? -1 : oneTimeSlot);
    this.eeprom.preload(encodeStore({ ...store, codes: before, flags: flagsBefore, seq: INSTALLED_SEQ - 1 }), bankSize(this.model.codes.capacity));
  }

  // ---- firmware wiring --------------------------------------------------------------------

  onAlarm(alarm: Alarm): void {
    if (alarm === this.fwAlarm) {
      if (!this.firmware.powered) return;
      this.firmware.timer();
      this.afterFirmware();
    } else if (alarm === this.rebootAlarm) {
      this.powerOn();
    } else if (alarm === this.brownoutAlarm) {
      this.supplyDipped();
    } else if (alarm === this.packAlarm) {
      if (this.sim.now < this.battery.idleRunsOutAt()) {
        this.watchPack(); // a look on the way (PACK_LOOK_MS): not run down yet
        return;
      }
      // Drained to where the idle draw alone browns the electronics out (seed S10, S25: a pack
      // left to run down leaves the lock dead, and it stays so until the pack is replaced).
      this.supplyDipped();
      if (this.firmware.powered) this.watchPack();
    }
  }

  /** Set the pack alarm at the moment the idle draw alone would run the pack too low, or
   * PACK_LOOK_MS from now if that is sooner (never before the next ms: the pack has just been
   * found to hold the electronics up). */
  private watchPack(): void {
    const now = this.sim.now;
    this.packAlarm.scheduleAt(Math.max(now + 1, Math.min(this.battery.idleRunsOutAt(), now + PACK_LOOK_MS)));
  }

  buttonEdge(key: ButtonKey, quietFrom: number): void {
    if (!this.firmware.powered) return;
    this.firmware.keyEdge(key, quietFrom);
    this.afterFirmware();
  }

  motorTripped(): void {
    if (!this.firmware.powered) return;
    this.firmware.motorTripped();
    this.afterFirmware();
  }

  eepromWriteDone(): void {
    if (!this.firmware.powered) return;
    this.firmware.nvmWriteDone();
    this.afterFirmware();
  }

  eepromPowerCut(): void {
    if (this.trace.enabled) this.trace.push(this.sim.now, 'power', 'cut mid-write' satisfies PowerEntry);
    this.powerOff();
    this.rebootAlarm.schedule(POWER_CUT_RESTORE_MS);
  }

  /** The load rose: if the pack sags below the brown-out level, the supply holds up briefly. */
  loadRaised(): void {
    if (!this.firmware.powered || this.brownoutAlarm.scheduled) return;
    if (!this.battery.sustainsElectronics()) this.brownoutAlarm.schedule(SUPPLY_HOLDUP_MS);
  }

  /** A load eased, its drain accounted: the pack's watch comes nearer if the load took the pack
   * closer to running down than the watch was set for (only a weak pack's watch is set that near). */
  loadEased(): void {
    if (this.packAlarm.scheduled && this.battery.idleRunsOutAt() < this.packAlarm.at) this.watchPack();
  }

  /** Still too low after the hold-up time: the electronics brown out and restart once it lifts. */
  private supplyDipped(): void {
    if (!this.firmware.powered) return;
    this.battery.account(this.sim.now);
    if (this.battery.sustainsElectronics()) return;
    if (this.trace.enabled) this.trace.push(this.sim.now, 'power', 'brown-out' satisfies PowerEntry);
    this.powerOff();
    this.rebootAlarm.schedule(BROWNOUT_REBOOT_MS);
  }

  /** A part changed that the firmware senses (the exterior's cable, the bolt moved by hand, a DIP
   * switch): tell it, if it is powered, and re-arm its timer. */
  private tellFirmware(change: 'exteriorChanged' | 'boltMovedByHand' | 'switchChanged'): void {
    if (!this.firmware.powered) return;
    this.firmware[change]();
    this.afterFirmware();
  }

  /** After any call into the firmware: re-arm its timer. */
  private afterFirmware(): void {
    const next = this.firmware.powered ? this.firmware.nextDeadline() : -1;
    if (next >= 0) this.fwAlarm.scheduleAt(next);
    else this.fwAlarm.cancel();
  }

  private powerOn(): void {
    if (this.firmware.powered || !this.battery.present) return;
    this.battery.account(this.sim.now);
    if (!this.battery.sustainsElectronics()) return;
    if (this.trace.enabled) this.trace.push(this.sim.now, 'power', 'on' satisfies PowerEntry);
    this.watchPack();
    this.buttons.poweredUp();
    this.firmware.powerUp();
    this.afterFirmware();
  }

  private powerOff(): void {
    const wasOn = this.firmware.powered;
    this.bolt.powerLost();
    this.eeprom.powerLost();
    this.indicators.powerLost();
    this.firmware.powerDown();
    this.fwAlarm.cancel();
    this.brownoutAlarm.cancel();
    this.packAlarm.cancel();
    if (wasOn && this.trace.enabled) this.trace.push(this.sim.now, 'power', 'off' satisfies PowerEntry);
  }

  // ---- a person's actions -----------------------------------------------------------------

  /** Does `a`, as a person would. An action whose shape no lock takes (a key that is no key, a
   * letter to type, a kind of action there is none of: action-shape.ts) is an ActionError naming
   * the field, and one the lock as it stands rules out (actionRefusal: a pack put in over one
   * still in, a key pressed while it is held down) an ActionError naming the action and why —
   * both before any part of it is done: nothing changed, nothing traced. */
  apply(a: Action): void {
    // A press of a key there is, not held down, on a model that has it: the action a run does
    // most, passed by one look at a bit mask; every other action is asked the whole question.
    if (!isKeyPress(a) || ((this.buttons.heldMask | this.absentKeys) & keyBit(a.key)) !== 0) {
      const problem = actionShapeProblem(a);
      if (problem !== null) throw new ActionError(problem);
      const why = this.ruledOut(a);
      if (why !== null) throw new ActionError(`action: ${describeAction(a)} — ${why}`);
    }
    this.act(a);
  }

  /** Does `a` whatever the lock's state, as the hardware would: a pack put in over one still in
   * gives the lock its charge, a press of a key held down lets it go, a release of a key not held
   * lets time pass — each traced as the input it was. For a caller whose own rules already keep
   * to what the lock can take (the model checker's search, the power-cut campaign) or that means
   * the raw hardware. An action whose shape no lock takes is still an ActionError naming the field. */
  applyAnyway(a: Action): void {
    if (!isKeyPress(a)) {
      const problem = actionShapeProblem(a);
      if (problem !== null) throw new ActionError(problem);
    }
    this.act(a);
  }

  /** Does `a`, its shape checked (apply, applyAnyway). */
  private act(a: Action): void {
    if (a.do === 'type-shown') return this.typeShown();
    this.checkTime(a);
    if (a.do !== 'wait' && this.trace.enabled) this.trace.push(this.sim.now, 'input', actionEntry(a));
    switch (a.do) {
      case 'press':
        this.buttons.down(a.key);
        this.sim.advance(PRESS_MS);
        this.buttons.up(a.key);
        this.sim.advance(KEY_GAP_MS);
        return;
      case 'hold':
        this.buttons.down(a.key);
        return;
      case 'release':
        this.buttons.up(a.key);
        this.sim.advance(a.pauseMs ?? KEY_GAP_MS);
        return;
      case 'hold-for':
        this.buttons.down(a.key);
        this.sim.advance(a.ms);
        this.buttons.up(a.key);
        this.sim.advance(KEY_GAP_MS);
        return;
      case 'type': {
        const force = a.force === 'light' ? LIGHT_TAP_N : FIRM_PRESS_N;
        for (const d of a.digits) {
          this.buttons.down(d as ButtonKey, force);
          this.sim.advance(PRESS_MS);
          this.buttons.up(d as ButtonKey);
          this.sim.advance(KEY_GAP_MS);
        }
        return;
      }
      case 'battery-out':
        this.battery.remove(this.sim.now);
        this.rebootAlarm.cancel();
        this.powerOff();
        return;
      case 'battery-in':
        this.battery.insert(a.volts, this.sim.now);
        if (this.firmware.powered) this.watchPack(); // a pack put in over one still in: its own charge
        else this.powerOn();
        return;
      case 'door':
        if (this.doorBlocked(a.state)) return; // the bolt holds the door where it is
        this.door.open = a.state === 'open';
        this.bolt.mechanicsChanged();
        return;
      case 'strike':
        this.door.strikeAligned = a.state === 'aligned';
        this.bolt.mechanicsChanged();
        return;
      case 'exterior':
        this.buttons.setExteriorLinked(a.state === 'connected');
        this.tellFirmware('exteriorChanged');
        return;
      case 'thumbturn':
      case 'key':
        // The firmware senses the bolt, not the hand: a turn that moves nothing goes unnoticed.
        if (this.bolt.manualMove(a.dir === 'lock')) this.tellFirmware('boltMovedByHand');
        return;
      case 'push-bolt':
        this.bolt.push();
        return;
      case 'switch':
        this.switches[a.n - 1] = a.on;
        this.tellFirmware('switchChanged');
        return;
      case 'wait':
        this.sim.advance(a.ms);
        return;
      case 'fault':
        if (a.fault === 'store-glitch') {
          // A firmware glitch: the store is scrambled and the watchdog restarts the MCU (seed S5).
          this.eeprom.glitch(GLITCH_FLIPS_PER_BANK, 2);
          if (this.firmware.powered) {
            if (this.trace.enabled) this.trace.push(this.sim.now, 'power', 'watchdog reset' satisfies PowerEntry);
            this.powerOff();
            this.powerOn();
          }
        } else {
          this.eeprom.cutNextWrite = true;
        }
        return;
    }
  }

  /** Refuses an action whose time the clock cannot take — a hold or pause that is not a whole
   * number of ms from 0 up (VirtualTimeError), a run past the clock's limit (ClockLimitError) —
   * before any part of it is done: no key left down, no input traced, no time passed. A wait
   * needs no check here: it is one advance, which checks itself before it runs. */
  private checkTime(a: Action): void {
    switch (a.do) {
      case 'press':
        return this.sim.checkAdvance(PRESS_MS, KEY_GAP_MS);
      case 'release':
        return this.sim.checkAdvance(a.pauseMs ?? KEY_GAP_MS);
      case 'hold-for':
        return this.sim.checkAdvance(a.ms, KEY_GAP_MS);
      case 'type':
        return this.sim.checkAdvance(a.digits.length * (PRESS_MS + KEY_GAP_MS));
    }
  }

  // ---- what can be observed ---------------------------------------------------------------

  get powered(): boolean {
    return this.firmware.powered;
  }

  /** The pack's open-circuit volts now, its drain since it was last accounted included (0 when out). */
  packVolts(): number {
    return this.battery.openCircuitVolts(this.sim.now);
  }

  /** The code store as the lock knows it: RAM when running, else the newest good EEPROM bank. */
  store(): StoreView {
    const s = this.firmware.s;
    if (this.firmware.powered) {
      return { trusted: s.storeOk, adminCode: s.adminCode, codes: s.codes.slice(), handed: s.handed, usersDisabled: s.usersDisabled, oneTimeSlot: s.oneTimeSlot, autoLock: s.autoLock };
    }
    const capacity = this.model.codes.capacity;
    const best = newestStore(this.eeprom.read(0, 2 * bankSize(capacity)), capacity).image;
    return best ? storeOfImage(best) : untrustedStore(capacity);
  }

  /** The bolt is thrown into the strike far enough to hold the door. */
  get locked(): boolean {
    return this.bolt.engaged();
  }

  /** Whether the bolt keeps the door from moving to `state`: thrown past the edge of the strike
   * (locked), it holds a closed door shut, and an open door cannot close over it — the frame is
   * in its way. A person's push or pull then moves nothing (scenarios refuse the step). */
  doorBlocked(state: 'open' | 'closed'): boolean {
    return (state === 'open') !== this.door.open && this.bolt.engaged();
  }

  /**
   * Why an action cannot be done as asked, in a person's words, or null: a Reset button the model
   * does not have cannot be pressed (product-facts M11: the 264 and Powerbolt 2 families have one),
   * a key already held down cannot be pressed, held again or typed (SecureScreen's digits too),
   * nor one not held released, a pack already in cannot be put in, nor one out pulled. apply
   * refuses such an action (applyAnyway does it as the hardware would), scenarios such a step,
   * the REPL such a command. (A door the bolt holds: doorBlocked.) An action whose shape no lock
   * takes is refused first, in the words apply throws (action-shape.ts).
   */
  actionRefusal(a: Action): string | null {
    return actionShapeProblem(a) ?? this.ruledOut(a);
  }

  /** Why the lock as it stands cannot take `a`, an action of a shape a lock takes, or null (actionRefusal). */
  private ruledOut(a: Action): string | null {
    if ((a.do === 'press' || a.do === 'hold' || a.do === 'hold-for' || a.do === 'release') && a.key === 'reset' && !hasResetButton(this.model)) {
      return `the ${this.model.name} has no Reset button: its factory reset is a hold of Program`;
    }
    switch (a.do) {
      case 'press':
      case 'hold':
      case 'hold-for':
        return this.buttons.isHeld(a.key) ? `${keyName(a.key)} is already held down: release it first` : null;
      case 'release':
        return this.buttons.isHeld(a.key) ? null : `${keyName(a.key)} is not held down: hold it first`;
      case 'type':
        return this.heldDigitRefusal(a.digits);
      case 'type-shown':
        return this.heldDigitRefusal(this.screenDigits);
      case 'battery-in':
        return this.battery.present ? 'the battery pack is already in: pull it first' : null;
      case 'battery-out':
        return this.battery.present ? null : 'the battery pack is already out: put it in first';
      default:
        return null;
    }
  }

  /** Why digits cannot be typed: one of them is held down; or null. */
  private heldDigitRefusal(digits: string): string | null {
    for (const d of digits) if (this.buttons.isHeld(d as ButtonKey)) return `${keyName(d as ButtonKey)} is already held down: release it first`;
    return null;
  }

  /** Why the door does not move to `state` (doorBlocked), in a person's words. */
  static doorBlockedWhy(state: 'open' | 'closed'): string {
    return state === 'open' ? 'the bolt is thrown and holds the door shut' : 'the bolt is thrown and the frame is in its way';
  }

  /** The keypad backlight is lit now (an assumed behaviour: hardware/backlight.ts). */
  get keypadBacklit(): boolean {
    // The keypad is powered through the exterior's cable: unplugged, it stays dark.
    return this.buttons.exteriorLinked && backlightLit({ powered: this.firmware.powered, keypadEdgeAt: this.buttons.keypadEdgeAt, keypadHeld: this.buttons.keypadHeld }, this.sim.now);
  }

  get lockedOut(): boolean {
    return this.firmware.s.tLockoutEnd >= 0;
  }

  get mode(): FwMode {
    return this.firmware.s.mode;
  }

  /** How much of the reset hold the lock has counted so far, in ms, or -1 when it counts none
   * (firmware/reset.ts resetHoldCountedMs). */
  get resetHoldCountedMs(): number {
    return resetHoldCountedMs(this.firmware.s, this.model, this.sim.now);
  }

  /** The digits SecureScreen shows, still to be touched before the code; '' when it shows none
   * (firmware/secure-screen.ts). */
  get screenDigits(): string {
    const shown = this.firmware.s.prompt;
    return shown === SCREEN_PASSED ? '' : shown;
  }

  /** The `type-shown` action: the digits on the screen now, typed as any digits are. */
  private typeShown(): void {
    const digits = this.screenDigits;
    if (digits === '') throw new NothingShownError(hasSecureScreen(this.model) ? 'the screen shows no digits now (SecureScreen off, no touch woke it, or its digits were touched already)' : `the ${this.model.name} has no SecureScreen to show digits`);
    this.act({ do: 'type', digits });
  }

  // ---- snapshots --------------------------------------------------------------------------

  snapshot(): TwinSnapshot {
    const prng: Record<string, PrngState> = {};
    for (const [k, p] of Object.entries(this.prngs)) prng[k] = p.getState();
    return {
      format: SNAPSHOT_FORMAT,
      model: this.model.id,
      seed: this.seed,
      tag: this.tag,
      sim: this.sim.snapshot(),
      battery: this.battery.snapshot(),
      door: this.door.snapshot(),
      bolt: this.bolt.snapshot(),
      buttons: this.buttons.snapshot(),
      indicators: this.indicators.snapshot(),
      eeprom: this.eeprom.snapshot(),
      firmware: firmwareForSnapshot(this.firmware.s),
      switches: [...this.switches],
      prng,
    };
  }

  /** The twin a snapshot holds, restored exactly. A snapshot read from outside is checked whole
   * first (checkSnapshot); a value whose outline is no snapshot's — its JSON text, no object, no
   * format, model or part of the lock, an unknown model — is a SnapshotError naming what is wrong
   * (snapshot-outline.ts, a look at a fixed handful of fields). */
  static restore(snap: TwinSnapshot, opts: { trace?: boolean } = {}): Twin {
    const model = snapshotModel(snap);
    const twin = new Twin(model, { seed: snap.seed, trace: opts.trace ?? true });
    twin.tagCode = snap.tag; // the tag as saved, on every model (a `tag` option only where one ships)
    twin.trace.entries.length = 0;
    twin.sim.restore(snap.sim);
    twin.battery.restore(snap.battery);
    twin.door.restore(snap.door);
    twin.bolt.restore(snap.bolt);
    twin.buttons.restore(snap.buttons);
    twin.indicators.restore(snap.indicators);
    twin.eeprom.restore(snap.eeprom);
    twin.firmware.s = cloneState({ ...snap.firmware, tExterior: snap.firmware.tExterior ?? -1, oneTimeSlot: snap.firmware.oneTimeSlot ?? -1, prompt: snap.firmware.prompt ?? '', autoLock: snap.firmware.autoLock ?? 0 });
    for (let i = 0; i < 4; i++) twin.switches[i] = snap.switches[i];
    // The twin's own streams, each from the snapshot's entry of that name (checkSnapshot refuses
    // a snapshot without one); never a lookup by the snapshot's names, which could find
    // `constructor` on the record's prototype.
    for (const [k, p] of Object.entries(twin.prngs)) if (Object.hasOwn(snap.prng, k)) p.setState(snap.prng[k]!);
    // A snapshot taken before the pack was watched while idle: watch it from here.
    if (twin.firmware.powered && !twin.packAlarm.scheduled) twin.watchPack();
    return twin;
  }
}

/** The firmware's RAM for a snapshot: a deep copy (cloneState), tExterior and oneTimeSlot left out while they are -1, prompt while it is '', autoLock while it is 0 (SnapshotFwState). */
function firmwareForSnapshot(s: FwState): SnapshotFwState {
  const copy: SnapshotFwState = cloneState(s);
  if (copy.tExterior === -1) delete copy.tExterior;
  if (copy.oneTimeSlot === -1) delete copy.oneTimeSlot;
  if (copy.prompt === '') delete copy.prompt;
  if (copy.autoLock === 0) delete copy.autoLock;
  return copy;
}
