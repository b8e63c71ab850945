// practice-reset's keys on every reset gesture, driven without a terminal: the hold as the lock
// counts it, "released too early" the moment a counted hold ends short (seed S9) — the SmartCode
// battery-pack hold (S8), the Powerbolt 250's powered Program hold (product-facts M9) and the
// Powerbolt 2's Reset button (M11) alike — the hint when the lock counts none of a hold, and the
// done line in the model's own words (after-reset.ts nextAfterReset).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import { PracticeSession, practiceInstructions } from '../src/cli/practice-session.ts';
import { practiceKeyLetters, practiceKeysInShort } from '../src/cli/practice-keys.ts';
import { nextAfterReset } from '../src/troubleshoot/after-reset.ts';
import { modelOf } from './model-of.ts';

const TICK_MS = 100;

/** Runs a practice: letters are keys, numbers virtual ms waited in ticks; returns what it said. */
function practise(id: string, ...script: (string | number)[]): { lines: string[]; session: PracticeSession } {
  const lines: string[] = [];
  const session = new PracticeSession(modelOf(id), 1, (l) => lines.push(stripVTControlCharacters(l)));
  for (const x of script) {
    if (typeof x === 'number') for (let t = 0; t < x; t += TICK_MS) session.tick(TICK_MS);
    else expect(session.key(x), x).toBe(true);
  }
  return { lines, session };
}

const EARLY = /✗ Released too early: the reset did not register \(seed S9\)/;
const DONE = /✓ Factory reset done/;

describe('practice-reset on the Powerbolt 250 (Program held 15 s, bolt retracted, one more press: M9)', () => {
  it('warns at once when Program is let go at 10 s, and says the menu it opened closes by itself', () => {
    const { lines, session } = practise('powerbolt-250', 'h', 10_000, 'r');
    const text = lines.join('\n');
    expect(text).toMatch(/released program after 10\.0 s, 10\.0 s of it counted by the lock/);
    expect(text).toMatch(/✗ Released too early: the reset did not register \(seed S9\) — Program counted 10\.0 s of 15 s/);
    expect(text).toMatch(/programming menu opened; it closes by itself after 5 s/);
    expect(session.done).toBe(false);
  });

  it("prints the lock's own reset-not-registered before its warning, each once", () => {
    const { lines } = practise('powerbolt-250', 'h', 10_000, 'r');
    const told = lines.findIndex((l) => /▸ factory reset not registered \(Program released early\)/.test(l));
    expect(told).toBeGreaterThanOrEqual(0);
    expect(lines.findIndex((l) => EARLY.test(l))).toBeGreaterThan(told);
    expect(lines.filter((l) => /not registered/.test(l) && !EARLY.test(l))).toHaveLength(1);
    expect(lines.filter((l) => EARLY.test(l))).toHaveLength(1);
  });

  it('counts the hold in its timer, and after the full hold and one more press ends with its own next steps', () => {
    const mid = practise('powerbolt-250', 'h', 7_000).session;
    expect(mid.countedMs()).toBeGreaterThanOrEqual(6_900);
    const { lines, session } = practise('powerbolt-250', 'h', 16_000, 'r', 'p');
    expect(lines.join('\n')).toMatch(/✓ Held long enough: release, then press Program once more \[p\]/);
    expect(lines.filter((l) => EARLY.test(l))).toEqual([]);
    expect(session.finished).toBe(true);
    expect(lines.at(-1)).toContain(nextAfterReset(modelOf('powerbolt-250')).todo);
  });
});

describe('practice-reset on the Powerbolt 2 (Reset held 5 s: three long beeps, 0000 / 1234: M11)', () => {
  it('warns at once when Reset is let go at 2 s', () => {
    const { lines, session } = practise('powerbolt-2', 'h', 2_000, 'r');
    expect(lines.join('\n')).toMatch(/✗ Released too early: the reset did not register \(seed S9\) — Reset counted 2\.0 s of 5 s/);
    expect(lines.join('\n')).toMatch(/▸ factory reset not registered \(Reset released early\)/);
    expect(session.done).toBe(false);
  });

  it('says the reset is done as the lock does it, with the codes it left, and the release plainly', () => {
    const { lines, session } = practise('powerbolt-2', 'h', 6_000, 'r');
    const text = lines.join('\n');
    expect(text).toMatch(/♪ 3 long beeps/);
    expect(text).toMatch(/✓ Factory reset done\. The factory defaults are back: the Mastercode is 0-0-0-0 and user code 1-2-3-4 \(slot 1\)/);
    expect(text).toMatch(/change the Mastercode from 0-0-0-0 and user code 1-2-3-4 at once/);
    expect(text).toMatch(/released reset after 6\.0 s — the reset was done at 5\.0 s/);
    expect(text).not.toMatch(/none of it counted|Released too early/);
    expect(session.finished).toBe(true);
    expect(session.countedMs()).toBe(5_000);
  });
});

