// lockstep as a library (src/index.ts, README "Use it from code"): the package is built as
// `npm run build:lib` builds it, installed into a consumer project by its name, and used from
// plain Node.js — no TypeScript loader — by the shipped example (examples/drive-a-twin.mjs) and
// by the README's example as written; its type declarations are checked from a TypeScript
// consumer, and a consumer with a wrong action must fail that check (the declarations are real
// types, not `any`). Then the library's own words: `perform` on a sequence a model cannot do,
// and a sequence the lock refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';
import { readmeAfter } from './readme-text.ts';
import { ActionError, Twin, addCodeSequence, checkAction, codeEntryActions, deleteCodeSequence, perform, setAdminSequence, UnavailableSequenceError, findModel } from '../src/index.ts';

const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const EXAMPLE = join(REPO_ROOT, 'examples', 'drive-a-twin.mjs');
/** tsc on the whole library, twice (build, then the consumers' checks), on a 2-core machine. */
const BUILD_TIMEOUT_MS = 120_000;
/** How long before or after the build a source is made to have changed, in s (file times set, not waited for). */
const CHANGED_AROUND_S = 60;

let root = '';
let consumer = '';

function run(cmd: string, args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A consumer project's TypeScript check of `source` against the installed declarations. */
function typeCheck(source: string): { code: number | null; out: string } {
  writeFileSync(join(consumer, 'consumer.ts'), source);
  const r = run(process.execPath, [TSC, '-p', 'tsconfig.json'], consumer);
  return { code: r.code, out: r.out + r.err };
}

/** The consumer's source, its lines joined, type-checks with no error. */
function expectTypeChecks(lines: string[]): void {
  const ok = typeCheck(lines.join('\n'));
  expect(ok.out).toBe('');
  expect(ok.code).toBe(0);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lockstep-library-'));
  const pkg = join(root, 'package');
  consumer = join(root, 'consumer');
  mkdirSync(pkg);
  mkdirSync(join(consumer, 'node_modules'), { recursive: true });
  const built = run(process.execPath, [TSC, '-p', join(REPO_ROOT, 'tsconfig.lib.json'), '--outDir', join(pkg, 'dist')], REPO_ROOT);
  if (built.code !== 0) throw new Error(`npm run build:lib failed:\n${built.out}${built.err}`);
  copyFileSync(join(REPO_ROOT, 'package.json'), join(pkg, 'package.json'));
  // The package's own dependencies (yaml, zod …), as an install would give it.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  symlinkSync(pkg, join(consumer, 'node_modules', 'lockstep'), 'dir');
  symlinkSync(join(REPO_ROOT, 'node_modules', '@types'), join(consumer, 'node_modules', '@types'), 'dir');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'] }, files: ['consumer.ts'] }),
  );
  copyFileSync(EXAMPLE, join(consumer, 'drive-a-twin.mjs'));
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the built package, used by its name', () => {
  it('runs the shipped example on plain Node.js: a code added by the manual sequence opens the locked door, three wrong codes lock the keypad, a snapshot carries the lock over', () => {
    const r = run(process.execPath, ['drive-a-twin.mjs'], consumer);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const by = Object.fromEntries(lines.map((l) => [l.what, l]));
    expect(by['programming code set']).toMatchObject({ ok: true });
    expect(by['code added']).toMatchObject({ ok: true, events: expect.arrayContaining([{ type: 'code-added', slot: 1, source: 'keypad' }]) });
    expect(by['locked from outside']).toMatchObject({ bolt: 'extended' });
    expect(by['code typed']).toMatchObject({ bolt: 'retracted', events: [{ type: 'unlocked', source: 'keypad', slot: 1 }] });
    expect(by['after three wrong codes']).toMatchObject({ lockedOut: true });
    expect(by['restored, lockout over, code typed']).toMatchObject({ bolt: 'retracted', events: [{ type: 'unlocked', source: 'keypad', slot: 1 }] });
  });

  it("runs the README's example as written: the code added by the manual's sequence opens the door locked from outside", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use it from code'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toBeDefined();
    const report = "\nconsole.log(JSON.stringify({ ok: added.ok, bolt: lockState(twin).bolt, events: twin.trace.entries.filter((e) => e.ch === 'event').map((e) => e.v) }));\n";
    writeFileSync(join(consumer, 'readme-example.mjs'), code + report);
    const r = run(process.execPath, ['readme-example.mjs'], consumer);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, bolt: 'retracted', events: [{ type: 'programming-opened', source: 'program-button' }, { type: 'code-added', slot: 1 }, { type: 'locked', source: 'lock-button' }, { type: 'unlocked', source: 'keypad', slot: 1 }] });
  });

  it('ships type declarations a TypeScript consumer checks against', () => {
    expectTypeChecks([
      "import { Twin, lockState, type Action, type LockState } from 'lockstep';",
      "const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });",
      "const act: Action = { do: 'type', digits: '1234' };",
      'twin.apply(act);',
      "const bolt: LockState['bolt'] = lockState(twin).bolt;",
      'console.log(bolt);',
    ]);
  }, BUILD_TIMEOUT_MS);

  it('and the declarations catch a wrong action (a key no lock has)', () => {
    const bad = typeCheck(["import { Twin } from 'lockstep';", "Twin.create('smartcode-913').apply({ do: 'press', key: 'banana' });"].join('\n'));
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/consumer\.ts\(2,\d+\): error TS\d+:.*banana/);
  }, BUILD_TIMEOUT_MS);

  it('narrows a trace entry by its channel: an event entry holds a LockEvent, a power entry its word', () => {
    expectTypeChecks([
      "import { Twin, type LockEvent, type PowerEntry, type TraceEntry } from 'lockstep';",
      "const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });",
      "twin.apply({ do: 'type', digits: '1234' });",
      'const events: LockEvent[] = [];',
      "for (const e of twin.trace.entries) if (e.ch === 'event') events.push(e.v);",
      "const power: PowerEntry[] = twin.trace.entries.flatMap((e: TraceEntry) => (e.ch === 'power' ? [e.v] : []));",
      'console.log(events.map((ev) => ev.slot), power);',
    ]);
    const bad = typeCheck(["import { Twin } from 'lockstep';", "for (const e of Twin.create('smartcode-913').trace.entries) if (e.ch === 'event') { const n: number = e.v.type; console.log(n); }"].join('\n'));
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/consumer\.ts\(2,\d+\): error TS2322: Type '[^']*' is not assignable to type 'number'/);
  }, BUILD_TIMEOUT_MS);

  it("types an event's source and handing as the words the firmware emits, so a consumer's switch over them is checked", () => {
    expectTypeChecks([
      "import { Twin, type LockEvent } from 'lockstep';",
      "function who(ev: LockEvent): string {",
      "  const hand: 'none' | 'left' | 'right' | undefined = ev.handed;",
      "  switch (ev.source) {",
      "    case 'keypad': case 'lock-button': case 'manual': case 'auto-lock': case 'remote': case 'program-button': return ev.source;",
      "    case undefined: return hand ?? 'no source';",
      "    default: { const never: never = ev.source; return never; }",
      "  }",
      "}",
      "for (const e of Twin.create('smartcode-913').trace.entries) if (e.ch === 'event') console.log(who(e.v));",
    ]);
    const bad = typeCheck(
      [
        "import { Twin } from 'lockstep';",
        "for (const e of Twin.create('smartcode-913').trace.entries) if (e.ch === 'event') switch (e.v.source) { case 'keypads': break; }",
        "for (const e of Twin.create('smartcode-913').trace.entries) if (e.ch === 'event' && e.v.handed === 'up') console.log(e);",
      ].join('\n'),
    );
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/consumer\.ts\(2,\d+\): error TS\d+:.*keypads/);
    expect(bad.out).toMatch(/consumer\.ts\(3,\d+\): error TS\d+:.*up/);
  }, BUILD_TIMEOUT_MS);

  it('names the types its functions take and give: a sequence step of your own, a scenario step report, the checker options', () => {
    expectTypeChecks([
      "import { Twin, perform, runScenario, parseScenario, type CheckOptions, type EventSource, type EventType, type Expectation, type FwMode, type Handing, type Learned, type ProcedureStep, type StepFailure, type StepReport } from 'lockstep';",
      "const twin = Twin.create('smartcode-913', { codes: { 1: '1234' }, boltExtended: true });",
      "const opened: Expectation = { bolt: 'retracted', event: 'unlocked' };",
      "const steps: ProcedureStep[] = [{ says: 'Type 1234.', cite: 'seed S19', action: { do: 'type', digits: '1234' } }, { says: 'Wait.', cite: 'seed S19', action: { do: 'wait', ms: 3000 }, expect: opened }];",
      "const event: EventType = 'unlocked';",
      "const mode: FwMode = 'idle';",
      "const source: EventSource = 'program-button';",
      "const handed: Learned = 'left';",
      "const door: Handing = 'left';",
      "const options: CheckOptions = { outDir: 'out' };",
      "const run = runScenario(parseScenario('model: smartcode-913\\nsteps:\\n  - wait: 1s\\n', 'x.yaml'));",
      'const reports: StepReport[] = run.steps;',
      'const failure: StepFailure | undefined = run.failure;',
      'console.log(perform(twin, steps).ok, event, mode, source, handed, door, options, reports.length, failure);',
    ]);
  }, BUILD_TIMEOUT_MS);

  it("exports every type the README names as one a TypeScript program names", () => {
    const sentence = readmeAfter('with the types a TypeScript program names for what the functions take and give:', '…)', 'the exported types');
    const names = [...sentence.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(10);
    const r = typeCheck([`import type { ${names.join(', ')} } from 'lockstep';`, `export type All = [${names.join(', ')}];`].join('\n'));
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, BUILD_TIMEOUT_MS);

  it('exports only what the build writes', () => {
    const exports = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>> }).exports['.'];
    for (const file of Object.values(exports)) expect(() => readFileSync(join(root, 'package', file))).not.toThrow();
  });

  it('in a git checkout, warns once on stderr, naming the command, when a source changed after the build; says nothing when the build is newer', () => {
    const pkg = join(root, 'package');
    const built = statSync(join(pkg, 'dist', 'index.js')).mtime.getTime() / 1000;
    const setTimes = (dir: string, seconds: number): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) setTimes(path, seconds);
        else utimesSync(path, seconds, seconds);
      }
    };
    // The package made a checkout: a .git beside dist/, the sources it was built from.
    mkdirSync(join(pkg, '.git'));
    cpSync(join(REPO_ROOT, 'src'), join(pkg, 'src'), { recursive: true });
    try {
      setTimes(join(pkg, 'src'), built - CHANGED_AROUND_S);
      writeFileSync(join(consumer, 'imports.mjs'), "import { Twin } from 'lockstep';\nTwin.create('smartcode-913');\nconsole.log('ran');\n");
      const fresh = run(process.execPath, ['imports.mjs'], consumer);
      expect(fresh.err).toBe('');
      expect(fresh.out).toBe('ran\n');
      // A source of the library edited since: the program still runs, told once what to do.
      utimesSync(join(pkg, 'src', 'twin', 'twin.ts'), built + CHANGED_AROUND_S, built + CHANGED_AROUND_S);
      const stale = run(process.execPath, ['imports.mjs'], consumer);
      expect(stale.out).toBe('ran\n');
      const err = stripVTControlCharacters(stale.err);
      expect(err.match(/LOCKSTEP_STALE_BUILD/g)).toHaveLength(1);
      expect(err).toContain(`lockstep's library build is older than its source: src/twin/twin.ts changed after dist/twin/twin.js was built, so a program importing 'lockstep' runs the code as it was before; run \`npm run build:lib\` in ${pkg}`);
      // A source the library is not built from (the command line's) changes nothing.
      utimesSync(join(pkg, 'src', 'twin', 'twin.ts'), built - CHANGED_AROUND_S, built - CHANGED_AROUND_S);
      utimesSync(join(pkg, 'src', 'cli', 'main.ts'), built + CHANGED_AROUND_S, built + CHANGED_AROUND_S);
      expect(run(process.execPath, ['imports.mjs'], consumer).err).toBe('');
    } finally {
      rmSync(join(pkg, '.git'), { recursive: true, force: true });
      rmSync(join(pkg, 'src'), { recursive: true, force: true });
    }
  });
});

