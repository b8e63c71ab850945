// "The reset didn't work, nothing happened": decode names the reset's own failures on each model,
// in its words and with its own sources — the pack never taken out on a SmartCode, whose hold
// counts only from power-up (seed S8), the bolt not withdrawn on the Powerbolt 250 (product-facts
// M9), the hold let go early (seed S9), the confirming press never made (seed S24) — beside the
// weak pack it already named (seed S10), and points to practice-reset to rehearse it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { MODELS } from '../src/models/index.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { readResetFailure } from '../src/troubleshoot/reset-failure-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { borrowedPrintedAsOwn, otherModelsSeedAsOwn, wrongInProse } from './cite-checks.ts';
import { modelOf } from './model-of.ts';

const SAID = "reset didn't work, nothing happened";

/** What stops each model's reset, as its data gives the gesture (profile `reset`, `timing.resetHoldMs`). */
const EXPECTED: Record<string, { causes: string[]; button: string; seconds: number }> = {
  'smartcode-913': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'smartcode-914': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'smartcode-916': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'smartcode-275': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'smartcode-955': { causes: ['released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'smartcode-909': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'smartcode-910': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'homeconnect-620': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
  'powerbolt-250': { causes: ['bolt-not-retracted', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 15 },
  'powerbolt-264': { causes: ['released-early'], button: 'Reset', seconds: 5 },
  'powerbolt-92640-001': { causes: ['released-early'], button: 'Reset', seconds: 5 },
  'powerbolt-2': { causes: ['released-early'], button: 'Reset', seconds: 5 },
  'powerbolt-240': { causes: ['pack-not-cycled', 'released-early', 'confirm-press-missing'], button: 'Program', seconds: 30 },
};

describe('reading "the reset did not work"', () => {
  it.each([SAID, 'the factory reset did not work', 'reset failed', 'I tried to reset it but nothing happened', "couldn't reset it", "the reset isn't working", 'reset did nothing'])('%s', (text) => {
    const obs = parseSignalText(text);
    expect(obs.symptoms).toContain('reset-failed');
    // "Nothing happened" is the reset's, not a keypad that ignores codes.
    expect(obs.symptoms).not.toContain('unresponsive');
  });

  it('a question about the reset, a reset done, or codes ignored after one is no failed reset', () => {
    for (const text of ['how do I reset it', 'reset done, green flash and two beeps', 'after the reset it ignores my codes']) {
      expect(parseSignalText(text).symptoms, text).not.toContain('reset-failed');
    }
  });
});

describe('what stops the reset, on every model', () => {
  it('covers every model', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(MODELS.map((m) => m.id).sort());
  });

  for (const m of MODELS) {
    it(`${m.id}: the failures its own reset can have, in its words, with its own sources`, () => {
      const want = EXPECTED[m.id];
      const r = readResetFailure(m, parseSignalText(SAID), TERMINAL_POINTERS.rehearseReset);
      expect(r).not.toBeNull();
      expect(r!.causes.map((c) => c.id)).toEqual(want.causes);
      const early = r!.causes.find((c) => c.id === 'released-early')!;
      expect(early.says).toContain(`${want.button}`);
      expect(early.says).toContain(`${want.seconds} s`);
      expect(early.cite).toMatch(/seed S9/);
      for (const c of r!.causes) {
        expect(borrowedPrintedAsOwn(m, c.cite), `${c.id}: ${c.cite}`).toEqual([]);
        expect(otherModelsSeedAsOwn(m, c.cite), `${c.id}: ${c.cite}`).toEqual([]);
        expect(wrongInProse(m, c.says), c.says).toEqual([]);
      }
      expect(r!.todo).toContain(`lockstep practice-reset --model ${m.id}`);
      expect(wrongInProse(m, r!.todo)).toEqual([]);
    });
  }

  it('the Powerbolt 250 names its bolt withdrawn first, from its own guide (M9)', () => {
    const bolt = readResetFailure(modelOf('powerbolt-250'), parseSignalText(SAID), TERMINAL_POINTERS.rehearseReset)!.causes.find((c) => c.id === 'bolt-not-retracted')!;
    expect(bolt.says).toMatch(/unlock/);
    expect(bolt.cite).toMatch(/product-facts M9/);
  });

  it('a SmartCode names the pack taken out and Program held while it goes back in (seed S8)', () => {
    const pack = readResetFailure(modelOf('smartcode-913'), parseSignalText(SAID), TERMINAL_POINTERS.rehearseReset)!.causes.find((c) => c.id === 'pack-not-cycled')!;
    expect(pack.says).toMatch(/battery pack.*(back in|reinsert)/);
    expect(pack.cite).toMatch(/seed S8/);
  });

  it('nothing is read where no failed reset was said', () => {
    expect(readResetFailure(modelOf('smartcode-913'), parseSignalText('red x3, 3 beeps'), TERMINAL_POINTERS.rehearseReset)).toBeNull();
  });
});

describe('lockstep decode "reset didn\'t work, nothing happened"', () => {
  const lockstep = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'decode', ...args], { encoding: 'utf8', env: colourlessEnv() });
    return { code: r.status, out: r.stdout };
  };

  it('exits 0 with the reset\'s own failures, the weak pack (seed S10) and practice-reset', () => {
    for (const id of ['smartcode-913', 'powerbolt-264', 'powerbolt-250']) {
      const r = lockstep('--model', id, SAID);
      expect(r.code, id).toBe(0);
      expect(r.out, id).toMatch(/factory reset did not take/);
      expect(r.out, id).toMatch(/Released too early|let go/i);
      expect(r.out, id).toMatch(/low battery/);
      expect(r.out, id).toContain(`lockstep practice-reset --model ${id}`);
      expect(r.out, id).not.toMatch(/Count the flashes and beeps again|keypad lockout/);
    }
  });

  it('--json carries the reading as `reset`, null where none', () => {
    const j = JSON.parse(lockstep('--model', 'powerbolt-250', '--json', SAID).out);
    expect(j.reset.causes.map((c: { id: string }) => c.id)).toEqual(EXPECTED['powerbolt-250'].causes);
    expect(JSON.parse(lockstep('--json', 'red x3, 3 beeps').out).reset).toBeNull();
  });
});
