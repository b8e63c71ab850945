// What the lock's "reset done" and "handing done" signals tell the owner to do next, per model:
// the positional models (909, 910, Powerbolt 240) have no Mastercode to set (product-facts M15,
// M13); the 264 and Powerbolt 2 reset to programming code / Mastercode 0-0-0-0 and user code
// 1-2-3-4 (product-facts §7, M11), to be changed at once; the 275 to programming code 0-0-0-0
// with no user code (seed S12). The decoder's advice and practice-reset share these words.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { MODELS } from '../src/models/index.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { nextAfterReset } from '../src/troubleshoot/after-reset.ts';
import { sourceCite } from '../src/troubleshoot/procedure-kit.ts';
import { joinCites } from '../src/troubleshoot/cites.ts';
import { ownCite } from '../src/troubleshoot/own-cite.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { modelOf } from './model-of.ts';

const decode = (...args: string[]) => spawnSync(process.execPath, [BIN, 'decode', ...args], { encoding: 'utf8', env: colourlessEnv() }).stdout;
const POSITIONAL = MODELS.filter((m) => m.programming === 'positional');
const RESTORES_CODES = MODELS.filter((m) => Object.keys(m.defaults.userCodesAfterReset).length > 0);

describe('after a reset, on a model without a Mastercode (codes by position)', () => {
  it('knows them: the 909, 910 and Powerbolt 240', () => {
    expect(POSITIONAL.map((m) => m.id).sort()).toEqual(['powerbolt-240', 'smartcode-909', 'smartcode-910']);
  });

  it.each(POSITIONAL.map((m) => [m.id, m] as const))('the %s is not told to set a Mastercode', (_id, m) => {
    for (const signal of ['resetDone', 'handingDone'] as const) {
      const a = adviceFor(m, signal);
      expect(a.todo, signal).not.toMatch(/(set|then) an? (Mastercode|programming code)/i);
      expect(a.todo, signal).toMatch(/no Mastercode \(codes go by position\)/);
      expect(a.todo, signal).toMatch(/each at its own position/);
      expect(a.cite, signal).not.toMatch(/S21/);
    }
  });

  it('decode says so for the 909 (reset done, then handing done)', () => {
    const reset = decode('--model', 'smartcode-909', 'green, two beeps');
    expect(reset).toContain('factory reset done');
    expect(reset).not.toMatch(/then a Mastercode/);
    expect(reset).toMatch(/hold Lock.*then codes, each at its own position, tested with the door open/);
    const handed = decode('--model', 'smartcode-909', 'green light, no beep');
    expect(handed).toContain('door handing done');
    expect(handed).not.toMatch(/Set a Mastercode/);
  });
});

describe('after a reset that restores factory codes', () => {
  it.each(RESTORES_CODES.map((m) => [m.id, m] as const))('the %s: what the reset leaves, to be changed at once', (_id, m) => {
    const a = adviceFor(m, 'resetDone');
    expect(a.says).not.toMatch(/Every code is erased/);
    expect(a.says).toContain(`the ${m.adminCodeName} is 0-0-0-0 and user code 1-2-3-4 (slot 1)`);
    expect(a.todo).toContain(`change the ${m.adminCodeName} from 0-0-0-0 and user code 1-2-3-4 at once`);
    expect(adviceFor(m, 'handingDone').todo).toMatch(new RegExp(`^Change the ${m.adminCodeName} from 0-0-0-0`));
  });

  it('names the 264\'s and the Powerbolt 2\'s codes as their guides do', () => {
    expect(adviceFor(modelOf('powerbolt-264'), 'resetDone').says).toMatch(/programming code is 0-0-0-0/);
    expect(adviceFor(modelOf('powerbolt-2'), 'resetDone').says).toMatch(/Mastercode is 0-0-0-0/);
    expect(adviceFor(modelOf('powerbolt-2'), 'resetDone').cite).toMatch(/product-facts M11/);
    // The Powerbolt 2 confirms with Lock: 0000, Lock, 0, Lock (product-facts S1).
    expect(adviceFor(modelOf('powerbolt-2'), 'resetDone').todo).toMatch(/enter the Mastercode and press Lock, then 0, then Lock/);
  });

  it('the 275: programming code 0-0-0-0, not the tag\'s, and no user code (seed S12)', () => {
    const a = adviceFor(modelOf('smartcode-275'), 'resetDone');
    expect(a.says).toBe('Every user code is erased; the programming code is back to 0-0-0-0, not the code on the programming tag.');
    expect(a.todo).toMatch(/change the programming code from 0-0-0-0 at once .*then add codes and test each with the door open/);
    expect(a.todo).not.toMatch(/Mastercode|1-2-3-4/);
    expect(a.cite).toMatch(/S12/);
  });
});

describe('after a reset that leaves a blank slate', () => {
  it.each([['smartcode-913', 'Mastercode'], ['smartcode-955', 'programming code'], ['powerbolt-250', 'Mastercode']])('the %s: a %s, then codes', (id, name) => {
    const a = adviceFor(modelOf(id), 'resetDone');
    expect(a.says).toBe('Every code is erased: the lock is as it left the factory.');
    expect(a.todo).toMatch(new RegExp(`door handing.*then a ${name}, then codes tested with the door open`));
    expect(adviceFor(modelOf(id), 'handingDone').todo).toBe(`Set a ${name} now, then add codes and test each with the door open.`);
  });

  it('every model\'s advice for the reset is the shared words, cited beside the source of the signal it answers', () => {
    for (const m of MODELS) {
      const next = nextAfterReset(m);
      expect(adviceFor(m, 'resetDone')).toMatchObject({ says: next.says, todo: next.todo, cite: ownCite(m, joinCites(sourceCite(m, 'signals.resetDone'), next.cite)) });
      expect(adviceFor(m, 'handingDone')).toMatchObject({ todo: next.afterHanding, cite: ownCite(m, joinCites(sourceCite(m, 'signals.handingDone'), next.afterHandingCite)) });
    }
  });
});

// A reset that clears the admin code leaves none to type: the Powerbolt 250's next step after its
// reset said "press Program (or enter the Mastercode and press Kwikset)", the decoder's jam advice
// under "Right after a reset?" too (product-facts M9).
describe('door handing right after a reset that clears the admin code', () => {
  const CLEARED_MENU = MODELS.filter((m) => m.handing.trigger === 'menu' && m.programButton === 'menu-without-admin' && m.defaults.adminCodeAfterReset === '');

  it('knows them: the Powerbolt 250', () => {
    expect(CLEARED_MENU.map((m) => m.id)).toEqual(['powerbolt-250']);
  });

  it.each(CLEARED_MENU.map((m) => [m.id, m] as const))('the %s is told to press Program, with no admin code to type', (_id, m) => {
    const key = m.adminCodeName;
    expect(nextAfterReset(m).todo).toContain('door handing (press Program, then');
    expect(nextAfterReset(m).todo).not.toContain(`enter the ${key}`);
    const jam = adviceFor(m, 'jammed').todo;
    expect(jam).toMatch(/Right after a reset\? Redo door handing: press Program, then/);
    expect(jam).not.toContain(`enter the ${key}`);
    // Handing failed at any other time: the Mastercode may be set, so both ways stay.
    expect(adviceFor(m, 'handingFailed').todo).toContain(`press Program (or enter the ${key}`);
  });
});
