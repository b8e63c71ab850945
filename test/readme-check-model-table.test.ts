// The README's per-model table of `lockstep check --all` (What is proven) gives one run's states and
// transitions model by model; the paragraph right above it must name that run by its totals, and
// no sentence may call it the last run unless it adds up to the last run's totals. The table had
// been left at the run before while the text said "the last run, in the table below", so a reader
// running `lockstep check --model smartcode-913` saw 948 464 states where the table said 937 327.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';
import { grouped, readmeText } from './readme-text.ts';

const TABLE_HEADER = '| model | depth (exterior/keypad/screened/';
const LAST_RUN = /Last run \(`lockstep check --all --json`[^)]*\): every property holds on all 13 models and every exploration reached its depth below the state cap — ([\d ]+) states and ([\d ]+) transitions/;

function tableFigures(): { states: number; transitions: number; caption: string } {
  const raw = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const at = raw.indexOf(TABLE_HEADER);
  expect(at, 'the per-model table of lockstep check').toBeGreaterThanOrEqual(0);
  const end = raw.indexOf('\n\n', at);
  const rows = raw.slice(at, end).split('\n').slice(2);
  expect(rows.length).toBe(13);
  let states = 0;
  let transitions = 0;
  for (const row of rows) {
    const cells = row.split('|').map((c) => c.trim());
    states += Number(cells[3]!.replace(/ /g, ''));
    transitions += Number(cells[4]!.replace(/ /g, ''));
  }
  const captionStart = raw.lastIndexOf('\n\n', at - 3);
  return { states, transitions, caption: raw.slice(captionStart, at).replace(/\s+/g, ' ') };
}

describe("README: the per-model table of lockstep check's run", () => {
  it('is named, right above it, by the totals of the run it gives', () => {
    const { states, transitions, caption } = tableFigures();
    expect(caption).toContain(`${grouped(states)} states and ${grouped(transitions)} transitions`);
  });

  it('is called the last run only if it adds up to the last run', () => {
    const { states, transitions } = tableFigures();
    const text = readmeText();
    const last = LAST_RUN.exec(text);
    expect(last, 'the last run paragraph').not.toBeNull();
    const isLast = last![1] === grouped(states) && last![2] === grouped(transitions);
    if (!isLast) expect(text.includes('the last run, in the table below'), 'the table called the last run').toBe(false);
  });
});
