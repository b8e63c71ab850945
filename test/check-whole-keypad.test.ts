// The explorations that press every digit of the keypad. keypad (seed S1): every entry of the
// scope's code length is typed and — where programming starts at the keypad — only the admin
// code is left out, since S1 excuses a sequence that carries it. admin-gate (S2/S3): only the
// moves of programming, every entry of the code's length but the admin code, never entered.
// reset-menu (S18): from a lock just reset, every digit as a one-digit entry while programming
// (every menu item), the codes anyone may know typed whole.
import { describe, expect, it } from 'vitest';
import { findModel, MODELS } from '../src/models/index.ts';
import { hasSecureScreen } from '../src/firmware/secure-screen.ts';
import { actionsFor, type CheckAction } from '../src/check/actions.ts';
import { explorationsOf, explore, machineFor } from '../src/check/explore.ts';
import { codeLengthProblem, defaultDepth, defaultScope, freshCode, scopeProfile, unguessableAdmin, userCode, WHOLE_KEYPAD, type ExplorationName } from '../src/check/scope.ts';
import type { MachineState } from '../src/check/machine.ts';
import type { CheckMachine } from '../src/check/machine.ts';

/** Every entry of up to 4 digits on a ten-digit alphabet: 10 + 100 + 1 000 + 10 000. */
const ENTRIES_UP_TO_4_DIGITS = 11_110;

function pressOf(actions: readonly CheckAction[], key: string): CheckAction {
  return actions.find((a) => a.label === `press ${key}`)!;
}

/** A checker machine for one exploration of a model, with that exploration's actions. */
function machineOf(modelId: string, exploration: ExplorationName) {
  const model = findModel(modelId)!;
  const scope = defaultScope(model);
  return { scope, m: machineFor(model, scope, exploration), actions: actionsFor(exploration, model, scope) };
}

/** The state reached by pressing `keys` one after another from the initial state. */
function typed(m: CheckMachine, actions: readonly CheckAction[], keys: string, from: MachineState = m.initial): MachineState {
  let st = from;
  for (const k of keys) st = m.step(st, pressOf(actions, k)).state;
  return st;
}

describe('the keypad exploration', () => {
  it('presses all ten digits and the exterior inputs; the exterior exploration presses 0 and 1', () => {
    const model = findModel('smartcode-913')!;
    const scope = defaultScope(model);
    const labels = (name: 'keypad' | 'exterior') => actionsFor(name, model, scope).map((a) => a.label);
    expect(labels('keypad')).toEqual([...WHOLE_KEYPAD.map((d) => `press ${d}`), 'press lock', 'key unlock', 'key lock', 'exterior disconnected', 'exterior connected', 'tick']);
    expect(labels('exterior').filter((l) => /^press \d$/.test(l))).toEqual(['press 0', 'press 1']);
  });

  it('goes one step beyond the shortest code on every model', () => {
    for (const id of ['smartcode-913', 'smartcode-275', 'powerbolt-2', 'smartcode-909']) {
      const model = findModel(id)!;
      expect(defaultDepth(model).keypad).toBe(model.codes.minLength + 1);
    }
  });

  it('explores every entry of up to four digits on the 913 and S1 holds', () => {
    const model = findModel('smartcode-913')!;
    const r = explore(model, defaultScope(model), 'keypad');
    expect(r.found).toEqual([]);
    expect(r.truncated).toBe('depth');
    expect(r.states).toBeGreaterThan(ENTRIES_UP_TO_4_DIGITS);
  });

  it('leaves out the digit that completes the admin code where programming starts at the keypad (275), and only that one', () => {
    const { scope, m, actions } = machineOf('smartcode-275', 'keypad');
    const admin = unguessableAdmin(scope);
    const st = typed(m, actions, admin.slice(0, -1));
    const last = admin.at(-1)!;
    expect(m.enabled(st, pressOf(actions, last))).toBe(false);
    for (const d of WHOLE_KEYPAD) if (d !== last) expect(m.enabled(st, pressOf(actions, d))).toBe(true);
    // Another entry that shares the admin code's first digits is typed in full.
    expect(m.enabled(typed(m, actions, '55'), pressOf(actions, last))).toBe(true);
    m.dispose();
  });

  it('on a five-button keypad (Powerbolt 2) leaves out the admin code typed with either digit of its keys', () => {
    const { m, actions } = machineOf('powerbolt-2', 'keypad');
    // 5555 and 6565 are one key sequence on the 5|6 key.
    const st = typed(m, actions, '656');
    expect(m.enabled(st, pressOf(actions, '5'))).toBe(false);
    expect(m.enabled(st, pressOf(actions, '6'))).toBe(false);
    expect(m.enabled(st, pressOf(actions, '7'))).toBe(true);
    m.dispose();
  });

  it('types the admin code on the 913, whose programming starts at the interior Program button', () => {
    const { scope, m, actions } = machineOf('smartcode-913', 'keypad');
    const admin = unguessableAdmin(scope);
    expect(m.enabled(typed(m, actions, admin.slice(0, -1)), pressOf(actions, admin.at(-1)!))).toBe(true);
    m.dispose();
  });
});

