// An exploration stops once every property it checks has failed (src/check/explore.ts): nothing is
// left to search for. It said `truncated: null` and `completeDepth` its depth bound, so `--json`
// gave `complete: true` and the report's depth column looked like a search ended early for want of
// new states. On a Mastercode-family lock whose Program skips the Mastercode with the exterior
// unplugged (seed S2/S3), the admin-gate exploration, which checks S2/S3 alone, fails it at depth 5
// of its default 8 and stops there.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { explore, explorationsOf, propertiesOf } from '../src/check/explore.ts';
import { defaultScope } from '../src/check/scope.ts';
import { findModel } from '../src/models/index.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';

const MODEL = 'smartcode-913';
const FIXTURE = 'unplugged-program-skips-mastercode';
/** The cable out, Program, the cable in, a code typed whole, Lock. */
const FAILED_AT = 5;
/** The admin-gate exploration's depth here: past the violation, so that the stop is early. */
const ADMIN_GATE_DEPTH = 8;

function capture(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

describe('an exploration stopped because every property it checks failed says so', () => {
  const model = findModel(MODEL)!;
  const F = BROKEN_FIRMWARE[FIXTURE];
  const firmware = (m: typeof model, fwIo: ConstructorParameters<typeof F>[1]) => new F(m, fwIo);

  it(`${FIXTURE} on ${MODEL}: admin-gate stops at depth ${FAILED_AT} of ${ADMIN_GATE_DEPTH}, truncated "failed", complete to ${FAILED_AT}`, () => {
    expect(propertiesOf(model, 'admin-gate')).toEqual(['S2/S3']);
    const scope = defaultScope(model);
    const r = explore(model, { ...scope, depth: { ...scope.depth, 'admin-gate': ADMIN_GATE_DEPTH } }, 'admin-gate', { firmware });
    expect(r.found.map((f) => f.violation.property)).toEqual(['S2/S3']);
    expect(r.maxDepth).toBe(FAILED_AT);
    expect(r.truncated).toBe('failed');
    expect(r.completeDepth).toBe(FAILED_AT);
  });

  it('the standard firmware, which fails nothing, is searched to the depth: not "failed"', () => {
    const scope = defaultScope(model);
    const r = explore(model, { ...scope, depth: { ...scope.depth, 'admin-gate': FAILED_AT } }, 'admin-gate');
    expect(r.found).toEqual([]);
    expect(r.truncated).toBe('depth');
    expect(r.completeDepth).toBe(FAILED_AT);
  });

  it('--json gives complete: false and the exploration\'s truncated and completeDepth; the text report says why it stopped', async () => {
    const depth = explorationsOf(model).map((e) => `${e}=${e === 'admin-gate' ? ADMIN_GATE_DEPTH : 1}`).join(',');
    const out = mkdtempSync(join(tmpdir(), 'lockstep-all-failed-'));
    const json = capture();
    expect(await checkCommand({ model: MODEL, depth, out, jobs: '1', json: true, firmware, firmwareName: FIXTURE }, json)).toBe(1);
    const report = JSON.parse(json.lines.join('\n'));
    expect(report.ok).toBe(false);
    expect(report.complete).toBe(false);
    const gate = report.models[0].explorations.find((e: { name: string }) => e.name === 'admin-gate');
    expect(gate).toMatchObject({ depthBound: ADMIN_GATE_DEPTH, maxDepth: FAILED_AT, truncated: 'failed', completeDepth: FAILED_AT });
    const text = capture();
    expect(await checkCommand({ model: MODEL, depth, out, jobs: '1', firmware, firmwareName: FIXTURE }, text)).toBe(1);
    const said = stripVTControlCharacters(text.lines.join('\n'));
    expect(said).toMatch(new RegExp(`admin-gate +${FAILED_AT}/${ADMIN_GATE_DEPTH} failed `));
    expect(said).toContain(`admin-gate stopped at depth ${FAILED_AT} of ${ADMIN_GATE_DEPTH}: every property it checks (S2/S3) had failed, so it searched no deeper`);
  }, 60_000);
});
