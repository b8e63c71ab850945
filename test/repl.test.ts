// `lockstep repl` as a user runs it: commands piped on stdin (factory reset, snapshots, a
// recorded session replayed by `lockstep run`, bad commands, exit codes), and typed into a real
// terminal (tmux send-keys / capture-pane), not by calling functions.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Terminal, TMUX_AVAILABLE, TMUX_SKIP_NOTE } from './terminal.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { hashTrace, type TraceEntry } from '../src/sim/trace.ts';

const MODEL = 'smartcode-913';
const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

/** The S8 factory reset, door open so that handing can be learned afterwards. */
const FACTORY_RESET = ['open', 'pull', 'hold program', 'insert', 'wait 30s', 'release program', 'program', 'wait 10s'];

function lockstep(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: REPO_ROOT, env: colourlessEnv() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function repl(args: string[], lines: string[]) {
  return lockstep(['repl', ...args], lines.join('\n') + '\n');
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lockstep-repl-'));
}

/** The value on a `state` row, e.g. stateRow(out, 'codes') → "0". */
function stateRow(out: string, label: string): string | undefined {
  return new RegExp(`^  ${label} +(.+)$`, 'm').exec(out)?.[1].trim();
}

describe('lockstep repl, commands piped on stdin', () => {
  it('runs a factory reset, saves a snapshot and records a session that `lockstep run` passes', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'after-reset.json');
    const recorded = join(dir, 'session.yaml');
    const r = repl(['--model', MODEL, '--seed', '7'], [
      ...FACTORY_RESET,
      'state',
      'program',
      '2468',
      'lock',
      `save ${snapshot}`,
      `record ${recorded}`,
      'quit',
      'state', // after quit: never runs
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT_OK);
    // The lights and beeps of the reset, in order, with the status line after each command.
    expect(r.out).toMatch(/30\.000s {2}● red ×1\n.*♪ 1 beep\n.*▸ factory reset waiting for its last press/);
    expect(r.out).toMatch(/● green ×1\n.*♪ 2 beeps\n.*▸ factory reset done/);
    expect(r.out).toMatch(/▸ door handing learned \(handed right\)/);
    expect(r.out).toMatch(/\[t 40\.680s │ bolt retracted │ unlocked │ door open │ battery 6\.00 V │ mode idle\]/);
    // The state after the reset: no codes, no Mastercode, handing learned.
    expect(stateRow(r.out, 'codes')).toBe('0');
    expect(stateRow(r.out, 'handed')).toBe('right');
    expect(stateRow(r.out, 'Mastercode')).toBe('not set');
    expect(stateRow(r.out, 'lockout')).toBe('no');
    expect(r.out).toMatch(/▸ user code added/);
    expect(r.out.match(/^ {2}model /gm)).toHaveLength(1); // the `state` after quit did not run

    const scn = parse(readFileSync(recorded, 'utf8'));
    expect(scn).toMatchObject({ model: MODEL, seed: 7, given: { door: 'right', mastercode: 'none' } });
    expect(scn.steps.slice(0, 5)).toEqual([{ door: 'open' }, { battery: 'out' }, { hold: 'program' }, { battery: 'in' }, { wait: '30s' }]);
    expect(scn.steps.at(-1).expect).toMatchObject({ codes: 1, handed: 'right', mastercode: 'none', bolt: 'retracted' });
    const replay = lockstep(['run', recorded]);
    expect(replay.code).toBe(EXIT_OK);
    expect(replay.out).toMatch(/PASS/);

    // The snapshot continues where the session left off: the new code opens the lock.
    const resumed = join(dir, 'resumed.yaml');
    const r2 = repl(['--load', snapshot], ['state', 'close', 'lock', 'wait 2s', '2468', 'wait 2s', `record ${resumed}`]);
    expect(r2.code).toBe(EXIT_OK);
    expect(stateRow(r2.out, 'codes')).toBe('1');
    expect(r2.out).toMatch(/▸ unlocked \(at the keypad/);
    const resumedScn = parse(readFileSync(resumed, 'utf8'));
    expect(resumedScn.given).toEqual({ snapshot: 'after-reset.json' });
    expect(resumedScn).not.toHaveProperty('seed'); // the snapshot carries its own random streams
    expect(lockstep(['run', resumed]).code).toBe(EXIT_OK);

    // `load` inside a session switches to the saved twin.
    const r3 = repl(['--model', MODEL], ['state', `load ${snapshot}`, 'state']);
    expect(r3.code).toBe(EXIT_OK);
    expect(r3.out.match(/^ {2}codes +(\d+)$/gm)?.map((l) => l.split(/ +/).pop())).toEqual(['0', '1']);
  });

  it('shows codes disabled by the 955\'s menu (item 6, then 0) and records them as an expectation the replay checks', () => {
    const dir = tempDir();
    const recorded = join(dir, 'disabled.yaml');
    // The lock starts unhanded: the door open lets it learn its handing first.
    const r = repl(['--model', 'smartcode-955'], ['open', 'wait 10s', 'program', '6', 'lock', '0', 'lock', 'wait 2s', 'state', `record ${recorded}`]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toMatch(/▸ user codes disabled/);
    expect(stateRow(r.out, 'codes')).toBe('0, all disabled (key only)');
    const scn = parse(readFileSync(recorded, 'utf8'));
    expect(scn.steps.at(-1).expect).toMatchObject({ userCodes: 'disabled' });
    expect(lockstep(['run', recorded]).code).toBe(EXIT_OK);
  });

  it('types what a 916\'s SecureScreen shows with `shown`, records the digits it typed, and says when the screen shows none', () => {
    const dir = tempDir();
    const recorded = join(dir, 'shown.yaml');
    const r = repl(['--model', 'smartcode-916'], ['shown', 'switch 4 on', '9', 'shown', 'wait 2s', `record ${recorded}`]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err).toMatch(/error: the screen shows no digits now/); // before switch 4 is on: said, and the session goes on
    const shown = /SecureScreen lit \(showing (\d) (\d)\)/.exec(r.out)?.slice(1, 3).join('');
    expect(shown).toMatch(/^\d\d$/);
    expect(r.out).toContain(`› type ${shown}`);
    const scn = parse(readFileSync(recorded, 'utf8'));
    expect(scn.steps).toContainEqual({ type: shown });
    expect(lockstep(['run', recorded]).code).toBe(EXIT_OK);
  });

  it('refuses to record over the snapshot the session started from, which the record would replay from', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'start.json');
    expect(repl(['--model', MODEL], ['1357', `save ${snapshot}`]).code).toBe(EXIT_OK);
    const before = readFileSync(snapshot, 'utf8');
    for (const name of [snapshot, join(dir, '.', 'start.json')]) {
      const r = repl(['--load', snapshot], ['1357', `record ${name}`]);
      expect(r.code).toBe(EXIT_BAD_INPUT); // a line not accepted: piped, the session ends with 2
      expect(r.err).toContain(`cannot write ${name}: that is the snapshot the session started from`);
      expect(readFileSync(snapshot, 'utf8')).toBe(before);
    }
  });

  it('refuses to save through links that loop or into a missing folder, and writes through a link to a file not made yet', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    symlinkSync(join(dir, 'nowhere', 's.json'), join(dir, 'dangling.json'));
    symlinkSync('target.json', join(dir, 'later.json'));
    const r = repl(['--model', MODEL], [`save ${join(dir, 'loop-a')}`, `save ${join(dir, 'dangling.json')}`, `save ${join(dir, 'later.json')}`]);
    expect(r.err).toContain(`cannot write ${join(dir, 'loop-a')}: ${join(dir, 'loop-a')} is a symbolic link that loops`);
    expect(r.err).toContain(`whose folder ${join(dir, 'nowhere')} does not exist`);
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toContain('"model": "smartcode-913"');
  });

  it('names the start copy, not the record, when the copy beside the record cannot be written', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'start.json');
    expect(repl(['--model', MODEL], [`save ${snapshot}`]).code).toBe(EXIT_OK);
    mkdirSync(join(dir, 'rec.start.json')); // a folder where the copy of the changed start would go
    const r = repl(['--load', snapshot], ['1357', `save ${snapshot}`, `record ${join(dir, 'rec.yaml')}`]);
    expect(r.err).toContain(`cannot write ${join(dir, 'rec.start.json')} (EISDIR)`);
    expect(r.err).not.toContain(`cannot write ${join(dir, 'rec.yaml')}`);
  });

  it('names what is wrong with a bad command and goes on', () => {
    const r = repl(['--model', MODEL], ['frobnicate', 'hold', 'hold elbow', 'wait 30', 'switch 9 on', 'insert 12', 'thumbturn sideways', 'state']);
    expect(r.code).toBe(EXIT_BAD_INPUT); // once every line has run
    expect(r.err).toContain('unknown command "frobnicate" (type help');
    expect(r.err).toContain('missing key');
    expect(r.err).toContain('"elbow" is not a key');
    expect(r.err).toContain('duration "30" needs a unit');
    expect(r.err).toContain('switch number must be from 1 to 4, got "9"');
    expect(r.err).toContain('battery voltage must be a number from 0 to 7, got "12"');
    expect(r.err).toContain('thumbturn direction must be lock or unlock, got "sideways"');
    expect(stateRow(r.out, 'bolt')).toBe('retracted'); // the session went on
  });

  // `speed 0.000000000001` flooded TimeoutOverflowWarning and the wait ended at once.
  it('refuses a speed outside 0.01 to 1000 or not in decimal digits, and goes on', () => {
    const bad = ['0.000000000001', '0.009', '1001', '1e3', '0x10', 'Infinity', '-1'];
    const r = repl(['--model', MODEL], [...bad.map((n) => `speed ${n}`), 'speed 0.01', 'wait 2ms', 'speed 1000', 'state']);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    for (const n of bad) expect(r.err).toContain(`speed needs a factor from 0.01 to 1000 in decimal digits (1 = real time) or "instant", got "${n}"`);
    expect(r.out).toContain('waits now run at 0.01× real time');
    expect(r.out).toContain('waits now run at 1000× real time');
    expect(r.err).not.toMatch(/TimeoutOverflowWarning/);
  });

  // `speed off` and `speed 0` were taken as `speed instant` with neither the help nor the README saying so.
  it('takes speed off and speed 0 as instant, as the help and the README say', () => {
    const r = repl(['--model', MODEL], ['speed 1', 'speed off', 'speed 1', 'speed 0']);
    expect(r.out.match(/waits now run instantly/g)).toHaveLength(2);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('`speed off` and `speed 0` say the same');
    const help = repl(['--model', MODEL], ['help']);
    expect(help.out).toContain('speed instant (or off, or 0) = no pacing');
  });

  it('reads switch numbers and volts in decimal digits only, and echoes a bad one as typed', () => {
    const r = repl(['--model', MODEL], ['switch 1.0 on', 'switch 0x1 on', 'switch " 1" on', 'pull', 'insert 0x5', 'insert 4e0', 'insert 4.6', 'wait 1S', 'state']);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    for (const n of ['1.0', '0x1']) expect(r.err).toContain(`switch number must be from 1 to 4, got "${n}"`);
    for (const v of ['0x5', '4e0']) expect(r.err).toContain(`battery voltage must be a number from 0 to 7, got "${v}"`);
    expect(stateRow(r.out, 'battery')).toMatch(/4\.60 V/);
  });

  // The README's durations take "a space between them allowed", here and wherever one is given, and
  // a scenario's `wait: 5 s` runs; the REPL refused `wait 5 s` (unexpected "s").
  it('takes a duration with a space before its unit, as a scenario does', () => {
    const r = repl(['--model', MODEL], ['wait 5 s', 'hold program 5 s', 'wait 2 min', 'wait 1.5 s', 'wait 5 6s', 'state']);
    expect(r.code).toBe(EXIT_BAD_INPUT); // the one line of two durations
    expect(r.err).not.toContain('unexpected "s"');
    expect(r.err).not.toContain('unexpected "min"');
    expect(r.err).toContain('unexpected "6s" (usage: wait DURATION)'); // two durations are not one
    // 5 s, the 5 s hold and the pause after its release (0.28 s), 2 min, 1.5 s.
    expect(stateRow(r.out, 'time')).toBe('131.780 s');
  });

  it('says why a thrown bolt keeps the door where it is, and goes on', () => {
    const r = repl(['--model', MODEL], ['thumbturn lock', 'open', 'thumbturn unlock', 'open', 'thumbturn lock', 'close', 'state']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err).toContain('error: the bolt is thrown and holds the door shut: withdraw it first');
    expect(r.err).toContain('error: the bolt is thrown and the frame is in its way: withdraw it first');
    expect(stateRow(r.out, 'door')).toMatch(/, open,/); // opened once unlocked; not closed over the thrown bolt
  });

  it('says a key is already down or not down, and goes on', () => {
    const r = repl(['--model', MODEL], ['hold 1', 'hold 1', '1', 'release 2', 'release 1', 'release 1', 'state']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err.match(/error: key 1 is already held down: release it first/g)).toHaveLength(2);
    expect(r.err).toContain('error: key 2 is not held down: hold it first');
    expect(r.err).toContain('error: key 1 is not held down: hold it first');
  });

  it('says a model without a Reset button has none, and goes on', () => {
    const r = repl(['--model', MODEL], ['press reset', 'hold reset 5s', 'state']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err.match(/error: the SmartCode 913 has no Reset button: its factory reset is a hold of Program/g)).toHaveLength(2);
    const pb2 = repl(['--model', 'powerbolt-264'], ['press reset']);
    expect(pb2.err).not.toMatch(/no Reset button/);
  });

  it('says the pack is already in or already out, and goes on', () => {
    const r = repl(['--model', MODEL], ['insert 4.4', 'pull', 'pull', 'insert 4.4', 'state']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err).toContain('error: the battery pack is already in: pull it first');
    expect(r.err).toContain('error: the battery pack is already out: put it in first');
    expect(stateRow(r.out, 'battery')).toMatch(/4\.40 V/);
  });

  it('lists its commands with help', () => {
    const r = repl(['--model', MODEL], ['help']);
    expect(r.code).toBe(EXIT_OK);
    for (const cmd of ['hold KEY 5s', 'wait 30s', 'speed N', 'record FILE', 'switch N on|off']) expect(r.out).toContain(cmd);
  });

  it('exits 2 for an unknown model or an unreadable --load file', () => {
    const unknown = repl(['--model', 'smartcode-000'], ['state']);
    expect(unknown.code).toBe(EXIT_BAD_INPUT);
    expect(unknown.err).toMatch(/unknown model "smartcode-000" \(known: smartcode-913/);
    const missing = repl(['--load', join(tempDir(), 'nope.json')], ['state']);
    expect(missing.code).toBe(EXIT_BAD_INPUT);
    expect(missing.err).toMatch(/cannot read snapshot .*nope\.json/);
  });
});

