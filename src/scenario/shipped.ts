// Where the shipped scenarios are: every scenarios/<model>/*.yaml, in a stable (sorted) order,
// leaving out scenarios/pending/ (written ahead of the twin: they do not pass yet). One walk for
// the claim table, the power-cut campaign and the tests (design/architecture.md "scenarios").
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A folder of scenarios that are not shipped: the twin does not pass them yet. */
export const PENDING_DIR = 'pending';
const SCENARIO_SUFFIX = '.yaml';

/** Every shipped scenario file under `dir`, as paths joined onto `dir`, sorted folder by folder. */
export function scenarioFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== PENDING_DIR) out.push(...scenarioFilesUnder(p));
    } else if (name.endsWith(SCENARIO_SUFFIX)) out.push(p);
  }
  return out;
}