describe('the screened exploration', () => {
  it('is one of the checks of the 916 only (the one model with a SecureScreen), with the keypad exploration\'s moves, three steps deeper', () => {
    for (const m of MODELS) expect(explorationsOf(m).includes('screened')).toBe(hasSecureScreen(m));
    expect(MODELS.filter(hasSecureScreen).map((m) => m.id)).toEqual(['smartcode-916']);
    const model = findModel('smartcode-916')!;
    const scope = defaultScope(model);
    expect(actionsFor('screened', model, scope).map((a) => a.label)).toEqual(actionsFor('keypad', model, scope).map((a) => a.label));
    // The waking touch, the two shown digits, four digits, one move more.
    expect(defaultDepth(model).screened).toBe(defaultDepth(model).keypad + 3);
    expect(defaultDepth(model, 6).screened).toBe(1 + 2 + 6 + 1);
  });

  it('starts with switch 4 on: a touch shows the digits, and the user code opens only after them', () => {
    const { scope, m, actions } = machineOf('smartcode-916', 'screened');
    const act = (label: string) => actions.find((a) => a.label === label)!;
    m.restore(m.initial);
    expect(m.twin.switches[3]).toBe(true);
    // Locked first: Lock, then time until the bolt is out.
    let locked = m.step(m.initial, act('press lock')).state;
    for (let i = 0; i < 5 && m.twin.bolt.state() !== 'extended'; i++) locked = m.step(locked, act('tick')).state;
    expect(m.twin.bolt.state()).toBe('extended');
    const woken = typed(m, actions, '9', locked);
    m.restore(woken);
    const shown = m.twin.firmware.s.prompt;
    expect(shown).toMatch(/^\d\d$/);
    expect(shown.startsWith(userCode(scope)[0])).toBe(false); // seed 1 shows 3-8: the code's first digit is a wrong one
    // The code typed alone lands on the screen's digits: the bolt stays out.
    typed(m, actions, userCode(scope), woken);
    expect(m.twin.firmware.s.motorOp).toBe('none');
    expect(m.twin.bolt.state()).toBe('extended');
    // After the shown digits it opens; the PRNG restarts at each step, so every touch shows the same.
    typed(m, actions, shown + userCode(scope), woken);
    expect(m.twin.firmware.s.prompt).toBe('');
    expect(m.twin.firmware.s.motorOp).toBe('unlock');
    expect(m.twin.firmware.s.motorSource).toBe('keypad');
    m.dispose();
  });

  it('explores every entry of up to four digits behind the screen on the 916, and S1 and the lockout hold', () => {
    const model = findModel('smartcode-916')!;
    const r = explore(model, defaultScope(model), 'screened');
    expect(r.properties).toEqual(['S1', 'lockout']);
    expect(r.init.switches).toEqual({ 4: true });
    expect(r.found).toEqual([]);
    expect(r.truncated).toBe('depth');
    expect(r.states).toBeGreaterThan(ENTRIES_UP_TO_4_DIGITS);
  });
});