describe('codeEntryActions', () => {
  it('types the code, and on the Powerbolt 2 presses Lock after it (M10); either way the code opens the locked door', () => {
    expect(codeEntryActions(findModel('smartcode-913')!, '1357')).toEqual([{ do: 'type', digits: '1357' }]);
    expect(codeEntryActions(findModel('powerbolt-2')!, '1357')).toEqual([{ do: 'type', digits: '1357' }, { do: 'press', key: 'lock' }]);
    for (const id of ['smartcode-913', 'powerbolt-2']) {
      const twin = Twin.create(id, { codes: { 1: '1357' }, boltExtended: true });
      for (const a of codeEntryActions(twin.model, '1357')) twin.apply(a);
      twin.apply({ do: 'wait', ms: 3_000 });
      expect(twin.locked, id).toBe(false);
    }
  });
});

describe('checkAction', () => {
  it('passes every form of action through and names the field of a bad one', () => {
    expect(checkAction({ do: 'wait', ms: 1_000 })).toEqual({ do: 'wait', ms: 1_000 });
    expect(checkAction({ do: 'type', digits: '1357' })).toEqual({ do: 'type', digits: '1357' });
    expect(() => checkAction({ do: 'press', key: 'banana' })).toThrow(/^action\.key: Invalid option/);
    expect(() => checkAction({ do: 'fly' })).toThrow(/^action\.do: /);
    expect(() => checkAction({ do: 'wait', ms: -5 }, 'steps[3]')).toThrow(/^steps\[3\]\.ms: /);
    expect(() => checkAction({ do: 'type', digits: '12a' })).toThrow(ActionError);
  });
});

