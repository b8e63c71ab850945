// `lockstep check` — the model checker over the real firmware (seed S1, S2, S3, S8, S9, S18):
// (the standard firmware on every model's default scope: check-default-scope-*.test.ts) it catches each
// deliberately broken firmware, writing a counterexample that `lockstep run` replays as a
// failing scenario (and that passes on the standard firmware, so the file is the proof).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { REPO_ROOT } from './scenario-files.ts';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { explore, explorationsOf } from '../src/check/explore.ts';
import { defaultDepth, defaultScope, type ExplorationName } from '../src/check/scope.ts';
import { findModel } from '../src/models/index.ts';
import { BROKEN_FIRMWARE, type BrokenFirmwareName } from './fixtures/broken-firmware/firmware-by-name.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { caughtAlone, lockstepRun, stepsOf } from './caught-alone.ts';
import { lockstepInProcess } from './in-process.ts';
import { misplacedOption } from '../src/check/register.ts';
import { campaignCommand } from '../src/check/power-cut-command.ts';
import { PROPERTIES } from '../src/check/properties.ts';

/** Deep enough for every fixture's shortest counterexample (7 steps), small enough for CI. */
const CI_DEPTH = '7';
const AFTER_RESET_BUG_DEPTH = 7;
const REPLUG_LOCKOUT_DEPTH = 10;
/** Program held, the cable out and in, released, the hold's end, two presses of Program. */
const REPLUG_RESET_STEPS = 7;
/** Three wrong entries, each a digit and its timeout: the lockout. */
const LOCKOUT_DISABLE_STEPS = 6;
/** Hold Program, two timer boundaries (the contact settles, the hold ends), release, press. */
const POWERED_HOLD_STEPS = 5;
/** The key turned to lock, Lock held, the press settling, the bolt's sensing and the hidden hold's end. */
const LOCK_HELD_STEPS = 5;
/** A digit pressed, the key turned to lock, Lock held, the press settling, the bolt's sensing, the hidden hold's end. */
const LOCK_HELD_MID_ENTRY_STEPS = 6;
/** Three wrong entries (a digit and its timeout each, the key turned to lock after the first),
 * Lock held, the press settling, the bolt's sensing, the hidden hold's end. */
const LOCK_HELD_IN_LOCKOUT_STEPS = 11;
/** Three wrong entries (a digit and its timeout each), a digit held, its contact settling, the
 * hidden hold's end. */
const DIGIT_HELD_IN_LOCKOUT_STEPS = 9;
/** A digit and its timeout (a wrong entry), a digit held, its contact settling, the entry's
 * timeout, the hidden hold's end. */
const DIGIT_HELD_AFTER_WRONG_STEPS = 6;
/** A digit held, its contact settling, the entry's timeout, the hidden hold's end. */
const DIGIT_HELD_STEPS = 4;
/** A digit pressed, another held, its contact settling, the entry's timeout, the hidden hold's end. */
const DIGIT_HELD_MID_ENTRY_STEPS = 5;
/** A digit held, a second with it, the second's contact settling, the entry's timeout, the hidden hold's end. */
const CHORD_HELD_STEPS = 5;
/** Four digits and Lock. */
const KEYPAD_STEPS = 5;
/** The touch that wakes SecureScreen, the two digits it shows, four digits. */
const SCREENED_STEPS = 7;
/** Three wrong entries (a digit and its timeout each), switch 4 on, a touch and a wrong digit. */
const SCREEN_SWITCH_LOCKOUT_STEPS = 9;
/** Time to the handing's start, Program, a code typed whole, Lock. */
const HANDING_CLAIM_STEPS = 4;
/** Program, five digits, Lock, a new code typed whole, Lock. */
const LONGER_ADMIN_STEPS = 9;
/** The 913's admin-gate exploration with 5-digit codes holds about 536 000 states to depth 9. */
const LONGER_CODE_STATE_CAP = '1000000';
/** The cable out, Program, the cable in, a code typed whole, Lock. */
const UNPLUGGED_PROGRAM_STEPS = 5;
/** The cable out, Program, the cable in, four digits, Lock. */
const UNPLUGGED_PROGRAM_INTERIOR_STEPS = 8;
/** Program, a digit, the cable out and in, a new code typed whole, Lock. */
const UNPLUGGED_MID_ENTRY_STEPS = 6;
/** The pack out and in. */
const PACK_CHANGE_STEPS = 2;
/** The cable out and in, the pack pulled while the rewrite is in flight. */
const REPLUG_REWRITE_STEPS = 3;
/** The cable out, time, a digit, the cable in, Program, a code typed whole, Lock. */
const REPLUG_HANDING_STEPS = 7;
/** Program, the auto-lock item's digit, Kwikset. */
const AUTO_LOCK_ITEM_STEPS = 3;
/** Three wrong codes typed whole, the audio switch off, a fourth. */
const MUTE_LOCKOUT_STEPS = 5;
/** Program, a switch flipped at the Mastercode prompt, a new code typed whole, Lock. */
const SWITCH_AT_PROMPT_STEPS = 4;
/** Program, Lock, the user code typed whole, Lock, the code again, Lock. */
const DELETE_PAST_MASTERCODE_STEPS = 6;
/** Reset tapped, the add item's digit, Lock, a new code typed whole, Lock. */
const RESET_TAP_GATE_STEPS = 5;
/** Reset tapped, the add item's digit, Lock, four digits, Lock. */
const RESET_TAP_INTERIOR_STEPS = 8;
/** Program, the Mastercode typed whole, Lock, a code typed whole, the power cut armed, Lock. */
const ADD_CUT_STEPS = 6;
/** Program held, the pack out and in, the 30 s hold's end, Program released, Program pressed. */
const SMARTCODE_RESET_STEPS = 6;
/** Program twice (slot 2), the code typed whole, Lock. */
const POSITIONAL_DUPLICATE_STEPS = 4;
/** The same, the code typed digit by digit. */
const POSITIONAL_DUPLICATE_INTERIOR_STEPS = 7;
/** Two adds, each Program, the Mastercode typed whole, Lock, a code typed whole, Lock. */
const TWO_ADDS_STEPS = 10;
/** The Mastercode typed whole, Lock, 2 (delete), Lock, the code, Lock, the code again, Lock. */
const MENU_DELETE_STEPS = 8;

