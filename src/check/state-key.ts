// The abstract state's hash, the explorer's notion of "seen before": everything that decides
// the future, times relative to now (machine.ts lists the abstractions), read from a stored
// state's record (state-record.ts) into one list of words and hashed in one pass (state-hash.ts
// KeyWords). The NVM part is computed once per distinct image (intern.ts NvmImages).

import type { ModelProfile } from '../models/profile.ts';
import { bankSize, CRC_BYTES, decodeStore, SEQ_AT, SEQ_BYTES } from '../firmware/store-codec.ts';
import { KeyWords, StateHasher } from './state-hash.ts';
import { hashMonitor, initialMonitor } from './monitors.ts';
import type { NvmImages, CodeListTable } from './intern.ts';
import { ALARM, type AlarmTable } from './alarm-table.ts';
import { readMonitor } from './monitor-record.ts';
import { REC, type Numbers, type RecordLayout } from './state-record.ts';
import { FW } from './fw-record.ts';

const { ALARM_STRIDE, NOT_SCHEDULED } = ALARM;
const {
  TRUE, FALSE, NONE, NOW, POWERED, PRESENT, LOAD_MOTOR, DOOR_HANDING, DOOR_OPEN, DOOR_STRIKE_ALIGNED, BOLT_POS, BOLT_POS_HIGH, BOLT_MOTOR, BOLT_LIMIT_MA, BOLT_SEG_T,
  BOLT_SPEED, BOLT_SPEED_HIGH, BOLT_CURRENT_MA, BOLT_OVER_SINCE, BOLT_PUSHED, BOLT_LAST_STOP, HELD, EXTERIOR_LINKED, STATUS, STATUS_PERIOD_MS, NVM, WRITING_OFFSET, WRITING_DATA,
  WRITING_START, CUT_NEXT, FW_EXTRA, SWITCHES, SWITCH_COUNT,
} = REC;
const {
  FW_MODE, FW_STORE_OK, FW_ADMIN_CODE, FW_CODES, FW_HANDED, FW_USERS_DISABLED, FW_STORE_SEQ, FW_STORE_BANK, FW_WRITE_DIRTY, FW_WRITE_BANK,
  FW_ERASE_OTHER_BANK, FW_BUFFER, FW_PENDING, FW_SLOT, FW_DEBOUNCE_KEY, FW_KEY_MASK, FW_PROGRAM_DOWN_AT, FW_PROGRAM_HELD, FW_ARMED_NEEDS_RELEASE,
  FW_MOTOR_OP, FW_MOTOR_SOURCE, FW_MOTOR_SLOT, FW_HAND_PHASE, FW_LEARNED_DIR, FW_BOLT_LOCKED, FW_T_DEBOUNCE, FW_T_ENTRY, FW_T_PROG, FW_T_HOLD,
  FW_T_HANDING, FW_T_AUTO_LOCK, FW_T_LOCKOUT_END, FW_T_REMINDER, FW_T_EXTERIOR, FW_ONE_TIME_SLOT, FW_PROMPT,
  FW_AUTO_LOCK,
} = FW;

/** The record's yes/no fields (TRUE or FALSE: fw-record.ts and parts-record.ts write them with
 * bit()), which the key takes as one word, a bit each in this order: hashing costs the same for
 * every word, and these are seventeen of a key's seventy-odd. */
const FLAG_FIELDS: readonly number[] = [
  PRESENT, DOOR_OPEN, DOOR_STRIKE_ALIGNED, BOLT_PUSHED, EXTERIOR_LINKED, CUT_NEXT,
  FW_STORE_OK, FW_USERS_DISABLED, FW_WRITE_DIRTY, FW_ERASE_OTHER_BANK, FW_PROGRAM_HELD, FW_ARMED_NEEDS_RELEASE, FW_BOLT_LOCKED,
  ...Array.from({ length: SWITCH_COUNT }, (_, i) => SWITCHES + i),
];
if (TRUE !== 1 || FALSE !== 0) throw new Error('FLAG_FIELDS takes TRUE as bit 1 and FALSE as bit 0');

