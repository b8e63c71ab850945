// The ScenarioError a scenario's reading throws, for the tests of its refusals (README,
// Scenarios: a file lockstep cannot accept is refused at FILE:LINE:COL).
import { parseScenario } from '../src/scenario/load.ts';
import { ScenarioError } from '../src/scenario/types.ts';

/** The ScenarioError that `run` throws; anything else thrown is thrown on, and nothing thrown fails. */
export function scenarioErrorOf(run: () => unknown): ScenarioError {
  try {
    run();
  } catch (err) {
    if (err instanceof ScenarioError) return err;
    throw err;
  }
  throw new Error('expected a ScenarioError, but nothing was thrown');
}

/** The ScenarioError parsing `text` as the file `file` throws. */
export function parseErrorOf(text: string, file: string): ScenarioError {
  return scenarioErrorOf(() => parseScenario(text, file));
}