describe('the admin-gate exploration', () => {
  it('offers the moves of programming only: every digit, Lock, Program, a new code typed whole, the installed code typed whole and the exterior\'s cable', () => {
    const model = findModel('smartcode-913')!;
    const scope = defaultScope(model);
    const labels = actionsFor('admin-gate', model, scope).map((a) => a.label);
    expect(labels).toEqual([
      ...WHOLE_KEYPAD.map((d) => `press ${d}`),
      'press lock',
      'press program',
      `type ${freshCode(scope)}`,
      `type ${userCode(scope)}`,
      'exterior disconnected',
      'exterior connected',
    ]);
    expect(freshCode(scope)).not.toBe(userCode(scope)); // the installed lock's user code: adding it would be refused
  });

  it('pulls the cable at any step, mid-entry too, plugs it back only when pulled, and offers no keypad move while it is out', () => {
    const { m, actions } = machineOf('smartcode-913', 'admin-gate');
    const out = actions.find((a) => a.label === 'exterior disconnected')!;
    const back = actions.find((a) => a.label === 'exterior connected')!;
    const keypadMoves = actions.filter((a) => a.act?.do === 'type' || (a.act?.do === 'press' && a.act.key !== 'program'));
    expect(keypadMoves.length).toBe(13); // ten digits, Lock, the new code and the installed one typed whole
    expect(m.enabled(m.initial, out)).toBe(true);
    expect(m.enabled(m.initial, back)).toBe(false);
    const program = m.step(m.initial, actions.find((a) => a.label === 'press program')!).state;
    expect(m.enabled(program, out)).toBe(true); // Program opened the prompt; its entry is empty
    const midEntry = typed(m, actions, '12', program);
    expect(m.enabled(midEntry, out)).toBe(true); // the cable pulled in the middle of an entry
    for (const pulled of [m.step(program, out).state, m.step(midEntry, out).state]) {
      expect(m.enabled(pulled, out)).toBe(false);
      expect(m.enabled(pulled, back)).toBe(true);
      expect(keypadMoves.filter((a) => m.enabled(pulled, a)).map((a) => a.label)).toEqual([]);
    }
    const replugged = m.step(m.step(midEntry, out).state, back).state;
    expect(keypadMoves.filter((a) => m.enabled(replugged, a)).length).toBeGreaterThan(0);
  });

  it('is one of the checks of a model with an admin code only, and goes as deep as its shortest programming', () => {
    expect(explorationsOf(findModel('smartcode-909')!)).not.toContain('admin-gate'); // positional: no admin code
    expect(explorationsOf(findModel('powerbolt-240')!)).not.toContain('admin-gate');
    expect(explorationsOf(findModel('smartcode-913')!)).toContain('admin-gate');
    // Program, four digits, Lock, a new code, Lock; at the keypad: four digits, Lock, the add digit, Lock, a new code, Lock.
    expect(defaultDepth(findModel('smartcode-913')!)['admin-gate']).toBe(8);
    expect(defaultDepth(findModel('smartcode-275')!)['admin-gate']).toBe(9);
  });

  it('never completes the admin code (the 913, after Program), stops entries at four digits, and keeps Lock for an entry and Program for an empty one', () => {
    const { scope, m, actions } = machineOf('smartcode-913', 'admin-gate');
    const lock = actions.find((a) => a.label === 'press lock')!;
    const program = actions.find((a) => a.label === 'press program')!;
    const fresh = actions.find((a) => a.label.startsWith('type '))!;
    expect(m.enabled(m.initial, lock)).toBe(false);
    expect(m.enabled(m.initial, program)).toBe(true);
    expect(m.enabled(m.initial, fresh)).toBe(true);
    const asking = m.step(m.initial, program).state; // the Mastercode is asked for
    const admin = unguessableAdmin(scope);
    const almost = typed(m, actions, admin.slice(0, -1), asking);
    expect(m.enabled(almost, pressOf(actions, admin.at(-1)!))).toBe(false);
    expect(m.enabled(almost, lock)).toBe(true);
    expect(m.enabled(almost, program)).toBe(false);
    const full = typed(m, actions, '7391', asking);
    for (const d of WHOLE_KEYPAD) expect(m.enabled(full, pressOf(actions, d))).toBe(false);
    expect(m.enabled(full, lock)).toBe(true);
    m.dispose();
  });

  it('explores every entry of four digits after Program on the 913, and S2/S3 holds', () => {
    const model = findModel('smartcode-913')!;
    const r = explore(model, defaultScope(model), 'admin-gate');
    expect(r.properties).toEqual(['S2/S3']);
    expect(r.found).toEqual([]);
    expect(r.truncated).toBe('depth');
    expect(r.states).toBeGreaterThan(2 * ENTRIES_UP_TO_4_DIGITS); // in normal operation and after Program
  });
});

