// The checker's state key (src/check/state-key.ts) decides what counts as "seen before": two
// states with one key are explored once. That is sound only if the key holds everything that
// decides the future — states alike by their key must act alike. This test looks for a pair that
// does not: it explores breadth-first keeping every state, and wherever a state's key was met
// before, it takes each action from both and requires the same actions enabled, the same
// monitors' verdicts and, again, one key for the two states reached. Its broken fixture is a key
// blind to one field (the exterior's cable, which the key once lacked: a pulled cable was "seen
// before" as the plugged-in lock, and nothing behind it was ever explored).
import { describe, expect, it } from 'vitest';
import { findModel, MODELS } from '../src/models/index.ts';
import { machineFor } from '../src/check/explore.ts';
import { actionsFor, type CheckAction } from '../src/check/actions.ts';
import { defaultScope, EXPLORATIONS, explorationNotApplicable, type ExplorationName } from '../src/check/scope.ts';
import type { CheckMachine, MachineState } from '../src/check/machine.ts';
import type { StateArena } from '../src/check/state-arena.ts';
import { REC } from '../src/check/state-record.ts';
import { readmeText } from './readme-text.ts';

/** Deep enough that states meet again by different paths (ticks, timeouts, undone moves);
 * LOCKSTEP_KEY_DEPTH for a longer run. */
const SAMPLED_DEPTH = 6;
const DEPTH = Number(process.env.LOCKSTEP_KEY_DEPTH ?? SAMPLED_DEPTH);
/** Pairs of states alike by key checked per exploration (each costs two steps per action);
 * LOCKSTEP_KEY_PAIRS for a longer run. */
const MAX_PAIRS = Number(process.env.LOCKSTEP_KEY_PAIRS ?? 3_000);
/** LOCKSTEP_KEY_ALL=1: every model and exploration, not the sample below. */
const ALL = process.env.LOCKSTEP_KEY_ALL === '1';

type KeyOf = (m: CheckMachine, st: MachineState) => number;

const realKey: KeyOf = (m, st) => m.key(st);

/** DELIBERATELY BROKEN key: the state's key with the exterior's cable read as plugged in. */
const cableBlindKey: KeyOf = (m, st) => {
  const arena = (m as unknown as { arena: StateArena }).arena;
  const a = arena.data(st);
  const at = arena.offset(st) + REC.EXTERIOR_LINKED;
  const linked = a[at];
  a[at] = REC.TRUE;
  const key = m.key(st);
  a[at] = linked;
  return key;
};

interface Mismatch {
  action: string;
  what: string;
}

/** One action taken from two states: what the second did differently, or null. */
function compareStep(m: CheckMachine, keyOf: KeyOf, first: MachineState, second: MachineState, act: CheckAction): Mismatch | null {
  const enabled = m.enabled(first, act);
  if (enabled !== m.enabled(second, act)) return { action: act.label, what: 'enabled in one state only' };
  if (!enabled) return null;
  const v1 = m.run(first, act).map((v) => v.property).join(',');
  const k1 = keyOf(m, m.reached());
  const v2 = m.run(second, act).map((v) => v.property).join(',');
  const k2 = keyOf(m, m.reached());
  if (v1 !== v2) return { action: act.label, what: `monitors said [${v1}] and [${v2}]` };
  if (k1 !== k2) return { action: act.label, what: 'the states reached have different keys' };
  return null;
}

interface Search {
  /** Pairs of states alike by key that were compared. */
  pairs: number;
  mismatch: (Mismatch & { depth: number }) | null;
}

/** Breadth-first to DEPTH under `keyOf`, comparing each state met again with the first one. */
function searchForUnlikeTwins(modelId: string, name: ExplorationName, keyOf: KeyOf): Search {
  const model = findModel(modelId)!;
  const scope = defaultScope(model);
  const m = machineFor(model, scope, name);
  const actions = actionsFor(name, model, scope);
  const firstOf = new Map<number, MachineState>([[keyOf(m, m.initial), m.initial]]);
  let frontier: MachineState[] = [m.initial];
  let pairs = 0;
  try {
    for (let depth = 1; depth <= DEPTH; depth++) {
      const next: MachineState[] = [];
      for (const st of frontier) {
        for (const act of actions) {
          if (!m.enabled(st, act)) continue;
          m.run(st, act);
          const key = keyOf(m, m.reached());
          const first = firstOf.get(key);
          const reached = m.keep();
          if (first === undefined) {
            firstOf.set(key, reached);
            next.push(reached);
            continue;
          }
          if (pairs >= MAX_PAIRS) continue;
          pairs++;
          for (const other of actions) {
            const mismatch = compareStep(m, keyOf, first, reached, other);
            if (mismatch) return { pairs, mismatch: { ...mismatch, depth } };
          }
        }
      }
      frontier = next;
    }
    return { pairs, mismatch: null };
  } finally {
    m.dispose();
  }
}

