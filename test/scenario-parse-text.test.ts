// Scenario text parsed without a file system (src/scenario/parse.ts), as the browser twin does
// with its bundled scenarios: no module the page loads reaches for node:*, every shipped
// scenario parses to the same steps as the command line's loader, a `snapshot` is resolved on
// the path text alone, errors keep their file:line:col, and a snapshot given as text starts a twin.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideFile, normalizePath } from '../src/scenario/beside.ts';
import { buildTwinWith } from '../src/scenario/build-twin.ts';
import { loadScenarioFile } from '../src/scenario/load.ts';
import { parseScenario } from '../src/scenario/parse.ts';
import { runScenario } from '../src/scenario/run.ts';
import { ScenarioStepper } from '../src/scenario/stepper.ts';
import { ScenarioError } from '../src/scenario/types.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const PAGE_ENTRY = join(REPO_ROOT, 'web/src/main.ts');
const BROWSER_SAFE = ['parse.ts', 'stepper.ts', 'build-twin.ts', 'given-of-twin.ts', 'write.ts', 'scenario-words.ts', 'describe-expectation.ts', 'beside.ts'];

/** Every module reachable from `entry` through relative imports (static and dynamic), with its bare imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const bare: string[] = [];
    graph.set(file, bare);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else bare.push(spec);
    }
  };
  visit(entry);
  return graph;
}

function nodeImports(entry: string): string[] {
  const found: string[] = [];
  for (const [file, bare] of importGraph(entry)) for (const spec of bare) if (spec.startsWith('node:')) found.push(`${file}: ${spec}`);
  return found;
}

/** A scenario with its file names taken out of positions, to compare two parses of one text. */
function withoutFile(value: unknown): string {
  return JSON.stringify(value, (key, v) => (key === 'file' ? undefined : v));
}

describe('parsing scenario text without a file system', () => {
  it('the page and the browser-safe scenario modules import nothing from node:*', () => {
    expect(importGraph(PAGE_ENTRY).size).toBeGreaterThan(20);
    expect(nodeImports(PAGE_ENTRY)).toEqual([]);
    for (const name of BROWSER_SAFE) expect(nodeImports(join(REPO_ROOT, 'src/scenario', name))).toEqual([]);
    // …while the command line's loader and runner do read files.
    expect(nodeImports(join(REPO_ROOT, 'src/scenario/load.ts'))).toContain(`${join(REPO_ROOT, 'src/scenario/read-file.ts')}: node:fs`);
  });

  const files = shippedScenarios();
  it('every shipped scenario parses from its text as the command line loads it from its file', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      const fromText = parseScenario(text, file);
      expect(fromText.file).toBe(file);
      expect(fromText.steps.every((s) => s.pos.file === file)).toBe(true);
      expect(withoutFile(fromText), file).toBe(withoutFile(loadScenarioFile(join(REPO_ROOT, file))));
    }
  });

  it('resolves a snapshot beside the scenario on the path text alone', () => {
    const text = (snapshot: string) => `name: n\nmodel: smartcode-913\ngiven: { snapshot: ${snapshot} }\nsteps:\n  - press: 1\n`;
    expect(parseScenario(text('saved.json'), 'scenarios/smartcode-913/x.yaml').given.snapshot).toBe('scenarios/smartcode-913/saved.json');
    expect(parseScenario(text('../shared/./a.json'), 'scenarios/smartcode-913/x.yaml').given.snapshot).toBe('scenarios/shared/a.json');
    expect(parseScenario(text('/abs/a.json'), 'scenarios/x.yaml').given.snapshot).toBe('/abs/a.json');
    expect(parseScenario(text('a.json'), 'x.yaml').given.snapshot).toBe('a.json');
    expect(besideFile('../../scenarios/m/x.yaml', 'a.json')).toBe('../../scenarios/m/a.json');
    expect(normalizePath('/a/../../b')).toBe('/b');
    expect(normalizePath('a/..')).toBe('.');
    // The command line's loader makes the same path absolute, as before.
    const cli = loadScenarioFile(join(REPO_ROOT, 'test/fixtures/scenario/from-snapshot.yaml'));
    expect(cli.given.snapshot).toBe(join(REPO_ROOT, 'test/fixtures/scenario/saved.json'));
  });

  it('names file:line:col in its errors, as the loader does', () => {
    const bad = 'name: n\nmodel: smartcode-913\nsteps:\n  - press: 1\n  - jump: 2\n';
    let err: unknown;
    try {
      parseScenario(bad, 'scenarios/x/bad.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).message).toMatch(/^scenarios\/x\/bad\.yaml:5:5: unknown step word "jump"/);
    expect(() => parseScenario('name: [', 'y.yaml')).toThrow(/^y\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('starts from a snapshot given as text, and refuses a missing or foreign one', () => {
    const first = runScenario(loadScenarioFile(join(REPO_ROOT, 'scenarios/smartcode-913/s21-set-mastercode-at-once.yaml')));
    expect(first.ok).toBe(true);
    const saved = JSON.stringify(first.twin.snapshot());
    const text = 'name: from a snapshot\nmodel: smartcode-913\ngiven: { snapshot: after.json }\nsteps:\n  - wait: 1s\n  - expect: { mastercode: set }\n';
    const scn = parseScenario(text, 'scenarios/smartcode-913/next.yaml');
    const texts = new Map([['scenarios/smartcode-913/after.json', saved]]);
    const read = (path: string) => {
      const found = texts.get(path);
      if (found === undefined) throw new Error('not bundled');
      return found;
    };
    const twin = buildTwinWith(scn, read);
    expect(twin.sim.now).toBe(first.twin.sim.now);
    const run = new ScenarioStepper(scn, twin);
    while (run.step());
    expect(run.ok).toBe(true);
    expect(() => buildTwinWith(parseScenario(text.replace('after.json', 'gone.json'), 'scenarios/smartcode-913/next.yaml'), read)).toThrow(
      /scenarios\/smartcode-913\/next\.yaml:3:20: cannot read snapshot scenarios\/smartcode-913\/gone\.json: not bundled/,
    );
    expect(() => buildTwinWith(parseScenario(text.replace('smartcode-913\n', 'smartcode-275\n'), 'scenarios/smartcode-913/next.yaml'), read)).toThrow(
      /3:20: snapshot scenarios\/smartcode-913\/after\.json is of a smartcode-913, not of smartcode-275/,
    );
  });
});
