// A snapshot's SecureScreen digits are shown only when the firmware shows them
// (src/twin/snapshot-screen.ts; product-facts M5, M7): on the 916 with switch 4 on, the screen
// woken and left every way — its digits touched, a code after them, a pause, switch 4 turned off
// and on, Program pressed and held into programming, wrong touches into a lockout, the pack out
// and in with Program held into a reset — each snapshot accepted, digits seen only in normal
// operation with switch 4 on, as at every step of the shipped scenarios that show them; a Program
// press the firmware refuses (handing never learned) leaves them shown, accepted too. Digits
// edited into programming, a reset, door handing, or a screen switched off, or more digits than
// the screen shows, are refused naming the field, by the check and by `lockstep run` (exit 2).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadScenarioFile } from '../src/scenario/load.ts';
import { buildTwin, stepToAction } from '../src/scenario/run.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';
import { findModel } from '../src/models/index.ts';
import { hasSecureScreen, screenDigitsOf } from '../src/firmware/secure-screen.ts';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { edited, editedDeadlines, verdict, runFromSnapshot } from './snapshot-verdict.ts';

const MODEL = 'smartcode-916';
/** How many digits the 916's screen shows as it wakes (two, assumed: src/models/smartcode-914-916.ts). */
const SCREEN_DIGITS = screenDigitsOf(findModel(MODEL)!);
const CODE = '1357';
const MASTERCODE = '86420';
const WAKE: Action = { do: 'press', key: '9' };
const SHOWN: Action = { do: 'type-shown' };
const PROGRAM: Action = { do: 'press', key: 'program' };
const LOCK: Action = { do: 'press', key: 'lock' };
/** Past the 916's entry and programming timeouts (20 s, M5, M6). */
const PAUSE: Action = { do: 'wait', ms: 25_000 };
/** Past the 916's keypad lockout (60 s, M5, M6). */
const PAST_LOCKOUT: Action = { do: 'wait', ms: 65_000 };
/** Past the Mastercode hold (M1) and the reset hold (30 s, seed S8). */
const PAST_ANY_HOLD: Action = { do: 'wait', ms: 35_000 };
const SCREEN_OFF: Action = { do: 'switch', n: 4, on: false };
const SCREEN_ON: Action = { do: 'switch', n: 4, on: true };

function press(digits: string): Action[] {
  return [...digits].map((key): Action => ({ do: 'press', key: key as '0' }));
}