describe('lockstep repl --json, for a program that drives the twin', () => {
  interface Line {
    kind: string;
    line?: number;
    command?: string;
    ch?: string;
    t?: number;
    v?: { type?: string };
    message?: string;
    state?: { locked: boolean; store: { codes: Record<string, string> }; t: number };
    commands?: { command: string; does: string }[];
  }
  function jsonRepl(lines: string[]) {
    const r = repl(['--model', MODEL, '--json'], lines);
    // Every line out is one object: no prompt, no echo, no colour.
    const all = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
    // The input's end is said last, with the exit the session gives; `objects` are those before it.
    expect(all.at(-1)).toMatchObject({ kind: 'end', exit: r.code });
    const objects = all.slice(0, -1);
    // `commandObjects`: ready, then what the command lines gave (the power-up entries, line 0, apart).
    return { ...r, objects, commandObjects: objects.filter((o) => !(o.kind === 'entry' && o.line === 0)) };
  }

  it('answers each command line with its trace entries as they happen and a `done` with the state', () => {
    const r = jsonRepl(['program', '1357', 'lock', 'wait 6s', 'lock', 'wait 3s', '1357', 'wait 3s']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err).toBe('');
    expect(r.objects[0]).toMatchObject({ kind: 'ready', model: MODEL, seed: 1, state: { locked: false, store: { codes: {} } } });
    const done = r.objects.filter((o) => o.kind === 'done');
    expect(done.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(done.map((o) => o.command)).toEqual(['program', '1357', 'lock', 'wait 6s', 'lock', 'wait 3s', '1357', 'wait 3s']);
    const events = (line: number) => r.objects.filter((o) => o.kind === 'entry' && o.line === line && o.ch === 'event').map((o) => o.v?.type);
    expect(events(3)).toContain('code-added');
    expect(done[2].state?.store.codes).toEqual({ 1: '1357' });
    expect(done[5].state?.locked).toBe(true);
    expect(events(8)).toContain('unlocked'); // the bolt finishes withdrawing during the wait
    expect(done[7].state?.locked).toBe(false);
    // Entries come before the `done` of their line, in trace order.
    const at = r.objects.findIndex((o) => o.kind === 'done' && o.line === 8);
    expect(r.objects.slice(0, at).filter((o) => o.kind === 'entry' && o.line === 8).length).toBeGreaterThan(0);
  });

  it('gives the power-up entries as line 0, so the entries hash as `lockstep run` hashes the recorded session; quit is acknowledged', () => {
    const file = join(tempDir(), 'session.yaml');
    const r = jsonRepl(['program', '1357', 'lock', 'wait 2s', `record ${file}`, 'quit']);
    expect(r.code).toBe(EXIT_OK);
    const first = r.objects.filter((o) => o.kind === 'entry' && o.line === 0);
    expect(first.map((o) => o.ch)).toEqual(['power', 'mode', 'led']);
    expect(r.objects.indexOf(first[0])).toBe(1); // right after ready
    expect(r.objects.at(-1)).toMatchObject({ kind: 'done', command: 'quit' });
    const entries = r.objects.filter((o) => o.kind === 'entry').map(({ t, ch, v }) => ({ t, ch, v })) as unknown as TraceEntry[];
    const replay = spawnSync(process.execPath, [BIN, 'run', '-q', file], { encoding: 'utf8', env: colourlessEnv() });
    expect(replay.status).toBe(0);
    expect(replay.stdout).toContain(`trace ${hashTrace(entries)}`);
  });

  it('says why a session could not start as an `error` object on stdout too, in place of ready, exit 2', () => {
    const r = repl(['--model', 'smartcode-000', '--json'], ['state']);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    const objects = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
    expect(objects).toHaveLength(1);
    expect(objects[0]).toMatchObject({ kind: 'error', line: 0, command: null });
    expect(objects[0].message).toMatch(/^--model: unknown model "smartcode-000"/);
    expect(r.err).toMatch(/error: --model: unknown model "smartcode-000"/);
  });

  it('reports a bad command as an `error` object naming it and goes on; help is data', () => {
    const r = jsonRepl(['frobnicate', 'wait 30', 'help', 'state']);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.commandObjects[1]).toEqual({ kind: 'error', line: 1, command: 'frobnicate', reason: 'unknown-command', message: 'unknown command "frobnicate" (type help for the list of commands)' });
    expect(r.commandObjects[2]).toMatchObject({ kind: 'error', line: 2, command: 'wait 30' });
    expect(r.commandObjects[2].message).toContain('duration "30" needs a unit');
    expect(r.commandObjects[3].kind).toBe('help');
    expect(r.commandObjects[3].commands?.map((c) => c.command)).toContain('wait 30s');
    expect(r.commandObjects[4]).toMatchObject({ kind: 'done', line: 4, command: 'state' });
  });

  it('answers `load` with what the session now drives as data: model, name, seed and snapshot, as `ready` gives them, its clock in the state', () => {
    const file = join(tempDir(), 'a-275.json');
    expect(repl(['--model', 'smartcode-275', '--seed', '7'], ['wait 5s', `save ${file}`]).code).toBe(EXIT_OK);
    const r = jsonRepl([`load ${file}`]);
    const ready = repl(['--load', file, '--json'], []).out.split('\n')[0]!;
    const { kind, ...started } = JSON.parse(ready) as Line & Record<string, unknown>;
    expect(kind).toBe('ready');
    expect(started).toMatchObject({ model: 'smartcode-275', name: 'SmartCode / Contemporary 275', seed: 7, from: file });
    const done = r.commandObjects[1] as Line & Record<string, unknown>;
    expect(done).toMatchObject({ kind: 'done', line: 1, command: `load ${file}`, message: `loaded ${file} (smartcode-275); record now starts from this snapshot` });
    // The same fields as a session started from the snapshot begins with, the state alike.
    expect({ model: done.model, name: done.name, seed: done.seed, from: done.from, state: done.state }).toEqual(started);
    expect(done.state?.t).toBe(5000);
  });

  it('answers `record` with what it wrote as data: the record, its steps, and the copy of a start snapshot changed since it was loaded', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'start.json');
    const fresh = jsonRepl(['1357', `record ${join(dir, 'fresh.yaml')}`]);
    expect(fresh.commandObjects.at(-1)).toMatchObject({ kind: 'done', line: 2, file: join(dir, 'fresh.yaml'), steps: 1, startCopy: null });
    const r = jsonRepl([`save ${snapshot}`, `load ${snapshot}`, '1357', 'wait 2s', `save ${snapshot}`, `record ${join(dir, 'rec.yaml')}`]);
    const done = r.commandObjects.at(-1) as Line & Record<string, unknown>;
    expect(done).toMatchObject({ kind: 'done', line: 6, file: join(dir, 'rec.yaml'), steps: 2, startCopy: join(dir, 'rec.start.json') });
    expect(done.message).toContain(`the start is kept in ${join(dir, 'rec.start.json')}`); // the words as before
    expect(JSON.parse(readFileSync(join(dir, 'rec.start.json'), 'utf8')).model).toBe(MODEL);
  });

  it('saves a snapshot with its message in the `done`', () => {
    const file = join(tempDir(), 'twin.json');
    const r = jsonRepl([`save ${file}`]);
    expect(r.commandObjects[1]).toMatchObject({ kind: 'done', line: 1, message: `saved the twin's state to ${file}` });
    expect(JSON.parse(readFileSync(file, 'utf8')).model).toBe(MODEL);
  });
});

