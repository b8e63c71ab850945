// A write torn by a power cut (hardware/eeprom.ts): the pages done hold the new bytes, the page in
// flight a prefix of its new bytes over its old ones — some new, some old, never random — and the
// rest the old bytes; the prefix is drawn from the EEPROM's seeded sub-stream, so the same seed
// tears the same way (seed S5; architecture "EEPROM writes that … can be torn by a power cut").
import { describe, expect, it } from 'vitest';
import { Sim } from '../src/sim/kernel.ts';
import { Prng } from '../src/sim/prng.ts';
import { EEPROM_PAGE_BYTES, EEPROM_PAGE_WRITE_MS, Eeprom } from '../src/hardware/eeprom.ts';

const OLD = 0x11;
const NEW = 0x22;
const PAGES = 3;

/** The bytes a write of three pages of NEW over OLD leaves, cut in its second page. */
function tornBytes(seed: number): Uint8Array {
  const sim = new Sim();
  const e = new Eeprom(sim, new Prng(seed), PAGES * EEPROM_PAGE_BYTES, { loadedVolts: () => 6 });
  e.preload(new Uint8Array(PAGES * EEPROM_PAGE_BYTES).fill(OLD), 0);
  e.write(0, new Uint8Array(PAGES * EEPROM_PAGE_BYTES).fill(NEW));
  sim.advance(EEPROM_PAGE_WRITE_MS + 1);
  e.powerLost();
  return e.bytes.slice();
}

describe('a torn EEPROM page', () => {
  it('holds a prefix of the new bytes over the old ones, between the pages written and the pages untouched', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const b = tornBytes(seed);
      expect(b.subarray(0, EEPROM_PAGE_BYTES).every((x) => x === NEW)).toBe(true);
      expect(b.subarray(2 * EEPROM_PAGE_BYTES).every((x) => x === OLD)).toBe(true);
      const torn = Array.from(b.subarray(EEPROM_PAGE_BYTES, 2 * EEPROM_PAGE_BYTES));
      const prefix = torn.indexOf(OLD);
      expect(prefix).toBeGreaterThan(0); // some new bytes …
      expect(torn.slice(0, prefix).every((x) => x === NEW)).toBe(true);
      expect(torn.slice(prefix).every((x) => x === OLD)).toBe(true); // … then only old ones
    }
  });

  it('tears the same way from the same seed, and not always at the same byte', () => {
    expect(tornBytes(7)).toEqual(tornBytes(7));
    const prefixes = new Set(Array.from({ length: 20 }, (_, i) => tornBytes(i + 1).indexOf(OLD, EEPROM_PAGE_BYTES)));
    expect(prefixes.size).toBeGreaterThan(1);
  });
});
