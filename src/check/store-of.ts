// The code store as Twin.store() reports it — RAM when the firmware runs, else the newest good
// EEPROM bank (read by memory-reading.ts, the checker's own reading) — and what the EEPROM holds
// whether powered or not (durableOf), read from a stored state's record instead of the live twin.
// The monitors compare
// the store before and after every transition; reading the records spares the twin a copy of
// its code list twice per step. The views share the tables' lists, which are never written: equal
// code lists are one list (intern.ts CodeListTable), so the monitors compare most by identity.

import type { Learned } from '../firmware/state.ts';
import { untrustedStore, type StoreView } from '../twin/twin.ts';
import { readMemory } from './memory-reading.ts';
import type { CodeListTable, NvmImages, StringTable } from './intern.ts';
import { REC, type Numbers } from './state-record.ts';
import { FW } from './fw-record.ts';

const { FALSE, NONE, POWERED, NVM } = REC;
const { FW_STORE_OK, FW_ADMIN_CODE, FW_CODES, FW_HANDED, FW_USERS_DISABLED, FW_ONE_TIME_SLOT, FW_AUTO_LOCK } = FW;

export class StoreReader {
  /** Unpowered views by NVM image id. */
  private readonly byImage: StoreView[] = [];
  /** What Twin.store() reports when no bank is good: every slot empty (shared: views are only read). */
  private readonly untrusted: StoreView;

  constructor(
    private readonly capacity: number,
    private readonly strings: StringTable,
    private readonly codeLists: CodeListTable,
    private readonly images: NvmImages,
  ) {
    this.untrusted = this.interned(untrustedStore(capacity));
  }

  /** `view` with its code list replaced by the table's equal list. */
  interned(view: StoreView): StoreView {
    return { ...view, codes: this.codeLists.value(this.codeLists.idLike(view.codes, NONE)) as string[] };
  }

  /** A view for of() to fill: one per place a caller keeps a view (a step's before and after),
   * so that a step allocates none. */
  scratch(): StoreView {
    return { ...this.untrusted };
  }

  /** The store in the record at `o`: written into `into` (a view from scratch(), overwritten
   * by the next call given it) when the firmware runs, else the memory's shared view. */
  of(a: Numbers, o: number, into: StoreView): StoreView {
    if (a[o + POWERED] !== FALSE) {
      into.trusted = a[o + FW_STORE_OK] !== FALSE;
      into.adminCode = this.strings.value(a[o + FW_ADMIN_CODE]);
      // Read only, like every view here (monitors.ts TransitionView).
      into.codes = this.codeLists.value(a[o + FW_CODES]) as string[];
      into.handed = this.strings.value(a[o + FW_HANDED]) as Learned;
      into.usersDisabled = a[o + FW_USERS_DISABLED] !== FALSE;
      into.oneTimeSlot = a[o + FW_ONE_TIME_SLOT];
      into.autoLock = a[o + FW_AUTO_LOCK];
      return into;
    }
    return this.durableOf(a, o);
  }

  /** What the memory in the record at `o` holds, powered or not: the store the next power-up
   * would load (the newest good bank). A firmware that writes to its memory what it does not
   * hold in RAM changes this and not of(): the monitors judge both. */
  durableOf(a: Numbers, o: number): StoreView {
    const id = a[o + NVM];
    let view = this.byImage[id];
    if (view === undefined) {
      view = this.fromNvm(this.images.value(id));
      this.byImage[id] = view;
    }
    return view;
  }

  /** Twin.store()'s rule — the newest good bank, every slot empty when none — read by the
   * checker's own reading of the memory (memory-reading.ts), not the firmware's decoder: a
   * decoder bug must not change what the monitors think memory holds. */
  private fromNvm(nvm: Uint8Array): StoreView {
    const read = readMemory(nvm, this.capacity);
    return read.kind === 'store' ? this.interned(read.store) : this.untrusted;
  }
}
