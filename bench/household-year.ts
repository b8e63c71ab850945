/**
 * Household-year benchmark: the job of this file is to build one deterministic year of a
 * household's use of a SmartCode 913 and time a trace-OFF twin living through it.
 *
 * Each day (seeded mulberry32, so every run and every machine sees the same year):
 *  - 10 keypad unlocks: one of the three user codes typed ({ do: 'type' }, 4 presses);
 *    auto-lock (switch 2, turned on by the first action) relocks 30 s after each;
 *  - 2 trips through the door by hand = 4 manual operations: thumbturn unlock, 5-25 s later
 *    thumbturn lock (before the auto-lock would fire);
 *  - these 12 episodes at random times between 06:00 and 23:00, at least 2 minutes apart;
 *  - everything else is idle: { do: 'wait' } jumps virtual time to the next episode.
 * The lock starts locked with a fresh pack (6.0 V). The timed year keeps the door open (the
 * keypad runs' configuration): the motor then runs free. householdDoorClosedYear() replays the
 * same year with the door closed (strike friction on every throw) as an informational variant.
 */
import { parentPort } from 'node:worker_threads';
import { inFreshIsolate, isolateJob, type IsolateJob } from './fresh-isolate.ts';
import { medianOf } from './harness.ts';
import { Twin, KEY_GAP_MS, PRESS_MS, type Action } from '../src/twin/twin.ts';
import { KEYPAD_CODES, mulberry32 } from './workload/keypad-workload.ts';
import { TWIN_MODEL } from './twin-keypad.ts';

export const DAYS = 365;
export const KEYPAD_UNLOCKS_PER_DAY = 10;
export const MANUAL_TRIPS_PER_DAY = 2; // each trip = thumbturn unlock + thumbturn lock
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAY_START_MS = 6 * HOUR_MS;
const DAY_SPAN_MS = 17 * HOUR_MS;
const MIN_SPACING_MS = 120_000; // > 30 s auto-lock + motor travel
const TRIP_MIN_MS = 5_000;
const TRIP_SPAN_MS = 20_000;

export interface HouseholdPlan {
  actions: Action[];
  keypadUnlocks: number;
  manualOps: number;
  keyPresses: number;
  waits: number;
}

export function planHouseholdYear(seed: number): HouseholdPlan {
  const rand = mulberry32(seed);
  const actions: Action[] = [{ do: 'switch', n: 2, on: true }];
  let now = 0; // virtual time as the plan will leave it
  let keypadUnlocks = 0;
  let manualOps = 0;
  let keyPresses = 0;
  let waits = 0;
  const waitUntil = (t: number): void => {
    if (t > now) {
      actions.push({ do: 'wait', ms: t - now });
      waits++;
      now = t;
    }
  };
  for (let day = 0; day < DAYS; day++) {
    const episodes = KEYPAD_UNLOCKS_PER_DAY + MANUAL_TRIPS_PER_DAY;
    const times: number[] = [];
    while (times.length < episodes) {
      const t = day * DAY_MS + DAY_START_MS + Math.floor(rand() * DAY_SPAN_MS);
      if (times.every((x) => Math.abs(x - t) >= MIN_SPACING_MS)) times.push(t);
    }
    times.sort((a, b) => a - b);
    const kinds: Array<'keypad' | 'manual'> = [];
    for (let i = 0; i < episodes; i++) kinds.push(i < KEYPAD_UNLOCKS_PER_DAY ? 'keypad' : 'manual');
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
    }
    for (let i = 0; i < episodes; i++) {
      waitUntil(times[i]!);
      if (kinds[i] === 'keypad') {
        const code = KEYPAD_CODES[Math.floor(rand() * KEYPAD_CODES.length)]!;
        actions.push({ do: 'type', digits: code });
        keyPresses += code.length;
        now += code.length * (PRESS_MS + KEY_GAP_MS);
        keypadUnlocks++;
      } else {
        actions.push({ do: 'thumbturn', dir: 'unlock' });
        waitUntil(now + TRIP_MIN_MS + Math.floor(rand() * TRIP_SPAN_MS));
        actions.push({ do: 'thumbturn', dir: 'lock' });
        manualOps += 2;
      }
    }
  }
  waitUntil(DAYS * DAY_MS);
  return { actions, keypadUnlocks, manualOps, keyPresses, waits };
}

