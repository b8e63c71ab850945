// SecureScreen, the 915/916's switch 4 (product-facts §2 [M5][M7]: "displays random digits to be
// pressed before entering user code… so that codes cannot be identified by examining the
// touchscreen for fingerprints"): the touch that starts an entry shows random digits, touched
// before the code; they come from the lock's own seeded random source, so a run replays; a wrong
// one is a wrong entry and counts towards the lockout; a pause darkens the screen; programming
// is not behind it; the switch off, or a model without it, changes nothing. And the point of it:
// the keys a hand touches to open the door are not just the code's.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NothingShownError, Twin } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';
import { campaignScenario } from '../src/check/power-cut-campaign.ts';
import { findModel } from '../src/models/index.ts';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';
import { lockState } from '../src/twin/lock-state.ts';
import { stateLines } from '../src/cli/repl/report.ts';
import { addCodeSequence, isUnavailable } from '../src/troubleshoot/keypad-sequences.ts';
import { enterCode } from '../src/index.ts'; // the library's export

const CODE = '1357';
const MASTERCODE = '86420';
const WAKE = '9';
const BOLT_MS = 2_000;
const SEEDS = 40;

function screen916(seed = 1, on = true): Twin {
  return Twin.create('smartcode-916', { seed, door: 'right', handed: 'right', mastercode: MASTERCODE, codes: { 1: CODE }, doorOpen: false, boltExtended: true, switches: { 4: on } });
}

function events(t: Twin, type: string): Record<string, unknown>[] {
  return t.trace.entries.filter((e) => e.ch === 'event' && (e.v as { type: string }).type === type).map((e) => e.v as Record<string, unknown>);
}

/** Touch the screen awake and read what it shows. */
function wake(t: Twin): string {
  t.apply({ do: 'press', key: WAKE });
  return t.screenDigits;
}