describe('practice-reset on a SmartCode (pack out, Program held through reinsertion: S8)', () => {
  it('the 913: Program held 40 s with the pack in counts none of it, and says to pull the pack first', () => {
    const { lines, session } = practise('smartcode-913', 'h', 40_000, 'r');
    const text = lines.join('\n');
    expect(text).toMatch(/Not counting toward a reset yet: the SmartCode 913 counts the reset hold only from power-up \(seed S8\): pull the pack \[b\]/);
    expect(text).toMatch(/released program after 40\.0 s, none of it counted by the lock\n {2}No reset: .*pull the pack \[b\], hold Program \[h\], put the pack back \[b\] and keep holding 30 s/);
    expect(session.done).toBe(false);
  });

  it('p while Program is held says to release it first, and the hold goes on; r then reports it', () => {
    const { lines, session } = practise('smartcode-913', 'b', 'h', 'b', 5_000, 'p');
    expect(lines.at(-1)).toMatch(/Program is still held: release it first \[r\]/);
    expect(session.twin.buttons.isHeld('program')).toBe(true);
    expect(session.twin.mode).toBe('reset-hold');
    session.key('r');
    expect(lines.join('\n')).toMatch(/released program after 5\.0 s, 5\.0 s of it counted by the lock/);
    expect(lines.filter((l) => EARLY.test(l))).toHaveLength(1);
  });

  // Held first with the pack in, then the pack cycled: the release said only the time since the press
  // (41 s), which the lesson itself says the lock does not count.
  it('Program held before the pack is cycled: the release also says the time since the pack went in', () => {
    const { lines, session } = practise('smartcode-913', 'h', 4_000, 'b', 5_000, 'b', 32_000, 'r');
    expect(session.twin.mode).toBe('reset-armed');
    expect(lines.join('\n')).toMatch(/released program after 41\.0 s, 32\.0 s of it since the pack went in \(the lock counts from there\)/);
  });

  // Door handing runs by itself after the confirming press (seed S16) and is learned on screen before
  // the last line: that line said "Next … door handing (it starts by itself …)" all the same.
  it('the 913: handing learned on screen, the last line goes on from there, not to the handing', () => {
    const { lines, session } = practise('smartcode-913', 'b', 'h', 'b', 31_000, 'r', 'p');
    const learned = lines.findIndex((l) => /door handing learned/.test(l));
    const done = lines.findIndex((l) => DONE.test(l));
    expect(learned).toBeGreaterThan(-1);
    expect(done).toBeGreaterThan(learned);
    const next = nextAfterReset(modelOf('smartcode-913'));
    expect(lines[done]).not.toMatch(/it starts by itself|Next, in this order: door handing/);
    expect(lines[done]).toContain(`${next.says} Door handing is learned. ${next.afterHanding}`);
    expect(session.finished).toBe(true);
  });

  it.each([['smartcode-909'], ['smartcode-910']])('the %s ends with no Mastercode to set', (id) => {
    const { lines, session } = practise(id, 'b', 'h', 'b', 31_000, 'r', 'p');
    const done = lines.find((l) => DONE.test(l)) ?? '';
    expect(done).toMatch(/no Mastercode \(codes go by position\)/);
    expect(done).not.toMatch(/a Mastercode, then/);
    expect(session.finished).toBe(true);
  });
});

describe('practice-reset ends on every model with what that model\'s reset left', () => {
  const perform = (m: (typeof MODELS)[number]): (string | number)[] => {
    const hold = m.timing.resetHoldMs + 1_000;
    if (m.reset.gesture === 'power-up-program-hold') return ['b', 'h', 'b', hold, 'r', 'p'];
    return m.reset.confirmPress ? ['h', hold, 'r', 'p'] : ['h', hold, 'r'];
  };
  it.each(MODELS.map((m) => [m.id, m] as const))('the %s', (id, m) => {
    const { lines, session } = practise(id, ...perform(m));
    const done = lines.filter((l) => DONE.test(l));
    expect(done).toHaveLength(1);
    const next = nextAfterReset(m);
    expect(done[0]).toContain(next.says);
    // Handing that ran by itself and was learned on screen (seed S16) is not told as still to come.
    const learned = lines.some((l) => /door handing learned/.test(l));
    expect(done[0]).toContain(learned ? `Door handing is learned. ${next.afterHanding}` : next.todo);
    expect(session.finished).toBe(true);
    expect(lines.filter((l) => EARLY.test(l))).toEqual([]);
  });
});

describe("practice-reset's keys, said three ways, agree on every model", () => {
  const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
  /** The keys as each place shows them: the instructions' "Keys:" line, the answer to a key that
   * does nothing, the doctor's offer (quit goes without saying there), and the keys the session acts on. */
  function keysShown(id: string) {
    const m = modelOf(id);
    const line = practiceInstructions(m).find((l) => l.startsWith('Keys:')) ?? '';
    const taken = LETTERS.filter((k) => k !== 'q' && new PracticeSession(m, 1, () => {}).key(k));
    return {
      instructions: [...line.matchAll(/\[(\w)\]/g)].map((x) => x[1]),
      hint: practiceKeyLetters(m).split(' '),
      offer: [...practiceKeysInShort(m).matchAll(/(?:^|, )(\w) /g)].map((x) => x[1]).concat('q'),
      taken: taken.concat('q'),
    };
  }

  it.each(MODELS.map((m) => [m.id]))('the %s', (id) => {
    const { instructions, hint, offer, taken } = keysShown(id);
    expect(instructions.length).toBeGreaterThan(1);
    expect(hint).toEqual(instructions);
    expect(offer).toEqual(instructions);
    expect(taken.sort()).toEqual([...instructions].sort());
  });

  it('the Powerbolt 250 and 955 (Program held while powered, M9, K4): no battery key; the SmartCode pack reset (S8) has it; a Reset button (M11) no Program press', () => {
    for (const id of ['powerbolt-250', 'smartcode-955']) expect(keysShown(id).hint, id).toEqual(['h', 'r', 'p', 'q']);
    expect(keysShown('smartcode-913').hint).toEqual(['b', 'h', 'r', 'p', 'q']);
    expect(keysShown('powerbolt-2').hint).toEqual(['h', 'r', 'q']);
  });
});
