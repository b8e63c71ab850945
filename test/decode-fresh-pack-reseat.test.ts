// Advice that sends the owner to the batteries, read after new batteries went in (signal-context.ts:
// "after new batteries"), does not send them to fit fresh ones again: it says to check the pack is
// seated and making contact — the words of the dark keypad after new batteries (fresh-pack-advice.ts;
// seed S25; product-facts G4, G5). Without that context the advice is as before (seed S7, S25). So
// does the reading of a reset that did not take (reset-failure-reading.ts), whose own step is
// otherwise fresh batteries before the reset is tried again (seed S10).
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lockstep } from './cli-run.ts';

const FRESH_ONES = /check the batteries first|put in fresh batteries|Put in four fresh AA batteries|fit fresh batteries/i;
const RESEAT = /making contact: take it out and put it back in firmly/i;

/** The "→" line printed under the answer headed `label`. */
function todoOf(out: string, label: string): string {
  const lines = stripVTControlCharacters(out).split('\n');
  const at = lines.findIndex((l) => l.startsWith(`▶ ${label}:`));
  expect(at, `no "▶ ${label}" answer in:\n${out}`).toBeGreaterThanOrEqual(0);
  const todo = lines.slice(at + 1).find((l) => l.trimStart().startsWith('→'));
  expect(todo).toBeDefined();
  return todo!;
}

describe('battery advice after new batteries went in', () => {
  it('the wrong-code answer says to check the new pack is making contact, not to check the batteries first', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'red flashes and beeps after new batteries');
    expect(r.code).toBe(0);
    const todo = todoOf(r.out, 'wrong code');
    expect(todo).not.toMatch(FRESH_ONES);
    expect(todo).toMatch(RESEAT);
    expect(todo).toMatch(/if every code fails/);
  });

  it('without new batteries said, the wrong-code answer still sends the owner to the batteries first', () => {
    const todo = todoOf(lockstep('decode', '--model', 'smartcode-913', 'red flashes and beeps').out, 'wrong code');
    expect(todo).toMatch(/check the batteries first/);
    expect(todo).not.toMatch(RESEAT);
  });

  it('the unlocking answer and the bolt that did not move say the same', () => {
    const unlocking = todoOf(lockstep('decode', '--model', 'smartcode-913', 'green flash and a beep after new batteries').out, 'unlocking');
    expect(unlocking).not.toMatch(FRESH_ONES);
    expect(unlocking).toMatch(RESEAT);
    const still = todoOf(lockstep('decode', '--model', 'smartcode-913', 'green flash and a beep but the bolt did not move after new batteries').out, 'unlocking');
    expect(still).not.toMatch(FRESH_ONES);
    expect(still).toMatch(RESEAT);
    expect(still).toMatch(/strike plate/);
  });

  it('--json carries the same advice in matches[] as the terminal prints', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', '--json', 'red flashes and beeps after new batteries');
    const wrong = (JSON.parse(r.out) as { matches: { signal: string; todo: string }[] }).matches.find((m) => m.signal === 'wrongCode');
    expect(wrong?.todo).not.toMatch(FRESH_ONES);
    expect(wrong?.todo).toMatch(RESEAT);
  });

  it.each([["reset didn't work after new batteries"], ['reset failed after new batteries'], ['reset failed, just put new batteries in']])('a reset that did not take, said with new batteries (%s): the reseat, not fresh batteries again', (said) => {
    const r = lockstep('decode', '--model', 'smartcode-913', said);
    expect(r.code).toBe(0);
    const todo = todoOf(r.out, 'factory reset did not take');
    expect(todo).not.toMatch(FRESH_ONES);
    expect(todo).toMatch(RESEAT);
    expect(todo).toMatch(/practice-reset --model smartcode-913/);
    const json = JSON.parse(lockstep('decode', '--model', 'smartcode-913', '--json', said).out) as { reset: { todo: string } };
    expect(json.reset.todo).not.toMatch(FRESH_ONES);
    expect(json.reset.todo).toMatch(RESEAT);
  });

  it('a reset that did not take, with nothing said of batteries, still says fresh batteries first (seed S10)', () => {
    const todo = todoOf(lockstep('decode', '--model', 'smartcode-913', "reset didn't work").out, 'factory reset did not take');
    expect(todo).toMatch(/Fit fresh batteries first/);
    expect(todo).not.toMatch(RESEAT);
  });
});
