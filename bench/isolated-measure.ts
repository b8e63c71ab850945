/**
 * Throughput of one keypad runner measured in a fresh V8 isolate (a worker thread of this same
 * process). Measured one after another in one isolate, runners disturb each other: code the JIT
 * compiled for the runner before, and the heap it left behind, slowed the XState baseline by up to
 * 3x, which made the twin's ratio to it look better than it is. Each worker builds the same seeded
 * workload, warms up and times its runner alone, and posts the result back; workers run one at a
 * time, so they never share the CPU.
 */
import { parentPort } from 'node:worker_threads';
import { inFreshIsolate, isolateJob, type IsolateJob } from './fresh-isolate.ts';
import { measureOpsPerSecond, medianOf, type BenchOptions, type BenchResult } from './harness.ts';
import { makeKeypadWorkload } from './workload/keypad-workload.ts';
import { KEYPAD_RUNNERS, type KeypadRunnerName } from './keypad-runners.ts';

interface Job extends IsolateJob {
  runner: KeypadRunnerName;
  seed: number;
  events: number;
  opts: BenchOptions;
}

/** Measure `runner` on makeKeypadWorkload(seed, events) in a worker of its own. */
export function measureIsolated(runner: KeypadRunnerName, seed: number, events: number, opts: BenchOptions): Promise<BenchResult> {
  const job: Job = { entry: import.meta.url, runner, seed, events, opts };
  return inFreshIsolate<BenchResult>(job, `${runner} measurement`);
}

/** A runner's figures over several isolates: each isolate's median, and all rounds together. */
export interface PassedResult extends BenchResult {
  /** The median of each isolate (pass), in the order measured. */
  passMedians: number[];
}

/**
 * Measure every runner in `passes` isolates each, interleaved (runner A, B, C, then A, B, C
 * again, ...). On a shared machine a stretch of a few seconds can run a thread ~1.8x slower;
 * timed once each, the runner that happened to fall in it decided a ratio. Interleaved passes
 * spread that over every runner: each figure is the median of its passes' medians (min and max
 * over all rounds of all passes).
 */
export async function measureInterleaved(
  runners: readonly KeypadRunnerName[],
  seed: number,
  events: number,
  opts: BenchOptions,
  passes: number,
  onPass?: (pass: number, runner: KeypadRunnerName) => void,
): Promise<Map<KeypadRunnerName, PassedResult>> {
  if (!(Number.isInteger(passes) && passes >= 1)) throw new Error(`measureInterleaved: passes must be a whole number >= 1, got ${passes}`);
  const byRunner = new Map<KeypadRunnerName, BenchResult[]>(runners.map((r) => [r, []]));
  for (let pass = 0; pass < passes; pass++) {
    for (const runner of runners) {
      onPass?.(pass + 1, runner);
      byRunner.get(runner)!.push(await measureIsolated(runner, seed, events, opts));
    }
  }
  const out = new Map<KeypadRunnerName, PassedResult>();
  for (const [runner, results] of byRunner) {
    const passMedians = results.map((r) => r.opsPerSec.median);
    const median = medianOf(passMedians);
    out.set(runner, {
      label: results[0]!.label,
      opsPerSec: { median, min: Math.min(...results.map((r) => r.opsPerSec.min)), max: Math.max(...results.map((r) => r.opsPerSec.max)) },
      rounds: results.reduce((n, r) => n + r.rounds, 0),
      passMedians,
    });
  }
  return out;
}

const job = isolateJob<Job>(import.meta.url);
if (job && parentPort) {
  const entry = KEYPAD_RUNNERS[job.runner];
  const events = makeKeypadWorkload(job.seed, job.events);
  parentPort.postMessage(measureOpsPerSecond(entry.label, () => entry.create(events), job.opts));
}
