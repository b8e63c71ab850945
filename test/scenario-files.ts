// Every shipped scenario file (scenarios/<model>/*.yaml), excluding scenarios/pending/.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..');
const SCENARIO_ROOT = join(REPO_ROOT, 'scenarios');

export function shippedScenarios(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pending') walk(p);
      } else if (name.endsWith('.yaml')) out.push(relative(REPO_ROOT, p));
    }
  };
  walk(SCENARIO_ROOT);
  return out;
}
