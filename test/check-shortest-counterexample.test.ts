// `lockstep check` writes the shortest counterexample of a property that any exploration found
// (README "What is proven": "a violation writes the shortest counterexample"), not the first
// exploration's in the report's order: on a Mastercode-family lock whose Program skips the
// Mastercode with the exterior unplugged (seed S2/S3), the interior exploration presses the new
// code digit by digit (8 steps) where the admin-gate exploration types it whole (5 steps).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { explorationsOf } from '../src/check/explore.ts';
import { findModel } from '../src/models/index.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';
import { lockstepRun } from './caught-alone.ts';

const MODEL = 'smartcode-913';
const FIXTURE = 'unplugged-program-skips-mastercode';
/** The cable out, Program, the cable in, four digits, Lock. */
const INTERIOR_STEPS = 8;
/** The cable out, Program, the cable in, a code typed whole, Lock. */
const ADMIN_GATE_STEPS = 5;

describe('check writes the shortest counterexample any exploration found', () => {
  it(`${FIXTURE} on ${MODEL}: interior (listed first) finds S2/S3 in ${INTERIOR_STEPS} steps and admin-gate in ${ADMIN_GATE_STEPS}; the report and the file give the ${ADMIN_GATE_STEPS}-step one`, async () => {
    const model = findModel(MODEL)!;
    const deep: Record<string, number> = { interior: INTERIOR_STEPS, 'admin-gate': ADMIN_GATE_STEPS };
    const depth = explorationsOf(model).map((e) => `${e}=${deep[e] ?? 1}`).join(',');
    const lines: string[] = [];
    const io: CheckIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    const F = BROKEN_FIRMWARE[FIXTURE];
    const code = await checkCommand({ model: MODEL, depth, out, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: FIXTURE }, io);
    expect(code).toBe(1);
    const report = stripVTControlCharacters(lines.join('\n'));
    expect(report).toMatch(new RegExp(`FAIL S2/S3\\s+admin-gate, depth ${ADMIN_GATE_STEPS}\\n`));
    // The path's steps and the closing expect.
    expect(report).toMatch(new RegExp(`S2-S3\\.yaml \\(${ADMIN_GATE_STEPS + 1} steps: the search's ${ADMIN_GATE_STEPS}, then 1 checking the property\\) — replay fails as it should`));
    const file = join(out, `${MODEL}-S2-S3.yaml`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Exploration "admin-gate"/m);
    expect(text).toMatch(/exterior: disconnected\n\s*- press: program\n\s*- exterior: connected\n\s*- type: "1010"\n\s*- press: lock/);
    expect(lockstepRun(file, FIXTURE).status).toBe(1);
    expect(lockstepRun(file).status).toBe(0);
  }, 120_000);
});
