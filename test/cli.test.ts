// The command line as a user runs it: exit codes 0 / 1 / 2, positions in messages, JSON lines.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync, existsSync, lstatSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { BIN, colourlessEnv, lockstep } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { lockstepInProcess } from './in-process.ts';
import { Scalar } from 'yaml';
import { hashTrace } from '../src/sim/trace.ts';
import { describe as describeNode } from '../src/scenario/nodes.ts';

/** The user id (and group id) of nobody, to run a command as a user that is not root. */
const NOBODY = 65534;

function scenarioFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-cli-'));
  const file = join(dir, 'scn.yaml');
  writeFileSync(file, text);
  return file;
}

const PASSING = `name: S2 sample
model: smartcode-913
given: { mastercode: "86420" }
steps:
  - press: program
  - expect: { beeps: 3, mode: prog-auth }
`;

describe('lockstep CLI', () => {
  it('exits 0 when every expectation holds', () => {
    const r = lockstep('run', scenarioFile(PASSING));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PASS/);
    expect(r.out).toMatch(/press Program/);
  });

  it('exits 1 naming the failed expectation and what was observed', () => {
    const file = scenarioFile(PASSING.replace('beeps: 3', 'beeps: 2'));
    const r = lockstep('run', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}:6:`);
    expect(r.out).toMatch(/expected beeps 2, observed 3/);
  });

  it('exits 2 with file:line:col for a malformed file', () => {
    const file = scenarioFile(PASSING.replace('press: program', 'presss: program'));
    const r = lockstep('run', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:5:5`);
    expect(r.err).toMatch(/unknown step word "presss"/);
  });

  it.each([
    ['doctor', ['--symptom', 'forgot-one-code']],
    ['repl', []],
    ['decode', ['red']],
    ['check', []],
    ['practice-reset', []],
  ])('%s names --model when the model given is none of ours, exit 2', (command, rest) => {
    const r = lockstep(command, '--model', 'smartcode-000', ...rest);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: --model: unknown model "smartcode-000"');
  });

  it('exits 2 for an unknown model and for a missing file', () => {
    const unknown = scenarioFile(PASSING.replace('smartcode-913', 'smartcode-000'));
    const r = lockstep('run', unknown);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${unknown}:2:8: unknown model "smartcode-000"`);
    expect(lockstep('run', '/nonexistent/scenario.yaml').code).toBe(2);
  });

  it('writes the trace as JSON lines with --json', () => {
    const file = scenarioFile(PASSING);
    const r = lockstep('run', '--json', file);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.some((l) => l.ch === 'beep' && l.v.count === 3)).toBe(true);
    const entries = lines.slice(0, -1);
    expect(entries.every((l) => typeof l.t === 'number')).toBe(true);
    // The scenario's verdict closes its lines, with the trace hash of its entries.
    expect(lines.at(-1)).toEqual({ scenario: file, verdict: 'pass', trace: hashTrace(entries.map(({ t, ch, v }) => ({ t, ch, v }))) });
  });

  // The timeline began at the first step: the power-up, the mode and the status blink the twin
  // recorded at 0 s were in --json only, and a status the expect checked was never shown.
  it('prints the entries recorded at power-up, before the first step, as --json has them', () => {
    const file = scenarioFile(`name: a low pack
model: smartcode-913
given: { battery: 4.8, switches: { 1: on } }
steps:
  - wait: 7s
  - expect: { status: { color: red, every: 6s } }
`);
    const text = lockstep('run', file);
    expect(text.code).toBe(0);
    expect(text.out).toContain('0.000s  ⚡ power on');
    expect(text.out).toContain('0.000s  ○ status blinks red every 6 s');
    expect(text.out).not.toContain('mode idle');
    // With --modes, one timeline line for each trace entry --json writes, in its order.
    const entries = lockstep('run', '--json', file).out.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => 'ch' in l);
    const rows = lockstep('run', '--modes', file).out.split('\n').filter((l) => /^ +\d+\.\d{3}s  /.test(l) && !/ expect /.test(l));
    expect(rows).toHaveLength(entries.length);
    expect(rows.map((l) => Math.round(Number(l.trim().split('s ')[0]) * 1000))).toEqual(entries.map((e) => e.t));
    expect(rows[1]).toContain('mode idle');
  });

  it('ends a failing scenario\'s lines with its verdict and the first failed expectation, and says a refused file', () => {
    const failing = scenarioFile(PASSING.replace('beeps: 3', 'beeps: 4'));
    const unknown = scenarioFile(PASSING.replace('smartcode-913', 'smartcode-000'));
    const r = lockstep('run', '--json', failing, unknown);
    expect(r.code).toBe(2);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    const verdicts = lines.filter((l) => 'verdict' in l);
    expect(verdicts).toHaveLength(2);
    expect(verdicts[0]).toMatchObject({ scenario: failing, verdict: 'fail', failure: { file: failing, key: 'beeps', expected: '4', observed: '3' } });
    expect(verdicts[1]).toMatchObject({ scenario: unknown, verdict: 'refused' });
    expect(verdicts[1].message).toMatch(/unknown model "smartcode-000"/);
  });

  it('saves a snapshot that a scenario can start from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-'));
    const snap = join(dir, 'after.json');
    const first = join(dir, 'first.yaml');
    writeFileSync(first, `name: add a code\nmodel: smartcode-913\nseed: 42\nsteps:\n  - press: program\n  - type: "2468"\n  - press: lock\n  - expect: { codes: 1 }\n`);
    expect(lockstep('run', '--save-snapshot', snap, first).code).toBe(0);
    expect(existsSync(snap)).toBe(true);
    expect(JSON.parse(readFileSync(snap, 'utf8')).model).toBe('smartcode-913');
    const second = join(dir, 'second.yaml');
    writeFileSync(second, `name: from the snapshot\nmodel: smartcode-913\ngiven: { snapshot: after.json }\nsteps:\n  - type: "2468"\n  - wait: 2s\n  - expect: { codes: { 1: "2468" }, event: unlocked }\n`);
    const r = lockstep('run', second);
    expect(r.out + r.err).toMatch(/PASS/);
    expect(r.code).toBe(0);
    // The header names the seed the run uses: the snapshot's, not the default one.
    expect(r.out).toContain(`from the snapshot  (smartcode-913, seed 42, ${second})`);
  });

  it('--seed runs each scenario at that seed instead of its own; one that starts from a snapshot is refused, exit 2, as a seed beside a snapshot is everywhere, and the others still run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-seed-'));
    const scn = (seed: number) => `name: a code at seed ${seed}\nmodel: smartcode-913\nseed: ${seed}\ngiven: { codes: { 1: "2468" } }\nsteps:\n  - type: "2468"\n  - wait: 2s\n  - expect: { event: unlocked }\n`;
    const own = join(dir, 'own.yaml');
    const seven = join(dir, 'seven.yaml');
    writeFileSync(own, scn(1));
    writeFileSync(seven, scn(7));
    const hash = (r: { out: string }) => /trace ([0-9a-f]+)/.exec(r.out)?.[1];
    const atOwn = lockstep('run', own);
    const atSeven = lockstep('run', '--seed', '7', own);
    expect(atSeven.code).toBe(0);
    expect(atSeven.out).toContain(`(smartcode-913, seed 7, ${own})`);
    // The file's own seed: line, 7, runs the same: the same bounce drawn, the same trace.
    expect(hash(atSeven)).toBe(hash(lockstep('run', seven)));
    expect(hash(atSeven)).not.toBe(hash(atOwn));
    const bad = lockstep('run', '--seed', '1.5', own);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('error: --seed must be a whole number from 0 to 4294967295, got "1.5"');
    // From a snapshot: it runs with the snapshot's random streams whatever seed is asked for, so
    // --seed is refused at its `snapshot:`, in the words a `seed:` line beside one is refused in;
    // the other files still run.
    const snap = join(dir, 'snap.json');
    expect(lockstep('run', '--save-snapshot', snap, seven).code).toBe(0);
    const from = join(dir, 'from.yaml');
    writeFileSync(from, `name: from a snapshot\nmodel: smartcode-913\ngiven: { snapshot: snap.json }\nsteps:\n  - type: "2468"\n  - expect: { event: unlocked }\n`);
    expect(lockstep('run', from).code).toBe(0);
    const seeded = lockstep('run', '--seed', '3', from, own);
    expect(seeded.code).toBe(2);
    const refusal = `${from}:3:20: --seed cannot be given with a snapshot: the snapshot carries its own random streams (this scenario starts from one: run it without --seed)`;
    expect(stripVTControlCharacters(seeded.err)).toContain(`error: ${refusal}`);
    expect(stripVTControlCharacters(seeded.out)).toContain(`REFUSED ${refusal}`);
    expect(stripVTControlCharacters(seeded.out)).toContain(`PASS ${own}`);
    expect(stripVTControlCharacters(seeded.out)).toContain('1 passed, 0 failed, 1 refused');
    const both = join(dir, 'both.yaml');
    writeFileSync(both, `name: both\nmodel: smartcode-913\nseed: 4\ngiven: { snapshot: snap.json }\nsteps:\n  - wait: 1s\n`);
    const lined = lockstep('run', both);
    expect(lined.code).toBe(2);
    expect(stripVTControlCharacters(lined.err)).toContain(`error: ${both}:3:1: "seed" cannot be given with a snapshot: the snapshot carries its own random streams`);
  });

  it('repl refuses --seed with --load, exit 2, in the words run and a scenario refuse a seed beside a snapshot in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-repl-seed-'));
    const scn = join(dir, 'scn.yaml');
    writeFileSync(scn, `name: a code\nmodel: smartcode-913\nseed: 7\ngiven: { codes: { 1: "2468" } }\nsteps:\n  - wait: 1s\n`);
    const snap = join(dir, 'snap.json');
    expect(lockstep('run', '--save-snapshot', snap, scn).code).toBe(0);
    const r = spawnSync(process.execPath, [BIN, 'repl', '--load', snap, '--seed', '3'], { input: 'state\n', encoding: 'utf8', env: { ...colourlessEnv(), CI: 'true' } });
    expect(r.status).toBe(2);
    expect(stripVTControlCharacters(r.stderr)).toContain(`error: --seed cannot be given with a snapshot: the snapshot carries its own random streams (--load ${snap} is one: start the session without --seed)`);
    // No session started: nothing of the lock printed.
    expect(stripVTControlCharacters(r.stdout)).not.toContain('lockstep repl —');
    // Without --seed the snapshot loads, with the seed it carries.
    const plain = spawnSync(process.execPath, [BIN, 'repl', '--load', snap], { input: 'state\n', encoding: 'utf8', env: { ...colourlessEnv(), CI: 'true' } });
    expect(plain.status).toBe(0);
    expect(stripVTControlCharacters(plain.stdout)).toContain('seed 7');
  });

  it('saves, of a scenario that fails, the state at its failed expectation, as the README says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-fail-'));
    const snap = join(dir, 'at-failure.json');
    const file = join(dir, 'fails.yaml');
    writeFileSync(file, `name: fails\nmodel: smartcode-913\nsteps:\n  - press: program\n  - expect: { beeps: 9 }\n  - wait: 10s\n`);
    expect(lockstep('run', '--save-snapshot', snap, file).code).toBe(1);
    const saved = JSON.parse(readFileSync(snap, 'utf8')) as { sim: { now: number }; firmware: { mode: string } };
    // One press (400 ms), the 10 s wait after the failed expectation never run.
    expect(saved.sim.now).toBe(400);
    expect(saved.firmware.mode).toBe('prog-menu');
  });

  it('refuses a --save-snapshot it could not write before running anything, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-'));
    const file = scenarioFile(PASSING);
    for (const [to, why] of [
      [join(dir, 'missing', 'after.json'), `its folder ${join(dir, 'missing')} does not exist`],
      [dir, `${dir} is a folder`],
    ]) {
      const r = lockstep('run', '--save-snapshot', to!, file);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: --save-snapshot ${to}: cannot write there: ${why}`);
      expect(r.out).not.toMatch(/PASS/);
    }
    expect(readdirSync(dir)).toEqual([]); // nothing half-written left behind
  });

  // Each of these ran the scenario, then failed to write at the end (ENOENT, ELOOP, EACCES).
  it('refuses up front a link into a missing folder, links that loop, and a folder of /proc', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-'));
    const file = scenarioFile(PASSING);
    symlinkSync(join(dir, 'nowhere', 'x.json'), join(dir, 'dangling.json'));
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    for (const [to, why] of [
      [join(dir, 'dangling.json'), `${join(dir, 'dangling.json')} is a symbolic link to ${join(dir, 'nowhere', 'x.json')}, whose folder ${join(dir, 'nowhere')} does not exist`],
      [join(dir, 'loop-a'), `${join(dir, 'loop-a')} is a symbolic link that loops`],
      ['/proc/self/status', 'its folder /proc/self '],
    ]) {
      const r = lockstep('run', '--save-snapshot', to!, file);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: --save-snapshot ${to}: cannot write there: ${why}`);
      expect(r.out).not.toMatch(/PASS/);
    }
  });

  it('writes through a link to a file not made yet, and the link stays a link (as the README promises)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-'));
    symlinkSync('target.json', join(dir, 'link.json'));
    const r = lockstep('run', '--save-snapshot', join(dir, 'link.json'), scenarioFile(PASSING));
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8'))).toHaveProperty('model', 'smartcode-913');
  });

  // A writable file in a folder the user cannot write: the rename into place needs the folder.
  it('refuses a writable file in a folder it cannot write, before running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-'));
    chmodSync(dir, 0o755);
    const folder = join(dir, 'read-only');
    mkdirSync(folder);
    const to = join(folder, 'snap.json');
    writeFileSync(to, '{}');
    chmodSync(to, 0o666);
    chmodSync(folder, 0o555);
    const file = scenarioFile(PASSING);
    chmodSync(dirname(file), 0o755);
    chmodSync(file, 0o644);
    // root may write anywhere: run as nobody then.
    const asNobody = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    const r = spawnSync(process.execPath, [BIN, 'run', '--save-snapshot', to, file], { encoding: 'utf8', env: colourlessEnv(), ...asNobody });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`error: --save-snapshot ${to}: cannot write there: its folder ${folder} is not writable`);
    expect(r.stdout).not.toMatch(/PASS/);
  });

  it('refuses to save a snapshot over the scenario it runs, onto a pipe, with no name or for several files, before running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-'));
    const file = join(dir, 'scenario.yaml');
    writeFileSync(file, PASSING);
    symlinkSync(file, join(dir, 'alias.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const other = scenarioFile(PASSING);
    for (const [args, why] of [
      [['--save-snapshot', file, file], `cannot write there: that is the scenario ${file}, which the snapshot would overwrite`],
      [['--save-snapshot', file, join(dir, 'alias.yaml')], `cannot write there: that is the scenario ${join(dir, 'alias.yaml')}, which the snapshot would overwrite`],
      [['--save-snapshot', join(dir, 'pipe'), other], `cannot write there: ${join(dir, 'pipe')} is not a regular file (a pipe, device or socket)`],
      [['--save-snapshot', '', other], 'cannot write there: no file name given'],
      [['--save-snapshot', join(dir, 'out.json'), other, file], 'takes one scenario file, got 2'],
    ] as const) {
      const r = lockstep('run', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(why);
      expect(r.out).not.toMatch(/PASS/);
    }
    expect(readFileSync(file, 'utf8')).toBe(PASSING); // the scenario is as it was
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('writes a snapshot through a symbolic link, leaving the link a link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-snap-'));
    writeFileSync(join(dir, 'target.json'), '{}\n');
    symlinkSync('target.json', join(dir, 'link.json'));
    expect(lockstep('run', '--save-snapshot', join(dir, 'link.json'), scenarioFile(PASSING)).code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8')).model).toBe('smartcode-913');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'target.json']);
  });

  it('runs every file when one of them cannot be read, and exits 2 with the count in the summary', () => {
    const bad = scenarioFile(PASSING.replace('press: program', 'presss: program'));
    const failing = scenarioFile(PASSING.replace('beeps: 3', 'beeps: 2'));
    const r = lockstep('run', '--quiet', failing, bad, scenarioFile(PASSING));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown step word "presss"/);
    expect(r.out).toMatch(/FAIL .*expected beeps 2/);
    expect(r.out).toMatch(/PASS /);
    expect(r.out).toContain('1 passed, 1 failed, 1 refused (a file or step it cannot accept: exit 2)');
  });

  // A step refused mid-run left --quiet's stdout empty and the timeline without a verdict line,
  // while --json closed it with a refused verdict.
  it('closes a file refused mid-run with a REFUSED line on stdout, as PASS and FAIL close theirs', () => {
    const file = scenarioFile(`name: door opened over a thrown bolt
model: smartcode-913
given: { doorState: closed }
steps:
  - press: lock
  - wait: 2s
  - expect: { locked: true }
  - door: open
`);
    const reason = `${file}:8:5: door: open — the bolt is thrown and holds the door shut`;
    for (const opts of [[], ['--quiet']]) {
      const r = lockstep('run', ...opts, file);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: ${reason}`);
      const lines = r.out.trimEnd().split('\n');
      expect(lines.at(-1)!.startsWith(`REFUSED ${reason}`)).toBe(true);
      if (opts.length) expect(lines).toHaveLength(1);
      else expect(lines.at(-2)).toMatch(/✓ expect \{locked:true\}/);
    }
    const unreadable = lockstep('run', '--quiet', scenarioFile(PASSING.replace('press: program', 'presss: program')));
    expect(unreadable.out).toMatch(/^REFUSED .*:5:5: unknown step word "presss"/);
  });

  it('lists the models with their identifiers', () => {
    const r = lockstep('models', '--json');
    const models = JSON.parse(r.out) as Array<{ id: string; identifiers: string[] }>;
    expect(models.map((m) => m.id)).toEqual(expect.arrayContaining(['smartcode-913', 'smartcode-275']));
    expect(models.every((m) => m.identifiers.length > 0)).toBe(true);
  });

  it('lines the models and the claims up in columns, the longest id (powerbolt-92640-001) too', () => {
    const models = lockstep('models').out.split('\n').filter((l) => l && !l.startsWith(' '));
    expect(models).toHaveLength(13);
    const nameAt = new Set(models.map((l) => l.search(/ (?:SmartCode|Home Connect|Powerbolt)/)));
    expect([...nameAt]).toEqual(['powerbolt-92640-001'.length]);
    const lines = lockstep('claims').out.split('\n');
    // No line ends in padding (a claim's id used to be padded to four columns with nothing after it).
    for (const l of lines) expect(l, JSON.stringify(l)).toBe(l.trimEnd());
    const claims = lines.filter((l) => l.startsWith('     '));
    const fileAt = new Set(claims.map((l) => l.indexOf(' scenarios/')));
    expect(fileAt.size).toBe(1);
    expect(claims.some((l) => l.includes('powerbolt-92640-001 '))).toBe(true);
  });

  it('maps every seed claim to the scenarios that reproduce it', () => {
    const table = JSON.parse(lockstep('claims', '--json').out) as Array<{ claim: string; scenarios: unknown[] }>;
    expect(table).toHaveLength(25);
    expect(table.find((r) => r.claim === 'S8')!.scenarios.length).toBeGreaterThan(0);
  });

  it('prints help and exits 0; an unknown command exits 2', () => {
    const help = lockstep('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/run \[options\] <files\.\.\.>/);
    expect(lockstep('frobnicate').code).toBe(2);
  });

  it('exits 2 for options that contradict each other and for nothing to identify', async () => {
    for (const [argv, message] of [
      [['models', '--json', '--markdown'], "option '--json' cannot be used with option '--markdown'"],
      [['claims', '--markdown', '--json'], "option '--json' cannot be used with option '--markdown'"],
      [['identify', '  '], 'say what is printed on the lock or its box'],
    ] as const) {
      const r = await lockstepInProcess(argv);
      expect(r.code).toBe(2);
      expect(r.said).toContain(message);
    }
  });

  it('plays the story (the main job) and passes', () => {
    const r = lockstep('story');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/factory-reset/);
    expect(r.out).toMatch(/handing-learned/);
  });
});

