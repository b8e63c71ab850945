// The README's "What is proven" names each property of `lockstep check` by the id the report
// prints (src/check/properties.ts): its table of properties has one row per property, in the
// report's order, and the broken fixtures' table says which property caught each fixture in the
// same words. The tables named three of them `no bricking`, `power cut` and `battery change`,
// which a reader searching the report (`PASS no-bricking`) did not find.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';
import { PROPERTIES } from '../src/check/properties.ts';

/** The body rows of the README table whose header row starts with `header`, as cells. */
function tableRows(header: string): string[][] {
  const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = text.indexOf(header);
  expect(start, header).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n\n', start);
  return text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .slice(2)
    .map((row) => row.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, '').trim()));
}

/** A cell split at each "; " that is not inside parentheses. */
function outsideParentheses(cell: string): string[] {
  const parts = [''];
  let depth = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth === 0 && cell.startsWith('; ', i)) {
      parts.push('');
      i++;
    } else parts[parts.length - 1] += c;
  }
  return parts;
}

const IDS = PROPERTIES.map((p) => p.id);

describe('README: the properties of lockstep check', () => {
  it('lists every property the report prints, by its id, in the report order', () => {
    expect(tableRows('| property | what it says | explored with |').map((cells) => cells[0])).toEqual(IDS);
  });

  it("names the property that caught each broken fixture by the report's id", () => {
    const rows = tableRows('| fixture | what is broken | caught by | steps |');
    expect(rows.length).toBeGreaterThan(30);
    const unnamed: string[] = [];
    for (const cells of rows) {
      // "power cut (physical, 913); S4/S11 (store, 913 …)": each part opens with a property id,
      // or names the fuzzer or campaign that caught it ("the model-based fuzzer (…)").
      for (const part of outsideParentheses(cells[2]!)) {
        const opening = /^[^\s(]+/.exec(part)?.[0] ?? part;
        if (!IDS.includes(opening as (typeof IDS)[number]) && !part.startsWith('the ')) unnamed.push(`${cells[0]}: ${part}`);
      }
    }
    expect(unnamed).toEqual([]);
  });
});
