// `lockstep claims`: which shipped scenario reproduces which seed claim (S1…S25), per model —
// the conformance checklist of seed-claims.md, answered from the scenario files themselves.

import { relative } from 'node:path';
import pc from 'picocolors';
import { loadScenarioFile } from '../scenario/load.ts';
import { scenarioFilesUnder } from '../scenario/shipped.ts';

const CLAIM_COUNT = 25;
const CLAIM_ID = /\bS(\d{1,2})\b/g;
/** The tag a scenario name starts with, before " — " or ":" (e.g. "S7 (row 4)", "S1/S2", "M9"). */
const NAME_TAG = /^([^—:]*)(—|:)/;
/** The claim ids a name with neither starts with, as the README's example scenario is named
 * ("S8 factory reset wipes every code, then the lock relearns handing"; "S1/S2 …"). */
const LEADING_IDS = /^S\d{1,2}(?:\s*[/,&+]\s*S\d{1,2})*\b/;

/** The seed claims a scenario's name says it reproduces: the S-ids of its leading tag, or, in a
 * name without one, those it starts with (an id named further on is a mention, not its claim). */
export function claimIdsOf(name: string): number[] {
  const tag = NAME_TAG.exec(name)?.[1] ?? LEADING_IDS.exec(name)?.[0] ?? '';
  return [...new Set([...tag.matchAll(CLAIM_ID)].map((m) => Number(m[1])))].filter((n) => n >= 1 && n <= CLAIM_COUNT);
}

export interface ClaimCoverage {
  claim: string;
  scenarios: Array<{ model: string; file: string; name: string }>;
}

export function claimCoverage(scenarioRoot: string, repoRoot: string): ClaimCoverage[] {
  const table: ClaimCoverage[] = Array.from({ length: CLAIM_COUNT }, (_, i) => ({ claim: `S${i + 1}`, scenarios: [] }));
  for (const file of scenarioFilesUnder(scenarioRoot)) {
    const scn = loadScenarioFile(file);
    for (const id of claimIdsOf(scn.name)) table[id - 1].scenarios.push({ model: scn.model, file: relative(repoRoot, file), name: scn.name });
  }
  return table;
}

export function printClaims(table: ClaimCoverage[], markdown: boolean, out: (line: string) => void = console.log): void {
  if (markdown) {
    out('| claim | scenarios |');
    out('|---|---|');
    for (const row of table) out(`| ${row.claim} | ${row.scenarios.map((s) => `[${s.file.split('/').slice(1).join('/')}](${s.file})`).join('<br>') || '—'} |`);
    return;
  }
  // The models' column as wide as the longest id shown (powerbolt-92640-001), so no file runs into one.
  const width = Math.max(0, ...table.flatMap((row) => row.scenarios.map((s) => s.model.length)));
  for (const row of table) {
    // No padding at the end of a line: a claim's id alone, or beside "no scenario" in its column.
    out(row.scenarios.length ? pc.green(row.claim) : `${pc.red(row.claim.padEnd(4))} ${pc.red('no scenario')}`);
    for (const s of row.scenarios) out(`     ${pc.dim(s.model.padEnd(width))} ${s.file}`);
  }
}