describe('the errors a program catches by class', () => {
  it('exports VirtualTimeError (a wait of a fraction of a millisecond) and NothingShownError (type-shown with no digits shown)', async () => {
    const lib = await import('../src/index.ts');
    const twin = lib.Twin.create('smartcode-913');
    expect(() => twin.apply({ do: 'wait', ms: 0.5 })).toThrow(lib.VirtualTimeError);
    expect(() => twin.apply({ do: 'type-shown' })).toThrow(lib.NothingShownError);
    expect(twin.actionRefusal({ do: 'battery-in', volts: 6 })).toMatch(/already in/);
  });
});

describe('perform', () => {
  it('throws, naming why, for a sequence the model cannot do (the 909 has no admin code)', () => {
    const twin = Twin.create('smartcode-909', { codes: { 1: '1234' } });
    expect(() => perform(twin, setAdminSequence(twin.model, '', '2580'))).toThrow(UnavailableSequenceError);
  });

  it('reports the step where the lock answered otherwise than the manual: a duplicate code is refused', () => {
    const p = findModel('smartcode-913')!;
    const twin = Twin.create(p.id, { codes: { 1: '1234' }, mastercode: 'none', doorOpen: true });
    const first = perform(twin, addCodeSequence(p, '', '2468', 2));
    expect(first.ok).toBe(true);
    twin.apply({ do: 'wait', ms: 10_000 });
    const again = perform(twin, addCodeSequence(p, '', '2468', 3));
    expect(again.ok).toBe(false);
    const failed = again.steps.filter((s) => s.failures.length > 0);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.cite).not.toBe('');
    expect(twin.store().codes.filter((c) => c === '2468')).toHaveLength(1);
  });

  it('deletes a Powerbolt 2 code with one entry, as its menu takes it (K-mirror), and draws no wrong code', () => {
    const twin = Twin.create('powerbolt-2', { door: 'right', handed: 'right', doorOpen: true, mastercode: '86420', codes: { 1: '1234', 2: '1357' } });
    const r = perform(twin, deleteCodeSequence(twin.model, '86420', '1357'));
    expect(r.ok).toBe(true);
    expect(r.entries.filter((e) => e.ch === 'event').map((e) => (e.v as { type: string }).type)).toEqual(['programming-opened', 'code-deleted']);
    expect(twin.store().codes.filter((c) => c !== '')).toEqual(['1234']);
  });

  it('fails a step whose window holds a refusal it did not ask for, even after the event it asks for', () => {
    // The code entered twice on a lock that takes it once: deleted at the first entry, the
    // second a wrong code — the check for code-deleted must not pass on the earlier event.
    const twin = Twin.create('powerbolt-2', { door: 'right', handed: 'right', doorOpen: true, mastercode: '86420', codes: { 1: '1234', 2: '1357' } });
    const single = deleteCodeSequence(twin.model, '86420', '1357');
    if (!Array.isArray(single)) throw new Error('a Powerbolt 2 deletes from its menu');
    const last = single[single.length - 1]!;
    const typed = single[single.length - 2]!;
    const r = perform(twin, [...single.slice(0, -1), { ...last, expect: undefined }, typed, last]);
    expect(r.ok).toBe(false);
    expect(r.steps.at(-1)!.failures).toEqual([{ key: 'event', expected: 'no refusal from the lock', observed: 'wrong-code' }]);
  });
});
