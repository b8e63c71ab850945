// A counterexample an earlier `lockstep check` wrote under --out (src/check/counterexample.ts) for
// a property that holds now: the run left it there, and a user replayed a scenario no run stood
// behind. Now lockstep's own file (its generated header, for that model and property), still
// matching the digest it carries, whose scenario passes on the firmware checked is removed, and
// the report says so; one whose scenario still fails is kept — said as what is known, whether
// this run's scope covered its path or not — as is one edited since it was written or carrying no digest, anything lockstep did not
// write, or a symbolic link — each reported, nothing of the user's touched. Seed S2/S3: the 913 whose
// Program skips the Mastercode with the exterior unplugged (5 steps in the admin-gate exploration).
import { describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckCommandOptions, type CheckIo } from '../src/check/check-command.ts';
import { explorationsOf } from '../src/check/explore.ts';
import { findModel } from '../src/models/index.ts';
import { withDigest } from '../src/check/counterexample-digest.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';

const MODEL = 'smartcode-913';
const FIXTURE = 'unplugged-program-skips-mastercode';
/** Deep enough for the admin-gate exploration's 5-step violation; one step short of it. */
const CAUGHT_DEPTH = 5;
const MISSED_DEPTH = 4;
const USER_TEXT = '# my notes on S1, not a counterexample\n';
const NOTE = '# seen on the bench, 3 times out of 5\n';