/** Pairs a sampled search must meet at the least. */
const SAMPLED_MIN_PAIRS = 100;
const SAMPLE: { model: string; exploration: ExplorationName }[] = [
  { model: 'smartcode-913', exploration: 'exterior' },
  { model: 'smartcode-913', exploration: 'interior' },
  { model: 'smartcode-913', exploration: 'physical' },
  { model: 'smartcode-916', exploration: 'exterior' }, // the unplugged-exterior alert's deadline
  { model: 'smartcode-275', exploration: 'after-reset' },
  { model: 'smartcode-275', exploration: 'keypad' }, // the whole keypad, the admin code left out
  { model: 'smartcode-913', exploration: 'admin-gate' }, // entries read by the preconditions, alone and with the cable's
  { model: 'powerbolt-264', exploration: 'reset-menu' }, // the firmware's mode read by a precondition
  { model: 'powerbolt-264', exploration: 'interior' }, // the Reset button
  { model: 'powerbolt-2', exploration: 'physical' },
  { model: 'smartcode-916', exploration: 'cable' }, // the cable with Program held and the pack
  { model: 'smartcode-916', exploration: 'admin-gate' }, // the cable between entries, its alert's deadline
  { model: 'smartcode-916', exploration: 'screened' }, // the digits SecureScreen shows, and its entry timeout
  { model: 'smartcode-916', exploration: 'interior' }, // SecureScreen switched on and off between entries
  { model: 'powerbolt-250', exploration: 'store' }, // a full store's adds and deletes, the admin code typed whole, power cuts
];
const CASES = ALL
  ? MODELS.flatMap((m) => EXPLORATIONS.filter((e) => explorationNotApplicable(e, m) === null).map((exploration) => ({ model: m.id, exploration })))
  : SAMPLE;

describe("states alike by the checker's key act alike", () => {
  for (const { model, exploration } of CASES) {
    it(`${model}, ${exploration}: every pair met within ${DEPTH} steps takes each action the same way`, () => {
      const s = searchForUnlikeTwins(model, exploration, realKey);
      expect(s.mismatch).toBeNull();
      // The search did meet states again: the sampled searches many; on every model and
      // exploration the smallest meet fewer (the 275's cable exploration, 653 states: 72 pairs).
      expect(s.pairs).toBeGreaterThan(ALL ? 0 : SAMPLED_MIN_PAIRS);
      if (ALL) console.log(`${model} ${exploration}: ${s.pairs} pairs alike by key, each action the same`);
    });
  }

  // The README said fourteen pairs after the Powerbolt 250's store search joined the sample.
  it("the README gives the sample's size and depth", () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
    const readme = readmeText();
    expect(readme).toContain(`\`npm test\` runs the search on ${words[SAMPLE.length] ?? SAMPLE.length} model–exploration pairs to depth ${SAMPLED_DEPTH}`);
  });

  it('catches a key blind to the exterior cable (deliberately broken fixture)', () => {
    const s = searchForUnlikeTwins('smartcode-913', 'exterior', cableBlindKey);
    expect(s.mismatch).not.toBeNull();
    expect(s.mismatch!.what).toMatch(/different keys|enabled in one state only/);
  });
});

/**
 * The store's sequence number enters the key relative to the oldest good bank, so that locks
 * whose banks differ only by how often they were written share a key. Unpowered, the firmware's
 * RAM is blank: its number is relative to nothing, and was once keyed relative all the same —
 * after one Reset-button reset and after three, the pack out gave two keys for one lock. The
 * congruence search found it in the cable exploration on the 264 at depth 12, beyond `npm test`'s
 * depth, so the pair is replayed here.
 */
describe('a pack out after one reset and after three: one key', () => {
  const model = findModel('powerbolt-264')!;
  const resetAndPressProgram = ['hold reset', 'tick', 'tick'];
  const once = [...resetAndPressProgram, 'press program'];
  const thrice = [...resetAndPressProgram, 'release reset', ...resetAndPressProgram, 'release reset', ...resetAndPressProgram, 'press program'];

  function keyAfter(labels: string[]): number {
    const scope = defaultScope(model);
    const m = machineFor(model, scope, 'cable');
    const actions = actionsFor('cable', model, scope);
    let st = m.initial;
    for (const label of labels) {
      const act = actions.find((a) => a.label === label)!;
      expect(m.enabled(st, act), label).toBe(true);
      st = m.step(st, act).state;
    }
    const key = m.key(st);
    m.dispose();
    return key;
  }

  it('powered, the two locks share a key; with the pack out they still do', () => {
    expect(keyAfter(once)).toBe(keyAfter(thrice));
    expect(keyAfter([...once, 'battery out'])).toBe(keyAfter([...thrice, 'battery out']));
  });
});
