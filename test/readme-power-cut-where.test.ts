// What the power-cut property says of where a cut lands (README "What is proven", its table of
// properties) must be what the checker does: an armed cut (`fault: power-cut-mid-write`, the
// physical and store explorations' cut) always falls half-way through the next write, so of a
// write of several pages only its middle page is ever torn; the pack pulled at a step of the
// search lands only where a step ends. The row said "a power cut at any instant, mid-write
// included", more than any search or the campaign (which also cuts each write in its middle) tries.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sim } from '../src/sim/kernel.ts';
import { Prng } from '../src/sim/prng.ts';
import { Eeprom, EEPROM_PAGE_BYTES, ERASED_BYTE } from '../src/hardware/eeprom.ts';
import { REPO_ROOT } from './scenario-files.ts';

/** The pages of a `pages`-page write an armed cut leaves written, torn and untouched. */
function armedCut(pages: number): { done: number; untouched: number } {
  const sim = new Sim();
  const e = new Eeprom(sim, new Prng(1), pages * EEPROM_PAGE_BYTES, { loadedVolts: () => 6 });
  e.listener = { eepromWriteDone: () => {}, eepromPowerCut: () => e.powerLost() };
  e.cutNextWrite = true;
  e.write(0, new Uint8Array(pages * EEPROM_PAGE_BYTES).fill(7));
  sim.advance(pages * 10_000);
  const page = (p: number) => Array.from(e.bytes.subarray(p * EEPROM_PAGE_BYTES, (p + 1) * EEPROM_PAGE_BYTES));
  let done = 0;
  while (done < pages && page(done).every((b) => b === 7)) done++;
  let untouched = 0;
  while (untouched < pages && page(pages - 1 - untouched).every((b) => b === ERASED_BYTE)) untouched++;
  return { done, untouched };
}

describe("README: where the power-cut property's cut lands", () => {
  it('an armed cut tears the middle page of a write, whatever its length: the pages before it land, those after it keep their old bytes', () => {
    for (const pages of [3, 5, 11]) {
      const { done, untouched } = armedCut(pages);
      expect(done, `${pages} pages`).toBe(Math.floor(pages / 2));
      expect(untouched, `${pages} pages`).toBeGreaterThanOrEqual(pages - Math.floor(pages / 2) - 1);
    }
  });

  it("the properties table says so, and does not promise a cut at any instant", () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const row = text.split('\n').find((l) => l.startsWith('| power-cut | '));
    expect(row, 'the power-cut row').toBeDefined();
    expect(row).not.toMatch(/any instant/);
    expect(row).toMatch(/half-way through the next EEPROM write/);
    expect(row).toMatch(/only its middle page torn/);
  });
});