export function createHouseholdTwin(trace: boolean, doorOpen = true): Twin {
  return Twin.create(TWIN_MODEL, {
    seed: 913,
    trace,
    codes: { 1: KEYPAD_CODES[0]!, 2: KEYPAD_CODES[1]!, 3: KEYPAD_CODES[2]! },
    mastercode: 'none',
    door: 'right',
    handed: 'right',
    doorOpen,
    strikeAligned: true,
    boltExtended: true,
  });
}

export interface HouseholdRun {
  wallMs: number;
  twin: Twin;
}

/** Lives through the plan on a fresh twin; only the apply loop is timed (twin creation is not). */
export function runHouseholdYear(plan: HouseholdPlan, trace: boolean, doorOpen = true): HouseholdRun {
  const twin = createHouseholdTwin(trace, doorOpen);
  const { actions } = plan;
  const start = process.hrtime.bigint();
  for (let i = 0; i < actions.length; i++) twin.apply(actions[i]!);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { wallMs, twin };
}

export interface HouseholdResult {
  plan: HouseholdPlan;
  coldMs: number;
  wallMs: { median: number; min: number; max: number; runs: number };
  endVolts: number;
  endLoadedVolts: number;
  stateOfCharge: number;
  boltAtEnd: string;
  virtualDays: number;
  /** From one extra trace-ON run: lock events by "type/source", trace length. */
  eventCounts: Record<string, number>;
  traceEntries: number;
  deterministic: boolean;
}

/** One cold run, `warmups` untimed runs, then `runs` timed runs (trace off), plus one trace-on check. */
export function measureHouseholdYear(seed: number, runs = 5, warmups = 3): HouseholdResult {
  const plan = planHouseholdYear(seed);
  const cold = runHouseholdYear(plan, false);
  for (let i = 0; i < warmups; i++) runHouseholdYear(plan, false);
  const times: number[] = [];
  const endStates = new Set<string>();
  let last = cold;
  for (let i = 0; i < runs; i++) {
    last = runHouseholdYear(plan, false);
    times.push(last.wallMs);
    endStates.add(`${last.twin.sim.now}|${last.twin.battery.chargeMAs}|${last.twin.bolt.state()}`);
  }
  times.sort((a, b) => a - b);
  const traced = runHouseholdYear(plan, true);
  endStates.add(`${traced.twin.sim.now}|${traced.twin.battery.chargeMAs}|${traced.twin.bolt.state()}`);
  const eventCounts: Record<string, number> = {};
  for (const e of traced.twin.trace.entries) {
    if (e.ch !== 'event') continue;
    const v = e.v as { type: string; source?: string };
    const key = v.source ? `${v.type}/${v.source}` : v.type;
    eventCounts[key] = (eventCounts[key] ?? 0) + 1;
  }
  const median = medianOf(times);
  const t = last.twin;
  t.battery.account(t.sim.now);
  return {
    plan,
    coldMs: cold.wallMs,
    wallMs: { median, min: times[0]!, max: times[times.length - 1]!, runs },
    endVolts: t.packVolts(),
    endLoadedVolts: t.battery.loadedVolts(),
    stateOfCharge: t.battery.stateOfCharge,
    boltAtEnd: t.bolt.state(),
    virtualDays: t.sim.now / DAY_MS,
    eventCounts,
    traceEntries: traced.twin.trace.length,
    deterministic: endStates.size === 1,
  };
}

