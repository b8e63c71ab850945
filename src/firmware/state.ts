// The firmware's RAM: one plain, fixed-shape value. It can be cloned, serialised, compared and
// hashed cheaply (design/architecture.md "firmware/"), which the model checker depends on.
// Times are virtual milliseconds; a deadline of -1 is "not armed".

export const FW_MODES = [
  'off', // no power
  'reset-hold', // powered up with Program held: counting the 30 s (seed S8)
  'reset-armed', // held long enough: waiting for the confirming press (half-finished reset, S24)
  'resetting', // erasing the store
  'handing-wait', // door handing starts shortly (S16)
  'handing', // mapping the bolt's range
  'idle', // normal operation
  'prog-auth', // Mastercode family: Program pressed, Mastercode required (S2)
  'prog-menu', // Mastercode family: enter a new code, or Lock to delete
  'prog-del-auth', // Mastercode family: Lock chose delete before the Mastercode (product-facts S9/S14's order)
  'prog-del-1',
  'prog-del-2',
  'mc-set-1', // Program held ~5 s: new Mastercode
  'mc-set-2',
  'mc-off-1', // Mastercode enabled and Program held ~5 s: disable it
  'mc-off-2',
  'mc-off-3',
  'menu', // programming-code family: menu digit expected
  'menu-add',
  'menu-del-1',
  'menu-del-2',
  'menu-pc-1',
  'menu-pc-2',
  'menu-disable',
  'menu-add-once', // a one-time user code (955 menu 7)
  'menu-auto-lock-delay', // Powerbolt 250 menu 8: a key 1–5 chooses the auto-lock delay (product-facts M9)
  'slot-select', // positional: choosing the slot (Program presses or a slot digit)
  'slot-code', // positional: entering the code for the chosen slot
  'handing-armed', // 620: Program tapped at power-up, one more press starts handing
] as const;
export type FwMode = (typeof FW_MODES)[number];

/** The Mastercode family's programming modes (programming-mastercode.ts). */
export const MASTERCODE_PROGRAMMING_MODES: readonly FwMode[] = ['prog-auth', 'prog-menu', 'prog-del-auth', 'prog-del-1', 'prog-del-2', 'mc-set-1', 'mc-set-2', 'mc-off-1', 'mc-off-2', 'mc-off-3'];
/** The programming-code menu family's modes (programming-menu.ts). */
export const MENU_PROGRAMMING_MODES: readonly FwMode[] = ['menu', 'menu-add', 'menu-del-1', 'menu-del-2', 'menu-pc-1', 'menu-pc-2', 'menu-disable', 'menu-add-once', 'menu-auto-lock-delay'];
/** The positional models' slot modes (programming-positional.ts). */
export const SLOT_PROGRAMMING_MODES: readonly FwMode[] = ['slot-select', 'slot-code'];

export const LEARNED = ['none', 'left', 'right'] as const;
export type Learned = (typeof LEARNED)[number];
export const MOTOR_OPS = ['none', 'lock', 'unlock', 'handing'] as const;
export type MotorOp = (typeof MOTOR_OPS)[number];
export const SOURCES = ['keypad', 'lock-button', 'manual', 'auto-lock', 'remote'] as const;
export type Source = (typeof SOURCES)[number];
/** Who an event names as its cause: a bolt's movers, and the interior Program button that opens a
 * menu model's programming (product-facts M9, K5). */
