// A counterexample whose property speaks of what a factory reset must leave (S18: the handing
// forgotten; S2/S3: exactly the defaults) closes with an `expect:` judged only if the reset came
// (`ifEvent: factory-reset`). A firmware that resets where it must not (keypad-reset-code: 0000,
// Lock) and keeps the handing fails S18 on that path; our firmware does not reset there at all,
// so the scenario must pass on it (README "What is proven": the counterexample "passes once it is
// fixed"). Its closing `expect: { handed: none }` failed on ours, and a later run on ours kept the
// file as "still fails on the standard firmware, past this run's scope" — a 5-step path.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { EXPLORATIONS } from '../src/check/scope.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';
import { lockstepRun } from './caught-alone.ts';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';

const MODEL = 'smartcode-913';
const FIXTURE = 'keypad-reset-code';
/** 0, 0, 0, 0, Lock: the fixture's reset, 5 steps of the interior exploration. */
const INTERIOR_STEPS = 5;
const INTERIOR_ONLY = EXPLORATIONS.filter((e) => e !== 'screened').map((e) => `${e}=${e === 'interior' ? INTERIOR_STEPS : 1}`).join(',');

function recording(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(stripVTControlCharacters(l)), err: (l) => lines.push(stripVTControlCharacters(l)), progress: null };
}

describe('a counterexample about what a reset leaves holds on a firmware that does not reset there', () => {
  it(`${FIXTURE} on ${MODEL}: the S18 counterexample fails on the fixture, passes on ours, and a run on ours removes it`, async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    const F = BROKEN_FIRMWARE[FIXTURE];
    const broken = recording();
    expect(await checkCommand({ model: MODEL, depth: INTERIOR_ONLY, out, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: FIXTURE }, broken)).toBe(1);
    expect(broken.lines.join('\n')).toMatch(new RegExp(`FAIL S18\\s+interior, depth ${INTERIOR_STEPS}\\n.*kept the learned handing[^]*S18\\.yaml .* replay fails as it should`));
    const file = join(out, `${MODEL}-S18.yaml`);
    expect(readFileSync(file, 'utf8')).toMatch(/- expect: \{ ifEvent: factory-reset, handed: none \}\n$/);
    expect(lockstepRun(file, FIXTURE).status).toBe(1);
    expect(lockstepRun(file).status).toBe(0);

    const ours = recording();
    expect(await checkCommand({ model: MODEL, depth: INTERIOR_ONLY, out }, ours)).toBe(0);
    expect(ours.lines.join('\n')).toMatch(/PASS S18 .*\n\s+removed .*S18\.yaml: a counterexample lockstep wrote before; S18 holds now and its scenario passes/);
    expect(existsSync(file)).toBe(false);
  }, 180_000);
});

/** A 913 scenario: an installed lock, handed, with these steps. */
function scenario(steps: string[]): string {
  return ['name: n', 'model: smartcode-913', 'given:', '  handed: right', '  codes: { 1: "1357" }', 'steps:', ...steps.map((l) => `  - ${l}`)].join('\n') + '\n';
}

describe('the ifEvent word', () => {
  it('judges the other words only when the event came in the stretch', () => {
    // No reset: the handing stays, and the conditional checkpoint holds.
    expect(runScenario(parseScenario(scenario(['type: "0000"', 'expect: { ifEvent: factory-reset, handed: none }']), 'a.yaml')).ok).toBe(true);
    // The event came: the words are judged, and a wrong one fails.
    const judged = runScenario(parseScenario(scenario(['type: "0000"', 'expect: { ifEvent: wrong-code, handed: none }']), 'b.yaml'));
    expect(judged.ok).toBe(false);
    expect(judged.failure!.failures[0]).toMatchObject({ key: 'handed', expected: 'none', observed: 'right' });
  });

  it('is refused alone, and beside a noEvent of the same event', () => {
    expect(() => parseScenario(scenario(['expect: { ifEvent: factory-reset }']), 'c.yaml')).toThrow(/c\.yaml:7:15: ifEvent alone holds whatever happened/);
    expect(() => parseScenario(scenario(['expect: { ifEvent: factory-reset, noEvent: factory-reset }']), 'd.yaml')).toThrow(/"factory-reset" is both required \(ifEvent\) and ruled out \(noEvent\)/);
  });
});