/** Numbers in a key besides the alarms' and the wrong entries' (an upper bound). */
const KEY_FIXED_NUMBERS = 80;

export interface StateTables {
  codeLists: CodeListTable;
  images: NvmImages;
  alarms: AlarmTable;
  layout: RecordLayout;
}

export class StateKeyer {
  private readonly words = new KeyWords();
  private readonly nvmHasher = new StateHasher();
  /** Per NVM image id: the banks' digest and the oldest good bank's sequence number. */
  private readonly nvmDigests: number[] = [];
  private readonly nvmBases: number[] = [];
  /** Scratch: the pending alarms' indices by due time (the first `ordered` entries: the list is
   * never shortened, which would give up its storage), and the monitor read from a record. */
  private readonly alarmOrder: number[] = [];
  private ordered = 0;
  private readonly mon = initialMonitor();
  private readonly bank: number;
  private readonly capacity: number;

  constructor(
    private readonly model: ModelProfile,
    private readonly t: StateTables,
  ) {
    this.capacity = model.codes.capacity;
    this.bank = bankSize(this.capacity);
  }

  /** The state's key. Strings, code lists and NVM images enter as their table ids (equal
   * values, equal ids), times relative to now, the yes/no fields as one word of bits
   * (FLAG_FIELDS); a variable-length part is preceded by its length or, last, ends with a
   * terminator. */
  key(a: Numbers, o: number, withMonitor: boolean): number {
    const layout = this.t.layout;
    const alarms = this.t.alarms;
    const h = this.words.reset().reserve(KEY_FIXED_NUMBERS + ALARM_STRIDE * alarms.count + 2 * layout.wrongSlots);
    const v = h.values;
    let n = 0;
    const now = a[o + NOW];
    // Alarms: relative due time, and their order (ties run first-in-first-out).
    const order = this.alarmOrder;
    this.ordered = 0;
    for (let i = 0; i < alarms.count; i++) if (!alarms.display[i] && alarms.dueAt(a, o, i) !== NOT_SCHEDULED) this.insertByDue(order, i, a, o);
    v[n++] = this.ordered;
    for (let k = 0; k < this.ordered; k++) {
      v[n++] = order[k];
      v[n++] = alarms.dueAt(a, o, order[k]) - now;
    }
    // The yes/no fields, one bit each.
    let flags = 0;
    let notBits = 0;
    for (let i = 0; i < FLAG_FIELDS.length; i++) {
      const f = a[o + FLAG_FIELDS[i]];
      flags |= f << i;
      notBits |= f & ~1;
    }
    if (notBits !== 0) throw new Error('a yes/no field of a state record is neither TRUE nor FALSE (src/check/state-key.ts FLAG_FIELDS)');
    v[n++] = flags;
    v[n++] = a[o + LOAD_MOTOR];
    v[n++] = a[o + DOOR_HANDING];
    const motor = a[o + BOLT_MOTOR];
    v[n++] = a[o + BOLT_POS];
    v[n++] = a[o + BOLT_POS_HIGH];
    v[n++] = motor;
    v[n++] = a[o + BOLT_LIMIT_MA];
    v[n++] = motor === 0 ? 0 : now - a[o + BOLT_SEG_T];
    v[n++] = a[o + BOLT_SPEED];
    v[n++] = a[o + BOLT_SPEED_HIGH];
    v[n++] = a[o + BOLT_CURRENT_MA];
    v[n++] = rel(a[o + BOLT_OVER_SINCE], now);
    v[n++] = a[o + BOLT_LAST_STOP];
    v[n++] = a[o + HELD];
    v[n++] = a[o + STATUS];
    v[n++] = a[o + STATUS_PERIOD_MS];
    // NVM: the image's digest, the sequence number of the store the firmware has loaded relative
    // to the oldest good bank, the armed fault, and an in-flight write. Unpowered, the firmware's
    // RAM is blank (its sequence number 0, relative to nothing): taken as it is, so that two
    // packs out whose banks differ only by their numbers' offset share a key, as they did powered.
    const image = a[o + NVM];
    if (this.nvmDigests[image] === undefined) this.digestNvm(image);
    v[n++] = this.nvmDigests[image];
    v[n++] = a[o + POWERED] !== FALSE ? a[o + FW_STORE_SEQ] - this.nvmBases[image] : a[o + FW_STORE_SEQ];
    if (a[o + WRITING_OFFSET] === NONE) {
      v[n++] = FALSE;
    } else {
      v[n++] = TRUE;
      v[n++] = a[o + WRITING_OFFSET];
      v[n++] = a[o + WRITING_DATA];
      v[n++] = now - a[o + WRITING_START];
    }
    // The firmware's RAM.
    v[n++] = a[o + FW_MODE];
    v[n++] = a[o + FW_ADMIN_CODE];
    v[n++] = a[o + FW_CODES];
    v[n++] = a[o + FW_HANDED];
    v[n++] = a[o + FW_ONE_TIME_SLOT];
    v[n++] = a[o + FW_AUTO_LOCK];
    v[n++] = a[o + FW_STORE_BANK];
    v[n++] = a[o + FW_WRITE_BANK];
    v[n++] = a[o + FW_BUFFER];
    v[n++] = a[o + FW_PROMPT];
    v[n++] = a[o + FW_PENDING];
    v[n++] = a[o + FW_SLOT];
    v[n++] = a[o + FW_DEBOUNCE_KEY];
    v[n++] = a[o + FW_KEY_MASK];
    const downAt = a[o + FW_PROGRAM_DOWN_AT];
    v[n++] = downAt < 0 ? -1 : now - downAt;
    const windowMs = this.model.lockout.windowMs;
    for (let i = 0; i < layout.wrongSlots; i++) {
      const w = a[o + layout.fwWrongAt + i];
      v[n++] = w >= 0 && now - w < windowMs ? now - w : -1;
    }
    v[n++] = a[o + FW_MOTOR_OP];
    v[n++] = a[o + FW_MOTOR_SOURCE];
    v[n++] = a[o + FW_MOTOR_SLOT];
    v[n++] = a[o + FW_HAND_PHASE];
    v[n++] = a[o + FW_LEARNED_DIR];
    v[n++] = rel(a[o + FW_T_DEBOUNCE], now);
    v[n++] = rel(a[o + FW_T_ENTRY], now);
    v[n++] = rel(a[o + FW_T_PROG], now);
    v[n++] = rel(a[o + FW_T_HOLD], now);
    v[n++] = rel(a[o + FW_T_HANDING], now);
    v[n++] = rel(a[o + FW_T_AUTO_LOCK], now);
    v[n++] = rel(a[o + FW_T_LOCKOUT_END], now);
    v[n++] = rel(a[o + FW_T_REMINDER], now);
    v[n++] = rel(a[o + FW_T_EXTERIOR], now);
    v[n++] = a[o + FW_EXTRA];
    h.count = n;
    if (withMonitor) {
      readMonitor(this.mon, a, o, layout);
      hashMonitor(h, this.mon, now, this.model);
    }
    return h.digest();
  }

  /** The banks' part of the key, once per distinct image. */
  private digestNvm(id: number): void {
    const nvm = this.t.images.value(id);
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
    this.nvmDigests[id] = h.digest();
    this.nvmBases[id] = base;
  }

  /** Insert alarm `a` into `order`, kept sorted by (due time, sequence): ties run first-in-first-out. */
  private insertByDue(order: number[], alarm: number, a: Numbers, o: number): void {
    const alarms = this.t.alarms;
    const at = alarms.dueAt(a, o, alarm);
    const seq = alarms.seqOf(a, o, alarm);
    let i = this.ordered++;
    while (i > 0) {
      const pAt = alarms.dueAt(a, o, order[i - 1]);
      if (pAt < at || (pAt === at && alarms.seqOf(a, o, order[i - 1]) < seq)) break;
      order[i] = order[i - 1];
      i--;
    }
    order[i] = alarm;
  }
}

/** A deadline relative to now, or -1 when not armed. */
function rel(t: number, now: number): number {
  return t < 0 ? -1 : t - now;
}
