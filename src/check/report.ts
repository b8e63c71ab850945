// The checker's report: a readable table per model (states, transitions, depth, states per
// second, wall time; each property PASS / FAIL / N/A with its scope) and the same as JSON. The
// lockout's guessing bound is given only where the search held enough wrong guesses to back it
// (./guess-reach.ts); the JSON's `complete` says whether every exploration reached its depth.

import pc from 'picocolors';
import type { ModelCheck } from './run-check.ts';
import type { ExplorationResult } from './explore.ts';
import { TICK_SLACK_MS } from './machine.ts';
import { digitsOf, type CheckScope } from './scope.ts';
import { findModel } from '../models/index.ts';
import { guessReach, notReachedText, type GuessReach } from './guess-reach.ts';
import type { Counterexample } from './counterexample.ts';
import type { EarlierCounterexample } from './earlier-counterexample.ts';
import type { PropertyVerdict } from './run-check.ts';
import { PROPERTIES } from './properties.ts';

const MS_PER_S = 1_000;

function perSecond(n: number, ms: number): number {
  return ms > 0 ? Math.round((n * MS_PER_S) / ms) : 0;
}

/** The exploration table's depth column: wide enough for `12/40 failed`. */
const DEPTH_COLUMN = 12;

/** The verdict lines' property column: the longest property id and a space. */
const PROPERTY_COLUMN = Math.max(...PROPERTIES.map((p) => p.id.length)) + 1;

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

export function scopeLine(scope: CheckScope): string {
  return (
    `scope: digits {${scope.alphabet.join(',')}} (keypad, screened, admin-gate, reset-menu and store explorations: {${digitsOf('keypad', scope).join(',')}}), codes and admin codes ${scope.codeLength} digits, shipped capacity and timings; ` +
    `time abstracted to timer boundaries (+${TICK_SLACK_MS} ms), pack charge pinned, PRNG restarted per step; state cap ${scope.stateCap}`
  );
}

/** Whether the model's explorations reached its guessing bound (scope: the model's). */
function reachOf(c: ModelCheck, scope: CheckScope): GuessReach {
  return guessReach(findModel(c.model)!, scope.codeLength, c.explorations);
}

/** The lockout's guessing lines: the bound where the search reached it, with what it says of
 * longer codes (./long-code-guessing.ts), else why not. */
function guessingLines(p: PropertyVerdict, reach: GuessReach, scope: CheckScope): string[] {
  if (!p.guessing) return [];
  return reach.reached ? [p.guessing.text, p.guessing.longCodes.text] : [`(${notReachedText(reach, scope.codeLength)})`];
}

/** The report's line for a written counterexample, or for one the end of the run could not write. */
function counterexampleLine(cx: Counterexample): string {
  const replay = `replay ${cx.reproduced ? 'fails as it should' : pc.yellow('did not reproduce')}: ${cx.replayNote}`;
  if (!cx.written) return pc.red(`counterexample NOT written to ${cx.file} (${stepsText(cx)}): ${cx.writeError}`) + ` — ${replay}`;
  return `counterexample: ${cx.file} (${stepsText(cx)}${cx.replaced ? '; replaced the file of that name' : ''}) — ${replay}`;
}

/** The report's line for what an earlier run left at the name of a property's counterexample. */
function earlierLine(e: EarlierCounterexample): string {
  return `${e.removed ? 'removed' : pc.yellow('kept')} ${e.file}: ${e.why}`;
}

/** "6 steps: the search's 5, then 1 checking the property" — so that the FAIL line's depth (the
 * search's steps) and the file's step count, which adds the settling and the closing `expect:`,
 * are not read as two answers to one question. */
function stepsText(cx: Counterexample): string {
  const checking = cx.steps - cx.searchSteps;
  return `${cx.steps} steps: the search's ${cx.searchSteps}, then ${checking} checking the property`;
}

/** Why an exploration stopped short of its bound with states still new: nothing was left to search for. */
function stoppedLine(r: ExplorationResult): string {
  return `${r.name} stopped at depth ${r.completeDepth} of ${r.depthBound}: every property it checks (${r.properties.join(', ')}) had failed, so it searched no deeper`;
}

