// The power-cut property (seed S5; store-codec.ts), probed on the checker's twin: every NVM
// write notes the NVM image before it and as written, and a write torn by a power loss must
// leave the durable store of one of the two. The EEPROM's write() and powerLost() are wrapped —
// instrumentation only, the part behaves as before. The images of the write in flight are part
// of a stored state (by id, intern.ts NvmImages), so that a cut in a later step is judged
// against them; their durable stores are spelled out only when a write is torn.

import type { Eeprom } from '../hardware/eeprom.ts';
import { durableStore } from './durable-store.ts';
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
  /** Scratch: the image as the write in flight leaves it. */
  private readonly written: Uint8Array;

  constructor(
    ee: Eeprom,
    capacity: number,
    private readonly images: NvmImages,
  ) {
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
      const now = durableStore(ee.bytes, capacity);
      const before = durableStore(this.images.value(this.before), capacity);
      const after = durableStore(this.images.value(this.after), capacity);
      if (now !== before && now !== after) this.tornWrong = `a power cut mid-write left ${now}; before the write ${before}, as written ${after}`;
    };
  }
}
