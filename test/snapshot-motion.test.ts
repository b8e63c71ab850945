// A snapshot's motor runs as the firmware's motion says (src/twin/snapshot-motion.ts; seed
// S15–S18): on every model, door handing run by the model's own trigger on a right- and a
// left-handed door, open (it learns) and closed (it jams), then a code's unlock, a lock, and a hand
// on the bolt as it moves — each snapshot, every tenth of a second, accepted; handing seen in each
// of its phases only in mode handing, the motor running exactly while a run is kept. A run with
// the motor still, a motor with no run, handing's run outside its mode, a phase or a learned
// direction its steps never reach, a phase turning the wrong way, or another run's current limit,
// edited in, is refused naming the field, by the check and by `lockstep run` (exit 2).
import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { handingSteps } from '../src/troubleshoot/procedures.ts';
import { isUnavailable } from '../src/troubleshoot/keypad-sequences.ts';
import type { LockFacts } from '../src/troubleshoot/procedure-kit.ts';
import { HANDING_CURRENT_LIMIT_MA } from '../src/firmware/handing.ts';
import { NORMAL_CURRENT_LIMIT_MA } from '../src/firmware/bolt-control.ts';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { edited, verdict, runFromSnapshot } from './snapshot-verdict.ts';

const USER = '1357135713';
/** A snapshot every so often: several within each bolt run. */
const TICK_MS = 100;
const SETTLE: Action = { do: 'wait', ms: 3_000 };
const LOCK: Action = { do: 'press', key: 'lock' };

function press(digits: string): Action[] {
  return [...digits].map((key): Action => ({ do: 'press', key: key as '0' }));
}

/** `a`, a wait cut into ticks. */
function ticked(a: Action): Action[] {
  if (a.do !== 'wait') return [a];
  const out: Action[] = [];
  for (let left = a.ms; left > 0; left -= TICK_MS) out.push({ do: 'wait', ms: Math.min(TICK_MS, left) });
  return out;
}

function twinOf(p: ModelProfile, door: 'right' | 'left', doorOpen: boolean): Twin {
  return Twin.create(p.id, { seed: 9, trace: false, door, handed: 'none', doorOpen, codes: { 1: USER.slice(0, p.codes.maxLength) } });
}

/** Model `p`'s door handing, by its own trigger, then an unlock by code, a lock, and a hand on the bolt as it runs. */
function walkOf(p: ModelProfile, t: Twin): Action[] {
  const facts = { adminCode: t.store().adminCode, codes: {}, untested: [], handed: false, doorOpen: true, tag: t.snapshot().tag, newCode: '', newAdminCode: '' } as LockFacts;
  const handing = handingSteps(p, facts, false);
  if (isUnavailable(handing)) throw new Error(`${p.id}: ${handing.unavailable}`);
  const confirm = p.keypad.unlockWith === 'lock-button' ? [LOCK] : [];
  const steps: Action[] = [
    SETTLE,
    ...handing.flatMap((s) => (s.action ? [s.action] : [])),
    SETTLE,
    ...press(USER.slice(0, p.codes.maxLength)), ...confirm, SETTLE,
    LOCK, SETTLE,
    ...press(USER.slice(0, p.codes.maxLength)), ...confirm, { do: 'wait', ms: 200 }, { do: 'push-bolt' }, SETTLE,
  ];
  return steps.flatMap(ticked);
}

/** Every snapshot of model `p`'s walk, each checked; the handing phases seen. */
function walk(p: ModelProfile, door: 'right' | 'left', doorOpen: boolean): Set<number> {
  const t = twinOf(p, door, doorOpen);
  const phases = new Set<number>();
  for (const action of walkOf(p, t)) {
    t.apply(action);
    const snap = t.snapshot();
    const where = `${p.id}, ${door} door ${doorOpen ? 'open' : 'closed'}, at ${snap.sim.now} ms after ${JSON.stringify(action)}`;
    expect(verdict(snap), where).toBe('accepted');
    const fw = snap.firmware;
    if (fw.mode === 'off') continue;
    expect(snap.bolt.motor !== 0, where).toBe(fw.motorOp !== 'none');
    expect(fw.motorOp === 'handing', where).toBe(fw.mode === 'handing');
    if (fw.mode === 'handing') phases.add(fw.handPhase);
    else expect(fw.handPhase, where).toBe(0);
  }
  return phases;
}

describe("a snapshot's motor runs as the firmware's motion says", () => {
  for (const p of MODELS) {
    it(`${p.id}: door handing on either door, open and closed, and the bolt run by code and Lock: every snapshot accepted`, () => {
      const phases = new Set([...walk(p, 'right', true), ...walk(p, 'left', true), ...walk(p, 'right', false)]);
      expect([...phases].sort()).toEqual([1, 2, 3]);
    });
  }
});