describe('practice-reset says its exit codes', () => {
  // It exits 1 when left before the reset is done, which the README's table gives to a failed
  // expectation, and neither its paragraph nor --help said so.
  it('in --help and in the README, as the terminal tests see them', () => {
    const help = lockstep('practice-reset', '--help').out.replace(/\s+/g, ' ');
    expect(help).toContain('exit 0 once the lock has reset, 1 when left (q, Ctrl-C, Ctrl-D) before it has, 2 for a bad option or no terminal');
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const paragraph = readme.slice(readme.indexOf('**`lockstep practice-reset`**'), readme.indexOf('**`lockstep repl --model ID`**')).replace(/\s+/g, ' ');
    expect(paragraph).toContain('It exits 0 once the lock has reset, 1 when left (`q`, Ctrl-C or Ctrl-D) before it has, and 2 for a bad option or with no terminal');
    const piped = lockstep('practice-reset');
    expect(piped.code).toBe(2);
  });
});

describe('lockstep practice-reset --speed', () => {
  // Number() read these as speeds: a hex 16, a padded 5, a speed so small the tick never ends.
  it.each(['0x10', ' 5', '1e-300', '1e2', 'Infinity', '.5', '5.', '+2', '-1', ''])('refuses %j before it needs a terminal', (speed) => {
    const r = lockstep('practice-reset', '--speed', speed);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--speed must be a number above 0 and at most`);
  });
});

describe('words that name what every JavaScript object has', () => {
  // `key in TABLE` found these on Object.prototype: a TypeError, exit 3.
  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])('doctor --answers %s=x is an unknown question, exit 2', (word) => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'beeps-wont-unlock', '--answers', `${word}=x`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`unknown question "${word}"`);
    expect(r.err).not.toMatch(/internal error/);
  });
});

describe('decode: words that name what every JavaScript object has', () => {
  // `t in COLOR_WORDS` found Object.prototype.constructor: "you said: red ×function Object() { [native code] }".
  it.each(['red constructor', 'constructor red', 'red __proto__', 'red hasownproperty twice'])('reads %j as red with the rest ignored', (text) => {
    const r = lockstep('decode', text);
    expect(r.out).toMatch(/you said: red\b/);
    expect(r.out).not.toMatch(/function|native code|undefined|NaN/);
  });
});

describe('a reader that closes the pipe early', () => {
  /** Run lockstep with `closed` (its stdout or stderr) a pipe whose reader is already gone. */
  function withClosed(closed: 'stdout' | 'stderr', ...args: string[]): Promise<{ code: number | null; other: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: colourlessEnv() });
      child[closed].destroy();
      let other = '';
      child[closed === 'stdout' ? 'stderr' : 'stdout'].on('data', (d: Buffer) => (other += d.toString()));
      child.on('close', (code) => done({ code, other }));
    });
  }
  const FAILING = `name: fails\nmodel: smartcode-913\nsteps:\n  - press: program\n  - expect: { beeps: 7 }\n`;

  // It exited 0 for a failing scenario: `set -o pipefail; lockstep run failing.yaml | head -1` passed.
  it('keeps the exit code of a failing run when stdout is closed', async () => {
    const r = await withClosed('stdout', 'run', scenarioFile(FAILING));
    expect(r.code).toBe(1);
    expect(r.other).not.toMatch(/internal error|EPIPE/);
  });

  // It died of an uncaught EPIPE, exit 1, when stderr was the closed pipe.
  it('keeps the exit code of refused files when stderr is closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-pipe-'));
    const r = await withClosed('stderr', 'run', ...['a', 'b', 'c'].map((f) => join(dir, `${f}.yaml`)));
    expect(r.code).toBe(2);
  });

  it('exits 141 (a closed pipe) when nothing decided the code yet', async () => {
    const r = await withClosed('stdout', 'claims');
    expect(r.code).toBe(141);
    expect(r.other).toBe('');
  });
});

describe('input files that are not regular files, or too large', () => {
  const LIMIT_MS = 20_000;
  function run(...args: string[]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', env: colourlessEnv(), timeout: LIMIT_MS });
    return { code: r.status, err: r.stderr };
  }

  // A pipe (as /dev/zero, a device) was read without end: the command never returned.
  it('refuses a pipe as a scenario or as a snapshot, at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-input-'));
    const pipe = join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const scn = scenarioFile(`name: n\nmodel: smartcode-913\ngiven: { snapshot: ${pipe} }\nsteps:\n  - wait: 1s\n`);
    for (const [args, said] of [
      [['run', pipe], `error: ${pipe}:1:1: cannot read scenario file: not a regular file`],
      [['run', scn], `error: ${scn}:3:20: cannot read snapshot ${pipe}: not a regular file`],
      [['repl', '--load', pipe], `error: cannot read snapshot ${pipe}: not a regular file`],
      [['doctor', '--snapshot', pipe, '--json'], `cannot read snapshot ${pipe}: not a regular file`],
    ] as const) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(said);
    }
  });

  it('refuses a scenario above 5 MB and a snapshot above 1 MB, naming the cap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-input-'));
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `name: n\nmodel: smartcode-913\nsteps:\n${'  - wait: 1s\n'.repeat(500_000)}`);
    const r = run('run', big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`error: ${big}:1:1: cannot read scenario file: \\d+ bytes, more than a scenario file may be \\(5 MB\\)`));
    const snap = join(dir, 'big.json');
    writeFileSync(snap, `{${' '.repeat(1024 * 1024)}}`);
    const s = run('repl', '--load', snap);
    expect(s.code).toBe(2);
    expect(s.err).toContain(`cannot read snapshot ${snap}: 1048578 bytes, more than a snapshot may be (1 MB)`);
  });
});

describe('doctor --until-step', () => {
  // "" ran as 0 steps, and 0x2 as 2.
  it.each(['', '0x2', '1e1', ' 2', '-1', '2.0'])('refuses %j: a step count is decimal digits', (n) => {
    const r = lockstep('doctor', '--scenario', 'scenarios/smartcode-913/story-seed-recovery.yaml', '--until-step', n, '--json');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--until-step wants a step count in decimal digits, got "${n}"`);
  });
});

