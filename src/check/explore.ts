// Breadth-first exploration of every state reachable within the scope, with state hashing: the
// first violation of each property found is on a shortest path (seed S1, S2, S3, S8, S9, S18).
// States are restored from their stored value for every step; the visited set holds only hashes,
// and a step's state is kept (machine.ts keep()) only when its hash is new.

import type { ModelProfile } from '../models/profile.ts';
import { actionsFor, type CheckAction } from './actions.ts';
import { CheckMachine, type FirmwareFactory, type MachineState } from './machine.ts';
import { initialMonitor, type Violation } from './monitors.ts';
import { PROPERTIES, notApplicable, type PropertyId } from './properties.ts';
import { newRecoveryProbe, probeRecovery } from './recovery.ts';
import { newBatteryChangeProbe, probeBatteryChange } from './battery-change.ts';
import { VisitedSet } from './visited-set.ts';
import { EXPLORATIONS, explorationNotApplicable, initialLock, startsAfterReset, scopeProfile, twinOptions, type CheckScope, type ExplorationName, type InitialLock } from './scope.ts';

const PROGRESS_EVERY = 4_096;

export interface Found {
  violation: Violation;
  /** Action indices from the initial state to the state before the violating step. */
  path: number[];
  /** The violating action, or -1 when the state itself violates (no-bricking). */
  action: number;
}

/** The steps of a violation's path: the path to the state before it, and the violating action
 * (none when the state itself violates: no-bricking, battery-change) — the depth the report gives. */
export function foundDepth(f: Found): number {
  return f.path.length + (f.action >= 0 ? 1 : 0);
}

export interface ExplorationResult {
  name: ExplorationName;
  properties: PropertyId[];
  depthBound: number;
  states: number;
  transitions: number;
  maxDepth: number;
  /** 'depth': the depth bound was reached with states still new; 'cap': the state cap; 'failed':
   * every property it checks had failed with states still new short of the bound, so nothing was
   * left to search for; null: nothing new was left within the bound. */
  truncated: 'depth' | 'cap' | 'failed' | null;
  /** Every sequence of up to this many steps was checked: the depth bound; where the state cap
   * stopped the search while it added the states of depth d, d − 1; where every property had
   * failed by the end of depth d, d. */
  completeDepth: number;
  wallMs: number;
  recoveryProbes: number;
  /** Where the exploration proves the lockout: some transition left the lockout monitor holding
   * the model's wrong attempts within its span — the lockout engaged (lockout-seen.ts). False
   * where it does not prove the lockout. */
  lockoutSeen: boolean;
  /** Battery changes run to the end (battery-change.ts; the others were answered from its cache). */
  batteryChangeProbes: number;
  found: Found[];
  actions: CheckAction[];
  init: InitialLock;
}

export interface ExploreOptions {
  firmware?: FirmwareFactory;
  onProgress?: (p: { exploration: ExplorationName; depth: number; states: number; transitions: number }) => void;
}

/** The machine an exploration runs on (also used to re-run a counterexample). */
export function machineFor(model: ModelProfile, scope: CheckScope, name: ExplorationName, firmware?: FirmwareFactory): CheckMachine {
  const props = propertiesOf(model, name);
  const init = initialLock(model, scope, name);
  const mon = initialMonitor();
  mon.handingDue = startsAfterReset(name) && model.reset.forgetsHanding;
  return new CheckMachine(scopeProfile(model, scope), { ...twinOptions(init), firmware }, new Set(props), mon);
}

export function propertiesOf(model: ModelProfile, name: ExplorationName): PropertyId[] {
  return PROPERTIES.filter((p) => p.explorations.includes(name) && notApplicable(p.id, model) === null).map((p) => p.id);
}

/** The explorations a model is checked with, in EXPLORATIONS order: those with something to
 * search on it (the screened exploration needs a SecureScreen) and a property that applies to it
 * (the admin-gate exploration proves S2/S3 alone, which a model without an admin code has no use
 * for). */
export function explorationsOf(model: ModelProfile): ExplorationName[] {
  return EXPLORATIONS.filter((name) => explorationNotApplicable(name, model) === null && propertiesOf(model, name).length > 0);
}

function pathTo(idx: number, parent: number[], via: number[]): number[] {
  const path: number[] = [];
  for (let i = idx; i > 0; i = parent[i]) path.push(via[i]);
  return path.reverse();
}