/** A 913 learning its handing on an open left-handed door, at the first snapshot in `phase`. */
function inPhase(phase: number): TwinSnapshot {
  const t = twinOf(findModel('smartcode-913')!, 'left', true);
  for (let i = 0; i < 200; i++) {
    t.apply({ do: 'wait', ms: TICK_MS });
    const snap = t.snapshot();
    if (snap.firmware.mode === 'handing' && snap.firmware.handPhase === phase) return snap;
  }
  throw new Error(`no handing phase ${phase}`);
}

/** A 913 unlocking by code, its motor running. */
function unlocking(): TwinSnapshot {
  const t = Twin.create('smartcode-913', { seed: 9, trace: false, handed: 'right', doorOpen: true, boltExtended: true, codes: { 1: '1357' } });
  for (const a of [SETTLE, ...press('1357'), { do: 'wait', ms: 200 } as Action]) t.apply(a);
  const snap = t.snapshot();
  expect(snap.firmware.motorOp).toBe('unlock');
  return snap;
}

const HANDING_BOTH = 'a smartcode-913 runs door handing\'s motion exactly while in mode handing, entering both at once and leaving both at once';

describe('refuses a motion the firmware never runs', () => {
  it("handing's run outside mode handing, or another run in it", () => {
    const snap = inPhase(1);
    expect(verdict(edited(snap, (s) => (s.firmware.mode = 'idle')))).toBe(`firmware.motorOp: "handing" in mode idle: ${HANDING_BOTH}`);
    expect(verdict(edited(snap, (s) => { s.firmware.motorOp = 'lock'; s.bolt.limitMa = NORMAL_CURRENT_LIMIT_MA; }))).toBe(`firmware.motorOp: "lock" in mode handing: ${HANDING_BOTH}`);
  });

  it('a handing phase outside handing, or one its steps never reach', () => {
    expect(verdict(edited(unlocking(), (s) => (s.firmware.handPhase = 2)))).toBe("firmware.handPhase: 2 in mode idle: door handing's phase is 0 but while it runs (mode handing)");
    expect(verdict(edited(inPhase(1), (s) => (s.firmware.handPhase = 4)))).toBe('firmware.handPhase: 4 while door handing runs: its phases are 1 to 3');
  });

  it('a learned direction the phase has not learned, or a phase turning the wrong way', () => {
    expect(verdict(edited(inPhase(1), (s) => (s.firmware.learnedDir = 'left')))).toBe(`firmware.learnedDir: "left" in door handing's phase 1: it has learned "none" by then`);
    expect(verdict(edited(inPhase(2), (s) => (s.firmware.learnedDir = 'right')))).toBe(`firmware.learnedDir: "right" in door handing's phase 2: it has learned "left" by then`);
    const two = inPhase(2);
    expect(two.bolt.motor).toBe(-1);
    expect(verdict(edited(two, (s) => (s.bolt.motor = 1)))).toBe(`bolt.motor: 1 (clockwise) in door handing's phase 2 with "left" learned (firmware.learnedDir): that phase turns the motor anticlockwise`);
  });

  it('a motor running with no run kept, or a run kept with the motor still', () => {
    const snap = unlocking();
    expect(verdict(edited(snap, (s) => (s.firmware.motorOp = 'none')))).toBe(
      'bolt.motor: -1 (running), but the firmware keeps no run (firmware.motorOp "none"): a smartcode-913 starts the motor with a run, and the run ends only as the motor stops',
    );
    const idle = edited(snap, (s) => Object.assign(s.bolt, { motor: 0 }));
    expect(verdict(idle)).toMatch(/^bolt\.motor: 0 \(stopped\), but the firmware keeps a run \(firmware\.motorOp "unlock"\): a smartcode-913 hears of the motor stopping at once, and ends its run then$/);
  });

  it("a run driven at another run's current limit", () => {
    expect(verdict(edited(unlocking(), (s) => (s.bolt.limitMa = HANDING_CURRENT_LIMIT_MA)))).toBe(
      `bolt.limitMa: ${HANDING_CURRENT_LIMIT_MA} mA while the motor runs for "unlock" (firmware.motorOp): a smartcode-913 drives that run at ${NORMAL_CURRENT_LIMIT_MA} mA`,
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const snap = edited(unlocking(), (s) => (s.firmware.motorOp = 'none'));
  const { run, file } = runFromSnapshot(snap, 'smartcode-913');
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: bolt.motor: -1 (running), but the firmware keeps no run (firmware.motorOp "none")`);
});
