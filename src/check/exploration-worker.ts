// An exploration worker of the model checker (seed S1, S2/S3, S8/S9, S18): a worker thread,
// started by ./exploration-pool.ts through bin/ts-worker.js, that explores what it is sent — one
// model's exploration under one scope — with the standard firmware, and posts the result back.
// It runs jobs one at a time until the pool terminates it, forwarding progress as it comes.

import { parentPort } from 'node:worker_threads';
import { findModel } from '../models/index.ts';
import { explore } from './explore.ts';
import type { ExplorationJob, FromWorker } from './exploration-pool.ts';

const port = parentPort;
if (!port) throw new Error('exploration-worker.ts runs only as a worker thread (see exploration-pool.ts)');

port.on('message', (job: ExplorationJob) => {
  const reply = (m: FromWorker): void => port.postMessage(m);
  try {
    const model = findModel(job.modelId);
    if (!model) throw new Error(`unknown model "${job.modelId}"`);
    const result = explore(model, job.scope, job.exploration, {
      onProgress: (p) => reply({ kind: 'progress', id: job.id, depth: p.depth, states: p.states, transitions: p.transitions }),
    });
    reply({ kind: 'done', id: job.id, result });
  } catch (err) {
    reply({ kind: 'failed', id: job.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
