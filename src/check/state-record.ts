// A stored state of the checker's twin (machine.ts) is a record: a fixed number of 32-bit whole
// numbers in the machine's state arena (state-arena.ts), where strings, code lists and NVM
// images stand as their number in the machine's tables (intern.ts) and booleans as 0 / 1. The
// twin's times, counters and currents are whole numbers (whole() stops the search if one is
// not); the bolt's position and speed are held as their doubles' halves. A search keeps
// hundreds of thousands of states; held as plain numbers in one typed array, they cost the
// garbage collector nothing — as nested snapshots (a dozen objects per state) they were most
// of the checker's time.
//
// The fixed fields come first, at the offsets below; then the sections whose offsets depend on
// the model (RecordLayout): the firmware's recent wrong entries, the monitor's recent wrong
// entries, and the pending alarms (ALARM_STRIDE numbers per alarm, alarm-table.ts).

declare const STATE: unique symbol;
/** A stored state: where its record starts in the machine's arena. */
export type MachineState = number & { readonly [STATE]: true };
/** A record's numbers: a chunk of the arena, read from a record's start. */
export type Numbers = Int32Array;

/**
 * The record's fixed offsets and the values it uses for booleans and absence. A module that
 * reads records copies what it uses into constants of its own (`const { NOW } = REC;`): under
 * some module loaders (vitest's, CommonJS) an imported binding is read through an accessor at
 * every use, which a step's hundreds of field reads would pay for.
 */
export const REC = Object.freeze({
  /** Booleans as numbers. */
  TRUE: 1,
  FALSE: 0,
  /** An absent value (no NVM write in flight, no write note, no status light). */
  NONE: -1,

  // The kernel: clock and scheduling sequence counter.
  NOW: 0,
  SEQ: 1,
  // The pack and the firmware's power.
  POWERED: 2,
  PRESENT: 3,
  LOAD_MOTOR: 4,
  LOAD_LED: 5,
  LOAD_BEEPER: 6,
  // The door.
  DOOR_HANDING: 7,
  DOOR_OPEN: 8,
  DOOR_STRIKE_ALIGNED: 9,
  // The motor and bolt (hardware/motor-bolt.ts MotorBoltSnapshot); the position and speed are
  // fractions, each held as its double's two 32-bit halves (writeDouble).
  BOLT_POS: 10,
  BOLT_POS_HIGH: 11,
  BOLT_MOTOR: 12,
  BOLT_LIMIT_MA: 13,
  BOLT_SEG_T: 14,
  BOLT_SPEED: 15,
  BOLT_SPEED_HIGH: 16,
  BOLT_CURRENT_MA: 17,
  BOLT_OVER_SINCE: 18,
  BOLT_PUSHED: 19,
  BOLT_LAST_STOP: 20,
  // The buttons and the indicators.
  HELD: 21,
  LED_UNTIL: 22,
  BEEP_UNTIL: 23,
  STATUS: 24,
  STATUS_PERIOD_MS: 25,
  // The EEPROM: image, the write in flight (offset NONE when idle; its data by id), the armed
  // fault, and the images before and as written of the write in flight (torn-write-probe.ts).
  NVM: 26,
  WRITING_OFFSET: 27,
  WRITING_DATA: 28,
  WRITING_START: 29,
  CUT_NEXT: 30,
  WRITE_BEFORE: 31,
  WRITE_AFTER: 32,
  /** RAM a firmware variant keeps outside FwState, as JSON (machine.ts). */
  FW_EXTRA: 33,
  SWITCHES: 34,
  SWITCH_COUNT: 4,
  /** The cable from the exterior assembly: plugged in or pulled (hardware/buttons.ts). */
  EXTERIOR_LINKED: 38,
  // The monitors (monitors.ts MonitorState); the wrong entries are a variable section.
  MON_BYPASSED: 39,
  MON_HOLD_FROM: 40,
  MON_ARMED: 41,
  MON_HANDING_DUE: 42,
  MON_HANDING_ENDS: 43,
  MON_WRONG_COUNT: 44,
  /** The firmware's RAM (fw-record.ts), FW_FIELDS numbers from here. */
  FW_AT: 45,

  /** Alarms a record has room for (the twin has seven; more is an error, alarm-table.ts). */
  MAX_ALARMS: 12,
});

const { FW_AT, MAX_ALARMS } = REC;

/** A number the record holds as itself: it must be a 32-bit whole number (`what` names it). */
export function whole(x: number, what: string): number {
  if ((x | 0) !== x) throw new Error(`${what} is ${x}: a state record holds 32-bit whole numbers only (src/check/state-record.ts)`);
  return x;
}

/** Scratch for a double's two halves. */
const DOUBLE = new Float64Array(1);
const HALVES = new Int32Array(DOUBLE.buffer);

/** Write `x` as two numbers at `at` (−0 as 0, so that equal values have equal halves). */
export function writeDouble(a: Numbers, at: number, x: number): void {
  DOUBLE[0] = x === 0 ? 0 : x;
  a[at] = HALVES[0];
  a[at + 1] = HALVES[1];
}

export function readDouble(a: Numbers, at: number): number {
  HALVES[0] = a[at];
  HALVES[1] = a[at + 1];
  return DOUBLE[0];
}

/** Where the model-dependent sections start, and a record's size, for one model. */
export class RecordLayout {
  /** The firmware's recent wrong entries (FwState.wrongTimes), `wrongSlots` numbers. */
  readonly fwWrongAt: number;
  /** The monitor's recent wrong entries, up to `wrongSlots` numbers (count at MON_WRONG_COUNT). */
  readonly monWrongAt: number;
  /** The alarms: `alarmNumbers` per alarm, MAX_ALARMS of them, to the end of the record. */
  readonly alarmsAt: number;
  /** Numbers per record. */
  readonly size: number;

  constructor(
    fwFields: number,
    readonly wrongSlots: number,
    alarmNumbers: number,
  ) {
    this.fwWrongAt = FW_AT + fwFields;
    this.monWrongAt = this.fwWrongAt + wrongSlots;
    this.alarmsAt = this.monWrongAt + wrongSlots;
    this.size = this.alarmsAt + alarmNumbers * MAX_ALARMS;
  }
}
