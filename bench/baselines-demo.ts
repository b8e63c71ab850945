/**
 * Demo of the bench harness on the two keypad baselines (XState actor vs. hand-written
 * reducer) over a 100k-event workload. Needs --expose-gc for the heap measurement:
 *
 *   node --expose-gc --import tsx bench/baselines-demo.ts
 */
import { createKeypadState, createReducerKeypadRunner, runReducerKeypad } from './baselines/reducer-keypad.ts';
import { createXStateKeypadRunner, keypadMachine, runXStateKeypad } from './baselines/xstate-keypad.ts';
import { formatTable, measureHeapPerItem, measureOpsPerSecond } from './harness.ts';
import { makeKeypadWorkload } from './workload/keypad-workload.ts';
import { createActor } from 'xstate';

const SEED = 20240601;
const EVENTS = 100_000;

const events = makeKeypadWorkload(SEED, EVENTS);

const xstateCounters = runXStateKeypad(events);
const reducerCounters = runReducerKeypad(events);
if (JSON.stringify(xstateCounters) !== JSON.stringify(reducerCounters)) {
  throw new Error(`baselines disagree: ${JSON.stringify({ xstateCounters, reducerCounters })}`);
}
console.log(`workload: seed ${SEED}, ${EVENTS.toLocaleString('en-US')} events ->`, reducerCounters);

const results = [
  measureOpsPerSecond('xstate actor.send', () => createXStateKeypadRunner(events)),
  measureOpsPerSecond('reducer (switch, mutable)', () => createReducerKeypadRunner(events)),
];
console.log(
  '\n' +
    formatTable(
      results.map((r) => ({
        baseline: r.label,
        'median ops/s': Math.round(r.opsPerSec.median),
        'min ops/s': Math.round(r.opsPerSec.min),
        'max ops/s': Math.round(r.opsPerSec.max),
        rounds: r.rounds,
      })),
    ),
);
const [xs, red] = results;
console.log(`\nreducer / xstate median speed-up: ${(red!.opsPerSec.median / xs!.opsPerSec.median).toFixed(1)}x`);

const heap = [
  measureHeapPerItem('xstate actor (started)', 2_000, () => createActor(keypadMachine).start()),
  measureHeapPerItem('reducer state object', 100_000, () => createKeypadState()),
];
console.log('\n' + formatTable(heap.map((h) => ({ item: h.label, count: h.count, 'bytes/item': Math.round(h.bytesPerItem) }))));
