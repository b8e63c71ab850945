/**
 * Whole default scopes explored as `lockstep check` explores them (src/check/exploration-pool.ts),
 * for `npm run bench` section 6: every exploration of the given models in one thread (a fresh
 * isolate of its own), one after another, or on worker threads at once. Reports states,
 * transitions and wall time of the run.
 */
import { parentPort } from 'node:worker_threads';
import { inFreshIsolate, isolateJob, type IsolateJob } from './fresh-isolate.ts';
import { findModel } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { explorationJobs, runExplorations } from '../src/check/exploration-pool.ts';
import { defaultScope } from '../src/check/scope.ts';

/** Two models of the Mastercode and programming-tag families: twenty-two explorations of 0.01–3 s. */
export const SCOPE_MODELS: readonly string[] = ['smartcode-913', 'smartcode-275'];

export interface ScopeRun {
  jobs: number;
  explorations: number;
  states: number;
  transitions: number;
  wallMs: number;
  statesPerSec: number;
}

export async function measureDefaultScopes(modelIds: readonly string[], jobs: number): Promise<ScopeRun> {
  const models = new Map<string, ModelProfile>();
  for (const id of modelIds) {
    const model = findModel(id);
    if (!model) throw new Error(`unknown model ${id}`);
    models.set(id, model);
  }
  // The jobs `lockstep check` makes, in its order (longest first within each model).
  const work = explorationJobs([...models.values()].map((model) => ({ model, scope: defaultScope(model) })));
  const started = performance.now();
  const results = await runExplorations(work, models, { jobs });
  const wallMs = performance.now() - started;
  const states = results.reduce((a, r) => a + r.states, 0);
  return { jobs, explorations: work.length, states, transitions: results.reduce((a, r) => a + r.transitions, 0), wallMs, statesPerSec: (states * 1000) / wallMs };
}

interface ScopeJob extends IsolateJob {
  modelIds: string[];
}

/**
 * The one-thread run in a fresh V8 isolate of its own (a worker thread), as `lockstep check
 * --jobs 1` runs in a fresh process: on the bench's main thread it ran after sections 1–5, whose
 * garbage and JIT feedback slowed it (69 000 states/s in one run against 108 000 in another).
 * The runs on several threads start fresh worker isolates already.
 */
export function measureDefaultScopesOneThreadIsolated(modelIds: readonly string[]): Promise<ScopeRun> {
  const job: ScopeJob = { entry: import.meta.url, modelIds: [...modelIds] };
  return inFreshIsolate<ScopeRun>(job, 'one-thread default-scope');
}

const scopeJob = isolateJob<ScopeJob>(import.meta.url);
const port = parentPort;
if (scopeJob && port) void measureDefaultScopes(scopeJob.modelIds, 1).then((r) => port.postMessage(r));
