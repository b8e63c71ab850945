// The checker reads the store's memory itself (src/check/memory-reading.ts), not with the
// firmware's decoder, so a boot that loads the wrong bank is caught (seed S5; product-facts §8
// [S11]: "you can replace the batteries without reprogramming it"): the older of two good banks
// (boot-loads-older-bank) by the battery-change property on the 909 and the 913; a bank whose
// CRC does not check (boot-skips-crc) by the power-cut campaign, whose torn pages hold some new
// bytes and some old, and by the checker's power cuts — on the 909 in the store exploration, on
// the 913 in the physical one, whose first write goes over the installed lock's older bank. And
// the no-bricking probe runs from a corrupted store too, so a reset that
// leaves the store untrusted (reset-keeps-untrusted) is caught (seed S5: "a factory reset does").
// Each counterexample fails on its fixture and passes on the standard firmware.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { REPO_ROOT } from './scenario-files.ts';
import type { ExplorationName } from '../src/check/scope.ts';
import { campaignScenario } from '../src/check/power-cut-campaign.ts';
import type { BrokenFirmwareName } from './fixtures/broken-firmware/firmware-by-name.ts';
import { BootSkipsCrcFirmware } from './fixtures/broken-firmware/boot-skips-crc.ts';
import { caughtAlone, scopeAlone } from './caught-alone.ts';
import { BootLoadsOlderBankFirmware } from './fixtures/broken-firmware/boot-loads-older-bank.ts';
import { checkModel } from '../src/check/run-check.ts';
import { findModel } from '../src/models/index.ts';

/** Program, four digits, Lock: the 909's code added, the new image in the second bank. */
const CODE_ADDED_909 = 6;
/** From a lock just reset: the handing runs and is written to the second bank. */
const HANDING_WRITTEN_913 = 4;
/** The 909's store exploration: a code change cut mid-write, the torn bank loaded at the next power-up. */
const STORE_TORN_909 = 8;
/** The 913's physical exploration: Program held, the pack out and in, the cut armed, the hold's
 * 30 s, Program released and pressed (the reset's erase cut mid-write), time: 8 steps. */
const RESET_TORN_913 = 8;
/** The pack out and in: the boot after it loads what the memory does not hold as newest. */
const PACK_OUT_AND_IN = 2;
/** The first steps from the installed lock, where a memory judged against the RAM differed. */
const FIRST_STEPS = 2;
/** Shallow: the probe from a corrupted store fails in the initial state already. */
const FIRST_STATE = 1;
/** A shipped 913 scenario whose writes go over a bank holding an older image. */
const CAMPAIGN_SCENARIO = 'scenarios/smartcode-913/s01-code-change-is-software-reset-is-physical.yaml';

/** One exploration alone (the others at depth 0) to `depth`: caught, and its counterexample fails
 * on the fixture and passes on the standard firmware. Returns its text. */
function caught(modelId: string, fixture: BrokenFirmwareName, property: string, exploration: ExplorationName, depth: number): string {
  return caughtAlone(modelId, fixture, property, exploration, depth, 0);
}

describe("the checker's own reading of memory catches a boot that loads the wrong bank", () => {
  it('boot-loads-older-bank on the 909: a code added is lost at the next battery change (battery-change, physical)', () => {
    const text = caught('smartcode-909', 'boot-loads-older-bank', 'battery-change', 'physical', CODE_ADDED_909);
    // The 909's boot took the older bank from the start (the installed store without slot 8's
    // code: src/twin/twin.ts writeInitialStore), so slot 8 was never in its RAM to lose.
    expect(text).toMatch(/# a battery change, from here:\n {2}- battery: out\n {2}- battery: in\n {2}- expect: \{ store: ok, codes: \{ 1: "0000" \}/);
  });

  it('boot-loads-older-bank on the 913: the first power-up loads the installed lock\'s older bank, which the power-cut property reports at the pack out and in; S1 and S2/S3 judge a change in memory against the first state\'s memory, not its RAM, and pass', () => {
    const text = caught('smartcode-913', 'boot-loads-older-bank', 'power-cut', 'physical', PACK_OUT_AND_IN);
    expect(text).toMatch(/- battery: out\n {2}- battery: in\n/);
    const model = findModel('smartcode-913')!;
    const shallow = scopeAlone(model, { exterior: FIRST_STEPS, interior: FIRST_STEPS }, 0);
    const c = checkModel(model, shallow, { outDir: mkdtempSync(join(tmpdir(), 'lockstep-check-')), firmware: (m, io) => new BootLoadsOlderBankFirmware(m, io), firmwareName: 'boot-loads-older-bank' });
    for (const id of ['S1', 'S2/S3']) expect(c.properties.find((p) => p.id === id)!.verdict, id).toBe('PASS');
  });

  it('boot-loads-older-bank on the 913: the handing learned after a reset is lost at the next battery change (battery-change, after-reset)', () => {
    const text = caught('smartcode-913', 'boot-loads-older-bank', 'battery-change', 'after-reset', HANDING_WRITTEN_913);
    expect(text).toMatch(/handed: right \}/);
  });

  it('boot-skips-crc on the 909: a code change cut mid-write leaves a torn bank that the next power-up loads (power-cut, store)', () => {
    const text = caught('smartcode-909', 'boot-skips-crc', 'power-cut', 'store', STORE_TORN_909);
    expect(text).toMatch(/- fault: power-cut-mid-write\n/);
  });

  it('boot-skips-crc on the 913: a factory reset cut mid-write, over the bank holding the older store, leaves a torn bank that the next power-up loads (power-cut, physical, its default depth)', () => {
    const text = caught('smartcode-913', 'boot-skips-crc', 'power-cut', 'physical', RESET_TORN_913);
    expect(text).toMatch(/- fault: power-cut-mid-write\n/);
    expect(text).toMatch(/- release: program\n {2}- press: program\n/);
  });

  it('boot-skips-crc: the power-cut campaign finds the firmware holding a torn bank its memory does not trust', () => {
    const s = campaignScenario(join(REPO_ROOT, CAMPAIGN_SCENARIO), { firmware: (m, io) => new BootSkipsCrcFirmware(m, io) });
    expect(s.expectedCorruption).toBe(false);
    const f = s.findings.find((x) => x.midWrite);
    expect(f).toBeDefined();
    expect(f!.loaded).not.toBe(f!.got); // the firmware loaded what the memory does not hold
    expect(f!.got).toBe(f!.before); // the memory kept the store held before the cut
    expect(campaignScenario(join(REPO_ROOT, CAMPAIGN_SCENARIO)).findings).toEqual([]);
  });
});

describe('the no-bricking probe runs from a corrupted store too', () => {
  it('reset-keeps-untrusted on the 913: the physical reset from a corrupted store leaves it untrusted (no-bricking, physical)', () => {
    const text = caught('smartcode-913', 'reset-keeps-untrusted', 'no-bricking', 'physical', FIRST_STATE);
    expect(text).toMatch(/# the physical reset, from here with the store corrupted while the pack is out:\n {2}- battery: out\n {2}- fault: store-glitch\n/);
  });
});
