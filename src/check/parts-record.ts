// The twin's parts — the simulation kernel, pack, door, motor and bolt, buttons, indicators,
// EEPROM and DIP switches — in a stored state's record (state-record.ts): written from the
// parts' snapshots, read back through their restore(). The firmware's RAM (fw-record.ts), the
// monitors' state (monitor-record.ts) and the checker's own notes are written by their owners.

import type { Twin } from '../twin/twin.ts';
import { FRESH_PACK_VOLTS, chargeForVolts, PACK_CAPACITY_MAS, type BatterySnapshot } from '../hardware/battery.ts';
import type { ButtonsSnapshot } from '../hardware/buttons.ts';
import type { DoorSnapshot, Handing } from '../hardware/door.ts';
import type { IndicatorsSnapshot, LightColor } from '../hardware/indicators.ts';
import type { MotorBoltSnapshot, StopKind } from '../hardware/motor-bolt.ts';
import type { RawWrite } from '../hardware/eeprom.ts';
import type { NvmImages, StringTable } from './intern.ts';
import type { AlarmTable } from './alarm-table.ts';
import { REC, readDouble, whole, writeDouble, type Numbers } from './state-record.ts';

const { TRUE, FALSE, NONE, NOW, SEQ, PRESENT, LOAD_MOTOR, LOAD_LED, LOAD_BEEPER, DOOR_HANDING, DOOR_OPEN, DOOR_STRIKE_ALIGNED } = REC;
const { BOLT_POS, BOLT_MOTOR, BOLT_LIMIT_MA, BOLT_SEG_T, BOLT_SPEED, BOLT_CURRENT_MA, BOLT_OVER_SINCE, BOLT_PUSHED, BOLT_LAST_STOP } = REC;
const { HELD, EXTERIOR_LINKED, LED_UNTIL, BEEP_UNTIL, STATUS, STATUS_PERIOD_MS, NVM, WRITING_OFFSET, WRITING_DATA, WRITING_START, CUT_NEXT, SWITCHES, SWITCH_COUNT } = REC;

/** The pack's charge at every restore: a fresh pack's (machine.ts, "battery"). */
const PINNED_CHARGE_MAS = chargeForVolts(FRESH_PACK_VOLTS) * PACK_CAPACITY_MAS;

const bit = (b: boolean): number => (b ? TRUE : FALSE);

export class PartsRecord {
  /** Scratch arguments for the parts' restore() (they copy what they need). */
  private readonly batteryArg: BatterySnapshot = { present: true, chargeMAs: PINNED_CHARGE_MAS, lastT: 0, loads: [0, 0, 0] };
  private readonly buttonsArg: ButtonsSnapshot = { held: 0, exteriorLinked: true };
  private readonly doorArg: DoorSnapshot = { handing: 'right', open: false, strikeAligned: true };
  private readonly boltArg: MotorBoltSnapshot = { pos: 0, motor: 0, limitMa: 0, segT: 0, speed: 0, currentMa: 0, overSince: -1, pushed: false, lastStop: 'none' };
  private readonly indicatorsArg: IndicatorsSnapshot = { ledUntil: -1, beepUntil: -1, status: null, statusPeriodMs: 0 };
  private readonly writingArg: RawWrite = { offset: 0, data: new Uint8Array(0), startT: 0 };
  /** Scratch for the parts' snapshotInto() when writing (read at once, never kept). */
  private readonly batteryOut: BatterySnapshot = { present: true, chargeMAs: 0, lastT: 0, loads: [0, 0, 0] };
  private readonly boltOut: MotorBoltSnapshot = { pos: 0, motor: 0, limitMa: 0, segT: 0, speed: 0, currentMa: 0, overSince: -1, pushed: false, lastStop: 'none' };
  private readonly indicatorsOut: IndicatorsSnapshot = { ledUntil: -1, beepUntil: -1, status: null, statusPeriodMs: 0 };

  /** The image id the EEPROM's content is known to be, as of its change count heldAtChange (an
   * unchanged count means unchanged content: no need to compare or copy the image). */
  private heldImage: number = NONE;
  private heldAtChange = -1;

  constructor(
    private readonly twin: Twin,
    private readonly strings: StringTable,
    private readonly images: NvmImages,
    /** The data of writes in flight, by id. */
    private readonly writes: NvmImages,
    private readonly alarms: AlarmTable,
  ) {}

