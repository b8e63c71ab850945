/**
 * Keypad workload through the full twin (SmartCode 913): the job of this file is to turn the
 * shared workload of ./workload/keypad-workload.ts into twin actions and drive a twin with them,
 * for the throughput measurement and the sanity check in ./main.ts.
 *
 * Mapping (done once, outside timed loops, like the XState baseline's toMachineEvents):
 *  - a digit  -> twin.apply({ do: 'press', key })   (400 ms of virtual time: down, 120 ms, up,
 *                280 ms gap; each press is contact edges + bounce + debounce timer + firmware
 *                + battery accounting, and a correct code runs the motor);
 *  - 'wait'   -> twin.apply({ do: 'wait', ms })     where ms is the workload's pause since the
 *                previous event (2 s between codes, 7 s to abandon an entry, 70 s after a lockout).
 * A press takes 400 ms of twin time, longer than the workload's ~250 ms key gaps, so the twin's
 * clock runs ahead of the workload's; the pauses keep their meaning (2 s < 5 s entry timeout,
 * 7 s > it, 70 s > the 60 s lockout). twinTimedWorkload() re-times the workload to the twin's
 * clock so the reducer baseline can be run on exactly the timing the twin saw (a cross-check).
 */
import { Twin, KEY_GAP_MS, PRESS_MS, type Action, type TwinOptions } from '../src/twin/twin.ts';
import { findModel } from '../src/models/index.ts';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import { KEYPAD_CODES, type KeypadEvent } from './workload/keypad-workload.ts';

export const TWIN_MODEL = 'smartcode-913';

/** The lock every keypad run uses: the workload's three codes, no Mastercode, door open. */
export function keypadTwinOptions(seed: number, trace: boolean): TwinOptions {
  const codes: Record<number, string> = {};
  KEYPAD_CODES.forEach((code, i) => (codes[i + 1] = code));
  return { seed, trace, codes, mastercode: 'none', door: 'right', handed: 'right', doorOpen: true };
}

export function createKeypadTwin(seed: number, trace: boolean): Twin {
  return Twin.create(TWIN_MODEL, keypadTwinOptions(seed, trace));
}

/** Workload events -> twin actions (one action per workload event). */
export function toTwinActions(events: readonly KeypadEvent[]): Action[] {
  let prevT = 0;
  return events.map((e): Action => {
    const gap = e.t - prevT;
    prevT = e.t;
    return e.key === 'wait' ? { do: 'wait', ms: gap } : { do: 'press', key: e.key as ButtonKey };
  });
}

/** Number of digit (key press) events in a workload. */
export function countPresses(events: readonly KeypadEvent[]): number {
  let n = 0;
  for (const e of events) if (e.key !== 'wait') n++;
  return n;
}

/**
 * The workload re-timed to the twin's clock: a digit registers one debounce time after its
 * press starts; a wait ends after its pause. For the reducer cross-check only.
 */
export function twinTimedWorkload(events: readonly KeypadEvent[]): KeypadEvent[] {
  const debounceMs = findModel(TWIN_MODEL)!.timing.debounceMs;
  const out: KeypadEvent[] = [];
  let now = 0;
  let prevT = 0;
  for (const e of events) {
    if (e.key === 'wait') {
      now += e.t - prevT;
      out.push({ t: now, key: 'wait' });
    } else {
      out.push({ t: now + debounceMs, key: e.key });
      now += PRESS_MS + KEY_GAP_MS;
    }
    prevT = e.t;
  }
  return out;
}

export interface TwinKeypadResult {
  twin: Twin;
  /** Counts of the twin's rich events by type ('unlocked', 'wrong-code', 'lockout', ...); trace ON only. */
  eventCounts: Record<string, number>;
  /** A fingerprint of the final observable state, to compare trace-on and trace-off runs. */
  fingerprint: string;
}

export function twinFingerprint(twin: Twin): string {
  return JSON.stringify({
    now: twin.sim.now,
    bolt: twin.bolt.state(),
    volts: twin.packVolts(),
    fw: twin.firmware.s,
  });
}

/** Runs a whole workload on a fresh twin (not timed). */
export function runTwinKeypad(events: readonly KeypadEvent[], trace: boolean, seed = 1): TwinKeypadResult {
  const twin = createKeypadTwin(seed, trace);
  for (const a of toTwinActions(events)) twin.apply(a);
  const eventCounts: Record<string, number> = {};
  for (const entry of twin.trace.entries) {
    if (entry.ch !== 'event') continue;
    const type = (entry.v as { type: string }).type;
    eventCounts[type] = (eventCounts[type] ?? 0) + 1;
  }
  return { twin, eventCounts, fingerprint: twinFingerprint(twin) };
}

/**
 * Harness factory, same contract as the baselines' runners: returns `(iterations) => void`
 * that applies `iterations` workload events, continuing through the workload across calls;
 * on wrap-around a fresh twin is created (its virtual clock would otherwise run backwards).
 */
export function createTwinKeypadRunner(events: readonly KeypadEvent[], trace: boolean, seed = 1): (iterations: number) => void {
  if (events.length === 0) throw new Error('createTwinKeypadRunner: empty workload');
  const actions = toTwinActions(events);
  let twin = createKeypadTwin(seed, trace);
  let i = 0;
  return (iterations) => {
    for (let n = 0; n < iterations; n++) {
      if (i === actions.length) {
        i = 0;
        twin = createKeypadTwin(seed, trace);
      }
      twin.apply(actions[i++]!);
    }
  };
}
