// The power-cut property (seed S5; store-codec.ts), probed on the checker's twin: every NVM
// write notes the NVM image before it and as written, and a write torn by a power loss must
// leave the durable store of one of the two. The EEPROM's write() and powerLost() are wrapped —
// instrumentation only, the part behaves as before. The images of the write in flight are part
// of a stored state (by id, intern.ts NvmImages), so that a cut in a later step is judged
// against them; their durable stores are spelled out only when a write is torn.

import type { Eeprom } from '../hardware/eeprom.ts';
import { bankSize, decodeStore, isBlank } from '../firmware/store-codec.ts';
import type { NvmImages } from './intern.ts';

/** No write noted. */
const NO_IMAGE = -1;

export class TornWriteProbe {
  /** The write in flight (or the last one): the NVM image before it and as written, by id. */
  before = NO_IMAGE;
  after = NO_IMAGE;
  /** What a torn write left, when it was neither store; null when none was torn. */
  tornWrong: string | null = null;
  /** The id of the image the EEPROM was restored to (tried first when a write starts). */
  restoredImage = NO_IMAGE;
  private readonly bank: number;
  /** Scratch: the image as the write in flight leaves it. */
  private readonly written: Uint8Array;

  constructor(
    ee: Eeprom,
    private readonly capacity: number,
    private readonly images: NvmImages,
  ) {
    this.bank = bankSize(capacity);
    this.written = new Uint8Array(ee.bytes.length);
    const write = ee.write.bind(ee);
    const powerLost = ee.powerLost.bind(ee);
    ee.write = (offset: number, data: Uint8Array) => {
      this.before = images.idLike(ee.bytes, this.restoredImage);
      this.written.set(ee.bytes);
      this.written.set(data, offset);
      this.after = images.idLike(this.written, NO_IMAGE);
      write(offset, data);
    };
    ee.powerLost = () => {
      const torn = ee.busy && this.before !== NO_IMAGE;
      powerLost();
      if (!torn) return;
      const now = this.durable(ee.bytes);
      const before = this.durable(this.images.value(this.before));
      const after = this.durable(this.images.value(this.after));
      if (now !== before && now !== after) this.tornWrong = `a power cut mid-write left ${now}; before the write ${before}, as written ${after}`;
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
}
