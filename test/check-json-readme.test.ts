// The README documents every field of the reports `lockstep check --json` and `lockstep check
// --power-cut-campaign --json` print (src/check/report.ts checkJson, power-cut-command.ts
// campaignJson): each key a real run writes — a failed property with its counterexample, one not
// written, a property that does not apply, the lockout's guessing bound reached and not reached,
// a file an earlier run left at a counterexample's name, a corruption and a scenario that corrupts
// its store on purpose — is named in the paragraph that
// describes that report. It named `ok`, `complete`, `completeDepth` and `guessing.reached` only.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { campaignCommand } from '../src/check/power-cut-command.ts';
import { EXPLORATIONS } from '../src/check/scope.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';
import { NonAtomicStoreFirmware } from './fixtures/broken-firmware/non-atomic-store.ts';
import { REPO_ROOT } from './scenario-files.ts';

/** The paragraphs that describe each report, by their opening words. */
const CHECK_PARAGRAPH = '`--json` prints the report as one JSON object';
const CAMPAIGN_PARAGRAPH = 'With `--json` the campaign prints one JSON object';
/** The 913's keypad-reset-code path (0000, Lock) is 5 steps of the exterior exploration; the others at depth 1. */
const EXTERIOR_ONLY = EXPLORATIONS.filter((e) => e !== 'screened').map((e) => `${e}=${e === 'exterior' ? 5 : 1}`).join(',');
/** Four wrong codes typed whole in the 909's switches exploration: its guessing bound reached. */
const GUESSES_DEPTH = '4';
/** A scenario the store-in-place fixture corrupts, and one that corrupts its store on purpose. */
const CAMPAIGN_FILES = ['scenarios/smartcode-913/s01-code-change-is-software-reset-is-physical.yaml', 'scenarios/smartcode-913/s05-corrupted-code-store.yaml'];

function jsonOf(lines: string[]): unknown {
  return JSON.parse(lines.join('\n'));
}

function capture(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: () => {}, progress: null };
}

/** Every key of `value`, at any depth; the keys of a `depth` map are exploration names, not fields. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      if (k !== 'depth') keysOf(v, into);
    }
  }
  return into;
}

/** The README paragraph that opens with `opening`. */
function paragraph(opening: string): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(opening);
  expect(at, `README: no paragraph opening with ${opening}`).toBeGreaterThanOrEqual(0);
  return readme.slice(at, readme.indexOf('\n\n', at));
}

function expectDocumented(keys: Set<string>, opening: string): void {
  const text = paragraph(opening);
  const missing = [...keys].filter((k) => !text.includes(`\`${k}\``) && !text.includes(`\`${k}:`));
  expect(missing).toEqual([]);
}

describe('the README documents the --json reports of check', () => {
  it('check --json: every field of a failed, an unwritten, a not-applicable and a passed property, and of the guessing bound reached or not', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-json-'));
    const F = BROKEN_FIRMWARE['keypad-reset-code'];
    let started = false;
    const failed = capture();
    const code = await checkCommand(
      {
        model: 'smartcode-913',
        depth: EXTERIOR_ONLY,
        out,
        jobs: '1',
        json: true,
        // The counterexample's name taken by a folder once the search runs: `writeError`.
        firmware: (m, fwIo) => {
          if (!started) mkdirSync(join(out, 'smartcode-913-S1.yaml'));
          started = true;
          return new F(m, fwIo);
        },
        firmwareName: 'keypad-reset-code',
      },
      failed,
    );
    expect(code).toBe(1);
    const passed = capture();
    // A file of the user's at the name of a counterexample of a property that holds: `earlierCounterexample`.
    writeFileSync(join(out, 'smartcode-909-S1.yaml'), '# notes\n');
    expect(await checkCommand({ model: 'smartcode-909', depth: GUESSES_DEPTH, out, jobs: '1', json: true }, passed)).toBe(0);
    const keys = keysOf([jsonOf(failed.lines), jsonOf(passed.lines)]);
    for (const k of ['writeError', 'counterexample', 'reached', 'needs', 'expectedGuesses', 'earlierCounterexample']) expect(keys.has(k), k).toBe(true);
    expectDocumented(keys, CHECK_PARAGRAPH);
  }, 60_000);

  it('check --power-cut-campaign --json: every field, corruptions and expected corruptions among them', () => {
    const io = capture();
    expect(campaignCommand({ files: CAMPAIGN_FILES, json: true, firmware: (m, fwIo) => new NonAtomicStoreFirmware(m, fwIo), firmwareName: 'non-atomic-store' }, io)).toBe(1);
    const keys = keysOf(jsonOf(io.lines));
    for (const k of ['heldByReference', 'why', 'expectedCorruptionScenarios']) expect(keys.has(k), k).toBe(true);
    expectDocumented(keys, CAMPAIGN_PARAGRAPH);
  });
});