  /** Write the parts into the record at `o` in `a`; the record at `likeO` in `likeA` (or
   * none, with likeO NONE) holds the ids tried first. */
  write(a: Numbers, o: number, likeA: Numbers, likeO: number): void {
    const t = this.twin;
    const str = this.strings;
    const has = likeO !== NONE;
    a[o + NOW] = whole(t.sim.now, 'the time');
    a[o + SEQ] = whole(t.sim.seq, "the kernel's sequence");
    this.alarms.write(a, o);
    const bat = t.battery.snapshotInto(this.batteryOut);
    a[o + PRESENT] = bit(bat.present);
    a[o + LOAD_MOTOR] = whole(bat.loads[0], 'the motor load');
    a[o + LOAD_LED] = whole(bat.loads[1], 'the LED load');
    a[o + LOAD_BEEPER] = whole(bat.loads[2], 'the beeper load');
    const door = t.door;
    a[o + DOOR_HANDING] = str.idLike(door.handing, has ? likeA[likeO + DOOR_HANDING] : NONE);
    a[o + DOOR_OPEN] = bit(door.open);
    a[o + DOOR_STRIKE_ALIGNED] = bit(door.strikeAligned);
    const b = t.bolt.snapshotInto(this.boltOut);
    writeDouble(a, o + BOLT_POS, b.pos);
    a[o + BOLT_MOTOR] = b.motor;
    a[o + BOLT_LIMIT_MA] = whole(b.limitMa, "the motor's current limit");
    a[o + BOLT_SEG_T] = whole(b.segT, "the motor segment's start");
    writeDouble(a, o + BOLT_SPEED, b.speed);
    a[o + BOLT_CURRENT_MA] = whole(b.currentMa, "the motor's current");
    a[o + BOLT_OVER_SINCE] = whole(b.overSince, "the motor's overcurrent start");
    a[o + BOLT_PUSHED] = bit(b.pushed);
    a[o + BOLT_LAST_STOP] = str.idLike(b.lastStop, has ? likeA[likeO + BOLT_LAST_STOP] : NONE);
    a[o + HELD] = t.buttons.heldMask;
    a[o + EXTERIOR_LINKED] = bit(t.buttons.exteriorLinked);
    const ind = t.indicators.snapshotInto(this.indicatorsOut);
    a[o + LED_UNTIL] = whole(ind.ledUntil, "the LED's end");
    a[o + BEEP_UNTIL] = whole(ind.beepUntil, "the beeper's end");
    a[o + STATUS] = ind.status === null ? NONE : str.idLike(ind.status, has ? likeA[likeO + STATUS] : NONE);
    a[o + STATUS_PERIOD_MS] = whole(ind.statusPeriodMs, "the status light's period");
    const ee = t.eeprom;
    a[o + NVM] = this.imageId(has ? likeA[likeO + NVM] : NONE);
    const writing = ee.inFlight();
    a[o + WRITING_OFFSET] = writing === null ? NONE : whole(writing.offset, "the NVM write's offset");
    a[o + WRITING_DATA] = writing === null ? NONE : this.writes.idLike(writing.data, has ? likeA[likeO + WRITING_DATA] : NONE);
    a[o + WRITING_START] = writing === null ? 0 : whole(writing.startT, "the NVM write's start");
    a[o + CUT_NEXT] = bit(ee.busy ? ee.cutArmed : ee.cutNextWrite);
    for (let i = 0; i < SWITCH_COUNT; i++) a[o + SWITCHES + i] = bit(t.switches[i]);
  }

  /** The id of the EEPROM's content, trying `likeId` first. */
  private imageId(likeId: number): number {
    const ee = this.twin.eeprom;
    if (ee.changeCount === this.heldAtChange) return this.heldImage;
    this.heldImage = this.images.idLike(ee.bytes, likeId);
    this.heldAtChange = ee.changeCount;
    return this.heldImage;
  }

  /** Put the parts in the state of the record at `o` in `a`. */
  read(a: Numbers, o: number): void {
    const t = this.twin;
    const str = this.strings;
    this.alarms.restore(a, o, a[o + NOW], a[o + SEQ]);
    const bat = this.batteryArg;
    bat.present = a[o + PRESENT] !== FALSE;
    bat.lastT = a[o + NOW];
    bat.loads[0] = a[o + LOAD_MOTOR];
    bat.loads[1] = a[o + LOAD_LED];
    bat.loads[2] = a[o + LOAD_BEEPER];
    t.battery.restore(bat);
    const door = this.doorArg;
    door.handing = str.value(a[o + DOOR_HANDING]) as Handing;
    door.open = a[o + DOOR_OPEN] !== FALSE;
    door.strikeAligned = a[o + DOOR_STRIKE_ALIGNED] !== FALSE;
    t.door.restore(door);
    const b = this.boltArg;
    b.pos = readDouble(a, o + BOLT_POS);
    b.motor = a[o + BOLT_MOTOR] as MotorBoltSnapshot['motor'];
    b.limitMa = a[o + BOLT_LIMIT_MA];
    b.segT = a[o + BOLT_SEG_T];
    b.speed = readDouble(a, o + BOLT_SPEED);
    b.currentMa = a[o + BOLT_CURRENT_MA];
    b.overSince = a[o + BOLT_OVER_SINCE];
    b.pushed = a[o + BOLT_PUSHED] !== FALSE;
    b.lastStop = str.value(a[o + BOLT_LAST_STOP]) as StopKind;
    t.bolt.restore(b);
    this.buttonsArg.held = a[o + HELD];
    this.buttonsArg.exteriorLinked = a[o + EXTERIOR_LINKED] !== FALSE;
    t.buttons.restore(this.buttonsArg);
    const ind = this.indicatorsArg;
    ind.ledUntil = a[o + LED_UNTIL];
    ind.beepUntil = a[o + BEEP_UNTIL];
    ind.status = a[o + STATUS] === NONE ? null : (str.value(a[o + STATUS]) as LightColor);
    ind.statusPeriodMs = a[o + STATUS_PERIOD_MS];
    t.indicators.restore(ind);
    let writing: RawWrite | null = null;
    if (a[o + WRITING_OFFSET] !== NONE) {
      writing = this.writingArg;
      writing.offset = a[o + WRITING_OFFSET];
      writing.data = this.writes.value(a[o + WRITING_DATA]);
      writing.startT = a[o + WRITING_START];
    }
    const image = a[o + NVM];
    const holds = image === this.heldImage && t.eeprom.changeCount === this.heldAtChange;
    t.eeprom.restoreRaw(holds ? null : this.images.value(image), writing, a[o + CUT_NEXT] !== FALSE);
    this.heldImage = image;
    this.heldAtChange = t.eeprom.changeCount;
    for (let i = 0; i < SWITCH_COUNT; i++) t.switches[i] = a[o + SWITCHES + i] !== FALSE;
  }
}
