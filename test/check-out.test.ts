// `lockstep check --out`: every counterexample name (model × property, known before the search)
// taken by what a counterexample cannot replace — a folder, a pipe, a symbolic link to one — is
// refused before the search, exit 2, and left as it was; a write that still fails at the end (the
// folder changed under the run) comes after the report and its verdicts, the exit staying 1; a
// regular file of the name is replaced, and the report says so (src/check/check-command.ts,
// counterexample.ts). Pipes are made in temporary folders; the one real device, /dev/null, is
// only looked at, as an --out refused before anything is written.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { EXPLORATIONS } from '../src/check/scope.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';

/** The fixture's path (0000, Lock) is 5 steps of the exterior exploration (6 in its scenario, with the wait after it); the 913's others at depth 1. */
const DEPTH = EXPLORATIONS.filter((e) => e !== 'screened').map((e) => `${e}=${e === 'exterior' ? 5 : 1}`).join(',');
const CX = 'smartcode-913-S1.yaml';

function capture(): CheckIo & { lines: string[]; said: () => string } {
  const lines: string[] = [];
  return { lines, said: () => stripVTControlCharacters(lines.join('\n')), out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

/** keypad-reset-code on the 913, S1 failing in the exterior exploration; `onStart` runs as the
 * search begins, after the command's checks of --out. */
function checkBroken(out: string, io: CheckIo, onStart: () => void = () => {}): Promise<number> {
  const F = BROKEN_FIRMWARE['keypad-reset-code'];
  let started = false;
  return checkCommand(
    {
      model: 'smartcode-913',
      depth: DEPTH,
      out,
      jobs: '1',
      firmware: (m, fwIo) => {
        if (!started) onStart();
        started = true;
        return new F(m, fwIo);
      },
      firmwareName: 'keypad-reset-code',
    },
    io,
  );
}

describe('check --out', () => {
  // The rename went through the link and left a regular file where the pipe was.
  it('refuses before the search a counterexample name that is a symbolic link to a pipe, and leaves the pipe a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-check-out-'));
    const pipe = join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const out = join(dir, 'cx');
    mkdirSync(out);
    symlinkSync(pipe, join(out, CX));
    const io = capture();
    let searched = false;
    expect(await checkBroken(out, io, () => (searched = true))).toBe(2);
    expect(io.said()).toContain(`error: --out ${out}: a counterexample could not be written there: ${join(out, CX)} is not a regular file (a pipe, device or socket)`);
    expect(io.said()).toContain(`(it is a symbolic link to ${pipe})`);
    expect(searched).toBe(false);
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(lstatSync(join(out, CX)).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['cx', 'pipe']);
  });

  // It searched, then said only "a counterexample could not be written there (EISDIR)", exit 2.
  it('refuses before the search a counterexample name taken by a folder, naming it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-out-'));
    mkdirSync(join(out, CX));
    const io = capture();
    let searched = false;
    expect(await checkBroken(out, io, () => (searched = true))).toBe(2);
    expect(io.said()).toBe(`error: --out ${out}: a counterexample could not be written there: ${join(out, CX)} is a folder`);
    expect(searched).toBe(false);
  });

  // A link to nothing ran the search, then failed to write; a loop, or a folder of /proc, likewise.
  it('refuses before the search a name or folder that is a link into a missing folder, links that loop, or a folder of /proc', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-check-out-'));
    const out = join(dir, 'cx');
    mkdirSync(out);
    symlinkSync(join(dir, 'nowhere', CX), join(out, CX));
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    symlinkSync(join(dir, 'missing'), join(dir, 'to-missing'));
    for (const [to, why] of [
      [out, `a counterexample could not be written there: ${join(out, CX)} is a symbolic link to ${join(dir, 'nowhere', CX)}, whose folder ${join(dir, 'nowhere')} does not exist`],
      [join(dir, 'loop-a'), `counterexamples could not be written there: ${join(dir, 'loop-a')} is a symbolic link that loops`],
      [join(dir, 'to-missing'), `counterexamples could not be written there: ${join(dir, 'to-missing')} is a symbolic link to nothing`],
      ['/proc/self/fd', "counterexamples could not be written there: /proc/self/fd is on the kernel's proc file system, where files cannot be made"],
    ]) {
      const io = capture();
      let searched = false;
      expect(await checkBroken(to!, io, () => (searched = true))).toBe(2);
      expect(io.said()).toContain(`error: --out ${to}: ${why}`);
      expect(searched).toBe(false);
    }
  });

  // `--out /dev/null` was refused as "a file, not a folder"; a pipe likewise. /dev/null is only
  // looked at (stat): nothing is written to or made under it.
  it('refuses before the search an --out that is a device or a pipe, naming what it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-check-out-'));
    const pipe = join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    for (const [to, what] of [
      ['/dev/null', 'a device'],
      [pipe, 'a pipe'],
      [join(pipe, 'cx'), 'a pipe'],
    ]) {
      const io = capture();
      let searched = false;
      expect(await checkBroken(to, io, () => (searched = true))).toBe(2);
      const shown = to === join(pipe, 'cx') ? pipe : to;
      expect(io.said()).toBe(`error: --out ${to}: counterexamples could not be written there: ${shown} is ${what}, not a folder`);
      expect(searched).toBe(false);
    }
    expect(statSync(pipe).isFIFO()).toBe(true);
  });

  it('a write that fails at the end comes after the verdicts; the exit stays 1 and the error names the missing file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-out-'));
    const io = capture();
    // The name is free when the command checks it, and taken by a folder once the search runs.
    expect(await checkBroken(out, io, () => mkdirSync(join(out, CX)))).toBe(1);
    const said = io.said();
    expect(said).toMatch(/FAIL S1 +exterior, depth 5/);
    expect(said).toMatch(new RegExp(`counterexample NOT written to ${join(out, CX)} \\(6 steps: the search's 5, then 1 checking the property\\): EISDIR: .* is a folder.* — replay fails as it should`));
    expect(said).toContain('A property is violated');
    const last = io.lines[io.lines.length - 1];
    expect(stripVTControlCharacters(last)).toMatch(new RegExp(`^error: --out ${out}: the counterexample ${join(out, CX)} could not be written \\(EISDIR: .*\\); the property's failure above stands$`));
    expect(statSync(join(out, CX)).isDirectory()).toBe(true);
    expect(readdirSync(out)).toEqual([CX]);
  });

  it('replaces a regular file of the name and says so; --json marks the counterexample written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-out-'));
    writeFileSync(join(out, CX), 'an earlier run\n');
    const io = capture();
    expect(await checkBroken(out, io)).toBe(1);
    expect(io.said()).toContain(`counterexample: ${join(out, CX)} (6 steps: the search's 5, then 1 checking the property; replaced the file of that name) — replay fails as it should`);
    expect(readFileSync(join(out, CX), 'utf8')).toMatch(/^name: /m);
    const fresh = capture();
    const F = BROKEN_FIRMWARE['keypad-reset-code'];
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-check-out-'));
    expect(await checkCommand({ model: 'smartcode-913', depth: DEPTH, out: dir, jobs: '1', json: true, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: 'keypad-reset-code' }, fresh)).toBe(1);
    const s1 = JSON.parse(fresh.lines.join('\n')).models[0].properties.find((p: { id: string }) => p.id === 'S1');
    expect(s1.counterexample).toMatchObject({ file: join(dir, CX), written: true, replaced: false, reproduced: true });
  });
});