/** measureHouseholdYear() over several isolates: each isolate's median, and their median. */
export interface IsolatedHouseholdResult extends HouseholdResult {
  /** Each isolate's median wall ms, in the order measured; wallMs.median is their median, and
   * wallMs.min / max / runs cover every timed run of every isolate. */
  isolateMedians: number[];
}

interface HouseholdJob extends IsolateJob {
  seed: number;
  runs: number;
}

/**
 * measureHouseholdYear() in `isolates` fresh V8 isolates (worker threads), one after another, as
 * the keypad runners are timed (./isolated-measure.ts). On the bench's main thread the year ran
 * after sections 1–3, whose garbage (a traced twin, the baselines) and JIT feedback slowed it
 * from about 5 ms to 13 ms, one run to 75 ms; several isolates outvote a slow stretch of the
 * shared machine. The rest of the result (plan, end state, events) is the first isolate's: every
 * isolate lives through the same deterministic year.
 */
export async function measureHouseholdYearIsolated(seed: number, runs: number, isolates: number): Promise<IsolatedHouseholdResult> {
  if (!(Number.isInteger(isolates) && isolates >= 1)) throw new Error(`measureHouseholdYearIsolated: isolates must be a whole number >= 1, got ${isolates}`);
  const results: HouseholdResult[] = [];
  const job: HouseholdJob = { entry: import.meta.url, seed, runs };
  for (let i = 0; i < isolates; i++) results.push(await inFreshIsolate<HouseholdResult>(job, 'household-year'));
  const isolateMedians = results.map((r) => r.wallMs.median);
  const median = medianOf(isolateMedians);
  const first = results[0]!;
  return {
    ...first,
    wallMs: {
      median,
      min: Math.min(...results.map((r) => r.wallMs.min)),
      max: Math.max(...results.map((r) => r.wallMs.max)),
      runs: results.reduce((n, r) => n + r.wallMs.runs, 0),
    },
    deterministic: results.every((r) => r.deterministic && r.endVolts === first.endVolts && r.boltAtEnd === first.boltAtEnd),
    isolateMedians,
  };
}

const householdJob = isolateJob<HouseholdJob>(import.meta.url);
if (householdJob && parentPort) parentPort.postMessage(measureHouseholdYear(householdJob.seed, householdJob.runs));

export interface DoorClosedYear {
  keypadUnlocks: number;
  autoLocks: number;
  brownOuts: number;
  /** Day (0-based) of the first brown-out, or -1. */
  firstBrownOutDay: number;
  /** Open-circuit volts just before the first brown-out, or NaN. */
  voltsAtFirstBrownOut: number;
  endVolts: number;
}

/** The same year with the door closed, trace on, once (not timed): what the pack manages. */
export function householdDoorClosedYear(plan: HouseholdPlan): DoorClosedYear {
  const twin = createHouseholdTwin(true, false);
  let firstBrownOutDay = -1;
  let voltsAtFirstBrownOut = NaN;
  let brownOuts = 0;
  for (const a of plan.actions) {
    const volts = twin.packVolts();
    const before = twin.trace.length;
    twin.apply(a);
    for (let i = before; i < twin.trace.length; i++) {
      const e = twin.trace.entries[i]!;
      if (e.ch === 'power' && e.v === 'brown-out') {
        brownOuts++;
        if (firstBrownOutDay < 0) {
          firstBrownOutDay = Math.floor(e.t / DAY_MS);
          voltsAtFirstBrownOut = volts;
        }
      }
    }
  }
  let keypadUnlocks = 0;
  let autoLocks = 0;
  for (const e of twin.trace.entries) {
    if (e.ch !== 'event') continue;
    const v = e.v as { type: string; source?: string };
    if (v.type === 'unlocked' && v.source === 'keypad') keypadUnlocks++;
    if (v.type === 'locked' && v.source === 'auto-lock') autoLocks++;
  }
  twin.battery.account(twin.sim.now);
  return { keypadUnlocks, autoLocks, brownOuts, firstBrownOutDay, voltsAtFirstBrownOut, endVolts: twin.packVolts() };
}
