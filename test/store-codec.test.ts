// The store format: round trip, and a checksum that catches torn or flipped bytes (seed S5).
import { describe, expect, it } from 'vitest';
import { autoLockSetting, bankSize, crc32, decodeStore, encodeStore, isBlank } from '../src/firmware/store-codec.ts';

const CAPACITY = 30;

function image() {
  const codes = new Array<string>(CAPACITY).fill('');
  codes[0] = '1234';
  codes[29] = '9876543210';
  return { seq: 12, handed: 'left' as const, autoLock: autoLockSetting(true, 3), adminCode: '86420', codes, flags: 1 };
}

describe('store codec', () => {
  it('round-trips an image', () => {
    const bytes = encodeStore(image());
    expect(bytes.length).toBe(bankSize(CAPACITY));
    expect(decodeStore(bytes, CAPACITY)).toEqual(image());
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('rejects any single flipped bit', () => {
    const good = encodeStore(image());
    for (let i = 0; i < good.length; i += 7) {
      const bad = good.slice();
      bad[i] ^= 0x10;
      expect(decodeStore(bad, CAPACITY)).toBeNull();
    }
  });

  it('rejects blank memory and tells blank from garbage', () => {
    const blank = new Uint8Array(bankSize(CAPACITY)).fill(0xff);
    expect(decodeStore(blank, CAPACITY)).toBeNull();
    expect(isBlank(blank)).toBe(true);
    expect(isBlank(encodeStore(image()))).toBe(false);
  });
});
