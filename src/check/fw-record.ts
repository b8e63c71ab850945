// The firmware's RAM (firmware/state.ts FwState) in a stored state's record (state-record.ts):
// written from the running firmware's state object, and read back into that same object, so
// that restoring a state allocates nothing. Written out field by field; FW_STATE_FIELDS guards
// against a field added to FwState and not to this file (checked once per machine).

import type { FwMode, FwState, Learned, MotorOp, Source } from '../firmware/state.ts';
import type { CodeListTable, StringTable } from './intern.ts';
import { REC, whole, type Numbers, type RecordLayout } from './state-record.ts';

const { FALSE, FW_AT, NONE, TRUE } = REC;

/** The fields of FwState; all but wrongTimes are at the offsets below, wrongTimes in the
 * record's variable section (RecordLayout.fwWrongAt). */
const FW_STATE_FIELDS = 39;
/** Numbers from FW_AT. */
export const FW_FIELDS = 38;

const FW_MODE = FW_AT;
const FW_STORE_OK = FW_AT + 1;
const FW_ADMIN_CODE = FW_AT + 2;
const FW_CODES = FW_AT + 3;
const FW_HANDED = FW_AT + 4;
const FW_USERS_DISABLED = FW_AT + 5;
const FW_STORE_SEQ = FW_AT + 6;
const FW_STORE_BANK = FW_AT + 7;
const FW_WRITE_DIRTY = FW_AT + 8;
const FW_WRITE_BANK = FW_AT + 9;
const FW_ERASE_OTHER_BANK = FW_AT + 10;
const FW_BUFFER = FW_AT + 11;
const FW_PENDING = FW_AT + 12;
const FW_SLOT = FW_AT + 13;
const FW_DEBOUNCE_KEY = FW_AT + 14;
const FW_DEBOUNCE_QUIET_FROM = FW_AT + 15;
const FW_KEY_MASK = FW_AT + 16;
const FW_PROGRAM_DOWN_AT = FW_AT + 17;
const FW_PROGRAM_HELD = FW_AT + 18;
const FW_ARMED_NEEDS_RELEASE = FW_AT + 19;
const FW_MOTOR_OP = FW_AT + 20;
const FW_MOTOR_SOURCE = FW_AT + 21;
const FW_MOTOR_SLOT = FW_AT + 22;
const FW_HAND_PHASE = FW_AT + 23;
const FW_LEARNED_DIR = FW_AT + 24;
const FW_BOLT_LOCKED = FW_AT + 25;
const FW_T_DEBOUNCE = FW_AT + 26;
const FW_T_ENTRY = FW_AT + 27;
const FW_T_PROG = FW_AT + 28;
const FW_T_HOLD = FW_AT + 29;
const FW_T_HANDING = FW_AT + 30;
const FW_T_AUTO_LOCK = FW_AT + 31;
const FW_T_LOCKOUT_END = FW_AT + 32;
const FW_T_REMINDER = FW_AT + 33;
const FW_T_EXTERIOR = FW_AT + 34;
const FW_ONE_TIME_SLOT = FW_AT + 35;
const FW_PROMPT = FW_AT + 36;
const FW_AUTO_LOCK = FW_AT + 37;

/** The offsets above, for other modules to copy into constants of their own (see REC). */
export const FW = Object.freeze({
  FW_MODE, FW_STORE_OK, FW_ADMIN_CODE, FW_CODES, FW_HANDED, FW_USERS_DISABLED, FW_STORE_SEQ, FW_STORE_BANK,
  FW_WRITE_DIRTY, FW_WRITE_BANK, FW_ERASE_OTHER_BANK, FW_BUFFER, FW_PENDING, FW_SLOT, FW_DEBOUNCE_KEY,
  FW_DEBOUNCE_QUIET_FROM, FW_KEY_MASK, FW_PROGRAM_DOWN_AT, FW_PROGRAM_HELD, FW_ARMED_NEEDS_RELEASE, FW_MOTOR_OP,
  FW_MOTOR_SOURCE, FW_MOTOR_SLOT, FW_HAND_PHASE, FW_LEARNED_DIR, FW_BOLT_LOCKED, FW_T_DEBOUNCE, FW_T_ENTRY, FW_T_PROG,
  FW_T_HOLD, FW_T_HANDING, FW_T_AUTO_LOCK, FW_T_LOCKOUT_END, FW_T_REMINDER, FW_T_EXTERIOR, FW_ONE_TIME_SLOT, FW_PROMPT,
  FW_AUTO_LOCK,
});