describe('lockstep run: options that would ignore one another', () => {
  // --json --quiet dropped --quiet; --quiet --modes dropped --modes.
  it.each([
    [['--json', '--quiet'], "option '--json' cannot be used with option '-q, --quiet'"],
    [['--quiet', '--modes'], "option '-q, --quiet' cannot be used with option '--modes'"],
    [['--json', '--modes'], "option '--json' cannot be used with option '--modes'"],
  ])('refuses %j, exit 2', (opts, said) => {
    const r = lockstep('run', ...opts, scenarioFile(PASSING));
    expect(r.code).toBe(2);
    expect(r.err).toContain(said);
    expect(r.out).toBe('');
  });
});

describe('small things said right', () => {
  // It printed the whole help, exit 2, without naming "nope".
  it('says which command `help` does not know', () => {
    const r = lockstep('help', 'nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: unknown command "nope"');
    expect(r.out).toBe('');
    expect(lockstep('help', 'run').out).toContain('Usage: lockstep run');
  });

  // A scenario may start with a byte-order mark; a snapshot with one was refused.
  it('reads a snapshot that starts with a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-bom-'));
    const snap = join(dir, 'snap.json');
    expect(lockstep('run', '--save-snapshot', snap, scenarioFile(PASSING)).code).toBe(0);
    writeFileSync(snap, '\uFEFF' + readFileSync(snap, 'utf8'));
    const next = scenarioFile(`name: from a snapshot\nmodel: smartcode-913\ngiven: { snapshot: ${snap} }\nsteps:\n  - wait: 1s\n`);
    const r = lockstep('run', next);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  // The parser's quote of the text kept its raw line break: the error ran over two lines.
  it('keeps a snapshot JSON error on one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-bom-'));
    const snap = join(dir, 'bad.json');
    writeFileSync(snap, 'nope\nmore');
    const r = lockstep('repl', '--load', snap);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toEqual([`error: snapshot ${snap}: line 1, column 2: Unexpected token 'o', "nope\\nmore" is not valid JSON`]);
  });

  it('names binary data as such, and an object with "an"', () => {
    const r = lockstep('run', scenarioFile('name: n\nmodel: smartcode-913\nsteps:\n  - wait: !!binary aGVsbG8=\n'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('wait must be a duration such as 500ms, 30s or 2min, got binary data (!!binary)');
    expect(describeNode(new Scalar(new Date(0)))).toBe('an object');
  });
});

describe('file names that are not valid UTF-8', () => {
  /** Run lockstep through bash, so that a name's raw bytes reach it (`$'\\xff'`). */
  function viaShell(args: string): { code: number | null; err: string } {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args}`], { encoding: 'utf8', env: colourlessEnv() });
    return { code: r.status, err: r.stderr };
  }
  const NOT_UTF8 = 'the name is not valid UTF-8';

  // Reading one said ENOENT; writing one made a file of another name (U+FFFD in it).
  it('says so for a scenario to read and a snapshot to write, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-name-'));
    writeFileSync(Buffer.from(`${dir}/bad\xff.yaml`, 'latin1'), PASSING);
    const read = viaShell(`run $'${dir}/bad\\xff.yaml'`);
    expect(read.code).toBe(2);
    expect(read.err).toContain(`cannot read scenario file: ${NOT_UTF8}`);
    const write = viaShell(`run --save-snapshot $'${dir}/snap\\xfe.json' ${scenarioFile(PASSING)}`);
    expect(write.code).toBe(2);
    expect(write.err).toContain(`cannot write there: ${NOT_UTF8}`);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
