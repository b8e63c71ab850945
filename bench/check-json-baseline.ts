/**
 * The model checker's speed (states/s) against a naive baseline, for `npm run bench`.
 *
 *  - checker: src/check/explore.ts as shipped (53-bit streaming hash of the abstract state,
 *    relative times, monitors, property checks), one exploration at a fixed small depth;
 *  - BFS + 53-bit key: the small breadth-first search below over the same CheckMachine and
 *    actions, keyed by the checker's own CheckMachine.key() (isolates the loop);
 *  - BFS + JSON key (the naive baseline): the same search, states keyed by
 *    JSON.stringify(twin.snapshot()) (+ the monitor state) after each step, held in a Set<string>.
 *    explore() takes no key function, so the search is re-implemented here (same step order).
 *    The JSON key holds absolute times, so it merges fewer states: its distinct-state count is
 *    larger for the same depth; states/s is the figure compared.
 */
import { findModel } from '../src/models/index.ts';
import { actionsFor } from '../src/check/actions.ts';
import { explore, machineFor } from '../src/check/explore.ts';
import type { MachineState } from '../src/check/machine.ts';
import { defaultScope, type CheckScope, type ExplorationName } from '../src/check/scope.ts';

export interface CheckRate {
  label: string;
  states: number;
  transitions: number;
  wallMs: number;
  statesPerSec: number;
}

const rate = (label: string, states: number, transitions: number, wallMs: number): CheckRate => ({
  label,
  states,
  transitions,
  wallMs,
  statesPerSec: wallMs > 0 ? (states * 1000) / wallMs : 0,
});

function scopeFor(modelId: string, depth: number): { model: NonNullable<ReturnType<typeof findModel>>; scope: CheckScope } {
  const model = findModel(modelId);
  if (!model) throw new Error(`unknown model ${modelId}`);
  return { model, scope: defaultScope(model, depth, Number.MAX_SAFE_INTEGER) };
}

/** The shipped explorer. */
export function checkerRate(modelId: string, name: ExplorationName, depth: number): CheckRate {
  const { model, scope } = scopeFor(modelId, depth);
  const r = explore(model, scope, name);
  return rate('checker (explore.ts, 53-bit hash)', r.states, r.transitions, r.wallMs);
}

/** A plain BFS over the checker's machine with a pluggable key (no property bookkeeping beyond
 * what CheckMachine.step does itself). */
export function bfsRate(modelId: string, name: ExplorationName, depth: number, keyKind: 'hash' | 'json'): CheckRate {
  const { model, scope } = scopeFor(modelId, depth);
  const started = performance.now();
  const m = machineFor(model, scope, name);
  const actions = actionsFor(name, model, scope);
  const keyOf =
    keyKind === 'hash'
      ? (st: MachineState): number | string => m.key(st)
      : (st: MachineState): number | string => {
          m.restore(st); // the twin holds exactly this state (step leaves it there too)
          return JSON.stringify(m.twin.snapshot()) + JSON.stringify(m.monitorOf(st));
        };
  const visited = new Set<number | string>([keyOf(m.initial)]);
  let frontier: MachineState[] = [m.initial];
  let transitions = 0;
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: MachineState[] = [];
    for (const st of frontier) {
      for (const a of actions) {
        if (!m.enabled(st, a)) continue;
        const r = m.step(st, a);
        transitions++;
        const key = keyKind === 'json' ? JSON.stringify(m.twin.snapshot()) + JSON.stringify(m.monitorOf(r.state)) : m.key(r.state);
        if (visited.has(key)) continue;
        visited.add(key);
        next.push(r.state);
      }
    }
    frontier = next;
  }
  const label = keyKind === 'hash' ? 'BFS, key = CheckMachine.key (53-bit)' : 'BFS, key = JSON.stringify(twin.snapshot())';
  return rate(label, visited.size, transitions, performance.now() - started);
}