const bit = (b: boolean): number => (b ? TRUE : FALSE);

export class FwRecord {
  /** A record whose ids are all NONE: every idLike() lookup then interns. */
  private readonly noLike = new Int32Array(FW_AT + FW_FIELDS).fill(NONE);

  constructor(
    private readonly strings: StringTable,
    private readonly codeLists: CodeListTable,
    private readonly layout: RecordLayout,
  ) {}

  /** Fail loudly when FwState's shape is not the one this file writes. */
  check(s: FwState): void {
    const n = Object.keys(s).length;
    if (n !== FW_STATE_FIELDS) throw new Error(`FwState has ${n} fields, src/check/fw-record.ts stores ${FW_STATE_FIELDS}: update it`);
    if (s.wrongTimes.length !== this.layout.wrongSlots) throw new Error(`FwState.wrongTimes has ${s.wrongTimes.length} entries, the record ${this.layout.wrongSlots}`);
  }

  /** Write `s` into the record at `o` in `a`; the record at `likeO` in `likeA` (or none, with
   * likeO NONE) holds the ids tried first. */
  write(a: Numbers, o: number, s: FwState, likeA: Numbers, likeO: number): void {
    const str = this.strings;
    const l = likeO === NONE ? this.noLike : likeA;
    const lo = likeO === NONE ? 0 : likeO;
    a[o + FW_MODE] = str.idLike(s.mode, l[lo + FW_MODE]);
    a[o + FW_STORE_OK] = bit(s.storeOk);
    a[o + FW_ADMIN_CODE] = str.idLike(s.adminCode, l[lo + FW_ADMIN_CODE]);
    a[o + FW_CODES] = this.codeLists.idLike(s.codes, l[lo + FW_CODES]);
    a[o + FW_HANDED] = str.idLike(s.handed, l[lo + FW_HANDED]);
    a[o + FW_USERS_DISABLED] = bit(s.usersDisabled);
    a[o + FW_ONE_TIME_SLOT] = whole(s.oneTimeSlot, 'FwState.oneTimeSlot');
    a[o + FW_AUTO_LOCK] = whole(s.autoLock, 'FwState.autoLock');
    a[o + FW_STORE_SEQ] = whole(s.storeSeq, 'FwState.storeSeq');
    a[o + FW_STORE_BANK] = whole(s.storeBank, 'FwState.storeBank');
    a[o + FW_WRITE_DIRTY] = bit(s.writeDirty);
    a[o + FW_WRITE_BANK] = whole(s.writeBank, 'FwState.writeBank');
    a[o + FW_ERASE_OTHER_BANK] = bit(s.eraseOtherBank);
    a[o + FW_BUFFER] = str.idLike(s.buffer, l[lo + FW_BUFFER]);
    a[o + FW_PROMPT] = str.idLike(s.prompt, l[lo + FW_PROMPT]);
    a[o + FW_PENDING] = str.idLike(s.pending, l[lo + FW_PENDING]);
    a[o + FW_SLOT] = whole(s.slot, 'FwState.slot');
    a[o + FW_DEBOUNCE_KEY] = str.idLike(s.debounceKey, l[lo + FW_DEBOUNCE_KEY]);
    a[o + FW_DEBOUNCE_QUIET_FROM] = whole(s.debounceQuietFrom, 'FwState.debounceQuietFrom');
    a[o + FW_KEY_MASK] = whole(s.keyMask, 'FwState.keyMask');
    a[o + FW_PROGRAM_DOWN_AT] = whole(s.programDownAt, 'FwState.programDownAt');
    a[o + FW_PROGRAM_HELD] = bit(s.programHeld);
    a[o + FW_ARMED_NEEDS_RELEASE] = bit(s.armedNeedsRelease);
    a[o + FW_MOTOR_OP] = str.idLike(s.motorOp, l[lo + FW_MOTOR_OP]);
    a[o + FW_MOTOR_SOURCE] = str.idLike(s.motorSource, l[lo + FW_MOTOR_SOURCE]);
    a[o + FW_MOTOR_SLOT] = whole(s.motorSlot, 'FwState.motorSlot');
    a[o + FW_HAND_PHASE] = whole(s.handPhase, 'FwState.handPhase');
    a[o + FW_LEARNED_DIR] = str.idLike(s.learnedDir, l[lo + FW_LEARNED_DIR]);
    a[o + FW_BOLT_LOCKED] = bit(s.boltLocked);
    a[o + FW_T_DEBOUNCE] = whole(s.tDebounce, 'FwState.tDebounce');
    a[o + FW_T_ENTRY] = whole(s.tEntry, 'FwState.tEntry');
    a[o + FW_T_PROG] = whole(s.tProg, 'FwState.tProg');
    a[o + FW_T_HOLD] = whole(s.tHold, 'FwState.tHold');
    a[o + FW_T_HANDING] = whole(s.tHanding, 'FwState.tHanding');
    a[o + FW_T_AUTO_LOCK] = whole(s.tAutoLock, 'FwState.tAutoLock');
    a[o + FW_T_LOCKOUT_END] = whole(s.tLockoutEnd, 'FwState.tLockoutEnd');
    a[o + FW_T_REMINDER] = whole(s.tReminder, 'FwState.tReminder');
    a[o + FW_T_EXTERIOR] = whole(s.tExterior, 'FwState.tExterior');
    const w = s.wrongTimes;
    if (w.length !== this.layout.wrongSlots) this.check(s);
    const at = o + this.layout.fwWrongAt;
    for (let i = 0; i < w.length; i++) a[at + i] = whole(w[i], 'FwState.wrongTimes');
  }

