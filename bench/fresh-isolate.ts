/**
 * Running one measurement in a fresh V8 isolate (a worker thread of the bench process), for
 * `npm run bench`: timed on the bench's main thread, a measurement inherits the garbage and the
 * JIT feedback of the sections before it (./isolated-measure.ts, ./household-year.ts,
 * ./check-default-scopes.ts). The worker's plain-JS entry (bin/ts-worker.js) loads the measuring
 * module through tsx; the module sees its job in workerData, measures, and posts one message.
 */
import { Worker, isMainThread, workerData } from 'node:worker_threads';

/** A job for a module run in a fresh isolate: `entry` is that module's URL. */
export interface IsolateJob {
  entry: string;
}

/** Run the module at `job.entry` in a fresh worker; resolves with the one message it posts.
 * `what` names the measurement in the error when the worker ends without a result. */
export function inFreshIsolate<T>(job: IsolateJob, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../bin/ts-worker.js', import.meta.url), { workerData: job });
    let result: { value: T } | null = null;
    worker.once('message', (value: T) => (result = { value }));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result.value) : reject(new Error(`the ${what} worker exited with code ${code} and no result`))));
  });
}

/** The job, when this thread is a fresh isolate started for the module at `entry`; else null. */
export function isolateJob<J extends IsolateJob>(entry: string): J | null {
  if (isMainThread) return null;
  const job = workerData as Partial<J> | null;
  return job?.entry === entry ? (job as J) : null;
}