export const EVENT_SOURCES = [...SOURCES, 'program-button'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export interface FwState {
  mode: FwMode;
  /** Code store, RAM copy. '' = empty. */
  storeOk: boolean;
  adminCode: string;
  codes: string[];
  handed: Learned;
  usersDisabled: boolean; // all user codes disabled: key only (product-facts M9, K6)
  oneTimeSlot: number; // the slot (0-based) holding a one-time code, deleted once used (K5, K6); -1 when none
  /** The menu-set auto-lock (Powerbolt 250, product-facts M9) as the store keeps it
   * (store-codec.ts autoLockSetting): 0 = off, the first delay. Unused where switch 2 sets it. */
  autoLock: number;
  storeSeq: number;
  storeBank: number; // bank holding the newest good image, -1 when none
  writeDirty: boolean; // RAM store differs from what is being / was written
  writeBank: number; // bank being written, -1 when idle
  eraseOtherBank: boolean; // a factory reset still has the old bank to blank
  // keypad entry
  buffer: string;
  /** SecureScreen (secure-screen.ts): the digits shown still to be touched before the code, '' when
   * none are shown, SCREEN_PASSED once they all were. */
  prompt: string;
  pending: string; // a first entry awaiting its confirmation (delete, new Mastercode)
  slot: number; // positional programming: the chosen slot (1-based), 0 when none
  debounceKey: string; // the key whose contact changed and is settling, '' when none
  debounceQuietFrom: number; // when that contact stopped bouncing (its press or release time)
  keyMask: number; // debounced level of every key, one bit per key
  programDownAt: number;
  programHeld: boolean;
  armedNeedsRelease: boolean;
  // wrong-code window: times of recent wrong entries (oldest first), fixed length
  wrongTimes: number[];
  // motion
  motorOp: MotorOp;
  motorSource: Source;
  motorSlot: number;
  handPhase: number;
  learnedDir: Learned; // what handing found so far
  boltLocked: boolean; // the bolt sensor's last end position (extended = locked)
  // deadlines
  tDebounce: number;
  tEntry: number;
  tProg: number;
  tHold: number;
  tHanding: number;
  tAutoLock: number;
  tLockoutEnd: number;
  tReminder: number;
  /** The next beep of the unplugged-exterior alert (exterior-link.ts), or -1. */
  tExterior: number;
}

export function initialState(capacity: number, lockoutAttempts: number): FwState {
  return {
    mode: 'off',
    storeOk: false,
    adminCode: '',
    codes: new Array<string>(capacity).fill(''),
    handed: 'none',
    usersDisabled: false,
    oneTimeSlot: -1,
    autoLock: 0,
    storeSeq: 0,
    storeBank: -1,
    writeDirty: false,
    writeBank: -1,
    eraseOtherBank: false,
    buffer: '',
    prompt: '',
    pending: '',
    slot: 0,
    debounceKey: '',
    debounceQuietFrom: -1,
    keyMask: 0,
    programDownAt: -1,
    programHeld: false,
    armedNeedsRelease: false,
    wrongTimes: new Array<number>(lockoutAttempts).fill(-1),
    motorOp: 'none',
    motorSource: 'keypad',
    motorSlot: 0,
    handPhase: 0,
    learnedDir: 'none',
    boltLocked: false,
    tDebounce: -1,
    tEntry: -1,
    tProg: -1,
    tHold: -1,
    tHanding: -1,
    tAutoLock: -1,
    tLockoutEnd: -1,
    tReminder: -1,
    tExterior: -1,
  };
}

/** A deep copy. Written out field by field (the type checker insists on every field): a spread
 * of this 39-field object is several times slower, and the model checker clones once per step. */
export function cloneState(s: FwState): FwState {
  return {
    mode: s.mode,
    storeOk: s.storeOk,
    adminCode: s.adminCode,
    codes: s.codes.slice(),
    handed: s.handed,
    usersDisabled: s.usersDisabled,
    oneTimeSlot: s.oneTimeSlot,
    autoLock: s.autoLock,
    storeSeq: s.storeSeq,
    storeBank: s.storeBank,
    writeDirty: s.writeDirty,
    writeBank: s.writeBank,
    eraseOtherBank: s.eraseOtherBank,
    buffer: s.buffer,
    prompt: s.prompt,
    pending: s.pending,
    slot: s.slot,
    debounceKey: s.debounceKey,
    debounceQuietFrom: s.debounceQuietFrom,
    keyMask: s.keyMask,
    programDownAt: s.programDownAt,
    programHeld: s.programHeld,
    armedNeedsRelease: s.armedNeedsRelease,
    wrongTimes: s.wrongTimes.slice(),
    motorOp: s.motorOp,
    motorSource: s.motorSource,
    motorSlot: s.motorSlot,
    handPhase: s.handPhase,
    learnedDir: s.learnedDir,
    boltLocked: s.boltLocked,
    tDebounce: s.tDebounce,
    tEntry: s.tEntry,
    tProg: s.tProg,
    tHold: s.tHold,
    tHanding: s.tHanding,
    tAutoLock: s.tAutoLock,
    tLockoutEnd: s.tLockoutEnd,
    tReminder: s.tReminder,
    tExterior: s.tExterior,
  };
}

/** Every deadline of the firmware's RAM, the ones nextDeadline reads: each a time, or -1 when not
 * armed (snapshot-clock.ts holds a snapshot's to its firmware alarm). */
export const DEADLINES = ['tDebounce', 'tEntry', 'tProg', 'tHold', 'tHanding', 'tAutoLock', 'tLockoutEnd', 'tReminder', 'tExterior'] as const satisfies readonly (keyof FwState)[];
export type Deadline = (typeof DEADLINES)[number];

/** The seven rarely armed deadlines' sum when every one is unarmed (-1 each). */
const RARE_DEADLINES_UNARMED = -7;

/**
 * The earliest armed deadline, or -1. The twin asks after every key edge and every timer, so the
 * usual case is answered first: the key's debounce and the code entry's timeout are the deadlines
 * a keypad arms, and the other seven are nearly always unarmed. A deadline is -1 when unarmed and
 * a time from 0 up when armed (whole milliseconds, snapshot-check.ts), so the seven sum to -7
 * exactly when none is armed: one test instead of seven branches (a press floor about 14 % faster).
 */
export function nextDeadline(s: FwState): number {
  const t = sooner(s.tDebounce, s.tEntry);
  if (s.tProg + s.tHold + s.tHanding + s.tAutoLock + s.tLockoutEnd + s.tReminder + s.tExterior === RARE_DEADLINES_UNARMED) return t;
  return sooner(sooner(sooner(sooner(sooner(sooner(sooner(t, s.tProg), s.tHold), s.tHanding), s.tAutoLock), s.tLockoutEnd), s.tReminder), s.tExterior);
}

/** The earlier of two deadlines, either of which may be unarmed (-1). */
function sooner(t: number, d: number): number {
  return d >= 0 && (t < 0 || d < t) ? d : t;
}