describe('the reset-menu exploration', () => {
  it('offers every digit, the codes anyone may know after a reset typed whole, Lock, Program, the exterior\'s cable and time', () => {
    const model = findModel('powerbolt-264')!;
    const scope = defaultScope(model);
    const labels = actionsFor('reset-menu', model, scope).map((a) => a.label);
    // 0000: the 264's admin code after a reset; 0101: the scope's user code; 1234: the user code a reset leaves.
    expect(labels).toEqual([
      ...WHOLE_KEYPAD.map((d) => `press ${d}`),
      'type 0000',
      'type 0101',
      'type 1234',
      'press lock',
      'press program',
      'exterior disconnected',
      'exterior connected',
      'tick',
    ]);
  });

  it('presses a digit only while programming, as an entry of one (the 250: Program opens its menu)', () => {
    const { m, actions } = machineOf('powerbolt-250', 'reset-menu');
    const program = actions.find((a) => a.label === 'press program')!;
    for (const d of WHOLE_KEYPAD) expect(m.enabled(m.initial, pressOf(actions, d))).toBe(false);
    const menu = m.step(m.initial, program).state;
    expect(m.twin.firmware.s.mode).not.toBe('idle');
    for (const d of WHOLE_KEYPAD) expect(m.enabled(menu, pressOf(actions, d))).toBe(true);
    const item = m.step(menu, pressOf(actions, '3')).state;
    for (const d of WHOLE_KEYPAD) expect(m.enabled(item, pressOf(actions, d))).toBe(false);
    m.dispose();
  });

  it('S18 holds on the standard firmware, explored to its depth (the 250 and the 264, whose handing is a menu item)', () => {
    for (const id of ['powerbolt-250', 'powerbolt-264']) {
      const model = findModel(id)!;
      const r = explore(model, defaultScope(model), 'reset-menu');
      expect(r.properties).toEqual(['S4/S11', 'S18']);
      expect(r.found).toEqual([]);
      expect(r.truncated).toBe('depth');
      expect(r.maxDepth).toBe(defaultDepth(model)['reset-menu']);
    }
  });
});


describe('the scope\'s code length (--code-length)', () => {
  it('installs and types codes of that length, takes entries up to it for codes, and deepens the whole-keypad explorations by as much', () => {
    const model = findModel('smartcode-913')!;
    const scope = defaultScope(model, undefined, undefined, 6);
    expect(userCode(scope)).toBe('010101');
    expect(freshCode(scope)).toBe('101010');
    expect(unguessableAdmin(scope)).toBe('555555');
    const profile = scopeProfile(model, scope);
    expect([profile.codes.minLength, profile.codes.maxLength, profile.codes.adminMinLength, profile.codes.adminMaxLength]).toEqual([4, 6, 4, 6]);
    expect(scope.depth.keypad).toBe(defaultDepth(model).keypad + 2);
    expect(scope.depth['admin-gate']).toBe(defaultDepth(model)['admin-gate'] + 2);
    expect(scope.depth.exterior).toBe(defaultDepth(model).exterior);
  });

  it('keeps a new code apart from the installed one at an odd length too', () => {
    const scope = defaultScope(findModel('smartcode-913')!, undefined, undefined, 5);
    expect(userCode(scope)).toBe('01010');
    expect(freshCode(scope)).toBe('10101');
  });

  it('is a length the model takes for its codes and admin code', () => {
    expect(codeLengthProblem(findModel('smartcode-913')!, 8)).toBeNull();
    expect(codeLengthProblem(findModel('smartcode-913')!, 9)).toMatch(/4 to 8 digits, not 9/);
    expect(codeLengthProblem(findModel('powerbolt-2')!, 10)).toBeNull();
    expect(codeLengthProblem(findModel('smartcode-909')!, 3)).toMatch(/smartcode-909 takes codes of 4 to 8 digits/);
  });
});
