/**
 * Throughput of one keypad runner measured in a fresh V8 isolate (a worker thread of this same
 * process). Measured one after another in one isolate, runners disturb each other: code the JIT
 * compiled for the runner before, and the heap it left behind, slowed the XState baseline by up to
 * 3x, which made the twin's ratio to it look better than it is. Each worker builds the same seeded
 * workload, warms up and times its runner alone, and posts the result back; workers run one at a
 * time, so they never share the CPU.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { measureOpsPerSecond, type BenchOptions, type BenchResult } from './harness.ts';
import { makeKeypadWorkload } from './workload/keypad-workload.ts';
import { KEYPAD_RUNNERS, type KeypadRunnerName } from './keypad-runners.ts';

interface Job {
  /** This module, which the worker's plain-JS entry (bin/ts-worker.js) loads through tsx. */
  entry: string;
  runner: KeypadRunnerName;
  seed: number;
  events: number;
  opts: BenchOptions;
}

/** Measure `runner` on makeKeypadWorkload(seed, events) in a worker of its own. */
export function measureIsolated(runner: KeypadRunnerName, seed: number, events: number, opts: BenchOptions): Promise<BenchResult> {
  const job: Job = { entry: import.meta.url, runner, seed, events, opts };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../bin/ts-worker.js', import.meta.url), { workerData: job });
    let result: BenchResult | null = null;
    worker.once('message', (r: BenchResult) => (result = r));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the ${runner} measurement worker exited with code ${code} and no result`))));
  });
}

if (!isMainThread && parentPort) {
  const job = workerData as Job;
  const entry = KEYPAD_RUNNERS[job.runner];
  const events = makeKeypadWorkload(job.seed, job.events);
  parentPort.postMessage(measureOpsPerSecond(entry.label, () => entry.create(events), job.opts));
}