export function explore(model: ModelProfile, scope: CheckScope, name: ExplorationName, opts: ExploreOptions = {}): ExplorationResult {
  const started = performance.now();
  const props = propertiesOf(model, name);
  const init = initialLock(model, scope, name);
  const m = machineFor(model, scope, name, opts.firmware);
  const actions = actionsFor(name, model, scope);
  const depthBound = scope.depth[name];
  const open = new Set<PropertyId>(props);
  const found: Found[] = [];
  const probe = props.includes('no-bricking') ? newRecoveryProbe() : null;

  const visited = new VisitedSet();
  visited.add(m.key(m.initial));
  const parent: number[] = [-1];
  const via: number[] = [-1];
  // The frontier as two parallel lists (state index, stored state): no wrapper object per state.
  let frontier: MachineState[] = [m.initial];
  let frontierIdx: number[] = [0];
  let transitions = 0;
  let maxDepth = 0;
  let truncated: ExplorationResult['truncated'] = null;
  let completeDepth = depthBound;

  const battery = props.includes('battery-change') ? newBatteryChangeProbe() : null;
  // Asked after every transition until it is seen (lockout-seen.ts), then no more.
  let lockoutUnseen = props.includes('lockout');
  const wrongAttempts = model.lockout.wrongAttempts;

  // The properties judged of a state rather than of a step: the physical reset from it, as it is
  // and with its store corrupted (recovery.ts), and a battery change from it (battery-change.ts).
  const checkState = (idx: number, st: MachineState) => {
    if (probe && open.has('no-bricking')) {
      for (const corrupt of [false, true]) {
        const left = probeRecovery(m, probe, st, corrupt);
        if (left === null) continue;
        open.delete('no-bricking');
        const violation: Violation = { property: 'no-bricking', message: left, expect: '', ...(corrupt ? { storeCorrupted: true as const } : {}) };
        found.push({ violation, path: pathTo(idx, parent, via), action: -1 });
        break;
      }
    }
    if (battery && open.has('battery-change')) {
      const lost = probeBatteryChange(m, battery, st);
      if (lost !== null) {
        open.delete('battery-change');
        found.push({ violation: { property: 'battery-change', ...lost }, path: pathTo(idx, parent, via), action: -1 });
      }
    }
  };
  checkState(0, m.initial);

  let depth = 1;
  outer: for (; depth <= depthBound && frontier.length > 0 && open.size > 0; depth++) {
    const next: MachineState[] = [];
    const nextIdx: number[] = [];
    for (let fi = 0; fi < frontier.length; fi++) {
      const st = frontier[fi];
      const idx = frontierIdx[fi];
      m.releaseBefore(st); // the states expanded already are done with
      for (let ai = 0; ai < actions.length; ai++) {
        const a = actions[ai];
        if (!m.enabled(st, a)) continue;
        const violations = m.run(st, a);
        transitions++;
        if (lockoutUnseen && m.wrongEntriesHeld() >= wrongAttempts) lockoutUnseen = false;
        if ((transitions & (PROGRESS_EVERY - 1)) === 0) opts.onProgress?.({ exploration: name, depth, states: visited.size, transitions });
        for (const v of violations) {
          if (!open.has(v.property)) continue;
          open.delete(v.property);
          found.push({ violation: v, path: pathTo(idx, parent, via), action: ai });
        }
        const key = m.key(m.reached());
        if (visited.has(key)) continue;
        if (visited.size >= scope.stateCap) {
          truncated = 'cap';
          completeDepth = depth - 1;
          break outer;
        }
        visited.add(key);
        const state = m.keep();
        const child = parent.length;
        parent.push(idx);
        via.push(ai);
        maxDepth = depth;
        next.push(state);
        nextIdx.push(child);
        checkState(child, state);
      }
    }
    frontier = next;
    frontierIdx = nextIdx;
    if (depth === depthBound && frontier.length > 0) truncated = 'depth';
  }
  // Stopped before the bound with states still new: every property had failed (the cap breaks
  // out with `truncated` set). Depth − 1, the last depth searched, is complete; depth 0 when the
  // first state itself failed them all.
  if (truncated === null && open.size === 0 && frontier.length > 0 && depth <= depthBound) {
    truncated = 'failed';
    completeDepth = depth - 1;
  }
  opts.onProgress?.({ exploration: name, depth: maxDepth, states: visited.size, transitions });
  m.dispose();
  return {
    name,
    properties: props,
    depthBound,
    states: visited.size,
    transitions,
    maxDepth,
    truncated,
    completeDepth,
    wallMs: performance.now() - started,
    recoveryProbes: probe?.probes ?? 0,
    lockoutSeen: props.includes('lockout') && !lockoutUnseen,
    batteryChangeProbes: battery?.probes ?? 0,
    found,
    actions,
    init,
  };
}
