/**
 * `npm run bench` (tsx --expose-gc bench/main.ts): the whole benchmark in one process.
 *
 *  1. keypad key presses per second through the full twin, trace ON and OFF, plus a sanity
 *     check of what the twin did with the workload (./twin-keypad.ts); each throughput runner of
 *     1 and 2 is timed alone in fresh isolates, three each, interleaved (./isolated-measure.ts);
 *  2. the same workload through the XState v5 and bare-reducer baselines (./baselines/);
 *  3. speed ratios against their goals;
 *  4. a household year on a trace-OFF twin, in fresh isolates (./household-year.ts);
 *  5. heap and ArrayBuffer bytes per idle twin over 100,000 twins (./idle-heap.ts);
 *  6. the model checker's states/s against a JSON-keyed BFS baseline (./check-json-baseline.ts),
 *     and whole default scopes in one fresh worker thread and on worker threads (./check-default-scopes.ts);
 *  7. the browser twin: first-load size and key press -> LED latency in Chromium (./web-bench.ts);
 *  then a goals table. Numbers are reported as measured; a goal not met says "no".
 *
 * LOCKSTEP_BENCH_SECTIONS picks sections: e.g. `LOCKSTEP_BENCH_SECTIONS=1-3 npm run bench` runs
 * only the keypad throughput (1-3 always run together), "1-3,5" adds the idle twins. Unset, every
 * section runs; the goals table lists the goals of the sections that ran (./sections.ts).
 */
import os from 'node:os';
import { STRIKE_FRICTION_MA } from '../src/hardware/motor-bolt.ts';
import { formatTable } from './harness.ts';
import { measureInterleaved, type PassedResult } from './isolated-measure.ts';
import type { KeypadRunnerName } from './keypad-runners.ts';
import { makeKeypadWorkload, type KeypadCounters } from './workload/keypad-workload.ts';
import { runXStateKeypad } from './baselines/xstate-keypad.ts';
import { runReducerKeypad } from './baselines/reducer-keypad.ts';
import { countPresses, runTwinKeypad, twinTimedWorkload } from './twin-keypad.ts';
import { DAYS, KEYPAD_UNLOCKS_PER_DAY, MANUAL_TRIPS_PER_DAY, householdDoorClosedYear, measureHouseholdYearIsolated } from './household-year.ts';
import { measureIdleTwins } from './idle-heap.ts';
import { bfsRate, checkerRate, type CheckRate } from './check-json-baseline.ts';
import { SCOPE_MODELS, measureDefaultScopes, measureDefaultScopesOneThreadIsolated, type ScopeRun } from './check-default-scopes.ts';
import { defaultJobs } from '../src/check/exploration-pool.ts';
import { runWebBench, type GoalRow } from './web-bench.ts';
import { BENCH_SECTIONS_ENV, parseBenchSections } from './sections.ts';

const SEED = 20240601;
const EVENTS = 100_000;
const HOUSEHOLD_SEED = 2024;
const HOUSEHOLD_RUNS = 5;
/** Fresh isolates the household year is timed in (./household-year.ts measureHouseholdYearIsolated). */
const HOUSEHOLD_ISOLATES = 3;
const IDLE_TWINS = 100_000;
const SPEED_OPTS = { rounds: 5, minTimeMs: 400, warmupMs: 300 };
/** Isolates per keypad runner, interleaved across runners (./isolated-measure.ts measureInterleaved). */
const SPEED_PASSES = 3;
/** In the order of the table; `speed` below is destructured in this order. */
const SPEED_RUNNERS: readonly KeypadRunnerName[] = ['twin-trace-on', 'twin-trace-off', 'xstate', 'reducer'];

const GOAL_TWIN_OVER_XSTATE = 25;
const GOAL_REDUCER_OVER_TWIN = 10;
const GOAL_YEAR_MS = 20;
const GOAL_IDLE_BYTES = 4 * 1024;