describe('SecureScreen (915/916 switch 4, product-facts M5, M7)', () => {
  it('a touch shows two random digits; touched in order, then the code, the door opens', () => {
    const t = screen916();
    const shown = wake(t);
    expect(shown).toMatch(/^[0-9]{2}$/);
    expect(events(t, 'secure-screen')).toEqual([{ type: 'secure-screen', digits: shown }]);
    expect(lockState(t).secureScreen).toBe(shown);
    expect(stateLines(t).join('\n')).toMatch(new RegExp(`SecureScreen shows ${shown[0]} ${shown[1]}`));
    t.apply({ do: 'type', digits: shown });
    expect(t.screenDigits).toBe(''); // all touched: the code comes next
    expect(lockState(t).secureScreen).toBeUndefined();
    t.apply({ do: 'type', digits: CODE });
    t.apply({ do: 'wait', ms: BOLT_MS });
    expect(events(t, 'unlocked')).toHaveLength(1);
    expect(t.locked).toBe(false);
  });

  it('the code alone does not open: a touch that differs from the shown digit is a wrong entry', () => {
    const t = screen916();
    const shown = wake(t);
    const wrongFirst = String((Number(shown[0]) + 1) % 10);
    t.apply({ do: 'type', digits: wrongFirst + CODE });
    t.apply({ do: 'wait', ms: BOLT_MS });
    expect(events(t, 'unlocked')).toHaveLength(0);
    expect(events(t, 'wrong-code').length).toBeGreaterThanOrEqual(1);
    expect(t.locked).toBe(true);
  });

  it('wrong touches count towards the lockout (three within a minute), and the locked-out screen shows nothing', () => {
    const t = screen916();
    for (let i = 0; i < 3; i++) {
      const shown = wake(t);
      t.apply({ do: 'press', key: String((Number(shown[0]) + 1) % 10) as '0' });
    }
    expect(events(t, 'lockout')).toHaveLength(1);
    expect(t.lockedOut).toBe(true);
    const before = events(t, 'secure-screen').length;
    t.apply({ do: 'press', key: WAKE });
    expect(events(t, 'secure-screen')).toHaveLength(before);
  });

  it('a pause as long as the entry timeout darkens the screen: a touch after it shows new digits, and no wrong entry is counted', () => {
    const t = screen916();
    wake(t);
    t.apply({ do: 'wait', ms: findModel('smartcode-916')!.timing.entryTimeoutMs + 1_000 });
    expect(t.screenDigits).toBe('');
    expect(events(t, 'wrong-code')).toHaveLength(0);
    const again = wake(t);
    expect(again).toMatch(/^[0-9]{2}$/);
    expect(events(t, 'secure-screen')).toHaveLength(2);
  });

  it('the Lock symbol locks as ever and ends a shown prompt', () => {
    const t = Twin.create('smartcode-916', { seed: 1, door: 'right', handed: 'right', codes: { 1: CODE }, doorOpen: true, switches: { 4: true } });
    wake(t);
    t.apply({ do: 'press', key: 'lock' });
    t.apply({ do: 'wait', ms: BOLT_MS });
    expect(events(t, 'locked')).toHaveLength(1);
    expect(t.screenDigits).toBe('');
  });

  it('switched off while it shows digits, the screen clears them and the code goes straight to the entry', () => {
    const t = screen916();
    wake(t);
    t.apply({ do: 'switch', n: 4, on: false });
    expect(t.screenDigits).toBe('');
    t.apply({ do: 'type', digits: CODE });
    t.apply({ do: 'wait', ms: BOLT_MS });
    expect(events(t, 'unlocked')).toHaveLength(1);
  });

  it('programming is not behind the screen: the Mastercode after Program adds a code with switch 4 on', () => {
    const t = Twin.create('smartcode-916', { seed: 1, door: 'right', handed: 'right', mastercode: MASTERCODE, codes: { 1: CODE }, doorOpen: true, switches: { 4: true } });
    const add = addCodeSequence(t.model, MASTERCODE, '2468', 2);
    if (isUnavailable(add)) throw new Error(add.unavailable);
    for (const step of add) if (step.action) t.apply(step.action);
    t.apply({ do: 'wait', ms: BOLT_MS });
    expect(events(t, 'secure-screen')).toHaveLength(0);
    expect(t.store().codes).toContain('2468');
  });

  it('switch 4 off, or a model without SecureScreen with it on: the code opens at its last digit', () => {
    for (const t of [screen916(1, false), Twin.create('smartcode-913', { seed: 1, door: 'right', handed: 'right', codes: { 1: CODE }, boltExtended: true, switches: { 4: true } })]) {
      t.apply({ do: 'type', digits: CODE });
      t.apply({ do: 'wait', ms: BOLT_MS });
      expect(events(t, 'secure-screen')).toHaveLength(0);
      expect(events(t, 'unlocked')).toHaveLength(1);
    }
  });

  it('the digits replay from the seed, differ between seeds, and a snapshot taken while they show carries them', () => {
    expect(wake(screen916(7))).toBe(wake(screen916(7)));
    const seen = new Set<string>();
    const digits = new Set<string>();
    for (let seed = 1; seed <= SEEDS; seed++) {
      const shown = wake(screen916(seed));
      seen.add(shown);
      for (const d of shown) digits.add(d);
    }
    expect(seen.size).toBeGreaterThan(SEEDS / 2);
    expect(digits.size).toBe(10);
    const t = screen916(3);
    const shown = wake(t);
    const snap = checkSnapshot(JSON.parse(JSON.stringify(t.snapshot())));
    expect(snap.firmware.prompt).toBe(shown);
    const back = Twin.restore(snap);
    expect(back.screenDigits).toBe(shown);
    for (const twin of [t, back]) twin.apply({ do: 'type', digits: shown + CODE });
    for (const twin of [t, back]) twin.apply({ do: 'wait', ms: BOLT_MS });
    expect(back.locked).toBe(false);
    expect(wake(back)).toBe(wake(t)); // the random source continues alike
    // A lock showing nothing writes no prompt: snapshots of locks without SecureScreen are as before.
    expect('prompt' in screen916(1, false).snapshot().firmware).toBe(false);
  });

  it('enterCode enters a code as the lock asks for it now: through SecureScreen on the 916, with Lock on the Powerbolt 2, plainly on the 913', () => {
    const on = screen916(5);
    enterCode(on, CODE);
    on.apply({ do: 'wait', ms: BOLT_MS });
    expect(events(on, 'secure-screen')).toHaveLength(1);
    expect(events(on, 'unlocked')).toHaveLength(1);
    // Woken already and its digits half touched: the rest of them, then the code.
    const half = screen916(6);
    wake(half);
    half.apply({ do: 'press', key: half.screenDigits[0] as '0' });
    expect(half.screenDigits).toHaveLength(1);
    enterCode(half, CODE);
    half.apply({ do: 'wait', ms: BOLT_MS });
    expect(events(half, 'secure-screen')).toHaveLength(1);
    expect(events(half, 'unlocked')).toHaveLength(1);
    const pb2 = Twin.create('powerbolt-2', { seed: 1, door: 'right', handed: 'right', codes: { 1: '5678' }, boltExtended: true });
    const plain = Twin.create('smartcode-913', { seed: 1, door: 'right', handed: 'right', codes: { 1: CODE }, boltExtended: true, switches: { 4: true } });
    for (const [t, code] of [[pb2, '5678'], [plain, CODE], [screen916(7, false), CODE]] as const) {
      enterCode(t, code);
      t.apply({ do: 'wait', ms: BOLT_MS });
      expect(events(t, 'unlocked'), t.model.id).toHaveLength(1);
      expect(events(t, 'secure-screen')).toHaveLength(0);
    }
  });

  it('what it is for: the keys a hand touches to open the door are not only the code\'s', () => {
    // Product-facts M5, M7: "so that codes cannot be identified by examining the touchscreen for
    // fingerprints." Over many openings the smudged keys are the code's and more; without the
    // switch they are exactly the code's.
    const touched = (on: boolean): Set<string> => {
      const keys = new Set<string>();
      for (let seed = 1; seed <= SEEDS; seed++) {
        const t = screen916(seed, on);
        const shown = on ? wake(t) : '';
        const typed = shown + CODE;
        t.apply({ do: 'type', digits: typed });
        t.apply({ do: 'wait', ms: BOLT_MS });
        expect(t.locked).toBe(false);
        for (const d of (on ? WAKE : '') + typed) keys.add(d);
      }
      return keys;
    };
    expect([...touched(false)].sort().join('')).toBe([...CODE].sort().join(''));
    expect(touched(true).size).toBe(10);
  });
});