  /** Make `d` (the running firmware's state) hold the record's RAM, allocating nothing. */
  read(d: FwState, a: Numbers, o: number): void {
    const str = this.strings;
    d.mode = str.value(a[o + FW_MODE]) as FwMode;
    d.storeOk = a[o + FW_STORE_OK] !== FALSE;
    d.adminCode = str.value(a[o + FW_ADMIN_CODE]);
    const codes = this.codeLists.value(a[o + FW_CODES]);
    if (d.codes.length !== codes.length) d.codes = codes.slice();
    else for (let i = 0; i < codes.length; i++) d.codes[i] = codes[i];
    d.handed = str.value(a[o + FW_HANDED]) as Learned;
    d.usersDisabled = a[o + FW_USERS_DISABLED] !== FALSE;
    d.oneTimeSlot = a[o + FW_ONE_TIME_SLOT];
    d.autoLock = a[o + FW_AUTO_LOCK];
    d.storeSeq = a[o + FW_STORE_SEQ];
    d.storeBank = a[o + FW_STORE_BANK];
    d.writeDirty = a[o + FW_WRITE_DIRTY] !== FALSE;
    d.writeBank = a[o + FW_WRITE_BANK];
    d.eraseOtherBank = a[o + FW_ERASE_OTHER_BANK] !== FALSE;
    d.buffer = str.value(a[o + FW_BUFFER]);
    d.prompt = str.value(a[o + FW_PROMPT]);
    d.pending = str.value(a[o + FW_PENDING]);
    d.slot = a[o + FW_SLOT];
    d.debounceKey = str.value(a[o + FW_DEBOUNCE_KEY]);
    d.debounceQuietFrom = a[o + FW_DEBOUNCE_QUIET_FROM];
    d.keyMask = a[o + FW_KEY_MASK];
    d.programDownAt = a[o + FW_PROGRAM_DOWN_AT];
    d.programHeld = a[o + FW_PROGRAM_HELD] !== FALSE;
    d.armedNeedsRelease = a[o + FW_ARMED_NEEDS_RELEASE] !== FALSE;
    d.motorOp = str.value(a[o + FW_MOTOR_OP]) as MotorOp;
    d.motorSource = str.value(a[o + FW_MOTOR_SOURCE]) as Source;
    d.motorSlot = a[o + FW_MOTOR_SLOT];
    d.handPhase = a[o + FW_HAND_PHASE];
    d.learnedDir = str.value(a[o + FW_LEARNED_DIR]) as Learned;
    d.boltLocked = a[o + FW_BOLT_LOCKED] !== FALSE;
    d.tDebounce = a[o + FW_T_DEBOUNCE];
    d.tEntry = a[o + FW_T_ENTRY];
    d.tProg = a[o + FW_T_PROG];
    d.tHold = a[o + FW_T_HOLD];
    d.tHanding = a[o + FW_T_HANDING];
    d.tAutoLock = a[o + FW_T_AUTO_LOCK];
    d.tLockoutEnd = a[o + FW_T_LOCKOUT_END];
    d.tReminder = a[o + FW_T_REMINDER];
    d.tExterior = a[o + FW_T_EXTERIOR];
    const n = this.layout.wrongSlots;
    const at = o + this.layout.fwWrongAt;
    if (d.wrongTimes.length !== n) d.wrongTimes = new Array<number>(n);
    for (let i = 0; i < n; i++) d.wrongTimes[i] = a[at + i];
  }
}