/** A model's report; `scope` is the model's own (its code length sets what a guess is). */
export function formatModelCheck(c: ModelCheck, scope: CheckScope): string[] {
  const out: string[] = [];
  out.push(pc.bold(`${c.model}`) + pc.dim(`  (${c.firmware})`));
  out.push(pc.dim(`  ${pad('exploration', 12)} ${pad('depth', DEPTH_COLUMN)} ${pad('states', 9, true)} ${pad('transitions', 12, true)} ${pad('states/s', 9, true)} ${pad('time', 8, true)}`));
  for (const r of c.explorations) {
    const depth = `${r.maxDepth}/${r.depthBound}${r.truncated === 'cap' || r.truncated === 'failed' ? ` ${r.truncated}` : ''}`;
    out.push(
      `  ${pad(r.name, 12)} ${pad(depth, DEPTH_COLUMN)} ${pad(r.states, 9, true)} ${pad(r.transitions, 12, true)} ${pad(perSecond(r.states, r.wallMs), 9, true)} ${pad(`${(r.wallMs / MS_PER_S).toFixed(1)} s`, 8, true)}`,
    );
  }
  out.push(
    `  ${pad('total', 12)} ${pad('', DEPTH_COLUMN)} ${pad(c.states, 9, true)} ${pad(c.transitions, 12, true)} ${pad(perSecond(c.states, c.wallMs), 9, true)} ${pad(`${(c.wallMs / MS_PER_S).toFixed(1)} s`, 8, true)}`,
  );
  for (const r of c.explorations) if (r.truncated === 'failed') out.push(pc.dim(`  ${stoppedLine(r)}`));
  for (const p of c.properties) {
    const tag = p.verdict === 'PASS' ? pc.green('PASS') : p.verdict === 'FAIL' ? pc.red('FAIL') : pc.dim('N/A ');
    out.push(`  ${tag} ${pad(p.id, PROPERTY_COLUMN)} ${pc.dim(p.scope)}`);
    for (const line of guessingLines(p, reachOf(c, scope), scope)) out.push(`       ${pc.dim(line)}`);
    if (p.earlierCounterexample) out.push(`       ${earlierLine(p.earlierCounterexample)}`);
    if (p.verdict === 'FAIL') {
      out.push(`       ${p.message}`);
      if (p.counterexample) out.push(`       ${counterexampleLine(p.counterexample)}`);
    }
  }
  return out;
}

/** The whole run's figures: every model's states and transitions over the run's wall time. */
export function formatTotals(checks: readonly ModelCheck[], jobs: number, wallMs: number): string {
  const states = checks.reduce((a, c) => a + c.states, 0);
  const transitions = checks.reduce((a, c) => a + c.transitions, 0);
  const models = `${checks.length} model${checks.length === 1 ? '' : 's'}`;
  const threads = jobs === 1 ? 'in one thread' : `on ${jobs} worker threads`;
  return pc.bold(`\n${models}: ${states} states, ${transitions} transitions in ${(wallMs / MS_PER_S).toFixed(1)} s ${threads} — ${perSecond(states, wallMs)} states/s`);
}

export interface RunFigures {
  /** Worker threads the explorations ran on (1: in the command's own thread). */
  jobs: number;
  wallMs: number;
}

/** The run as JSON; `scopes[i]` is `checks[i]`'s model's scope. `ok`: no property failed;
 * `complete`: every exploration was searched to its depth — none stopped by the state cap, nor
 * short of it because every property it checks had failed — so that `ok` speaks for the whole
 * scope. */
export function checkJson(scopes: readonly CheckScope[], checks: ModelCheck[], run: RunFigures): unknown {
  const states = checks.reduce((a, c) => a + c.states, 0);
  const scope = scopes[scopes.length - 1];
  return {
    // Depths can differ by model (scope.ts defaultDepth): each model's entry carries its own.
    scope: { alphabet: scope.alphabet, keypadDigits: digitsOf('keypad', scope), codeLength: scope.codeLength, stateCap: scope.stateCap, tickSlackMs: TICK_SLACK_MS },
    ok: checks.every((c) => c.properties.every((p) => p.verdict !== 'FAIL')),
    complete: checks.every((c) => c.explorations.every((r) => r.completeDepth >= r.depthBound)),
    jobs: run.jobs,
    wallMs: Math.round(run.wallMs),
    states,
    transitions: checks.reduce((a, c) => a + c.transitions, 0),
    statesPerSecond: perSecond(states, run.wallMs),
    models: checks.map((c, i) => ({
      model: c.model,
      firmware: c.firmware,
      depth: Object.fromEntries(c.explorations.map((r) => [r.name, r.depthBound])),
      states: c.states,
      transitions: c.transitions,
      wallMs: Math.round(c.wallMs),
      statesPerSecond: perSecond(c.states, c.wallMs),
      explorations: c.explorations.map((r) => ({
        name: r.name,
        properties: r.properties,
        depthBound: r.depthBound,
        maxDepth: r.maxDepth,
        truncated: r.truncated,
        completeDepth: r.completeDepth,
        states: r.states,
        transitions: r.transitions,
        recoveryProbes: r.recoveryProbes,
        batteryChangeProbes: r.batteryChangeProbes,
        wallMs: Math.round(r.wallMs),
        statesPerSecond: perSecond(r.states, r.wallMs),
        transitionsPerSecond: perSecond(r.transitions, r.wallMs),
      })),
      properties: c.properties.map((p) => propertyJson(p, reachOf(c, scopes[i]), scopes[i])),
    })),
  };
}

/** A property's verdict as JSON: the lockout's guessing figures only where the search reached
 * them (`guessing.reached`); where it did not, what each exploration would need instead. */
function propertyJson(p: PropertyVerdict, reach: GuessReach, scope: CheckScope): unknown {
  if (!p.guessing) return p;
  const guessing = reach.reached
    ? { reached: true, ...p.guessing }
    : { reached: false, guesses: reach.guesses, explorations: reach.explorations, text: notReachedText(reach, scope.codeLength) };
  return { ...p, guessing };
}
