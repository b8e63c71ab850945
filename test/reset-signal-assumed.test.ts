// A reset signal whose light or sound no source gives is cited as assumed wherever it is printed.
// The sources give only part of some reset signals: the Powerbolt 250's armed reset "a long beep"
// (product-facts M9) and its reset done "GREEN×1" (M9), the 264's and Powerbolt 2's reset "three
// long beeps" (S5, M11), the 955's "one long beep" and "one short beep" (K4). The twin still shows
// the rest (a light, a beep), so the profile's source for the signal owns up to it ("the red
// light: assumed"), and decode's advice, the doctor's reset steps and the reasons a reset did not
// take print it so, beside the reference that gives the rest — in the words the troubleshooter
// uses for its own assumptions ("the pack cycle cancelling it: assumed").
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { buildProcedure } from '../src/troubleshoot/procedures.ts';
import { readResetFailure } from '../src/troubleshoot/reset-failure-reading.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { signalWords } from '../src/troubleshoot/procedure-kit.ts';
import type { SignalName } from '../src/models/profile.ts';
import { modelOf } from './model-of.ts';
import { factsVariants } from './cite-walks.ts';
import { lockstep } from './cli-run.ts';
import { expectAdviceOwnsUp, expectSourceOwnsUp } from './assumed-part-cited.ts';

/** The part of a reset signal no source gives, as the citation owns up to it, with the reference
 * that gives the rest (product-facts.md, the model's section). */
const UNSOURCED: readonly [string, SignalName, string, string][] = [
  ['powerbolt-250', 'resetArmed', 'the red light', 'M9'],
  ['powerbolt-250', 'resetDone', 'the beep', 'M9'],
  ['powerbolt-264', 'resetDone', 'the green flash', 'S5'],
  ['powerbolt-92640-001', 'resetDone', 'the green flash', 'S5'],
  ['powerbolt-2', 'resetDone', 'the green flash', 'M11'],
  ['smartcode-955', 'resetArmed', 'the red flash', 'K4'],
  ['smartcode-955', 'resetDone', 'the green flash', 'K4'],
];

describe('a reset signal\'s part no source gives is cited as assumed', () => {
  it.each(UNSOURCED)('%s %s: the profile\'s source owns up to %s', (id, signal, part, ref) => expectSourceOwnsUp(id, signal, part, ref));

  it.each(UNSOURCED)('%s %s: decode\'s advice says %s is assumed', (id, signal, part) => expectAdviceOwnsUp(id, signal, part));

  it.each(UNSOURCED)('%s %s: the doctor\'s reset steps that name the signal (a menu step may look the same) say %s is assumed', (id, signal, part) => {
    const m = modelOf(id);
    const look = signalWords(m, signal);
    const steps = buildProcedure('factory-reset', m, factsVariants()[0]).procedure.steps.filter((s) => s.says.includes(look) && !/menu is open/.test(s.says));
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(s.cite, s.says).toContain(`${part}: assumed`);
  });

  /** The signal the hold ends with: the armed reset where a press follows, else the reset done. */
  const endsTheHold = UNSOURCED.filter(([id, signal]) => (signal === 'resetArmed') === modelOf(id).reset.confirmPress);
  it.each(endsTheHold)('%s %s: the reset let go early, told to hold until the signal, says %s is assumed', (id, signal, part) => {
    const m = modelOf(id);
    const early = readResetFailure(m, parseSignalText("the reset didn't work"), TERMINAL_POINTERS.rehearseReset)?.causes.find((c) => c.id === 'released-early');
    expect(early?.says).toContain(signalWords(m, signal));
    expect(early?.cite).toContain(`${part}: assumed`);
  });

  it('lockstep decode on the Powerbolt 250\'s armed reset prints the solid red as assumed, the long beep its guide\'s', () => {
    const r = lockstep('decode', '--model', 'powerbolt-250', 'solid red and a long beep');
    expect(r.code).toBe(0);
    const out = stripVTControlCharacters(r.out);
    expect(out).toContain('solid red for 1 s with 1 long beep');
    expect(out).toMatch(/\(seed S8, S24; product-facts M9, S11; the red light: assumed; the pack cycle cancelling it: assumed\)/);
  });

  it('lockstep decode on the 92640-001\'s three long beeps prints the green flash as assumed', () => {
    const r = lockstep('decode', '--model', '92640-001', 'three long beeps');
    expect(r.code).toBe(0);
    expect(stripVTControlCharacters(r.out)).toMatch(/green ×1 with 3 long beeps[\s\S]*the green flash: assumed/);
  });
});
