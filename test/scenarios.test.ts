// The shipped scenarios are the acceptance tests: every one must hold on the twin, and every
// seed claim that applies to a model must be covered by one (seed-claims.md).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadScenarioFile } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { claimIdsOf } from '../src/cli/claims-command.ts';
import { checkTraceEntries } from '../src/twin/trace-check.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';

const files = shippedScenarios();

describe('shipped scenarios', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file, () => {
      const scenario = loadScenarioFile(join(REPO_ROOT, file));
      // A scenario without an expectation would pass whatever the twin did.
      expect(scenario.steps.some((s) => s.do === 'expect'), 'the scenario expects something').toBe(true);
      const result = runScenario(scenario);
      const f = result.failure;
      const why = f ? `${f.pos.line}:${f.pos.col} ${f.failures.map((x) => `${x.key}: expected ${x.expected}, observed ${x.observed}`).join('; ')}` : '';
      expect(why).toBe('');
      expect(result.ok).toBe(true);
      // Its whole trace reads back through the trace check (src/twin/trace-check.ts): the check refuses nothing real.
      expect(checkTraceEntries(JSON.parse(JSON.stringify(result.twin.trace.entries)), result.twin.sim.now)).toEqual(result.twin.trace.entries);
    });
  }
});

const CLAIMS_BY_MODEL: Record<string, string[]> = {
  'smartcode-913': ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S15', 'S16', 'S17', 'S18', 'S19', 'S20', 'S21', 'S22', 'S23', 'S24', 'S25'],
  'smartcode-275': ['S1', 'S2', 'S4', 'S5', 'S6', 'S8', 'S9', 'S10', 'S12', 'S15', 'S16', 'S17', 'S18', 'S20', 'S21', 'S23', 'S24'],
};

describe('seed-claim coverage', () => {
  for (const [model, claims] of Object.entries(CLAIMS_BY_MODEL)) {
    it(`${model} has a scenario named for each claim that applies`, () => {
      const names = files.filter((f) => f.includes(`/${model}/`)).map((f) => loadScenarioFile(join(REPO_ROOT, f)).name);
      const missing = claims.filter((c) => !names.some((n) => claimIdsOf(n).includes(Number(c.slice(1)))));
      expect(missing).toEqual([]);
    });
  }
});
