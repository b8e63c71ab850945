// The checker's own reading of the store's memory (src/check/memory-reading.ts), written apart
// from the firmware's decoder on purpose: on every image the firmware writes the two agree; on
// the memories where a decoder bug would show — two good banks, a torn bank whose fields all
// look valid — the reading follows the layout's rules (seed S5: the newest bank whose CRC checks).
import { describe, expect, it } from 'vitest';
import { autoLockSetting, bankSize, encodeStore, newestStore, storeFlags } from '../src/firmware/store-codec.ts';
import { storeOfImage } from '../src/twin/twin.ts';
import { bankLength, readMemory } from '../src/check/memory-reading.ts';

const CAPACITY = 8;

function image(seq: number, code: string, handed: 'none' | 'left' | 'right' = 'right') {
  const codes = new Array<string>(CAPACITY).fill('');
  codes[0] = code;
  codes[CAPACITY - 1] = '9876543210';
  return { seq, handed, autoLock: autoLockSetting(true, 2), adminCode: '86420', codes, flags: storeFlags(false, 3) };
}

function memory(bank0: Uint8Array | null, bank1: Uint8Array | null): Uint8Array {
  const size = bankSize(CAPACITY);
  const out = new Uint8Array(2 * size).fill(0xff);
  if (bank0) out.set(bank0, 0);
  if (bank1) out.set(bank1, size);
  return out;
}

describe("the checker's reading of the store's memory", () => {
  it('lays a bank out as the firmware does', () => {
    expect(bankLength(CAPACITY)).toBe(bankSize(CAPACITY));
    expect(bankLength(30)).toBe(bankSize(30));
  });

  it("agrees with the firmware's decoder on what the firmware writes: one bank, both, either newer, the handing, flags and auto-lock", () => {
    const a = encodeStore(image(4, '1234', 'left'));
    const b = encodeStore(image(5, '5678'));
    for (const mem of [memory(a, null), memory(null, b), memory(a, b), memory(b, a)]) {
      const read = readMemory(mem, CAPACITY);
      const best = newestStore(mem, CAPACITY);
      expect(read.kind).toBe('store');
      if (read.kind !== 'store') continue;
      expect(read.store).toEqual(storeOfImage(best.image!));
      expect(read.bank).toBe(best.bank);
    }
  });

  it('takes the newer of two good banks', () => {
    const read = readMemory(memory(encodeStore(image(9, '1111')), encodeStore(image(8, '2222'))), CAPACITY);
    expect(read.kind === 'store' && read.store.codes[0]).toBe('1111');
  });

  it('refuses a torn bank whose fields all look valid (a prefix of a newer image over an older one): its CRC does not check', () => {
    const older = encodeStore(image(3, '1111'));
    const newer = encodeStore(image(5, '2222'));
    const torn = older.slice();
    torn.set(newer.subarray(0, 40)); // the header and slot 1 new, the rest (and the CRC) old
    const read = readMemory(memory(torn, encodeStore(image(4, '3333'))), CAPACITY);
    expect(read.kind === 'store' && read.store.codes[0]).toBe('3333');
  });

  it('tells blank memory from memory where nothing checks', () => {
    expect(readMemory(memory(null, null), CAPACITY).kind).toBe('blank');
    const bad = encodeStore(image(2, '1234'));
    bad[20] ^= 1;
    expect(readMemory(memory(bad, null), CAPACITY).kind).toBe('untrusted');
  });
});