function capture(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

/** Every exploration at depth 1 but admin-gate, at `adminGate`. */
function depthWith(adminGate: number): string {
  return explorationsOf(findModel(MODEL)!)
    .map((e) => `${e}=${e === 'admin-gate' ? adminGate : 1}`)
    .join(',');
}

const F = BROKEN_FIRMWARE[FIXTURE];
const broken: Pick<CheckCommandOptions, 'firmware' | 'firmwareName'> = { firmware: (m, fwIo) => new F(m, fwIo), firmwareName: FIXTURE };

async function check(out: string, adminGate: number, more: Partial<CheckCommandOptions> = {}): Promise<{ code: number; text: string }> {
  const io = capture();
  const code = await checkCommand({ model: MODEL, depth: depthWith(adminGate), out, jobs: '1', ...more }, io);
  return { code, text: stripVTControlCharacters(io.lines.join('\n')) };
}

describe('check and the counterexamples an earlier run left under --out', () => {
  it("removes lockstep's own counterexample of a property that now holds, whose scenario passes, and says so; leaves a file of the user's at a counterexample's name, and says so", async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-earlier-'));
    const s2 = join(out, `${MODEL}-S2-S3.yaml`);
    const s1 = join(out, `${MODEL}-S1.yaml`);
    expect((await check(out, CAUGHT_DEPTH, broken)).code).toBe(1);
    expect(existsSync(s2)).toBe(true);
    writeFileSync(s1, USER_TEXT);

    const fixed = await check(out, CAUGHT_DEPTH);
    expect(fixed.code).toBe(0);
    expect(existsSync(s2)).toBe(false);
    expect(fixed.text).toContain(`removed ${s2}: a counterexample lockstep wrote before; S2/S3 holds now and its scenario passes`);
    expect(readFileSync(s1, 'utf8')).toBe(USER_TEXT);
    expect(fixed.text).toContain(`kept ${s1}: not a counterexample lockstep wrote for ${MODEL} and S1; left as it is`);

    const json = capture();
    expect(await checkCommand({ model: MODEL, depth: depthWith(CAUGHT_DEPTH), out, jobs: '1', json: true }, json)).toBe(0);
    const props = JSON.parse(json.lines.join('\n')).models[0].properties;
    expect(props.find((p: { id: string }) => p.id === 'S1').earlierCounterexample).toMatchObject({ file: s1, removed: false });
    expect(props.find((p: { id: string }) => p.id === 'S2/S3').earlierCounterexample).toBeUndefined();
  }, 60_000);

  it("keeps lockstep's own counterexample that a person has edited since (a note added), though its scenario passes, and says so; removes the same file untouched", async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-earlier-'));
    const s2 = join(out, `${MODEL}-S2-S3.yaml`);
    expect((await check(out, CAUGHT_DEPTH, broken)).code).toBe(1);
    const edited = readFileSync(s2, 'utf8') + NOTE;
    writeFileSync(s2, edited);
    const fixed = await check(out, CAUGHT_DEPTH);
    expect(fixed.code).toBe(0);
    expect(readFileSync(s2, 'utf8')).toBe(edited);
    expect(fixed.text).toContain(`kept ${s2}: a counterexample lockstep wrote before, edited since (it no longer matches the digest lockstep recorded in it); left as it is`);

    expect((await check(out, CAUGHT_DEPTH, broken)).code).toBe(1);
    const again = await check(out, CAUGHT_DEPTH);
    expect(existsSync(s2)).toBe(false);
    expect(again.text).toContain(`removed ${s2}: a counterexample lockstep wrote before; S2/S3 holds now and its scenario passes`);
  }, 60_000);

  it("keeps lockstep's own counterexample that carries no digest (its digest line taken out), and says so", async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-earlier-'));
    const s2 = join(out, `${MODEL}-S2-S3.yaml`);
    expect((await check(out, CAUGHT_DEPTH, broken)).code).toBe(1);
    const lines = readFileSync(s2, 'utf8').split('\n');
    const undigested = [lines[0], ...lines.slice(2)].join('\n');
    writeFileSync(s2, undigested);
    const fixed = await check(out, CAUGHT_DEPTH);
    expect(fixed.code).toBe(0);
    expect(readFileSync(s2, 'utf8')).toBe(undigested);
    expect(fixed.text).toContain(`kept ${s2}: a counterexample lockstep wrote before, but it carries no digest of what was written, so it cannot be told unedited; left as it is`);
  }, 60_000);

  it('keeps a counterexample whose scenario still fails on the firmware checked (a violation beyond this run\'s depth), and says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-earlier-'));
    const s2 = join(out, `${MODEL}-S2-S3.yaml`);
    expect((await check(out, CAUGHT_DEPTH, broken)).code).toBe(1);
    const written = readFileSync(s2, 'utf8');
    const shallow = await check(out, MISSED_DEPTH, broken);
    expect(shallow.code).toBe(0);
    expect(readFileSync(s2, 'utf8')).toBe(written);
    expect(shallow.text).toContain(
      `kept ${s2}: a counterexample lockstep wrote before; S2/S3 was not violated within this run's scope, which does not cover the file's path ` +
        `(5 steps of the admin-gate exploration; this run searched it completely to depth 4), yet its scenario still fails on ${FIXTURE}; ` +
        `left as it is — replay it with \`lockstep run ${s2}\` to see why`,
    );
    expect(shallow.text).not.toContain("past this run's scope");
  }, 60_000);

  // The report said "past this run's scope" of every such file, a guess: where the run searched
  // the file's whole path and the property held, the violation is not past the scope — the
  // scenario fails for a reason the property does not judge (as an S18 counterexample's closing
  // expect once did on a firmware that never reset). The file's header now records the depth
  // its path was found at, and the report says which case it is.
  it('says so where the run covered the path of a counterexample whose scenario still fails: not past the scope', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-earlier-'));
    const s2 = join(out, `${MODEL}-S2-S3.yaml`);
    expect((await check(out, CAUGHT_DEPTH, broken)).code).toBe(1);
    const lines = readFileSync(s2, 'utf8').split('\n');
    expect(lines).toContain(`# Exploration "admin-gate" on ${FIXTURE}; scope: digits {0,1,2,3,4,5,6,7,8,9}, 4-digit codes, depth ${CAUGHT_DEPTH}; found at depth 5.`);
    // A closing expect that fails on any firmware, as lockstep would have written it (its digest redone).
    const atFault = withDigest([lines[0], ...lines.slice(2, -2), '  - expect: { codes: { 30: "9999" } }']);
    writeFileSync(s2, atFault);
    const ours = await check(out, CAUGHT_DEPTH);
    expect(ours.code).toBe(0);
    expect(readFileSync(s2, 'utf8')).toBe(atFault);
    expect(ours.text).toContain(
      `kept ${s2}: a counterexample lockstep wrote before; S2/S3 was not violated within this run's scope, which covers the file's path ` +
        `(5 steps of the admin-gate exploration, searched completely to depth ${CAUGHT_DEPTH}), yet its scenario still fails on the standard firmware: ` +
        `not a violation past the scope — the scenario fails for a reason the property does not judge; left as it is — replay it with \`lockstep run ${s2}\` to see why`,
    );
    // A file that does not record its path's depth (written before the header did): not known.
    const unrecorded = withDigest([lines[0], ...lines.slice(2, -2).map((l) => l.replace(/; found at depth \d+\.$/, '.')), '  - expect: { codes: { 30: "9999" } }']);
    writeFileSync(s2, unrecorded);
    const again = await check(out, CAUGHT_DEPTH);
    expect(again.text).toContain(
      `kept ${s2}: a counterexample lockstep wrote before; S2/S3 was not violated within this run's scope, yet its scenario still fails on the standard firmware ` +
        `(the file does not record the depth its path was found at, so whether this run covered it is not known); left as it is — replay it with \`lockstep run ${s2}\` to see why`,
    );
  }, 60_000);

  it('leaves a symbolic link at a counterexample\'s name, and its target, whatever they hold', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-earlier-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'lockstep-earlier-target-'));
    const s2 = join(out, `${MODEL}-S2-S3.yaml`);
    const target = join(elsewhere, 'kept.yaml');
    expect((await check(elsewhere, CAUGHT_DEPTH, broken)).code).toBe(1);
    writeFileSync(target, readFileSync(join(elsewhere, `${MODEL}-S2-S3.yaml`), 'utf8'));
    symlinkSync(target, s2);
    const fixed = await check(out, CAUGHT_DEPTH);
    expect(fixed.code).toBe(0);
    expect(lstatSync(s2).isSymbolicLink()).toBe(true);
    expect(existsSync(target)).toBe(true);
    expect(fixed.text).toContain(`kept ${s2}: a symbolic link; left as it is`);
  }, 60_000);
});