/** The screen woken and left every way it is left. */
const WALK: Action[] = [
  WAKE, SHOWN, ...press(CODE), { do: 'wait', ms: 3_000 }, LOCK, { do: 'wait', ms: 3_000 },
  WAKE, PAUSE,
  WAKE, SCREEN_OFF, ...press('13'), SCREEN_ON, WAKE, PAUSE,
  WAKE, PROGRAM, ...press(MASTERCODE), LOCK, PAUSE,
  WAKE, { do: 'hold', key: 'program' }, { do: 'wait', ms: 6_000 }, { do: 'release', key: 'program' }, PAUSE,
  WAKE, ...press('0'), WAKE, ...press('0'), WAKE, ...press('0'), WAKE, PAST_LOCKOUT,
  WAKE, { do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, PAST_ANY_HOLD, { do: 'release', key: 'program' }, PAUSE,
];

/** A 916 with switch 4 on, its door closed; with the strike out of line, its bolt withdrawn, so that
 * door handing run at power-up jams on it. */
function screen916(opts: { handed?: 'right' | 'none'; strikeAligned?: boolean } = {}): Twin {
  const t = Twin.create(MODEL, { seed: 5, trace: false, door: 'right', handed: opts.handed ?? 'right', mastercode: MASTERCODE, codes: { 1: CODE }, doorOpen: false, boltExtended: opts.strikeAligned ?? true, strikeAligned: opts.strikeAligned ?? true, switches: { 4: true } });
  t.apply({ do: 'wait', ms: 10_000 });
  return t;
}

/** `snap` put in `mode` with its digits still shown, the entry timeout they armed cleared as every
 * way into programming clears it: only the digits are at fault. */
function inMode(snap: TwinSnapshot, mode: TwinSnapshot['firmware']['mode'], prompt = snap.firmware.prompt): TwinSnapshot {
  return editedDeadlines(snap, (s) => {
    s.firmware.mode = mode;
    s.firmware.prompt = prompt;
    s.firmware.tEntry = -1;
  });
}

/** A 916 whose screen shows digits. */
function shown(): TwinSnapshot {
  const t = screen916();
  t.apply(WAKE);
  const snap = t.snapshot();
  expect(snap.firmware.prompt).toMatch(/^[0-9]+$/);
  return snap;
}

describe('SecureScreen digits are shown only when the firmware shows them', () => {
  it(`${MODEL}: every snapshot of the screen woken and left every way, accepted; digits only in normal operation with switch 4 on`, () => {
    const t = screen916();
    let seen = 0;
    for (const action of WALK) {
      t.apply(action);
      const snap = t.snapshot();
      expect(verdict(snap), `after ${JSON.stringify(action)}`).toBe('accepted');
      if (snap.firmware.prompt === undefined) continue;
      seen++;
      expect(snap.firmware.mode, `after ${JSON.stringify(action)}`).toBe('idle');
      expect(snap.switches[3], `after ${JSON.stringify(action)}`).toBe(true);
      if (snap.firmware.prompt !== '-') expect(snap.firmware.prompt.length, `after ${JSON.stringify(action)}`).toBeLessThanOrEqual(SCREEN_DIGITS);
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('every step of every shipped scenario that shows digits is accepted (test/determinism.test.ts checks them all)', () => {
    let seen = 0;
    for (const file of shippedScenarios()) {
      const scn = loadScenarioFile(join(REPO_ROOT, file));
      if (!hasSecureScreen(findModel(scn.model)!)) continue;
      const t = buildTwin(scn);
      for (const action of scn.steps.map(stepToAction)) {
        if (action) t.apply(action);
        const snap = t.snapshot();
        if (snap.firmware.prompt === undefined) continue;
        seen++;
        expect(verdict(snap), `${file} after ${JSON.stringify(action)}`).toBe('accepted');
      }
    }
    expect(seen, 'the shipped scenarios show SecureScreen digits').toBeGreaterThan(0);
  });

  it(`${MODEL}: a Program press refused while handing is unlearned leaves the digits shown, accepted`, () => {
    const t = screen916({ handed: 'none', strikeAligned: false });
    expect(t.snapshot().firmware.handed).toBe('none');
    for (const a of [WAKE, PROGRAM]) t.apply(a);
    const snap = t.snapshot();
    expect(snap.firmware.mode).toBe('idle');
    expect(snap.firmware.prompt).toMatch(/^[0-9]+$/);
    expect(snap.firmware.tEntry, 'the refusal ended the entry timeout, not the digits').toBe(-1);
    expect(verdict(snap)).toBe('accepted');
  });

  it('refuses digits shown in programming, a reset or door handing', () => {
    const snap = shown();
    const digits = snap.firmware.prompt!;
    for (const mode of ['prog-auth', 'mc-set-1', 'reset-armed', 'handing-wait'] as const) {
      expect(verdict(inMode(snap, mode))).toBe(
        `firmware.prompt: "${digits}" shown in mode ${mode}: a ${MODEL}'s SecureScreen shows digits only for a code entry in normal operation (mode idle), and every change of mode takes them off the screen`,
      );
    }
  });

  it('refuses the digits all touched, in programming', () => {
    expect(verdict(inMode(shown(), 'prog-menu', '-'))).toBe(
      `firmware.prompt: "-" (every digit shown touched) in mode prog-menu: a ${MODEL}'s SecureScreen shows digits only for a code entry in normal operation (mode idle), and every change of mode takes them off the screen`,
    );
  });

  it('refuses more digits than the screen shows', () => {
    expect(verdict(edited(shown(), (s) => (s.firmware.prompt = '38512')))).toBe(
      `firmware.prompt: "38512" shown: a ${MODEL}'s SecureScreen shows ${SCREEN_DIGITS} digits as it wakes, and each one touched leaves the screen`,
    );
  });

  it('refuses digits shown with SecureScreen switched off', () => {
    const snap = shown();
    expect(verdict(edited(snap, (s) => (s.switches[3] = false)))).toBe(
      `firmware.prompt: "${snap.firmware.prompt}" shown with SecureScreen switched off (switches[3] false): switch 4 turned off takes a ${MODEL}'s shown digits off the screen, and none are shown while it is off`,
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const snap = inMode(shown(), 'prog-auth');
  const { run, file } = runFromSnapshot(snap, MODEL);
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.prompt: "${snap.firmware.prompt}" shown in mode prog-auth: a ${MODEL}'s SecureScreen shows digits only`);
});
