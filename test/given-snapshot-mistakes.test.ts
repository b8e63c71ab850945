// A scenario's `given.snapshot` is read and checked with the rest of the file on the command line
// (src/scenario/given-snapshot.ts, parse.ts's readSnapshot): a snapshot of another model beside
// another mistake is said with it, each at its place, not only on the next run once the other is
// mended. Parsing text alone (the browser twin) reads no file.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Twin } from '../src/twin/twin.ts';
import { loadScenarioFile } from '../src/scenario/load.ts';
import { parseScenario } from '../src/scenario/parse.ts';
import { lockstep } from './cli-run.ts';
import { scenarioErrorOf } from './scenario-error-of.ts';

const dir = mkdtempSync(join(tmpdir(), 'lockstep-given-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SNAPSHOT_913 = join(dir, 's913.json');
writeFileSync(SNAPSHOT_913, JSON.stringify(Twin.create('smartcode-913').snapshot()));

function scenario(name: string, snapshot: string, wait: string): string {
  const file = join(dir, name);
  writeFileSync(file, `name: n\nmodel: smartcode-914\ngiven:\n  snapshot: ${snapshot}\nsteps:\n  - wait: ${wait}\n`);
  return file;
}

const BAD_WAIT = 'wait: bad duration "soon" (expected a number and a unit, e.g. 500ms, 30s, 1.5s, 2min, 3h, 1d)';

describe('a given snapshot among the other mistakes', () => {
  it('says a snapshot of another model and the other mistake together, each at its place', () => {
    const file = scenario('other-model.yaml', 's913.json', 'soon');
    const err = scenarioErrorOf(() => loadScenarioFile(file));
    expect([err, ...err.more].map((m) => `${m.pos.line}:${m.pos.col}: ${m.why}`)).toEqual([`4:13: snapshot ${SNAPSHOT_913} is of a smartcode-913, not of smartcode-914`, `6:11: ${BAD_WAIT}`]);
    const r = lockstep('run', file);
    expect(r.code).toBe(2);
    const errors = stripVTControlCharacters(r.err).trimEnd().split('\n');
    expect(errors).toEqual([`error: ${file}:4:13: snapshot ${SNAPSHOT_913} is of a smartcode-913, not of smartcode-914`, `error: ${file}:6:11: ${BAD_WAIT}`]);
  });

  it('says a snapshot it cannot read beside the other mistake', () => {
    const file = scenario('missing.yaml', 'gone.json', 'soon');
    const err = scenarioErrorOf(() => loadScenarioFile(file));
    expect(err.why).toMatch(/^cannot read snapshot .*gone\.json: /);
    expect(err.more.map((m) => m.why)).toEqual([BAD_WAIT]);
  });

  it('reads no file when parsing text alone, and the same snapshot of the right model loads', () => {
    const text = `name: n\nmodel: smartcode-914\ngiven: { snapshot: gone.json }\nsteps:\n  - wait: 1s\n`;
    expect(parseScenario(text, 'x.yaml').given.snapshot).toBe('gone.json');
    const right = join(dir, 's914.json');
    writeFileSync(right, JSON.stringify(Twin.create('smartcode-914').snapshot()));
    expect(loadScenarioFile(scenario('right.yaml', 's914.json', '1s')).given.snapshot).toBe(right);
  });
});