const SHOWN_SCENARIO = (wake: boolean) => `name: type shown
model: smartcode-916
seed: 1
given:
  door: right
  handed: right
  codes: { 1: "${CODE}" }
  switches: { 4: on }
  doorState: closed
  bolt: extended
steps:
${wake ? `  - press: "${WAKE}"\n` : ''}  - type: shown
  - type: "${CODE}"
  - wait: 2s
  - expect: { event: unlocked, noEvent: wrong-code, locked: false }
`;

function scenarioFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lockstep-shown-')), 'shown.yaml');
  writeFileSync(file, text);
  return file;
}

describe('typing what the screen shows (`type-shown`, scenario `type: shown`)', () => {
  it('types the digits on the screen now, recorded in the trace as the digits typed, and the code then opens', () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const t = screen916(seed);
      t.apply({ do: 'press', key: WAKE });
      const shown = t.screenDigits;
      t.apply({ do: 'type-shown' });
      t.apply({ do: 'type', digits: CODE });
      t.apply({ do: 'wait', ms: BOLT_MS });
      expect(events(t, 'unlocked'), `seed ${seed}`).toHaveLength(1);
      const inputs = t.trace.entries.filter((e) => e.ch === 'input').map((e) => e.v);
      expect(inputs).toContainEqual({ do: 'type', digits: shown });
      expect(inputs.some((v) => (v as { do: string }).do === 'type-shown')).toBe(false);
    }
  });

  it('is an error where the screen shows nothing: asleep, switched off, or on a model without one', () => {
    expect(() => screen916().apply({ do: 'type-shown' })).toThrow(NothingShownError);
    expect(() => screen916(1, false).apply({ do: 'type-shown' })).toThrow(/shows no digits now/);
    expect(() => Twin.create('smartcode-913', { seed: 1 }).apply({ do: 'type-shown' })).toThrow(/has no SecureScreen/);
  });

  it('`lockstep run`: `type: shown` after a touch passes; without the touch, exit 2 at the step\'s file:line:col', () => {
    const ok = lockstep('run', scenarioFile(SHOWN_SCENARIO(true)));
    expect(ok.out + ok.err).toMatch(/PASS/);
    expect(ok.code).toBe(0);
    const file = scenarioFile(SHOWN_SCENARIO(false));
    const bad = lockstep('run', file);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${file}:12:5`);
    expect(bad.err).toMatch(/type: shown — the screen shows no digits now/);
    // The doctor reading the same file's twin refuses it the same way.
    const doctor = lockstep('doctor', '--scenario', file);
    expect(doctor.code).toBe(2);
    expect(doctor.err).toContain(`${file}:12:5`);
  });

  it('the power-cut campaign: a cut darkens the screen, and the `type: shown` after it types nothing rather than stopping the run', () => {
    const r = campaignScenario(scenarioFile(SHOWN_SCENARIO(true)), { maxCuts: 20 });
    expect(r.cutsTried).toBeGreaterThan(0);
    expect(r.findings).toEqual([]);
    expect(r.diverged).toBe(0);
  });
});
