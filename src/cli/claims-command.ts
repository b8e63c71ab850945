// `lockstep claims`: which shipped scenario reproduces which seed claim (S1…S25), per model —
// the conformance checklist of seed-claims.md, answered from the scenario files themselves — and
// how each claim is backed: checked by which property of `lockstep check` (the claims each
// property declares, src/check/properties.ts), or shown by scenarios only, and why
// (src/check/claims-not-checked.ts).

import { relative } from 'node:path';
import pc from 'picocolors';
import { loadScenarioFile } from '../scenario/load.ts';
import { scenarioFilesUnder } from '../scenario/shipped.ts';
import { PROPERTIES, type ClaimId } from '../check/properties.ts';
import { CLAIMS_NOT_CHECKED } from '../check/claims-not-checked.ts';

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

/** A property of `lockstep check` that judges a claim, over its explorations; `part` where it
 * judges only that part of the claim. */
export interface ClaimCheck {
  property: string;
  explorations: string[];
  part?: string;
}

export interface ClaimCoverage {
  claim: string;
  /** The properties that check it, in the report's order; empty when none does. */
  checkedBy: ClaimCheck[];
  /** Why no property checks it (shown by scenarios only), or null when one does. */
  scenariosOnly: string | null;
  scenarios: Array<{ model: string; file: string; name: string }>;
}

/** The properties that declare `claim` among the claims they check. */
export function checksOf(claim: ClaimId): ClaimCheck[] {
  return PROPERTIES.flatMap((p) =>
    p.claims.filter((c) => c.id === claim).map((c) => ({ property: p.id, explorations: [...p.explorations], ...(c.part ? { part: c.part } : {}) })),
  );
}

export function claimCoverage(scenarioRoot: string, repoRoot: string): ClaimCoverage[] {
  const table: ClaimCoverage[] = Array.from({ length: CLAIM_COUNT }, (_, i) => {
    const claim: ClaimId = `S${i + 1}`;
    const checkedBy = checksOf(claim);
    return { claim, checkedBy, scenariosOnly: checkedBy.length > 0 ? null : (CLAIMS_NOT_CHECKED[claim] ?? 'no property of the checker judges it'), scenarios: [] };
  });
  for (const file of scenarioFilesUnder(scenarioRoot)) {
    const scn = loadScenarioFile(file);
    for (const id of claimIdsOf(scn.name)) table[id - 1].scenarios.push({ model: scn.model, file: relative(repoRoot, file), name: scn.name });
  }
  return table;
}

export function printClaims(table: ClaimCoverage[], markdown: boolean, out: (line: string) => void = console.log): void {
  if (markdown) {
    out('| claim | checked by | scenarios |');
    out('|---|---|---|');
    for (const row of table) {
      const checked = row.scenariosOnly !== null ? `scenarios only: ${row.scenariosOnly}` : row.checkedBy.map((c) => checkText(c, '**')).join('<br>');
      out(`| ${row.claim} | ${checked} | ${row.scenarios.map((s) => `[${s.file.split('/').slice(1).join('/')}](${s.file})`).join('<br>') || '—'} |`);
    }
    return;
  }
  // The models' column as wide as the longest id shown (powerbolt-92640-001), so no file runs into one.
  const width = Math.max(0, ...table.flatMap((row) => row.scenarios.map((s) => s.model.length)));
  for (const row of table) {
    // No padding at the end of a line: the claim's id, how it is backed, and "no scenario" when none reproduces it.
    const backed = row.scenariosOnly !== null ? `scenarios only: ${row.scenariosOnly}` : `checked by ${row.checkedBy.map((c) => checkText(c, '')).join('; ')}`;
    out(row.scenarios.length ? `${pc.green(row.claim.padEnd(4))} ${backed}` : `${pc.red(row.claim.padEnd(4))} ${pc.red('no scenario')}; ${backed}`);
    for (const s of row.scenarios) out(`     ${pc.dim(s.model.padEnd(width))} ${s.file}`);
  }
}

/** A property that checks a claim, as the tables say it: `S1 (exterior, keypad)`, and the part
 * of the claim after a colon; the property's id marked with `mark` (bold in Markdown). */
function checkText(c: ClaimCheck, mark: string): string {
  return `${mark}${c.property}${mark} (${c.explorations.join(', ')})${c.part ? `: ${c.part}` : ''}`;
}
