// The checker's fast representation of a step against the plain one it replaced: a stored state
// (a record of numbers, src/check/state-record.ts) restores the twin to exactly the state it was
// taken from; the monitors' moments recorded by hooks (src/check/watched-moments.ts) are the
// trace's watched entries; the visited set and the key's hash behave as a Set and a function.
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { machineFor } from '../src/check/explore.ts';
import { actionsFor } from '../src/check/actions.ts';
import { defaultScope, EXPLORATIONS, explorationNotApplicable } from '../src/check/scope.ts';
import { watched } from '../src/check/monitors.ts';
import { WatchedMoments } from '../src/check/watched-moments.ts';
import { VisitedSet } from '../src/check/visited-set.ts';
import { KeyWords } from '../src/check/state-hash.ts';
import type { TraceEntry } from '../src/sim/trace.ts';
import { UNRECORDED_ALARMS } from '../src/check/alarm-table.ts';

const MODELS = ['smartcode-913', 'homeconnect-620', 'powerbolt-264', 'powerbolt-2'];
const WALK_STEPS = 400;

/** A small deterministic generator (an LCG): the walks are the same on every run. */
function picker(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x % n;
  };
}

/** The twin's state as its own snapshot says, but for what a restore pins or restarts (the
 * pack's charge, the PRNGs) and the backlight's last keypad edge (not part of a stored state). */
function visible(t: Twin): unknown {
  const s = t.snapshot();
  // The checker pins the pack's charge, and its records leave out the alarm that watches the
  // pack run down (src/check/alarm-table.ts UNRECORDED_ALARMS).
  const alarms = Object.fromEntries(Object.entries(s.sim.alarms).filter(([name]) => !UNRECORDED_ALARMS.has(name)));
  return { ...s, sim: { ...s.sim, alarms }, battery: { ...s.battery, chargeMAs: 0, lastT: 0 }, buttons: { held: s.buttons.held, exteriorLinked: s.buttons.exteriorLinked ?? true }, prng: null };
}

describe('a stored state restores the twin to the state it was taken from', () => {
  for (const id of MODELS) {
    const model = findModel(id)!;
    for (const name of EXPLORATIONS.filter((e) => explorationNotApplicable(e, model) === null)) {
      it(`${id}, ${name}: ${WALK_STEPS} random steps`, () => {
        const scope = defaultScope(model);
        const m = machineFor(model, scope, name);
        const actions = actionsFor(name, model, scope);
        const pick = picker(id.length * 31 + name.length);
        let st = m.initial;
        m.restore(st);
        let before = visible(m.twin);
        for (let i = 0; i < WALK_STEPS; i++) {
          const enabled = actions.filter((a) => m.enabled(st, a));
          const r = m.step(st, enabled[pick(enabled.length)]);
          const reached = visible(m.twin);
          const key = m.key(r.state);
          m.restore(st); // back to where the step started, then to where it went
          expect(visible(m.twin)).toEqual(before);
          m.restore(r.state);
          expect(visible(m.twin)).toEqual(reached);
          expect(m.key(m.peek())).toBe(key);
          st = r.state;
          before = reached;
        }
      });
    }
  }
});

/** The trace's watched entries with a power loss's reason read as "off", and a second "off" at
 * the same instant (a reason, then the loss itself) read once. */
function normalised(entries: readonly TraceEntry[]): TraceEntry[] {
  const out: TraceEntry[] = [];
  for (const e of entries) {
    if (!watched(e)) continue;
    const n = e.ch === 'power' ? { t: e.t, ch: e.ch, v: e.v === 'on' ? 'on' : 'off' } : e;
    const last = out[out.length - 1];
    if (n.ch === 'power' && n.v === 'off' && last?.ch === 'power' && last.v === 'off' && last.t === n.t) continue;
    out.push(n);
  }
  return out;
}