function capture(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

const CASES: { fixture: BrokenFirmwareName; property: string; model: string }[] = [
  { fixture: 'keypad-reset-code', property: 'S1', model: 'smartcode-913' },
  { fixture: 'skip-mastercode-check', property: 'S2-S3', model: 'smartcode-913' },
  { fixture: 'non-atomic-store', property: 'power-cut', model: 'smartcode-913' },
  { fixture: 'replug-clears-codes', property: 'S1', model: 'smartcode-913' },
];

describe('lockstep check catches deliberately broken firmware', () => {
  for (const { fixture, property, model } of CASES) {
    it(`${fixture} on ${model}: ${property} fails, exit 1, and the counterexample replays as a failing scenario`, async () => {
      const io = capture();
      const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
      const F = BROKEN_FIRMWARE[fixture];
      // --jobs 2 with a firmware variant: the variant cannot go to a worker, so it runs here.
      const code = await checkCommand({ model, depth: CI_DEPTH, out, jobs: '2', firmware: (m, fwIo) => new F(m, fwIo), firmwareName: fixture }, io);
      expect(code).toBe(1);
      const file = join(out, `${model}-${property}.yaml`);
      expect(existsSync(file)).toBe(true);
      expect(io.lines.join('\n')).toMatch(/replay fails as it should/);
      expect(readFileSync(file, 'utf8')).toMatch(/^name: /m);
      const broken = lockstepRun(file, fixture);
      expect(broken.stdout + broken.stderr).toMatch(/FAIL/);
      expect(broken.status).toBe(1);
      // The same steps on the standard firmware hold: the file fails because of the fixture.
      const standard = lockstepRun(file);
      expect(standard.status).toBe(0);
    }, 180_000);
  }
});

/** One exploration alone (the others at depth 1), deeper than CI_DEPTH, on a broken firmware
 * (caught-alone.ts). Returns the counterexample's text. */
function caughtDeep(modelId: string, fixture: BrokenFirmwareName, property: string, exploration: ExplorationName, depth: number): string {
  return caughtAlone(modelId, fixture, property, exploration, depth, 1);
}

/** caughtDeep with the search as deep as the shortest path, whose length the written
 * counterexample must have. */
function caughtIn(modelId: string, fixture: BrokenFirmwareName, property: string, exploration: ExplorationName, steps: number): string {
  const text = caughtDeep(modelId, fixture, property, exploration, steps);
  expect(stepsOf(text)).toBe(steps);
  return text;
}

/**
 * A fixture hidden behind the digits 0 and 1: the wide exploration (`missedBy`) passes it although
 * its default depth would hold the counterexample, and the exploration that presses every digit
 * (`caughtBy`) catches it at its default depth in `steps` steps. Returns the scenario's text.
 */
/** Room for a fixture's wide exploration (missedThenCaught), above the default cap. */
const FIXTURE_WIDE_STATE_CAP = 1_000_000;

function missedThenCaught(modelId: string, fixture: BrokenFirmwareName, property: string, missedBy: ExplorationName, caughtBy: ExplorationName, steps: number): string {
  const model = findModel(modelId)!;
  const F = BROKEN_FIRMWARE[fixture];
  // A fixture's wide exploration can hold more states than ours (the 7391 fixture's exterior one on
  // the 913: 600 422, ours 167 269): it gets room to reach its full depth (a capped miss would
  // prove nothing).
  const scope = { ...defaultScope(model), stateCap: FIXTURE_WIDE_STATE_CAP };
  const wide = explore(model, scope, missedBy, { firmware: (m, fwIo) => new F(m, fwIo) });
  expect(wide.found).toEqual([]);
  expect(wide.truncated).toBe('depth');
  expect(wide.maxDepth).toBeGreaterThanOrEqual(steps);
  return caughtAtDefault(modelId, fixture, property, caughtBy, steps);
}

/** caughtDeep at the exploration's default depth, on a shortest path of `steps` steps. */
function caughtAtDefault(modelId: string, fixture: BrokenFirmwareName, property: string, exploration: ExplorationName, steps: number): string {
  const text = caughtDeep(modelId, fixture, property, exploration, defaultDepth(findModel(modelId)!)[exploration]);
  expect(stepsOf(text)).toBe(steps);
  return text;
}

/** Where a no-bricking counterexample's path ends and the physical reset begins. */
const PHYSICAL_RESET_COMMENT = '# the physical reset, from here:';

/**
 * `lockstep check` on a broken firmware with one exploration at its default depth or `depthBound`
 * (the others at 1): exit 1, the property's counterexample written on a shortest path of `steps` steps, failing
 * when replayed on that firmware and passing on ours. Returns the scenario's text.
 */
async function caughtByCommand(modelId: string, fixture: BrokenFirmwareName, property: string, exploration: ExplorationName, steps: number, depthBound?: number): Promise<string> {
  const model = findModel(modelId)!;
  const io = capture();
  const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
  const depth = explorationsOf(model).map((e) => `${e}=${e === exploration ? (depthBound ?? defaultDepth(model)[e]) : 1}`).join(',');
  const F = BROKEN_FIRMWARE[fixture];
  const code = await checkCommand({ model: modelId, depth, out, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: fixture }, io);
  expect(code).toBe(1);
  // Colourless: picocolors colours the report when CI is set, as it is on the CI machine.
  const report = stripVTControlCharacters(io.lines.join('\n'));
  expect(report).toMatch(new RegExp(`FAIL ${property.replace('/', '\\/')}\\s+${exploration}, depth ${steps}`));
  expect(report).toMatch(/replay fails as it should/);
  const file = join(out, `${modelId}-${property.replace('/', '-')}.yaml`);
  const text = readFileSync(file, 'utf8');
  expect(stepsOf(text.split(PHYSICAL_RESET_COMMENT)[0])).toBe(steps);
  expect(lockstepRun(file, fixture).status).toBe(1);
  expect(lockstepRun(file).status).toBe(0);
  return text;
}

/** A shipped scenario that fails on the broken firmware and passes on ours. */
function expectShippedCatches(modelId: string, scenario: string, fixture: BrokenFirmwareName): void {
  const shipped = join(REPO_ROOT, 'scenarios', modelId, scenario);
  expect(lockstepRun(shipped, fixture).status).toBe(1);
  expect(lockstepRun(shipped).status).toBe(0);
}

/** The cable exploration, which pulls the cable with Program but types nothing, passes the
 * fixture at its full default depth. */
function expectCableMisses(modelId: string, fixture: BrokenFirmwareName): void {
  const model = findModel(modelId)!;
  const F = BROKEN_FIRMWARE[fixture];
  const cable = explore(model, defaultScope(model), 'cable', { firmware: (m, fwIo) => new F(m, fwIo) });
  expect(cable.found).toEqual([]);
  expect(cable.truncated).toBe('depth');
}

describe('what the firmware does not report is judged too: the store in memory, a lock opened inside a lockout, a store erased without a reset', () => {
  it('memory-wiped-behind-ram on smartcode-913: S1 fails in the exterior exploration (1, 1, Lock), and the counterexample changes the battery before its closing expect and replays as a failing scenario', () => {
    const text = caughtIn('smartcode-913', 'memory-wiped-behind-ram', 'S1', 'exterior', 3);
    expect(text).toMatch(/in memory/);
    expect(text).toMatch(/- battery: out\n\s*- battery: in\n\s*- wait: \d+ms\n\s*- expect: \{ store: ok, codes: \{ 1: "/);
  }, 180_000);

  it('guess-during-lockout on smartcode-913: the lockout property fails in the exterior exploration (three entries timed out, then the stored code typed inside the lockout), though the firmware reports no fourth wrong entry', () => {
    const text = caughtIn('smartcode-913', 'guess-during-lockout', 'lockout', 'exterior', 10);
    expect(text).toMatch(/motor began to open the lock during a lockout/);
    // The property the header states is the one the path breaks, not only the count of wrong entries.
    expect(text).toMatch(/^# Counterexample written by `lockstep check` — property lockout: .*nothing typed opens the lock before the lockout is over/m);
    expect(text).toMatch(/- wait: 2000ms\n\s*- expect: \{ noEvent: unlocked \}\n$/);
  }, 180_000);

  it('early-release-erases on smartcode-913: S8/S9 fails in the physical exploration (Program held as the pack goes in, released early), though the firmware reports no reset', () => {
    const text = caughtIn('smartcode-913', 'early-release-erases', 'S8/S9', 'physical', 4);
    expect(text).toMatch(/erased to the factory defaults with no reset reported and no full hold of program/);
    expect(text).toMatch(/- release: program\n\s*- expect: \{ store: ok, codes: \{ 1: "0101", 30: "3333" \}, mastercode: "5555" \}\n$/);
  }, 180_000);
});

const TYPED_7391 = /press: "7"\n\s*- press: "3"\n\s*- press: "9"\n\s*- press: "1"\n\s*- press: lock/;

describe('the explorations that press every digit catch what hides behind the digits 0 and 1', () => {
  it('keypad-reset-code-7391 on smartcode-913: the exterior exploration (depth 12) misses it; S1 fails in the keypad exploration (7391, Lock) and the counterexample replays as a failing scenario', () => {
    expect(missedThenCaught('smartcode-913', 'keypad-reset-code-7391', 'S1', 'exterior', 'keypad', KEYPAD_STEPS)).toMatch(TYPED_7391);
  }, 180_000);

  it('screen-reset-code on smartcode-916: the keypad exploration (switch 4 off, as shipped), as deep as the path, misses it; S1 fails in the screened exploration (a touch, the shown 3-8, 7391) and the counterexample, switch 4 on in its given, replays as a failing scenario', () => {
    const model = findModel('smartcode-916')!;
    const F = BROKEN_FIRMWARE['screen-reset-code'];
    const unscreened = explore(model, defaultScope(model, { keypad: SCREENED_STEPS }), 'keypad', { firmware: (m, fwIo) => new F(m, fwIo) });
    expect(unscreened.found).toEqual([]);
    expect(unscreened.maxDepth).toBe(SCREENED_STEPS);
    const text = caughtAtDefault('smartcode-916', 'screen-reset-code', 'S1', 'screened', SCREENED_STEPS);
    expect(text).toMatch(/switches: \{ 4: on \}/);
    // Seed 1's screen shows 3-8 (scenarios/smartcode-916/m5-m7-secure-screen.yaml); the waking touch is the first digit offered.
    expect(text).toMatch(/press: "0"\n\s*- press: "3"\n\s*- press: "8"\n\s*- press: "7"\n\s*- press: "3"\n\s*- press: "9"\n\s*- press: "1"/);
  }, 180_000);

  // 913: Program, 7391, Lock, a new code, Lock. 275: 7391, Lock, 1 (add), Lock, a new code, Lock.
  for (const [modelId, steps] of [['smartcode-913', 8], ['smartcode-275', 9]] as const) {
    it(`second-admin-code-7391 on ${modelId}: the interior exploration (depth 9) misses it; S2/S3 fails in the admin-gate exploration in ${steps} steps and the counterexample replays as a failing scenario`, () => {
      const text = missedThenCaught(modelId, 'second-admin-code-7391', 'S2/S3', 'interior', 'admin-gate', steps);
      expect(text).toMatch(TYPED_7391);
      expect(text).toMatch(/type: "1010"/);
    }, 180_000);
  }

  // Program, 3 (a new Mastercode), Lock, a code, Lock, the code again, Lock.
  it('admin-change-before-handing on powerbolt-250: the after-reset exploration (depth 8) misses it; S18 fails in the reset-menu exploration in 7 steps and the counterexample replays as a failing scenario', () => {
    const text = missedThenCaught('powerbolt-250', 'admin-change-before-handing', 'S18', 'after-reset', 'reset-menu', 7);
    expect(text).toMatch(/press: program\n\s*- press: "3"\n\s*- press: lock/);
  }, 180_000);
});

describe('the admin-gate exploration deletes as well as adds, and taps Reset', () => {
  // The fixture takes Program, Lock to the code to delete, past the Mastercode (product-facts S9,
  // S14). The admin-gate exploration offered Lock only after an entry and typed no stored code,
  // so it passed at its default depth of 8; the interior exploration's path, the code typed digit
  // by digit twice, is 12 steps.
  it('delete-skips-mastercode on smartcode-913: S2/S3 fails in the admin-gate exploration in 6 steps (Program, Lock, the code, Lock, the code, Lock), exit 1; the counterexample and the shipped S2 scenario fail on that firmware and pass on ours', async () => {
    const text = await caughtByCommand('smartcode-913', 'delete-skips-mastercode', 'S2/S3', 'admin-gate', DELETE_PAST_MASTERCODE_STEPS);
    expect(text).toMatch(/press: program\n\s*- press: lock\n\s*- type: "0101"\n\s*- press: lock\n\s*- type: "0101"\n\s*- press: lock/);
    expectShippedCatches('smartcode-913', 's02-mastercode-gates-programming.yaml', 'delete-skips-mastercode');
  }, 180_000);

  // A tap of Reset opens the menu on the fixture. The explorations held and released Reset, a
  // hold never shorter than a step, so the interior one passed at depth 9 (1 047 438 states).
  it('reset-tap-opens-menu on powerbolt-264: S2/S3 fails in the admin-gate exploration in 5 steps (Reset tapped, 1, Lock, a new code, Lock), exit 1, and in the interior one in 8; the counterexamples and the shipped S9 scenario fail on that firmware and pass on ours', async () => {
    const gate = await caughtByCommand('powerbolt-264', 'reset-tap-opens-menu', 'S2/S3', 'admin-gate', RESET_TAP_GATE_STEPS);
    expect(gate).toMatch(/- press: reset\n\s*- press: "1"\n\s*- press: lock\n\s*- type: "1010"\n\s*- press: lock/);
    const inside = caughtAtDefault('powerbolt-264', 'reset-tap-opens-menu', 'S2/S3', 'interior', RESET_TAP_INTERIOR_STEPS);
    expect(inside).toMatch(/- press: reset\n\s*- press: "1"\n\s*- press: lock/);
    expectShippedCatches('powerbolt-264', 's09-reset-released-at-4s.yaml', 'reset-tap-opens-menu');
  }, 300_000);
});

describe('the store exploration adds and deletes codes with the admin code known, from a store full but one slot', () => {
  // The fixture writes a code added or deleted over the store's only good copy. The physical
  // exploration cuts the power mid-write but never enters the admin code, so no code changes there.
  it('codes-rewritten-in-place on smartcode-913: the physical exploration (depth 9) misses it; power-cut fails in the store exploration in 6 steps (an add, the power cut before its Lock), exit 1, and the counterexample replays as a failing scenario', async () => {
    const model = findModel('smartcode-913')!;
    const F = BROKEN_FIRMWARE['codes-rewritten-in-place'];
    const physical = explore(model, defaultScope(model), 'physical', { firmware: (m, fwIo) => new F(m, fwIo) });
    expect(physical.found).toEqual([]);
    expect(physical.truncated).toBe('depth');
    const text = await caughtByCommand('smartcode-913', 'codes-rewritten-in-place', 'power-cut', 'store', ADD_CUT_STEPS);
    expect(text).toMatch(/- press: program\n\s*- type: "5555"\n\s*- press: lock\n\s*- type: "\d+"\n\s*- fault: power-cut-mid-write\n\s*- press: lock/);
  }, 300_000);

  // Two adds: the first fills the store's free slot, the fixture puts the second past the last.
  it('thirty-first-code on smartcode-913: S4/S11 fails in the store exploration in 10 steps, exit 1, and the counterexample (the store still holding 30 codes) replays as a failing scenario', async () => {
    const text = await caughtByCommand('smartcode-913', 'thirty-first-code', 'S4/S11', 'store', TWO_ADDS_STEPS);
    expect(text).toMatch(/slot 31 is outside 1\.\.30/);
    expect(text).toMatch(/- expect: \{ codes: 30 \}\n$/);
  }, 180_000);

  it('duplicate-code-stored on smartcode-909: S4/S11 fails in the store exploration in 4 steps and in the interior one in 7 (slot 2 given the code slot 1 holds), exit 1, and the counterexamples replay as failing scenarios', async () => {
    const text = await caughtByCommand('smartcode-909', 'duplicate-code-stored', 'S4/S11', 'store', POSITIONAL_DUPLICATE_STEPS);
    expect(text).toMatch(/- press: program\n\s*- press: program\n\s*- type: "0101"\n\s*- press: lock\n\s*- expect: \{ codes: \{ 2: null \} \}/);
    await caughtByCommand('smartcode-909', 'duplicate-code-stored', 'S4/S11', 'interior', POSITIONAL_DUPLICATE_INTERIOR_STEPS, POSITIONAL_DUPLICATE_INTERIOR_STEPS);
  }, 180_000);

  // Seed S11 is the Powerbolt 250's: a code deleted at the keypad, the others staying.
  it('delete-clears-later-slots on powerbolt-250: S4/S11 fails in the store exploration in 8 steps (the Mastercode, the delete item, the code twice), exit 1, and the counterexample (the slots after it as they were) replays as a failing scenario', async () => {
    const text = await caughtByCommand('powerbolt-250', 'delete-clears-later-slots', 'S4/S11', 'store', MENU_DELETE_STEPS);
    expect(text).toMatch(/code-deleted \(slot 1\) also changed slots 3, 4/);
    expect(text).toMatch(/- type: "5555"\n\s*- press: lock\n\s*- press: "2"\n\s*- press: lock/);
    expect(text).toMatch(/- expect: \{ codes: \{ 3: "3333", 4: "3337"/);
  }, 180_000);
});

describe('a factory reset is judged on the whole store: the last slot, and the handing at the reset', () => {
  // The physical exploration's lock holds a code in its last slot as well as in slot 1.
  it('reset-leaves-last-slot on smartcode-913: no-bricking fails from the lock as installed (the physical reset leaves slot 30), exit 1, and the counterexample replays as a failing scenario', async () => {
    const text = await caughtByCommand('smartcode-913', 'reset-leaves-last-slot', 'no-bricking', 'physical', 0, 1);
    expect(text).toMatch(/codes: \{ 1: "0101", 30: "3333" \}/);
    expect(text).toMatch(/codes: \{ 1: null, 30: null \}, mastercode: none/);
  }, 180_000);

  // The reset's store is the out-of-box one but for the handing; on a good firmware the physical
  // reset's end state has the handing relearned, so the monitor judges it at the reset.
  it('reset-keeps-handing on smartcode-913: S18 fails in the physical exploration at the reset (6 steps), exit 1, and the counterexample (ifEvent: factory-reset, handed: none right after the reset) replays as a failing scenario', async () => {
    const text = await caughtByCommand('smartcode-913', 'reset-keeps-handing', 'S18', 'physical', SMARTCODE_RESET_STEPS, SMARTCODE_RESET_STEPS);
    expect(text).toMatch(/a factory reset kept the learned handing \(right\)/);
    expect(text).toMatch(/- press: program\n\s*- expect: \{ ifEvent: factory-reset, handed: none \}\n$/);
  }, 180_000);
});

describe('the explorations with the interior\'s moves flip SecureScreen on the 916', () => {
  // Three wrong entries (a digit, its timeout), switch 4 on, a touch and a wrong shown digit.
  it('screen-switch-ends-lockout on smartcode-916: the exterior exploration (depth 12, no switches) misses it; the lockout property fails in the interior exploration, which flips SecureScreen between entries, and the counterexample replays as a failing scenario', () => {
    const text = missedThenCaught('smartcode-916', 'screen-switch-ends-lockout', 'lockout', 'exterior', 'interior', SCREEN_SWITCH_LOCKOUT_STEPS);
    expect(text).toMatch(/switch: \{ 4: on \}/);
  }, 180_000);
});

describe('the switches exploration flips every interior switch between entries', () => {
  it('mute-ends-lockout on smartcode-913: the interior exploration (depth 9, no switch flipped on the 913) misses it; the lockout property fails in the switches exploration and the counterexample replays as a failing scenario', () => {
    const text = missedThenCaught('smartcode-913', 'mute-ends-lockout', 'lockout', 'interior', 'switches', MUTE_LOCKOUT_STEPS);
    expect(text).toMatch(/switch: \{ 3: off \}/);
  }, 180_000);

  it('led-switch-skips-mastercode on smartcode-913: the interior exploration misses it; S2/S3 fails in the switches exploration and the counterexample replays as a failing scenario', () => {
    const text = missedThenCaught('smartcode-913', 'led-switch-skips-mastercode', 'S2/S3', 'interior', 'switches', SWITCH_AT_PROMPT_STEPS);
    expect(text).toMatch(/switch: \{ 1: off \}/);
  }, 180_000);

  it('mute-ends-lockout on smartcode-909 (no admin code: no Program in the search): the lockout property fails in 5 steps', () => {
    caughtAtDefault('smartcode-909', 'mute-ends-lockout', 'lockout', 'switches', MUTE_LOCKOUT_STEPS);
  }, 180_000);
});

describe('the after-reset exploration catches a Reset hold that outlives its release', () => {
  // The shipped firmware had this bug until the checker found it: only the after-reset
  // exploration (admin code known, typed whole) reaches it, 7 steps deep on the 264.
  it('reset-hold-outlives-release on powerbolt-264: S8/S9 fails and the counterexample replays as a failing scenario', () => {
    caughtDeep('powerbolt-264', 'reset-hold-outlives-release', 'S8/S9', 'after-reset', AFTER_RESET_BUG_DEPTH);
  }, 180_000);
});

describe('S8/S9 asks where a SmartCode reset hold began, not only how long it lasted', () => {
  // Hold Program on the powered lock, let time reach the hold's end, release, press Program to
  // confirm: no pack swap, and the hold is the full 30 s. (The interior exploration's default
  // scope passes it with the monitor that judged only the hold's length.)
  it('reset-on-powered-hold on smartcode-275: the interior exploration catches a reset after Program held its full time on a powered lock; the counterexample and the shipped S8 scenario fail on that firmware and pass on ours', () => {
    const model = findModel('smartcode-275')!;
    const text = caughtIn('smartcode-275', 'reset-on-powered-hold', 'S8/S9', 'interior', POWERED_HOLD_STEPS);
    expect(text).toMatch(/without program held from a power-up/);
    expect(text).not.toMatch(/battery:/);
    const held = /- hold: program\n([\s\S]*?)- release: program/.exec(text);
    expect(held).not.toBeNull();
    const heldMs = [...held![1].matchAll(/wait: (\d+)ms/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(heldMs).toBeGreaterThanOrEqual(model.timing.resetHoldMs);
    expectShippedCatches('smartcode-275', 's08-hold-must-start-before-power.yaml', 'reset-on-powered-hold');
  }, 180_000);
});

describe('S18 asks for the bolt run to both ends, not the firmware\'s word that handing is done', () => {
  // Time to the handing's start (the fixture reports it learned there, no motor run), Program, a
  // code typed whole, Lock. (The monitor that believed the report passed it on the whole default
  // scopes of the 913 and 275.)
  it('handing-without-bolt-run on smartcode-913: S18 fails in the after-reset exploration in 4 steps; the counterexample and the shipped S16 scenario fail on that firmware and pass on ours', () => {
    const text = caughtIn('smartcode-913', 'handing-without-bolt-run', 'S18', 'after-reset', HANDING_CLAIM_STEPS);
    expect(text).toMatch(/code-added accepted after a reset, before door handing completed/);
    expectShippedCatches('smartcode-913', 's16-handing-runs-by-itself.yaml', 'handing-without-bolt-run');
  }, 180_000);
});

describe('no bricking: the physical reset reaches the out-of-box store', () => {
  // The installed lock itself: its physical reset keeps the user code.
  it('reset-keeps-codes on smartcode-913: no-bricking fails in the physical exploration from the lock as installed, and the counterexample (the reset, then the out-of-box store expected) fails on that firmware and passes on ours', () => {
    const text = caughtDeep('smartcode-913', 'reset-keeps-codes', 'no-bricking', 'physical', 1);
    expect(text).toMatch(/the physical reset left mastercode none, codes \[0101 3333\]/);
    expect(text).toMatch(/# the physical reset, from here:\n\s*- battery: out\n\s*- hold: program\n\s*- battery: in/);
    expect(text).toMatch(/codes: \{ 1: null, 30: null \}, mastercode: none, userCodes: enabled, oneTimeCode: none/);
  }, 180_000);
});

describe('the exterior exploration catches a lockout ended by replugging the exterior', () => {
  // Three wrong entries (6 steps), the cable pulled and plugged back (2), a fourth wrong entry
  // within the minute (2): 10 steps.
  it('replug-ends-lockout on smartcode-913: lockout fails and the counterexample replays as a failing scenario', () => {
    const text = caughtDeep('smartcode-913', 'replug-ends-lockout', 'lockout', 'exterior', REPLUG_LOCKOUT_DEPTH);
    expect(text).toContain('exterior: disconnected');
    expect(text).toContain('exterior: connected');
  }, 180_000);
});

describe('the exterior exploration holds the keypad\'s Lock button as well as pressing it (seed S1: "of any length or timing")', () => {
  it('lock-held-resets on smartcode-913: S1 fails in the exterior exploration (Lock held through the hidden 10 s), and the counterexample replays as a failing scenario', () => {
    const text = caughtIn('smartcode-913', 'lock-held-resets', 'S1', 'exterior', LOCK_HELD_STEPS);
    expect(text).toContain('- hold: lock');
  }, 180_000);

  it('lock-held-mid-entry-resets on smartcode-913: lockstep check exits 1 with S1 failing in the exterior exploration (Lock held alone after a digit of an entry), and the counterexample replays as failing', async () => {
    const text = await caughtByCommand('smartcode-913', 'lock-held-mid-entry-resets', 'S1', 'exterior', LOCK_HELD_MID_ENTRY_STEPS, LOCK_HELD_MID_ENTRY_STEPS);
    expect(text).toMatch(/- press: "[01]"\n\s+- key: lock\n\s+- hold: lock/);
  }, 180_000);

  it('lock-held-in-lockout-resets on smartcode-913: lockstep check exits 1 with S1 failing in the exterior exploration (Lock held alone inside a wrong-code lockout), and the counterexample replays as failing', async () => {
    const text = await caughtByCommand('smartcode-913', 'lock-held-in-lockout-resets', 'S1', 'exterior', LOCK_HELD_IN_LOCKOUT_STEPS, LOCK_HELD_IN_LOCKOUT_STEPS);
    expect(text.match(/- press: "[01]"/g)).toHaveLength(3);
    expect(text).toContain('- hold: lock');
  }, 180_000);
});

describe('the exterior exploration holds its digits long and two keys together (seed S1: "of any length or timing")', () => {
  it('digit-held-resets on smartcode-913: lockstep check exits 1 with S1 failing in the exterior exploration (a digit held from a quiet lock through the hidden 10 s), and the counterexample replays as failing', async () => {
    const text = await caughtByCommand('smartcode-913', 'digit-held-resets', 'S1', 'exterior', DIGIT_HELD_STEPS, DIGIT_HELD_STEPS);
    expect(text).toContain('- hold: "0"');
    expect(text).not.toContain('- press:');
  }, 180_000);

  it('digit-held-mid-entry-resets on smartcode-913: lockstep check exits 1 with S1 failing in the exterior exploration (a digit held after another of the same entry), and the counterexample replays as failing', async () => {
    const text = await caughtByCommand('smartcode-913', 'digit-held-mid-entry-resets', 'S1', 'exterior', DIGIT_HELD_MID_ENTRY_STEPS, DIGIT_HELD_MID_ENTRY_STEPS);
    expect(text).toMatch(/- press: "[01]"\n\s+- hold: "[01]"/);
  }, 180_000);

  it('digit-held-in-lockout-resets on smartcode-913: lockstep check exits 1 with S1 failing in the exterior exploration (a digit held alone inside a wrong-code lockout), and the counterexample replays as failing', async () => {
    const text = await caughtByCommand('smartcode-913', 'digit-held-in-lockout-resets', 'S1', 'exterior', DIGIT_HELD_IN_LOCKOUT_STEPS, DIGIT_HELD_IN_LOCKOUT_STEPS);
    expect(text.match(/- press: "[01]"/g)).toHaveLength(3);
    expect(text).toMatch(/- hold: "[01]"/);
  }, 180_000);

  it('digit-held-after-wrong-entry-resets on smartcode-913: lockstep check exits 1 with S1 failing in the exterior exploration (a digit held alone right after a wrong entry, inside its lockout window), and the counterexample replays as failing', async () => {
    const text = await caughtByCommand('smartcode-913', 'digit-held-after-wrong-entry-resets', 'S1', 'exterior', DIGIT_HELD_AFTER_WRONG_STEPS, DIGIT_HELD_AFTER_WRONG_STEPS);
    expect(text).toMatch(/- press: "[01]"\n\s+- wait: \d+ms\n\s+- hold: "[01]"/);
  }, 180_000);

  it('chord-held-resets on smartcode-913: lockstep check exits 1 with S1 failing in the exterior exploration (two keys held together through the hidden 10 s), and the counterexample replays as failing', async () => {
    const text = await caughtByCommand('smartcode-913', 'chord-held-resets', 'S1', 'exterior', CHORD_HELD_STEPS, CHORD_HELD_STEPS);
    expect(text).toMatch(/- hold: "?(0|1|lock)"?\n\s+- hold: "?(0|1|lock)"?/);
    expect(text).not.toContain('- release:');
  }, 180_000);
});

describe('the explorations that press Program and pull the cable catch a reset begun by replugging the exterior', () => {
  // Program held, the cable out and in (the fixture begins the reset hold), Program released,
  // time to the hold's end, Program pressed twice (the confirming press after the one that ends
  // the hold): no pack ever out. The exterior exploration pulls the cable but never touches
  // Program.
  it('replug-starts-reset-hold on smartcode-913: the exterior exploration (depth 12) misses it; S8/S9 fails in the cable exploration and in the physical one (the cable pulled between entries) in 7 steps, and the counterexamples replay as failing scenarios', () => {
    for (const text of [
      missedThenCaught('smartcode-913', 'replug-starts-reset-hold', 'S8/S9', 'exterior', 'cable', REPLUG_RESET_STEPS),
      caughtAtDefault('smartcode-913', 'replug-starts-reset-hold', 'S8/S9', 'physical', REPLUG_RESET_STEPS),
    ]) {
      expect(text).toMatch(/hold: program\n(\s*- wait: \d+ms\n)?\s*- exterior: disconnected\n\s*- exterior: connected/);
      expect(text).not.toMatch(/battery:/);
    }
  }, 180_000);
});

describe('--code-length: the whole-keypad explorations type entries of that length', () => {
  // Program, 7 3 9 1 4, Lock, a new code typed whole, Lock.
  it('second-admin-code-73914 on smartcode-913: the admin-gate exploration passes it at the default code length (4, depth 8); with --code-length 5 S2/S3 fails in 9 steps, exit 1, and the counterexample (5-digit codes) fails on that firmware and passes on ours', async () => {
    const model = findModel('smartcode-913')!;
    const F = BROKEN_FIRMWARE['second-admin-code-73914'];
    const short = explore(model, defaultScope(model), 'admin-gate', { firmware: (m, fwIo) => new F(m, fwIo) });
    expect(short.found).toEqual([]);
    expect(short.truncated).toBe('depth');
    const io = capture();
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    const onlyGate = explorationsOf(model).filter((e) => e !== 'admin-gate').map((e) => `${e}=1`).join(',');
    const code = await checkCommand(
      { model: model.id, codeLength: '5', depth: onlyGate, stateCap: LONGER_CODE_STATE_CAP, out, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: 'second-admin-code-73914' },
      io,
    );
    expect(code).toBe(1);
    expect(io.lines.join('\n')).toMatch(/codes and admin codes 5 digits/);
    const file = join(out, `${model.id}-S2-S3.yaml`);
    const text = readFileSync(file, 'utf8');
    expect(stepsOf(text)).toBe(LONGER_ADMIN_STEPS);
    expect(text).toMatch(/mastercode: "55555"/);
    expect(text).toMatch(/press: "7"\n\s*- press: "3"\n\s*- press: "9"\n\s*- press: "1"\n\s*- press: "4"\n\s*- press: lock/);
    expect(lockstepRun(file, 'second-admin-code-73914').status).toBe(1);
    expect(lockstepRun(file).status).toBe(0);
  }, 180_000);
});

describe('the programming explorations pull the exterior\'s cable', () => {
  // The cable out, Program (the fixture skips the Mastercode prompt), the cable in, a new code
  // typed whole, Lock: 5 steps in admin-gate. The interior exploration, which presses 0 and 1
  // and types nothing whole, takes four digits for the new code: 8 steps. The cable exploration
  // pulls the cable and presses Program but types nothing.
  it('unplugged-program-skips-mastercode on smartcode-913: the cable exploration (depth 14) misses it; S2/S3 fails in the admin-gate exploration in 5 steps and in the interior one in 8; the counterexamples and the shipped S2 scenario fail on that firmware and pass on ours', () => {
    expectCableMisses('smartcode-913', 'unplugged-program-skips-mastercode');
    const text = caughtAtDefault('smartcode-913', 'unplugged-program-skips-mastercode', 'S2/S3', 'admin-gate', UNPLUGGED_PROGRAM_STEPS);
    expect(text).toMatch(/exterior: disconnected\n\s*- press: program\n\s*- exterior: connected\n\s*- type: "1010"\n\s*- press: lock/);
    const inside = caughtAtDefault('smartcode-913', 'unplugged-program-skips-mastercode', 'S2/S3', 'interior', UNPLUGGED_PROGRAM_INTERIOR_STEPS);
    expect(inside).toMatch(/exterior: disconnected\n\s*- press: program\n\s*- exterior: connected/);
    expectShippedCatches('smartcode-913', 's02-mastercode-gates-with-keypad-unplugged.yaml', 'unplugged-program-skips-mastercode');
  }, 180_000);

  // Program, a digit at the prompt, the cable out: the fixture takes the digit for the
  // Mastercode. The interior exploration pulls the cable between entries only, so it passes it at
  // its full depth of 9, which would hold the path with the new code's four digits typed one by
  // one (9 steps); admin-gate pulls it at any step and catches it in 6.
  it('unplugged-mid-entry-opens-programming on smartcode-913: the interior exploration (depth 9) misses it; S2/S3 fails in the admin-gate exploration in 6 steps; the counterexample and the shipped S2 scenario fail on that firmware and pass on ours', () => {
    const text = missedThenCaught('smartcode-913', 'unplugged-mid-entry-opens-programming', 'S2/S3', 'interior', 'admin-gate', UNPLUGGED_MID_ENTRY_STEPS);
    expect(text).toMatch(/press: program\n\s*- press: "\d"\n\s*- exterior: disconnected\n\s*- exterior: connected\n\s*- type: "1010"\n\s*- press: lock/);
    expectShippedCatches('smartcode-913', 's02-mastercode-prompt-survives-unplug-mid-entry.yaml', 'unplugged-mid-entry-opens-programming');
  }, 180_000);

  // From a lock just reset: the cable out, time to the handing's start, a digit (it reaches
  // nothing with the cable out, but its press lets the handing jam against the closed door), the
  // cable in (the fixture takes a blank handing for right), Program, a code typed whole, Lock.
  // The cable exploration resets the lock and pulls the cable but types no code.
  it('replug-loads-handing on smartcode-913: the cable exploration (depth 14) misses it; S18 fails in the reset-menu and after-reset explorations in 7 steps; the counterexamples and the shipped S18 scenario fail on that firmware and pass on ours', () => {
    expectCableMisses('smartcode-913', 'replug-loads-handing');
    for (const exploration of ['reset-menu', 'after-reset'] as const) {
      const text = caughtAtDefault('smartcode-913', 'replug-loads-handing', 'S18', exploration, REPLUG_HANDING_STEPS);
      expect(text).toMatch(/exterior: disconnected/);
      expect(text).toMatch(/exterior: connected\n\s*- press: program/);
      expect(text).not.toMatch(/battery:/);
    }
    expectShippedCatches('smartcode-913', 's18-replug-is-not-handing.yaml', 'replug-loads-handing');
  }, 180_000);
});

describe('the power-cut property reads the store the firmware loaded, not only the bytes', () => {
  // The pack out, the pack in: the fixture loads the store and drops its user codes. The bytes
  // stay good, so the torn-write probe, which judges what a boot would load, passed it on the
  // 913's whole default scope; the model-based fuzzer (test/fuzz-model-based.test.ts) caught it.
  it('pack-change-forgets-codes on smartcode-913: the power-cut property fails in the physical exploration in 2 steps, and the counterexample fails on that firmware and passes on ours', () => {
    const text = caughtAtDefault('smartcode-913', 'pack-change-forgets-codes', 'power-cut', 'physical', PACK_CHANGE_STEPS);
    expect(text).toMatch(/a power-up left the firmware holding mastercode 5555, codes \[\]; its memory holds mastercode 5555, codes \[0101 3333\]/);
    expect(text).toMatch(/battery: out\n\s*- battery: in\n/);
  }, 180_000);
});

describe('the physical exploration pulls the exterior\'s cable between entries', () => {
  // The cable out and in, the pack pulled while the fixture's rewrite of the only good copy is in
  // flight: it is torn. The interior exploration has no power cuts or pack
  // pulls; the cable exploration pulls the pack with the cable but watches S8/S9 only.
  it('replug-rewrites-store-in-place on smartcode-913: the interior (depth 9) and cable (depth 14) explorations miss it; the power-cut property fails in the physical exploration in 3 steps, and the counterexample fails on that firmware and passes on ours', () => {
    expectCableMisses('smartcode-913', 'replug-rewrites-store-in-place');
    const text = missedThenCaught('smartcode-913', 'replug-rewrites-store-in-place', 'power-cut', 'interior', 'physical', REPLUG_REWRITE_STEPS);
    expect(text).toMatch(/exterior: disconnected\n\s*- exterior: connected\n\s*- battery: out\n/);
  }, 180_000);
});

describe('S1 compares the store\'s flags as well as its codes', () => {
  // A digit and the entry's timeout, three times: the lockout, and with it every code disabled.
  // (The exterior exploration's default scope passes it with the monitor that compared codes alone.)
  it('lockout-disables-codes on smartcode-913: S1 fails in the exterior exploration and the counterexample, which expects the codes still enabled, replays as a failing scenario', () => {
    const text = caughtIn('smartcode-913', 'lockout-disables-codes', 'S1', 'exterior', LOCKOUT_DISABLE_STEPS);
    expect(text).toMatch(/userCodes: enabled/);
    expect(text).toMatch(/codes: \{ 1: "0101" \}/);
  }, 180_000);

  it('program-button-toggles-auto-lock on powerbolt-250: S2/S3 fails in the admin-gate exploration (Program, 7, Kwikset) and the counterexample, which expects auto-lock still off, replays as a failing scenario', () => {
    const text = caughtIn('powerbolt-250', 'program-button-toggles-auto-lock', 'S2/S3', 'admin-gate', AUTO_LOCK_ITEM_STEPS);
    expect(text).toMatch(/autoLock: off/);
    expect(text).toMatch(/^# Counterexample written by `lockstep check` — property S2\/S3: .*changes the menu-set auto-lock/m);
    expect(text).toMatch(/- press: program/);
  }, 180_000);
});

describe('lockstep check input', () => {
  it('exits 2 for an unknown model, for neither or both of --model/--all, and for a bad depth or job count', async () => {
    expect(await checkCommand({ model: 'smartcode-000' }, capture())).toBe(2);
    expect(await checkCommand({}, capture())).toBe(2);
    expect(await checkCommand({ model: 'smartcode-913', all: true }, capture())).toBe(2);
    expect(await checkCommand({ model: 'smartcode-913', depth: '0' }, capture())).toBe(2);
    expect(await checkCommand({ model: 'smartcode-913', depth: 'deep' }, capture())).toBe(2);
    const io = capture();
    expect(await checkCommand({ model: 'smartcode-913', jobs: '0' }, io)).toBe(2);
    expect(io.lines.join('\n')).toMatch(/--jobs must be a whole number from 1 to/);
    expect(await checkCommand({ model: 'smartcode-913', jobs: 'many' }, capture())).toBe(2);
  });

  // Number() read each of these as a whole number, and the run went ahead; an empty --model was
  // told to give either --model or --all.
  it('takes plain decimal digits only for every whole-number option, and names an empty --model', async () => {
    for (const [opts, said] of [
      [{ depth: '3e0' }, '--depth must be a whole number from 1 to 40, got "3e0"'],
      [{ depth: ' 3' }, '--depth must be a whole number from 1 to 40, got " 3"'],
      [{ depth: '0x3' }, '--depth must be a whole number from 1 to 40, got "0x3"'],
      [{ codeLength: '4.0' }, '--code-length must be a whole number from 1 to 10, got "4.0"'],
      [{ jobs: '1.0' }, '--jobs must be a whole number from 1 to 256, got "1.0"'],
      [{ stateCap: '1e6' }, `--state-cap must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}, got "1e6"`],
    ] as const) {
      const io = capture();
      expect(await checkCommand({ model: 'smartcode-913', ...opts }, io)).toBe(2);
      expect(stripVTControlCharacters(io.lines.join('\n'))).toBe(`error: ${said}`);
    }
    const empty = capture();
    expect(await checkCommand({ model: '' }, empty)).toBe(2);
    expect(stripVTControlCharacters(empty.lines.join('\n'))).toBe('error: --model: the model name is empty (give a model id, as `lockstep models` lists them, or --all)');
    const cuts = capture();
    expect(campaignCommand({ model: 'smartcode-913', maxCuts: '5.0' }, cuts)).toBe(2);
    expect(stripVTControlCharacters(cuts.lines.join('\n'))).toMatch(/^error: --max-cuts must be a whole number from 1 to \d+, got "5.0"$/);
    const campaignEmpty = capture();
    expect(campaignCommand({ model: '' }, campaignEmpty)).toBe(2);
    expect(stripVTControlCharacters(campaignEmpty.lines.join('\n'))).toContain('--model: the model name is empty');
  });

  it('exits 2 for a --code-length that is no whole number, or no length of a checked model\'s codes, naming the model and its lengths', async () => {
    expect(await checkCommand({ model: 'smartcode-913', codeLength: 'six' }, capture())).toBe(2);
    const short = capture();
    expect(await checkCommand({ model: 'smartcode-913', codeLength: '3' }, short)).toBe(2);
    expect(short.lines.join('\n')).toMatch(/--code-length 3: smartcode-913 takes codes and admin codes of 4 to 8 digits, not 3/);
    const all = capture();
    expect(await checkCommand({ all: true, codeLength: '9' }, all)).toBe(2);
    const text = all.lines.join('\n');
    expect(text).toMatch(/smartcode-913 takes codes and admin codes of 4 to 8 digits, not 9/);
    expect(text).toMatch(/smartcode-909 takes codes of 4 to 8 digits, not 9/); // positional: no admin code
    expect(text).not.toMatch(/powerbolt-2 takes/); // 4 to 10 digits
    expect(await checkCommand({ model: 'smartcode-913', codeLength: '11' }, capture())).toBe(2);
  });

  it('exits 2 before exploring when --out is no folder it could write counterexamples into', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lockstep-check-out-')), 'a-file');
    writeFileSync(file, '');
    for (const out of [file, join(file, 'below')]) {
      const io = capture();
      expect(await checkCommand({ model: 'smartcode-913', out }, io)).toBe(2);
      expect(io.lines.join('\n')).toContain(`error: --out ${out}: counterexamples could not be written there: ${file} is a file, not a folder`);
      expect(io.lines.join('\n')).not.toMatch(/states/);
    }
  });

  // Capped, the run said "PASS S1 exterior ≤40" and "Every property holds within the scope."
  it('says how deep a search the state cap stopped was complete, and that the scope was not searched whole', async () => {
    const io = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '40', stateCap: '1000', jobs: '1', out: mkdtempSync(join(tmpdir(), 'lockstep-cap-')) }, io)).toBe(0);
    const said = stripVTControlCharacters(io.lines.join('\n')); // coloured where CI is set
    expect(said).not.toContain('Every property holds within the scope.');
    expect(said).not.toMatch(/≤40/);
    expect(said).toMatch(/PASS S1 +exterior ≤\d+ \(of 40: state cap hit\)/);
    expect(said).toContain(`but the state cap stopped ${explorationsOf(findModel('smartcode-913')!).length} explorations short of their depth`);
    const r = explore(findModel('smartcode-913')!, { ...defaultScope(findModel('smartcode-913')!), stateCap: 1000 }, 'exterior');
    expect(r.truncated).toBe('cap');
    expect(r.completeDepth).toBe(r.maxDepth - 1);
    const whole = explore(findModel('smartcode-913')!, defaultScope(findModel('smartcode-913')!), 'keypad');
    expect(whole.completeDepth).toBe(whole.depthBound);
  });

  it('refuses an option of the other kind of run, which that run would ignore without a word', async () => {
    for (const [argv, flag] of [
      [['check', '--model', 'smartcode-913', '--max-cuts', '5'], '--max-cuts is an option of the power-cut campaign'],
      [['check', '--power-cut-campaign', '--model', 'smartcode-913', '--depth', '3'], '--depth is an option of the model checker'],
      [['check', '--power-cut-campaign', '--jobs', '1'], '--jobs is an option of the model checker'],
      [['check', '--power-cut-campaign', '--out', 'x'], '--out is an option of the model checker'],
      [['check', '--power-cut-campaign', '--state-cap', '9'], '--state-cap is an option of the model checker'],
      [['check', '--power-cut-campaign', '--code-length', '5'], '--code-length is an option of the model checker'],
    ] as const) {
      const r = await lockstepInProcess(argv);
      expect(r.code).toBe(2);
      expect(r.said).toContain(flag);
    }
    // --jobs has a default of its own: only an option given on the command line counts.
    expect(misplacedOption(true, (key) => key === 'maxCuts')).toBeNull();
    expect(misplacedOption(false, (key) => key === 'jobs' || key === 'depth')).toBeNull();
  });

  // The help said `(default: "2")`, a fixed figure, where the default is one worker per core.
  it('says in its help that --jobs defaults to one per core, and how many that is here', () => {
    const help = spawnSync(process.execPath, [BIN, 'check', '--help'], { encoding: 'utf8', env: colourlessEnv() });
    expect(help.status).toBe(0);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(`(default: one per core (${availableParallelism()} here))`);
  });

  // The help named S1, S2/S3, S8/S9, S18, lockout, no bricking and power cuts: not S4/S11 or the
  // battery change, which the report gives a verdict for on every model.
  it('names in its help every property the report gives a verdict for', () => {
    const help = spawnSync(process.execPath, [BIN, 'check', '--help'], { encoding: 'utf8', env: colourlessEnv() });
    expect(help.status).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    for (const p of PROPERTIES) expect(text, p.id).toMatch(new RegExp(`[ (]${p.id.replace('/', '\\/')}[,:]`));
  });

  it('is a lockstep command: --json report on stdout, exit 2 for an unknown model', () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    const env = colourlessEnv();
    const ok = spawnSync(process.execPath, [BIN, 'check', '--model', 'smartcode-913', '--depth', '3', '--json', '--out', out], { encoding: 'utf8', env });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).ok).toBe(true);
    const bad = spawnSync(process.execPath, [BIN, 'check', '--model', 'nope'], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown model "nope"/);
  });
});