const benchStart = process.hrtime.bigint();
const runs = parseBenchSections(process.env[BENCH_SECTIONS_ENV]);
const goals: GoalRow[] = [];
const round = (x: number, digits = 0): number => Number(x.toFixed(digits));
const yesNo = (ok: boolean): string => (ok ? 'yes' : 'NO');
let sanityOk = true;
const check = (label: string, ok: boolean, detail: string): Record<string, string> => {
  if (!ok) sanityOk = false;
  return { check: label, result: ok ? 'ok' : 'FAILED', detail };
};
const section = (title: string): void => console.log(`\n== ${title} ${'='.repeat(Math.max(0, 86 - title.length))}`);

const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, node ${process.version}, ${os.platform()}/${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM`);
console.log(
  'how to read: throughput is the median of 5 timed rounds (min..max alongside); "key presses/s" counts digit events only, ' +
    '"workload events/s" also counts wait markers; each keypad runner is timed alone in a fresh V8 isolate (a worker thread), ' +
    `so no runner inherits another's JIT state or heap, in ${SPEED_PASSES} isolates interleaved with the other runners' (its figure: ` +
    'the median of their medians), so a slow stretch of the shared machine cannot decide a ratio alone; ratios use the medians; ' +
    'every figure is measured in this run, nothing is scaled.',
);

// ---- 1 + 2: keypad throughput ------------------------------------------------------------------
if (runs(1)) {
  const events = makeKeypadWorkload(SEED, EVENTS);
  const presses = countPresses(events);
  const pressShare = presses / events.length;

  section('1. keypad workload through the twin: sanity');
  console.log(
    `workload: makeKeypadWorkload(seed ${SEED}, ${EVENTS.toLocaleString('en-US')}) = ${presses.toLocaleString('en-US')} key presses + ` +
      `${(events.length - presses).toLocaleString('en-US')} wait markers; twin: smartcode-913, codes 1234/5678/2468, door open`,
  );
  const tracedRun = runTwinKeypad(events, true);
  const plainRun = runTwinKeypad(events, false);
  const ev = tracedRun.eventCounts;
  const twinCounters: KeypadCounters = { unlocks: ev['unlocked'] ?? 0, wrongCodes: ev['wrong-code'] ?? 0, lockouts: ev['lockout'] ?? 0 };
  const xstateCounters = runXStateKeypad(events);
  const reducerCounters = runReducerKeypad(events);
  const reducerTwinTimed = runReducerKeypad(twinTimedWorkload(events));
  console.log(
    '\n' +
      formatTable([
        { run: 'twin, trace on (events in trace)', ...twinCounters, 'lockout-ended': ev['lockout-ended'] ?? 0, 'trace entries': tracedRun.twin.trace.length },
        { run: 'XState baseline (workload timing)', ...xstateCounters },
        { run: 'reducer baseline (workload timing)', ...reducerCounters },
        { run: 'reducer on twin timing (400 ms/press)', ...reducerTwinTimed },
      ]),
  );
  const pct = (a: number, b: number): string => `${(((a - b) / b) * 100).toFixed(2)}%`;
  console.log(
    '\n' +
      formatTable([
        check('twin unlocked events > 0', twinCounters.unlocks > 0, `${twinCounters.unlocks}`),
        check('twin lockout events > 0', twinCounters.lockouts > 0, `${twinCounters.lockouts}`),
        check('twin wrong-code events > 0', twinCounters.wrongCodes > 0, `${twinCounters.wrongCodes}`),
        check('no jam / battery / power events', !ev['jam'] && !ev['battery-critical'] && !ev['battery-low'], JSON.stringify(ev)),
        check(
          'trace off ends in the same state as trace on',
          plainRun.fingerprint === tracedRun.fingerprint,
          `virtual ${(plainRun.twin.sim.now / 3_600_000).toFixed(1)} h, bolt ${plainRun.twin.bolt.state()}, ${plainRun.twin.packVolts().toFixed(4)} V`,
        ),
        check(
          'twin ~ reducer on twin timing (within 2%)',
          Math.abs(twinCounters.unlocks - reducerTwinTimed.unlocks) <= 0.02 * reducerTwinTimed.unlocks &&
            Math.abs(twinCounters.wrongCodes - reducerTwinTimed.wrongCodes) <= 0.02 * reducerTwinTimed.wrongCodes &&
            Math.abs(twinCounters.lockouts - reducerTwinTimed.lockouts) <= 0.02 * reducerTwinTimed.lockouts,
          `unlocks ${pct(twinCounters.unlocks, reducerTwinTimed.unlocks)}, wrong ${pct(twinCounters.wrongCodes, reducerTwinTimed.wrongCodes)}, ` +
            `lockouts ${pct(twinCounters.lockouts, reducerTwinTimed.lockouts)} (reducer judges an abandoned entry at the next digit, the twin at its 5 s timeout)`,
        ),
      ]),
  );

  section('1 + 2. keypad throughput (same workload, one event at a time)');
  // Each runner in fresh isolates of its own, SPEED_PASSES of them, interleaved (./isolated-measure.ts).
  const measured = await measureInterleaved([...SPEED_RUNNERS, 'kernel-floor', 'press-floor'], SEED, EVENTS, SPEED_OPTS, SPEED_PASSES, (pass, runner) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[Kmeasuring: pass ${pass} of ${SPEED_PASSES}, ${runner}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const speed: PassedResult[] = SPEED_RUNNERS.map((r) => measured.get(r)!);
  const millions = (xs: number[]): string => xs.map((x) => (x * pressShare / 1e6).toFixed(2)).join(' / ');
  console.log(
    '\n' +
      formatTable(
        speed.map((r) => ({
          runner: r.label,
          'key presses/s': round(r.opsPerSec.median * pressShare),
          'min presses/s': round(r.opsPerSec.min * pressShare),
          'max presses/s': round(r.opsPerSec.max * pressShare),
          'workload events/s': round(r.opsPerSec.median),
          'us/press': round(1e6 / (r.opsPerSec.median * pressShare), 3),
          'each isolate, M presses/s': millions(r.passMedians),
        })),
      ),
  );
  const [twinOn, twinOff, xstate, reducer] = speed.map((r) => r.opsPerSec.median) as [number, number, number, number];
  const floor = measured.get('kernel-floor')!;
  const floorPresses = floor.opsPerSec.median; // one iteration is one press
  const pressFloor = measured.get('press-floor')!;
  const pressFloorPresses = pressFloor.opsPerSec.median; // one iteration is one press
  const floorLine = (r: PassedResult): string =>
    `${r.label}: ${round(r.opsPerSec.median).toLocaleString('en-US')} presses/s (${round(1e6 / r.opsPerSec.median, 3)} us/press; ` +
    `isolates ${r.passMedians.map((x) => (x / 1e6).toFixed(2)).join(' / ')} M)`;
  // The time a press may take for the reducer goal: the reducer's time per press, times the goal.
  const budgetUs = (GOAL_REDUCER_OVER_TWIN * 1e6) / (reducer * pressShare);
  console.log(
    `\nthe twin's floors (each iteration one key press):\n  ${floorLine(floor)}; the reducer is ${(reducer * pressShare / floorPresses).toFixed(1)}x that\n` +
      `  ${floorLine(pressFloor)}: ${((100 * pressShare * twinOff) / pressFloorPresses).toFixed(0)} % of the full twin's time per press\n` +
      `  a press may take ${round(budgetUs, 3)} us for the twin to be within ${GOAL_REDUCER_OVER_TWIN}x of the reducer; ` +
      `the firmware ignoring keys takes ${round((100 * (1e6 / pressFloorPresses)) / budgetUs)} % of that`,
  );

  // ---- 3: ratios ---------------------------------------------------------------------------------

  section('3. speed ratios (medians)');
  const twinOverXState = twinOff / xstate;
  const reducerOverTwin = reducer / twinOff;
  console.log(
    '\n' +
      formatTable([
        { ratio: 'twin (trace off) / XState', measured: `${twinOverXState.toFixed(2)}x`, goal: `>= ${GOAL_TWIN_OVER_XSTATE}x`, met: yesNo(twinOverXState >= GOAL_TWIN_OVER_XSTATE) },
        { ratio: 'reducer / twin (trace off)', measured: `${reducerOverTwin.toFixed(1)}x`, goal: `<= ${GOAL_REDUCER_OVER_TWIN}x`, met: yesNo(reducerOverTwin <= GOAL_REDUCER_OVER_TWIN) },
        { ratio: 'twin trace off / trace on', measured: `${(twinOff / twinOn).toFixed(2)}x`, goal: '(info)', met: '' },
        { ratio: 'reducer / XState', measured: `${(reducer / xstate).toFixed(1)}x`, goal: '(info)', met: '' },
        { ratio: 'reducer / alarm queue alone', measured: `${((reducer * pressShare) / floorPresses).toFixed(1)}x`, goal: '(info)', met: '' },
      ]),
  );
  goals.push(
    { figure: 'twin (trace off) / XState speed', measured: `${twinOverXState.toFixed(2)}x`, goal: `>= ${GOAL_TWIN_OVER_XSTATE}x`, met: yesNo(twinOverXState >= GOAL_TWIN_OVER_XSTATE) },
    { figure: 'reducer / twin (trace off) speed', measured: `${reducerOverTwin.toFixed(1)}x`, goal: `<= ${GOAL_REDUCER_OVER_TWIN}x`, met: yesNo(reducerOverTwin <= GOAL_REDUCER_OVER_TWIN) },
  );
}

