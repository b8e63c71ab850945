// Timed holds, fuzzed: the model checker abstracts time to the next timer boundary, so the
// length of a hold near the reset mark is a dimension it samples only where boundaries fall.
// Here fast-check draws those lengths freely — holds within a few hundred ms of the mark,
// reset attempts with the pack pulled and reinserted, waits of any length — and runs them
// through the checker's own machine (the real firmware and hardware, src/check/machine.ts) with
// its monitors after every step: no reset without the gesture held its full time (S8/S9, to
// within what the debounce can see: check/monitors.ts releaseUnseenMs), and no other property
// broken on the way. A deliberately broken firmware whose hold ends 100 ms early is caught.
// Seed S8, S9; product-facts K1, M9, K4, M11. LOCKSTEP_FUZZ_RUNS / LOCKSTEP_FUZZ_SEED as in
// test/fuzz.test.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODELS, findModel } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import type { Action } from '../src/twin/twin.ts';
import { machineFor } from '../src/check/explore.ts';
import { defaultScope, gestureKey } from '../src/check/scope.ts';
import { edgesOf, type CheckAction } from '../src/check/actions.ts';
import type { CheckMachine, FirmwareFactory } from '../src/check/machine.ts';
import { ShortResetHoldFirmware, SHORT_BY_MS } from './fixtures/broken-firmware/short-reset-hold.ts';
import { fuzzRuns, fuzzSeed } from './fuzz-settings.ts';

const RUNS = fuzzRuns(process.env.LOCKSTEP_FUZZ_RUNS);
const SEED = fuzzSeed(process.env.LOCKSTEP_FUZZ_SEED);
/** How far from the reset mark the near-the-mark holds fall, either side. */
const NEAR_MARK_MS = 300;
/** The most steps in a sequence (a reset attempt, with its release and confirming press, is one). */
const MAX_STEPS = 12;

/** A twin action as the checker's machine takes it, with the button edges it makes. */
function checkAction(act: Action): CheckAction {
  return { label: act.do, act, edges: edgesOf(act), when: { kind: 'always' } };
}

/** Steps for one model: reset attempts timed near the mark, and the lock's other inputs. */
function stepsFor(model: ModelProfile): fc.Arbitrary<Action[]> {
  const key = gestureKey(model);
  const mark = model.timing.resetHoldMs;
  const holdMs = fc.oneof(fc.integer({ min: mark - NEAR_MARK_MS, max: mark + NEAR_MARK_MS }), fc.integer({ min: 1, max: 2 * mark }));
  const hold: Action = { do: 'hold', key };
  const heldThroughPowerUp: Action[] = [{ do: 'battery-out' }, hold, { do: 'battery-in' }];
  const attempt = fc.record({ ms: holdMs, repower: fc.boolean() }).map(({ ms, repower }): Action[] => [
    ...(repower ? heldThroughPowerUp : [hold]),
    { do: 'wait', ms },
    { do: 'release', key },
    { do: 'press', key }, // the confirming press, where the model asks for one
  ]);
  const one = (a: fc.Arbitrary<Action>): fc.Arbitrary<Action[]> => a.map((x) => [x]);
  return fc.oneof(
    { weight: 4, arbitrary: attempt },
    { weight: 2, arbitrary: one(holdMs.map((ms): Action => ({ do: 'hold-for', key, ms }))) },
    { weight: 2, arbitrary: one(fc.integer({ min: 1, max: mark + NEAR_MARK_MS }).map((ms): Action => ({ do: 'wait', ms }))) },
    { weight: 1, arbitrary: one(fc.constantFrom<ButtonKey>('0', '1', 'lock', 'program').map((k): Action => ({ do: 'press', key: k }))) },
    { weight: 1, arbitrary: one(fc.constantFrom<Action>(hold, { do: 'release', key }, { do: 'battery-out' }, { do: 'battery-in' })) },
    { weight: 1, arbitrary: one(fc.constantFrom<Action>({ do: 'door', state: 'open' }, { do: 'door', state: 'closed' })) },
  );
}

const sequencesFor = (model: ModelProfile): fc.Arbitrary<Action[][]> => fc.array(stepsFor(model), { maxLength: MAX_STEPS, size: 'max' });

/** Run a sequence step by step through the checker's machine; throws at the first monitor that
 * objects. Returns whether a reset was decided on the way (the monitors' `bypassed`). */
function runSequence(machine: CheckMachine, chunks: Action[][]): boolean {
  let state = machine.initial;
  for (const act of chunks.flat()) {
    machine.releaseBefore(state);
    const step = machine.step(state, checkAction(act));
    if (step.violations.length) throw new Error(`${step.violations[0].property}: ${step.violations[0].message} (after ${JSON.stringify(act)})`);
    state = step.state;
  }
  return machine.monitorOf(state).bypassed;
}

/** Every monitor holds over the sequence. */
function timedHoldProperty(model: ModelProfile, firmware?: FirmwareFactory) {
  const machine = machineFor(model, defaultScope(model), 'physical', firmware);
  return fc.property(sequencesFor(model), (chunks) => {
    runSequence(machine, chunks);
  });
}

describe('timed holds, fuzzed through the checker machine (S8/S9)', () => {
  for (const model of MODELS) {
    it(`${model.id}: no reset without the ${gestureKey(model)} gesture held its full ${model.timing.resetHoldMs / 1000} s`, () => {
      fc.assert(timedHoldProperty(model), { numRuns: RUNS, seed: SEED });
    });
  }

  it('the sequences do reset the lock, on every model (the property is not idle)', () => {
    for (const model of MODELS) {
      const machine = machineFor(model, defaultScope(model), 'physical');
      const resets = fc.sample(sequencesFor(model), { numRuns: 100, seed: 1 }).filter((chunks) => runSequence(machine, chunks)).length;
      expect(resets, model.id).toBeGreaterThan(10);
    }
  });

  it(`catches a firmware whose Reset hold ends ${SHORT_BY_MS} ms early (264)`, () => {
    const factory: FirmwareFactory = (m, io) => new ShortResetHoldFirmware(m, io);
    const out = fc.check(timedHoldProperty(findModel('powerbolt-264')!, factory), { numRuns: 200, seed: 1 });
    expect(out.failed).toBe(true);
    expect(String(out.errorInstance)).toMatch(/S8\/S9: reset decided/);
  });
});
