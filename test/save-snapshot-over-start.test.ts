// `lockstep run --save-snapshot OUT` where OUT is the snapshot the scenario starts from
// (`given.snapshot`): saving there would replace the scenario's start with its end, so that the
// next run starts elsewhere and the start is lost. It is refused before the scenario runs, exit 2,
// as a save over the scenario file itself is (README "The command line").
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { lockstep } from './cli-run.ts';
import { Twin } from '../src/twin/twin.ts';

/** A folder holding a snapshot of a locked 913 and a scenario that starts from it. */
function scenarioFromSnapshot(): { dir: string; snapshot: string; scenario: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-start-snap-'));
  const twin = Twin.create('smartcode-913', { boltExtended: true });
  twin.apply({ do: 'wait', ms: 1_000 });
  const snapshot = join(dir, 'start.json');
  writeFileSync(snapshot, JSON.stringify(twin.snapshot(), null, 1) + '\n');
  const scenario = join(dir, 'from-start.yaml');
  writeFileSync(
    scenario,
    `name: from a saved start
model: smartcode-913
given:
  snapshot: start.json
steps:
  - thumbturn: unlock
  - wait: 2s
  - expect: { bolt: retracted }
`,
  );
  return { dir, snapshot, scenario };
}

describe('run --save-snapshot over the scenario\'s start snapshot', () => {
  it('is refused before running, naming the path and why, and leaves the start as it was', () => {
    const { dir, snapshot, scenario } = scenarioFromSnapshot();
    symlinkSync(snapshot, join(dir, 'alias.json'));
    const before = readFileSync(snapshot, 'utf8');
    for (const to of [snapshot, join(dir, 'alias.json')]) {
      const r = lockstep('run', '--save-snapshot', to, scenario);
      expect(r.code).toBe(2);
      expect(stripVTControlCharacters(r.err)).toContain(
        `error: --save-snapshot ${to}: cannot write there: that is the snapshot ${scenario} starts from (given.snapshot), which the snapshot would overwrite`,
      );
      expect(stripVTControlCharacters(r.out)).not.toMatch(/PASS|FAIL/);
      expect(readFileSync(snapshot, 'utf8')).toBe(before);
    }
  });

  it('still saves beside it', () => {
    const { dir, snapshot, scenario } = scenarioFromSnapshot();
    const before = readFileSync(snapshot, 'utf8');
    const to = join(dir, 'end.json');
    const r = lockstep('run', '--save-snapshot', to, scenario);
    expect(r.code).toBe(0);
    expect(stripVTControlCharacters(r.out)).toMatch(/^PASS /m);
    expect(JSON.parse(readFileSync(to, 'utf8')).bolt.pos).toBe(0);
    expect(readFileSync(snapshot, 'utf8')).toBe(before);
  });
});