describe("a stored state's alarms", () => {
  it('refuse an alarm created after the records were laid out, instead of dropping it', () => {
    const model = findModel('smartcode-913')!;
    const scope = defaultScope(model);
    const m = machineFor(model, scope, 'exterior');
    const actions = actionsFor('exterior', model, scope);
    expect(() => m.step(m.initial, actions[0]!)).not.toThrow();
    m.twin.sim.createAlarm('late', () => {});
    expect(() => m.step(m.initial, actions[0]!)).toThrow('the twin has 9 alarms, its records room for the 8 it had when the checker started');
  });
});

describe('the monitors see the same moments with the trace off', () => {
  const ACTIONS: Action[] = [
    { do: 'press', key: '1' },
    { do: 'press', key: '0' },
    { do: 'press', key: 'lock' },
    { do: 'press', key: 'program' },
    { do: 'hold', key: 'program' },
    { do: 'release', key: 'program' },
    { do: 'type', digits: '0000' },
    { do: 'key', dir: 'unlock' },
    { do: 'door', state: 'open' },
    { do: 'door', state: 'closed' },
    { do: 'battery-out' },
    { do: 'battery-in' },
    { do: 'battery-in', volts: 4.6 }, // weak: the motor's load browns the electronics out
    { do: 'fault', fault: 'power-cut-mid-write' },
    { do: 'fault', fault: 'store-glitch' },
    { do: 'wait', ms: 3_000 },
    { do: 'wait', ms: 31_000 },
  ];
  for (const id of MODELS) {
    it(`${id}: hooks and trace agree over a random walk`, () => {
      const model = findModel(id)!;
      // Installed unhanded, door open: models that learn their handing on their own write the
      // store soon after power-up, which the armed fault cuts.
      const twin = new Twin(model, { trace: true, mastercode: '0000', handed: 'none', doorOpen: true });
      const hooks = new WatchedMoments(twin);
      twin.trace.entries.length = 0; // the power-up at construction, before the hooks
      twin.apply({ do: 'fault', fault: 'power-cut-mid-write' });
      twin.apply({ do: 'wait', ms: 60_000 });
      const pick = picker(7 + id.length);
      // As the checker's search does them (machine.ts): whatever the lock's state, a pack over a pack.
      for (let i = 0; i < 2_000; i++) twin.applyAnyway(ACTIONS[pick(ACTIONS.length)]);
      expect(hooks.entries.length).toBeGreaterThan(50);
      const reasons = new Set(twin.trace.entries.filter((e) => e.ch === 'power').map((e) => e.v));
      expect(reasons).toContain('brown-out');
      expect(reasons).toContain('watchdog reset');
      if (model.handing.trigger === 'auto') expect(reasons).toContain('cut mid-write');
      expect(hooks.entries).toEqual(normalised(twin.trace.entries));
    });
  }
});

describe('the visited set and the key hash', () => {
  it('holds exactly what a Set holds', () => {
    const v = new VisitedSet();
    const ref = new Set<number>();
    const pick = picker(3);
    for (let i = 0; i < 50_000; i++) {
      const k = pick(2 ** 21) * 2 ** 32 + pick(2 ** 16) * 2 ** 16 + pick(2 ** 16);
      expect(v.has(k)).toBe(ref.has(k));
      expect(v.add(k)).toBe(!ref.has(k));
      ref.add(k);
    }
    expect(v.size).toBe(ref.size);
  });

  it('hashes a list of numbers: equal lists alike, −0 as 0, whole and fractional apart', () => {
    const digest = (xs: number[]) => {
      const h = new KeyWords().reserve(xs.length);
      for (const x of xs) h.num(x);
      return h.digest();
    };
    expect(digest([1, 2, 3.5])).toBe(digest([1, 2, 3.5]));
    expect(digest([0, -1])).toBe(digest([-0, -1]));
    expect(digest([1, 2])).not.toBe(digest([2, 1]));
    expect(digest([2 ** 31])).not.toBe(digest([-(2 ** 31)]));
    expect(digest([0.5, 1])).not.toBe(digest([1, 0.5]));
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(digest([i, i >> 3, -i]));
    expect(seen.size).toBe(10_000);
  });
});
