// Every shipped scenario file (scenarios/<model>/*.yaml), excluding scenarios/pending/, relative
// to the repository (src/scenario/shipped.ts).
import { join, relative } from 'node:path';
import { scenarioFilesUnder } from '../src/scenario/shipped.ts';

export const REPO_ROOT = join(import.meta.dirname, '..');
const SCENARIO_ROOT = join(REPO_ROOT, 'scenarios');

export function shippedScenarios(): string[] {
  return scenarioFilesUnder(SCENARIO_ROOT).map((p) => relative(REPO_ROOT, p));
}
