/**
 * The keypad throughput runners by name, so that each can be measured in its own V8 isolate
 * (./isolated-measure.ts). Every runner but the kernel floor is built from the same seeded
 * workload; the twins and the baselines count workload events, the two floors key presses.
 */
import type { BenchRun } from './harness.ts';
import type { KeypadEvent } from './workload/keypad-workload.ts';
import { createXStateKeypadRunner } from './baselines/xstate-keypad.ts';
import { createReducerKeypadRunner } from './baselines/reducer-keypad.ts';
import { createTwinKeypadRunner } from './twin-keypad.ts';
import { createKernelFloorRunner } from './kernel-floor.ts';
import { createPressFloorRunner } from './press-floor.ts';

export const KEYPAD_RUNNERS = {
  'twin-trace-on': { label: 'twin, trace ON', create: (events: readonly KeypadEvent[]): BenchRun => createTwinKeypadRunner(events, true) },
  'twin-trace-off': { label: 'twin, trace OFF', create: (events: readonly KeypadEvent[]): BenchRun => createTwinKeypadRunner(events, false) },
  xstate: { label: 'XState v5 baseline (actor.send)', create: createXStateKeypadRunner },
  reducer: { label: 'reducer baseline (switch, mutable)', create: createReducerKeypadRunner },
  /** One iteration is one key press (not one workload event): the kernel's part of a press. */
  'kernel-floor': { label: 'alarm queue alone, per press (./kernel-floor.ts)', create: (): BenchRun => createKernelFloorRunner() },
  /** One iteration is one key press: the twin's whole press with the firmware ignoring the key. */
  'press-floor': { label: 'twin, firmware ignoring keys, per press (./press-floor.ts)', create: (events: readonly KeypadEvent[]): BenchRun => createPressFloorRunner(events) },
} as const;

export type KeypadRunnerName = keyof typeof KEYPAD_RUNNERS;
