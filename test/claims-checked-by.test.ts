// `lockstep claims` says, for every seed claim, how it is backed: checked by which property of
// `lockstep check` (and over which explorations), or shown by scenarios only and why the checker
// cannot judge it. It listed scenarios alone, and the README's property table named seed claims
// for five of its nine properties only by their ids. The claims each property checks are declared
// with the property (src/check/properties.ts); the README's claims table is generated from them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { lockstep } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { PROPERTIES, type ClaimId } from '../src/check/properties.ts';
import { CLAIMS_NOT_CHECKED } from '../src/check/claims-not-checked.ts';

interface CheckedBy {
  property: string;
  explorations: string[];
  part?: string;
}
interface Row {
  claim: string;
  checkedBy: CheckedBy[];
  scenariosOnly: string | null;
  scenarios: unknown[];
}

function claimsJson(): Row[] {
  const r = lockstep('claims', '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Row[];
}

/** The claim ids a property's own id names: S2/S3 → S2, S3; lockout → none. */
const idsNamed = (id: string): string[] => id.match(/S\d+/g) ?? [];

/** The README's claims table as rows of cells (claim, checked by, scenarios). */
function readmeClaimRows(): string[][] {
  const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const begin = text.indexOf('<!-- claims:begin');
  const end = text.indexOf('<!-- claims:end -->');
  expect(begin).toBeGreaterThanOrEqual(0);
  const lines = text.slice(begin, end).split('\n').slice(1).filter((l) => l.startsWith('|'));
  expect(lines[0]).toBe('| claim | checked by | scenarios |');
  return lines.slice(2).map((l) => l.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim()));
}

describe('lockstep claims: how each seed claim is backed', () => {
  it('gives every claim the properties that check it, or why it is shown by scenarios only', () => {
    const rows = claimsJson();
    expect(rows).toHaveLength(25);
    for (const row of rows) {
      expect(Array.isArray(row.checkedBy), row.claim).toBe(true);
      // One or the other, never both and never neither.
      if (row.checkedBy.length > 0) expect(row.scenariosOnly, row.claim).toBeNull();
      else expect(row.scenariosOnly, row.claim).toMatch(/\w{3,}/);
    }
  });

  it('keeps a claim in one list: checked by a property, or why no property checks it', () => {
    const declared = new Set(PROPERTIES.flatMap((p) => p.claims.map((c) => c.id)));
    for (let n = 1; n <= 25; n++) {
      const id: ClaimId = `S${n}`;
      // A reason left behind once a property checks the claim would drift from what the checker does.
      expect(declared.has(id) !== (CLAIMS_NOT_CHECKED[id] !== undefined), id).toBe(true);
    }
  });

  it('names each property that carries a claim in its id, with the explorations it runs on', () => {
    const rows = claimsJson();
    for (const p of PROPERTIES) {
      for (const claim of idsNamed(p.id)) {
        const by = rows.find((r) => r.claim === claim)!.checkedBy.find((c) => c.property === p.id);
        expect(by, `${claim} checked by ${p.id}`).toBeDefined();
        expect(by!.explorations).toEqual([...p.explorations]);
      }
    }
  });

  it('says where the checker cannot reach a claim, and a part reached only beyond the default scope', () => {
    const rows = claimsJson();
    const row = (id: string) => rows.find((r) => r.claim === id)!;
    // The pack's charge is pinned while checking: a weak pack never occurs (src/check/machine.ts).
    expect(row('S10').checkedBy).toEqual([]);
    expect(row('S10').scenariosOnly).toMatch(/charge/);
    // S5 and S6 are what the physical reset probe asks of every reachable state (recovery.ts).
    expect(row('S5').checkedBy.map((c) => c.property)).toContain('no-bricking');
    expect(row('S6').checkedBy.map((c) => c.property)).toContain('no-bricking');
    // S15's first half is judged at the reset by the S18 monitor.
    expect(row('S15').checkedBy.map((c) => c.property)).toEqual(['S18']);
    // The 275's tag code is 5 digits: the admin-gate exploration types it only with 5-digit codes.
    const tag = row('S12').checkedBy.find((c) => c.property === 'S2/S3');
    expect(tag?.part).toContain('--code-length 5');
  });

  it('agrees with the README table, claim by claim, on the properties that check it', () => {
    const rows = readmeClaimRows();
    expect(rows.map((cells) => cells[0])).toEqual(claimsJson().map((r) => r.claim));
    const ids = PROPERTIES.map((p) => p.id);
    for (const [claim, checkedBy] of rows) {
      // Each property is named in the cell in bold.
      const named = [...checkedBy!.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]).filter((n) => ids.includes(n as (typeof ids)[number]));
      const declared = PROPERTIES.filter((p) => p.claims.some((c) => c.id === claim)).map((p) => p.id);
      expect(named, claim).toEqual(declared);
      if (declared.length === 0) expect(checkedBy, claim).toMatch(/^scenarios only: /);
    }
  });

  it('says it on each claim line of the text table', () => {
    const lines = stripVTControlCharacters(lockstep('claims').out).split('\n');
    const line = (id: string) => lines.find((l) => l.startsWith(`${id} `))!;
    expect(line('S1')).toMatch(/^S1 +checked by S1 \(exterior, window-holds, keypad, screened\)$/);
    expect(line('S10')).toMatch(/^S10 +scenarios only: /);
  });
});
