// Runs the model checker's explorations (./explore.ts, proving seed S1, S2/S3, S8/S9, S18 and
// the power-cut, lockout and no-bricking properties) on several worker threads at once, so that
// `lockstep check` uses every core: each (model, exploration) pair is independent of the others.
// ./exploration-worker.ts explores; this side hands out jobs and gathers results. Each worker
// takes the next job when it finishes one; results come back in job order whatever order they
// finish in. With one job at a time, or a firmware variant (a function, which cannot be sent to
// another thread), the explorations run in this thread, one after another.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ModelProfile } from '../models/profile.ts';
import { explore, explorationsOf, type ExplorationResult } from './explore.ts';
import type { FirmwareFactory } from './machine.ts';
import type { CheckScope, ExplorationName } from './scope.ts';

/** One exploration to run: what a worker is sent. */
export interface ExplorationJob {
  id: number;
  modelId: string;
  scope: CheckScope;
  exploration: ExplorationName;
}

/** What a worker posts back. */
export type FromWorker =
  | { kind: 'progress'; id: number; depth: number; states: number; transitions: number }
  | { kind: 'done'; id: number; result: ExplorationResult }
  | { kind: 'failed'; id: number; message: string };

export interface JobProgress {
  job: ExplorationJob;
  depth: number;
  states: number;
  transitions: number;
}

export interface PoolOptions {
  /** Worker threads to run at once; 1 runs every job in this thread. */
  jobs: number;
  /** A firmware variant: the jobs run in this thread whatever `jobs` says. */
  firmware?: FirmwareFactory;
  /** A job was handed to a thread. */
  onStart?: (job: ExplorationJob) => void;
  onProgress?: (p: JobProgress) => void;
  /** A job finished (in the order jobs finish). */
  onDone?: (job: ExplorationJob, result: ExplorationResult) => void;
}

/** The worker count `lockstep check` uses when not told: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

const WORKER_ENTRY = new URL('../../bin/ts-worker.js', import.meta.url);
const WORKER_MODULE = new URL('./exploration-worker.ts', import.meta.url).href;

/** The order a model's explorations are handed out in: the longest first (measured over all
 * models in one thread: physical 36 s, interior 17 s, exterior 15 s since it pulls the cable,
 * after-reset 12 s, admin-gate 11 s, window-holds about 9 s (estimated: its 908 162 states at the switches' rate), switches 4 s, keypad 3 s, store 1 s, cable 1 s, reset-menu 1 s), so that on several threads
 * the short ones fill in beside the long one. Reports list them in EXPLORATIONS order whatever
 * the order. */
const LONGEST_FIRST: readonly ExplorationName[] = ['physical', 'interior', 'exterior', 'after-reset', 'admin-gate', 'window-holds', 'switches', 'keypad', 'screened', 'store', 'cable', 'reset-menu'];

/** Every exploration of every model as jobs (ids = positions), in the order they are handed out. */
export function explorationJobs(models: readonly { model: ModelProfile; scope: CheckScope }[]): ExplorationJob[] {
  const jobs: ExplorationJob[] = [];
  for (const { model, scope } of models) {
    const mine = explorationsOf(model);
    for (const exploration of LONGEST_FIRST) if (mine.includes(exploration)) jobs.push({ id: jobs.length, modelId: model.id, scope, exploration });
  }
  return jobs;
}

/** How many threads `jobCount` jobs run on when `requested` are asked for: never more than
 * the jobs, and 1 — this thread — for a firmware variant, which cannot be sent to a worker. */
export function threadsFor(requested: number, jobCount: number, firmware?: FirmwareFactory): number {
  return firmware ? 1 : Math.max(1, Math.min(requested, jobCount));
}

/** Runs every job; resolves with the results in job order. */
export async function runExplorations(jobs: readonly ExplorationJob[], models: ReadonlyMap<string, ModelProfile>, opts: PoolOptions): Promise<ExplorationResult[]> {
  const threads = threadsFor(opts.jobs, jobs.length, opts.firmware);
  if (threads === 1) return runHere(jobs, models, opts);
  const results = new Array<ExplorationResult | undefined>(jobs.length);
  const workers: Worker[] = [];
  let nextJob = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const give = (w: Worker): void => {
        if (nextJob >= jobs.length) return;
        const job = jobs[nextJob++];
        opts.onStart?.(job);
        w.postMessage(job);
      };
      for (let i = 0; i < threads; i++) {
        const w = new Worker(WORKER_ENTRY, { workerData: { entry: WORKER_MODULE } });
        workers.push(w);
        w.on('message', (m: FromWorker) => {
          try {
            const job = jobs[m.id];
            if (m.kind === 'progress') opts.onProgress?.({ job, depth: m.depth, states: m.states, transitions: m.transitions });
            else if (m.kind === 'failed') reject(new Error(`the ${job.modelId} ${job.exploration} exploration failed in its worker: ${m.message}`));
            else {
              results[m.id] = m.result;
              opts.onDone?.(job, m.result);
              if (++finished === jobs.length) resolve();
              else give(w);
            }
          } catch (err) {
            reject(err); // a caller's callback failed: stop every worker, report it
          }
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (finished < jobs.length) reject(new Error(`an exploration worker exited (code ${code}) with ${jobs.length - finished} exploration(s) unfinished`));
        });
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results as ExplorationResult[];
}

function runHere(jobs: readonly ExplorationJob[], models: ReadonlyMap<string, ModelProfile>, opts: PoolOptions): ExplorationResult[] {
  return jobs.map((job) => {
    const model = models.get(job.modelId);
    if (!model) throw new Error(`unknown model "${job.modelId}"`);
    opts.onStart?.(job);
    const result = explore(model, job.scope, job.exploration, {
      firmware: opts.firmware,
      onProgress: opts.onProgress ? (p) => opts.onProgress!({ job, depth: p.depth, states: p.states, transitions: p.transitions }) : undefined,
    });
    opts.onDone?.(job, result);
    return result;
  });
}
