// Where a menu model's programming was opened from: the interior Program button (product-facts M9
// on the Powerbolt 250, K5 on the menu SmartCodes) or the programming code typed at the keypad
// (seed S11). The event said "at the keypad" for both, so an owner practising on the 250 read the
// interior button as a keypad action.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_SOURCES } from '../src/firmware/state.ts';
import { lockstep } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';

const scenario = (model: string, file: string) => join(REPO_ROOT, 'scenarios', model, file);

describe('programming-opened names its source', () => {
  it('the 250\'s Program button: "by the Program button", in words and in the trace', () => {
    const file = scenario('powerbolt-250', 'm9-add-delete-codes.yaml');
    const words = lockstep('run', file);
    expect(words.code).toBe(0);
    expect(words.out).toContain('programming opened (by the Program button)');
    expect(words.out).not.toContain('programming opened (at the keypad)');
    const json = lockstep('run', '--json', file);
    const opened = json.out.split('\n').filter((l) => l.includes('"programming-opened"')).map((l) => JSON.parse(l).v);
    expect(opened.length).toBeGreaterThan(0);
    for (const v of opened) expect(v.source).toBe('program-button');
  });

  it('the Mastercode typed on the 250\'s keypad: still "at the keypad"', () => {
    const words = lockstep('run', scenario('powerbolt-250', 's11-delete-code-with-mastercode.yaml'));
    expect(words.code).toBe(0);
    expect(words.out).toContain('programming opened (at the keypad)');
  });
});

describe('the README names every event source', () => {
  it('lists each of EVENT_SOURCES in the event row', () => {
    const row = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').split('\n').find((l) => l.startsWith('| `event` |'));
    expect(row).toBeDefined();
    for (const s of EVENT_SOURCES) expect(row, s).toContain(`\`${s}\``);
  });
});
