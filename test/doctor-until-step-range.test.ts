// `lockstep doctor --scenario FILE --until-step N` with more steps than the file has: the fault is
// the option's, so the error names the option and the count the file allows, not a place in the
// file (it was `FILE:1:1: --until-step 99: …`, as if line 1 held a mistake).
// src/troubleshoot/scenario-state.ts untilStepProblem, src/cli/doctor-command.ts.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { lockstep } from './cli-run.ts';
import { loadScenarioFile } from '../src/scenario/load.ts';
import { twinFromScenario } from '../src/troubleshoot/scenario-state.ts';

const FILE = 'scenarios/smartcode-913/s24-reset-armed-never-confirmed.yaml';

describe('doctor --until-step past the last step', () => {
  const steps = loadScenarioFile(FILE).steps.length;
  const said = `--until-step 99: ${FILE} has ${steps} steps, so it stops after 0 to ${steps} of them`;

  it('is refused naming the option, exit 2, with no file place', () => {
    const r = lockstep('doctor', '--scenario', FILE, '--until-step', '99', '--json');
    expect(r.code).toBe(2);
    expect(stripVTControlCharacters(r.err).trimEnd().split('\n')).toEqual([`error: ${said}`]);
  });

  it('takes the last step itself', () => {
    expect(lockstep('doctor', '--scenario', FILE, '--until-step', String(steps), '--json').code).toBe(0);
  });

  it('is a RangeError in the same words from the library function', () => {
    expect(() => twinFromScenario(loadScenarioFile(FILE), 99)).toThrow(new RangeError(said));
  });
});