// ---- 4: household year -------------------------------------------------------------------------
if (runs(4)) {

  section('4. household year (smartcode-913, trace off, auto-lock on, door open as in 1.)');
  const year = await measureHouseholdYearIsolated(HOUSEHOLD_SEED, HOUSEHOLD_RUNS, HOUSEHOLD_ISOLATES);
  console.log(
    `plan (seed ${HOUSEHOLD_SEED}): ${DAYS} days x (${KEYPAD_UNLOCKS_PER_DAY} keypad unlocks + ${MANUAL_TRIPS_PER_DAY * 2} thumbturn ops), ` +
      `episodes 06:00-23:00 >= 2 min apart, idle waits in between; only the apply loop is timed`,
  );
  console.log(
    '\n' +
      formatTable([
        {
          figure: 'wall ms for the year, median',
          value: round(year.wallMs.median, 2),
          note: `median of ${HOUSEHOLD_ISOLATES} fresh isolates' medians (${year.isolateMedians.map((m) => m.toFixed(2)).join(' / ')}), ${HOUSEHOLD_RUNS} runs each after warm-up; min ${year.wallMs.min.toFixed(2)}, max ${year.wallMs.max.toFixed(2)}`,
        },
        { figure: 'wall ms, first (cold) run', value: round(year.coldMs, 2), note: 'includes JIT warm-up of the household paths (first isolate)' },
        { figure: 'actions applied', value: year.plan.actions.length, note: `${year.plan.keypadUnlocks} type + ${year.plan.manualOps} thumbturn + ${year.plan.waits} wait + 1 switch` },
        { figure: 'key presses', value: year.plan.keyPresses, note: 'each = contact edges, bounce, debounce, firmware' },
        { figure: 'lock/unlock operations', value: Object.entries(year.eventCounts).filter(([k]) => /^(un)?locked\//.test(k)).reduce((n, [, v]) => n + v, 0), note: Object.entries(year.eventCounts).map(([k, v]) => `${k} ${v}`).join(', ') },
        { figure: 'trace entries (same year, trace on)', value: year.traceEntries, note: 'what the twin observably did' },
        { figure: 'virtual days simulated', value: round(year.virtualDays, 3), note: '' },
        { figure: 'battery open-circuit V at end', value: round(year.endVolts, 3), note: `from 6.0 V fresh; ${(year.stateOfCharge * 100).toFixed(1)}% charge left; ${year.endLoadedVolts.toFixed(3)} V at idle load` },
        { figure: 'bolt at end', value: year.boltAtEnd, note: '' },
      ]),
  );
  console.log(
    '\n' +
      formatTable([
        check('every keypad unlock unlocked', year.eventCounts['unlocked/keypad'] === year.plan.keypadUnlocks, `${year.eventCounts['unlocked/keypad'] ?? 0} / ${year.plan.keypadUnlocks}`),
        check('every keypad unlock auto-relocked', year.eventCounts['locked/auto-lock'] === year.plan.keypadUnlocks, `${year.eventCounts['locked/auto-lock'] ?? 0}`),
        check('manual ops seen', (year.eventCounts['unlocked/manual'] ?? 0) + (year.eventCounts['locked/manual'] ?? 0) === year.plan.manualOps, `${year.plan.manualOps}`),
        check('battery drained', year.endVolts < 6.0, `${year.endVolts.toFixed(3)} V`),
        check('runs agree (trace on and off)', year.deterministic, 'same end time, charge and bolt state'),
      ]),
  );

  const closed = householdDoorClosedYear(year.plan);
  console.log(
    `\ninfo, same year with the door CLOSED (strike friction: ${STRIKE_FRICTION_MA} mA motor): keypad unlocks ${closed.keypadUnlocks} / ${year.plan.keypadUnlocks}, ` +
      `auto-locks ${closed.autoLocks}, brown-outs ${closed.brownOuts}` +
      (closed.firstBrownOutDay >= 0 ? `, first on day ${closed.firstBrownOutDay + 1} at ${closed.voltsAtFirstBrownOut.toFixed(3)} V open-circuit` : '') +
      `, end ${closed.endVolts.toFixed(3)} V (the twin's battery model, not a bench failure)`,
  );
  goals.push({ figure: 'household year, wall ms (median)', measured: `${year.wallMs.median.toFixed(2)} ms`, goal: `< ${GOAL_YEAR_MS} ms`, met: yesNo(year.wallMs.median < GOAL_YEAR_MS) });
}

// ---- 5: idle twins -----------------------------------------------------------------------------
if (runs(5)) {

  section(`5. idle twins (${IDLE_TWINS.toLocaleString('en-US')} x smartcode-913, trace off)`);
  const idle = measureIdleTwins(IDLE_TWINS);
  console.log(
    '\n' +
      formatTable([
        { figure: 'JS heap bytes per idle twin', value: round(idle.heapBytesPerTwin), note: 'measureHeapPerItem (heapUsed delta after gc)' },
        { figure: 'ArrayBuffer bytes per idle twin', value: round(idle.arrayBufferBytesPerTwin), note: 'memoryUsage().arrayBuffers delta (EEPROM image, off-heap)' },
        { figure: 'heap + ArrayBuffer bytes per twin', value: round(idle.heapBytesPerTwin + idle.arrayBufferBytesPerTwin), note: '' },
        { figure: 'create ms per twin', value: round(idle.createMsPerTwin, 4), note: `whole measurement ${(idle.totalMs / 1000).toFixed(1)} s incl. gc` },
      ]),
  );
  goals.push(
    { figure: 'idle twin, JS heap bytes', measured: `${Math.round(idle.heapBytesPerTwin)} B`, goal: `< ${GOAL_IDLE_BYTES} B`, met: yesNo(idle.heapBytesPerTwin < GOAL_IDLE_BYTES) },
    {
      figure: 'idle twin, heap + ArrayBuffer bytes',
      measured: `${Math.round(idle.heapBytesPerTwin + idle.arrayBufferBytesPerTwin)} B`,
      goal: `< ${GOAL_IDLE_BYTES} B (strict)`,
      met: yesNo(idle.heapBytesPerTwin + idle.arrayBufferBytesPerTwin < GOAL_IDLE_BYTES),
    },
  );
}

// ---- 6: model checker states/s -----------------------------------------------------------------
if (runs(6)) {

  const CHECK_MODEL = 'smartcode-913';
  const CHECK_EXPLORATION = 'exterior';
  const CHECK_DEPTH = 8;
  const GOAL_CHECK_STATES_PER_S = 1_000_000;
  section(`6. model checker states/s (${CHECK_MODEL}, ${CHECK_EXPLORATION} exploration, depth ${CHECK_DEPTH}; ./check-json-baseline.ts)`);
  // Warm-up at a smaller depth, then the checker 3 times (median) and each BFS once.
  checkerRate(CHECK_MODEL, CHECK_EXPLORATION, 6);
  bfsRate(CHECK_MODEL, CHECK_EXPLORATION, 6, 'json');
  const checkerRuns = [0, 1, 2].map(() => checkerRate(CHECK_MODEL, CHECK_EXPLORATION, CHECK_DEPTH)).sort((x, y) => x.statesPerSec - y.statesPerSec);
  const checkRates: CheckRate[] = [checkerRuns[1], bfsRate(CHECK_MODEL, CHECK_EXPLORATION, CHECK_DEPTH, 'hash'), bfsRate(CHECK_MODEL, CHECK_EXPLORATION, CHECK_DEPTH, 'json')];
  console.log(
    '\n' +
      formatTable(
        checkRates.map((r) => ({
          search: r.label,
          'distinct states': r.states,
          transitions: r.transitions,
          'wall ms': round(r.wallMs, 1),
          'states/s': round(r.statesPerSec),
          'transitions/s': round((r.transitions * 1000) / r.wallMs),
        })),
      ),
  );
  const checkerStatesPerS = checkRates[0].statesPerSec;
  const jsonStatesPerS = checkRates[2].statesPerSec;
  console.log(
    `\nchecker / JSON-keyed baseline: ${(checkerStatesPerS / jsonStatesPerS).toFixed(2)}x states/s, ` +
      `${(checkRates[0].transitions / checkRates[0].wallMs / (checkRates[2].transitions / checkRates[2].wallMs)).toFixed(2)}x transitions/s ` +
      `(the JSON key holds absolute times, so it merges fewer states: ${checkRates[2].states} vs ${checkRates[0].states} at the same depth); ` +
      `checker min..max of 3 runs ${Math.round(checkerRuns[0].statesPerSec)}..${Math.round(checkerRuns[2].statesPerSec)} states/s.`,
  );

  // Whole default scopes, as `lockstep check` runs them: in one thread (a fresh isolate), then on worker threads.
  const scopeRuns: ScopeRun[] = [];
  scopeRuns.push(await measureDefaultScopesOneThreadIsolated(SCOPE_MODELS));
  scopeRuns.push(await measureDefaultScopes(SCOPE_MODELS, defaultJobs()));
  console.log(
    `\nwhole default scopes of ${SCOPE_MODELS.join(' + ')} (${scopeRuns[0].explorations} explorations, as \`lockstep check\` runs them; ./check-default-scopes.ts):\n` +
      formatTable(
        scopeRuns.map((r) => ({
          threads: r.jobs === 1 ? '1 (one worker thread)' : `${r.jobs} worker threads`,
          states: r.states,
          transitions: r.transitions,
          'wall s': round(r.wallMs / 1000, 2),
          'states/s': round(r.statesPerSec),
        })),
      ),
  );
  const scopeSpeedup = scopeRuns[1].statesPerSec / scopeRuns[0].statesPerSec;
  const threaded = scopeRuns[1]; // the goal is judged on the run `lockstep check` does by default: one worker thread per core
  console.log(
    `worker threads / one thread: ${scopeSpeedup.toFixed(2)}x states/s on ${defaultJobs()} cores. ` +
      `Goal ${GOAL_CHECK_STATES_PER_S.toLocaleString('en-US')} states/s: ${yesNo(threaded.statesPerSec >= GOAL_CHECK_STATES_PER_S)} ` +
      `(${Math.round(threaded.statesPerSec).toLocaleString('en-US')} measured, ${(GOAL_CHECK_STATES_PER_S / threaded.statesPerSec).toFixed(1)}x short).`,
  );
  // The goal is judged on whole default scopes as `lockstep check` runs them (the small
  // exploration above is too short to leave warm-up behind; it is there for the JSON baseline).
  goals.push(
    { figure: 'checker states/s, small exploration (1 thread)', measured: `${Math.round(checkerStatesPerS)}`, goal: '(info)', met: '' },
    {
      figure: `checker states/s, default scopes (${threaded.jobs === 1 ? '1 thread' : `${threaded.jobs} threads`})`,
      measured: `${Math.round(threaded.statesPerSec)}`,
      goal: `>= ${GOAL_CHECK_STATES_PER_S}`,
      met: yesNo(threaded.statesPerSec >= GOAL_CHECK_STATES_PER_S),
    },
  );
}

// ---- 7: the browser twin ----------------------------------------------------------------------
if (runs(7)) goals.push(...(await runWebBench(section)));

// ---- goals -------------------------------------------------------------------------------------

section('goals');
goals.push({ figure: 'sanity checks', measured: sanityOk ? 'all ok' : 'SOME FAILED', goal: 'all ok', met: yesNo(sanityOk) });
console.log('\n' + formatTable(goals));
console.log(`\ntotal bench time ${(Number(process.hrtime.bigint() - benchStart) / 1e9).toFixed(1)} s`);
if (!sanityOk) process.exitCode = 1;