// ---- in a real terminal -------------------------------------------------------------------

/** `speed 10` makes a 30 s wait take 3 s of real time: it must not come back sooner than this. */
const PACED_WAIT_MIN_MS = 2_000;
/** The LED row starts in red, the beep row in magenta (tmux may re-emit colours mid-row). */
const RED_LED = /\x1b\[[0-9;]*31m● red/;
const MAGENTA_BEEP = /\x1b\[[0-9;]*35m♪ 1 beep/;

describe('lockstep repl in a real terminal (tmux)', () => {
  it.skipIf(!TMUX_AVAILABLE)(`shows the lights, beeps and state as a person types${TMUX_SKIP_NOTE}`, async () => {
    // Colours on, whatever the test runner's environment says.
    const term = new Terminal(`env -u NO_COLOR FORCE_COLOR=1 node bin/lockstep.js repl --model ${MODEL}`);
    try {
      await term.waitFor(/^lockstep>\s*$/m);
      term.type('1234');
      await term.waitFor(/▸ wrong code \(at the keypad\)\n.*● red ×3\n.*♪ 3 beeps/);
      term.type('bogus');
      await term.waitFor(/error: unknown command "bogus"/);

      for (const line of ['open', 'pull', 'hold program', 'insert', 'speed 10']) term.type(line);
      await term.waitFor(/waits now run at 10× real time/);
      const sent = Date.now();
      term.type('wait 30s');
      const armed = await term.waitFor(/▸ factory reset waiting for its last press/);
      expect(Date.now() - sent).toBeGreaterThanOrEqual(PACED_WAIT_MIN_MS);
      expect(armed).toMatch(/31\.600s {2}● red ×1\n.*♪ 1 beep\n/);
      const coloured = term.screen(true);
      expect(coloured).toMatch(RED_LED);
      expect(coloured).toMatch(MAGENTA_BEEP);

      for (const line of ['release program', 'program', 'speed instant', 'wait 10s', 'state']) term.type(line);
      const screen = await term.waitFor(/^ {2}time +\d+\.\d+ s$/m);
      expect(screen).toMatch(/● green ×1\n.*♪ 2 beeps\n.*▸ factory reset done/);
      expect(screen).toMatch(/▸ door handing learned \(handed right\)/);
      expect(stateRow(screen, 'codes')).toBe('0');
      expect(stateRow(screen, 'handed')).toBe('right');
      expect(stateRow(screen, 'battery')).toBe('6.00 V');

      term.type('quit');
      expect(await term.exited()).toBe(true);
    } finally {
      term.kill();
    }
  });
});
