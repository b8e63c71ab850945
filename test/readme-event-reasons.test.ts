// The README's trace lines say why an event happened: its table of `why` ids has a row for every
// event that gives one (firmware/event-why.ts EVENT_WHYS), naming every id that event gives and
// no other, so a program that tells a duplicate from a full lock, or a jam from a weak pack, can
// be written from the README; and every refusal id the terminal says in words
// (src/twin/event-words.ts REASON_WORDS) is one of those ids.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASON_WORDS } from '../src/twin/event-words.ts';
import { EVENT_WHYS } from '../src/firmware/event-why.ts';
import { REPO_ROOT } from './scenario-files.ts';

/** The README's table of ids: each row's event and the ids named in it. */
function whyTable(): Map<string, Set<string>> {
  const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const at = text.indexOf('| event | `why` |');
  expect(at, 'the table of why ids').toBeGreaterThanOrEqual(0);
  const rows = text.slice(at, text.indexOf('\n\n', at)).split('\n').slice(2);
  return new Map(
    rows.map((row) => {
      const [, event, ids] = /^\| `([a-z-]+)` \| (.*) \|$/.exec(row) ?? [null, row, ''];
      // The ids are backquoted kebab-case words; the reason's words quoted beside them have spaces.
      return [event!, new Set([...ids!.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1]!))];
    }),
  );
}

describe("the README's why ids", () => {
  it('has a row for every event that says why, naming every id it gives, and no other', () => {
    const table = whyTable();
    expect([...table.keys()].sort()).toEqual(Object.keys(EVENT_WHYS).sort());
    for (const [event, ids] of Object.entries(EVENT_WHYS)) expect([...table.get(event)!].sort(), event).toEqual([...ids].sort());
  });

  it('is where every refusal the timelines say in words is named', () => {
    const refusals = new Set<string>([...EVENT_WHYS['programming-failed'], ...EVENT_WHYS['handing-failed']]);
    expect(Object.keys(REASON_WORDS).filter((id) => !refusals.has(id))).toEqual([]);
  });
});
