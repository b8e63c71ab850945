// `lockstep check`: model-check the real firmware and hardware code of one model (--model) or
// all (--all) within a small scope, print a report (or --json), write a scenario file for each
// violation to --out, and exit 0 when no property fails within the depths reached (a run the
// state cap cut short says so in its report and in --json's `complete`; with --require-complete
// it exits 4 instead), 1 on a violation, 2 on bad input (seed S1, S2, S3, S8, S9, S18). The explorations run on --jobs worker threads at once
// (./exploration-pool.ts); each model's report is printed, in model order, once it is complete.
// Every counterexample name under --out is checked before the search; a write that still fails at
// the end is reported after the verdicts, and the exit stays 1 (a property failed).

import pc from 'picocolors';
import { errColours } from '../cli/colour.ts';
import { progressLine } from '../cli/progress-line.ts';
import { MODELS } from '../models/index.ts';
import { modelOption } from '../models/model-named.ts';
import type { ModelProfile } from '../models/profile.ts';
import { EXIT_BAD_INPUT, EXIT_EXPECTATION_FAILED, EXIT_INCOMPLETE, EXIT_INTERNAL, EXIT_OK } from '../cli/exit-codes.ts';
import type { FirmwareFactory } from './machine.ts';
import { modelVerdicts, type ModelCheck } from './run-check.ts';
import { checkJson, formatModelCheck, formatTotals, scopeLine } from './report.ts';
import { codeLengthProblem, DEFAULT_STATE_CAP, defaultScope, explorationNotApplicable, type CheckScope, type DepthOption, type ExplorationName } from './scope.ts';
import { parseDepthOption } from './depth-option.ts';
import { explorationJobs, runExplorations, threadsFor, type ExplorationJob } from './exploration-pool.ts';
import { explorationsOf, type ExplorationResult } from './explore.ts';
import { unwritableDir, unwritableIfPresent } from '../cli/writable.ts';
import { counterexampleFiles, type Counterexample } from './counterexample.ts';

import { printable } from '../printable.ts';
import { wholeNumberOption } from '../cli/whole-number.ts';

export const DEFAULT_OUT_DIR = 'counterexamples';
const MAX_DEPTH = 40;
/** The longest code any model takes (the Powerbolt 264 family's 10 digits). */
const MAX_CODE_LENGTH = Math.max(...MODELS.map((m) => m.codes.maxLength));
/** More worker threads than this is a typing mistake, not a machine. */
const MAX_JOBS = 256;

export interface CheckCommandOptions {
  model?: string;
  all?: boolean;
  depth?: string;
  json?: boolean;
  out?: string;
  stateCap?: string;
  /** The length of the codes the search installs and types (scope.ts CheckScope.codeLength). */
  codeLength?: string;
  /** Exit EXIT_INCOMPLETE, not 0, when no property failed but an exploration stopped short of its depth. */
  requireComplete?: boolean;
  /** Worker threads exploring at once; 1 (the default here) explores in this thread. The
   * command line gives one per core (register.ts). */
  jobs?: string;
  /** Internal (tests, fixtures): run a firmware variant instead of the standard one. */
  firmware?: FirmwareFactory;
  firmwareName?: string;
}

export interface CheckIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line (plain text) rewritten in place, or null when not on a terminal. */
  progress: ((line: string) => void) | null;
  /** The exit code known before the run's output is all written: a property failed. A reader
   * that stops early (`lockstep check … | head`) ends the command with it rather than with the
   * closed pipe's 141 (src/cli/closed-pipe.ts), as `lockstep run` keeps a scenario's failure. */
  decided?: (code: number) => void;
}

/** The command's own streams; the exit code decided goes where the closed-pipe handler reads it. */
export const processIo = (): CheckIo => ({
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  progress: progressLine(),
  decided: (code) => {
    process.exitCode = code;
  },
});

function positiveInt(text: string | undefined, what: string, max: number): number | undefined | string {
  return text === undefined ? undefined : wholeNumberOption(text, what, max);
}

/** What is wrong with the models asked for — both --model and --all, neither, or a --model with
 * an empty name (`--model ""`, a script's unset variable) — or null. */
function modelChoiceProblem(model: string | undefined, all: boolean | undefined): string | null {
  if (model !== undefined && all) return 'give either --model <model> or --all, not both';
  if (model === '') return '--model: the model name is empty (give a model id, as `lockstep models` lists them, or --all)';
  if (model === undefined && !all) return 'give either --model <model> or --all';
  return null;
}

export async function checkCommand(opts: CheckCommandOptions, io: CheckIo = processIo()): Promise<number> {
  const chosen = modelChoiceProblem(opts.model, opts.all);
  if (chosen !== null) {
    io.err(errColours.red(`error: ${chosen}`));
    return EXIT_BAD_INPUT;
  }
  let models: ModelProfile[];
  if (opts.all) models = [...MODELS];
  else {
    const named = modelOption(opts.model!);
    if (named.problem !== undefined) {
      io.err(errColours.red(`error: ${named.problem}`));
      return EXIT_BAD_INPUT;
    }
    models = [named.model];
  }
  const depth = opts.depth === undefined ? undefined : parseDepthOption(opts.depth, MAX_DEPTH);
  const cap = positiveInt(opts.stateCap, '--state-cap', Number.MAX_SAFE_INTEGER);
  const jobs = positiveInt(opts.jobs, '--jobs', MAX_JOBS);
  const codeLength = positiveInt(opts.codeLength, '--code-length', MAX_CODE_LENGTH);
  for (const bad of [depth, cap, jobs, codeLength]) {
    if (typeof bad === 'string') {
      io.err(errColours.red(`error: ${bad}`));
      return EXIT_BAD_INPUT;
    }
  }
  const idle = typeof depth === 'object' ? unusedDepths(depth, models) : null;
  if (idle !== null) {
    io.err(errColours.red(`error: ${idle}`));
    return EXIT_BAD_INPUT;
  }
  if (typeof codeLength === 'number') {
    const problems = models.map((m) => codeLengthProblem(m, codeLength)).filter((p) => p !== null);
    if (problems.length > 0) {
      io.err(errColours.red(`error: --code-length ${codeLength}: ${problems.join('; ')}`));
      return EXIT_BAD_INPUT;
    }
  }
  const outDir = opts.out ?? DEFAULT_OUT_DIR;
  const unwritable = unwritableDir(outDir);
  if (unwritable) {
    io.err(errColours.red(printable(`error: --out ${outDir}: counterexamples could not be written there: ${unwritable}`)));
    return EXIT_BAD_INPUT;
  }
  const taken = takenNames(outDir, models);
  if (taken.length > 0) {
    for (const why of taken) io.err(errColours.red(printable(`error: --out ${outDir}: a counterexample could not be written there: ${why}`)));
    return EXIT_BAD_INPUT;
  }
  const scopes = models.map((model) =>
    defaultScope(model, depth as DepthOption | undefined, (cap as number | undefined) ?? DEFAULT_STATE_CAP, (codeLength as number | undefined) ?? model.codes.minLength),
  );
  const run = new ModelRuns(models, scopes);
  const threads = threadsFor((jobs as number | undefined) ?? 1, run.jobs.length, opts.firmware);
  if (!opts.json) io.out(pc.dim(scopeLine(scopes[0])));
  const verdictOpts = { outDir, firmware: opts.firmware, firmwareName: opts.firmwareName };
  const started = performance.now();
  const checks: ModelCheck[] = [];
  /** The latest progress of each exploration under way, by job id. */
  const running = new Map<number, string>();
  let printed = 0;
  try {
    await runExplorations(run.jobs, new Map(models.map((m) => [m.id, m])), {
      jobs: threads,
      firmware: opts.firmware,
      onStart: (job) => run.started(job),
      onProgress: io.progress
        ? (p) => {
            // One line for every exploration under way (one per thread), rewritten in place.
            running.set(p.job.id, `${p.job.modelId} ${p.job.exploration}: depth ${p.depth}, ${p.states} states`);
            io.progress!(`${run.doneCount}/${run.jobs.length} explorations done · ${[...running.values()].join(' · ')}`);
          }
        : undefined,
      onDone: (job, result) => {
        running.delete(job.id);
        run.finished(job, result);
        // Reports in model order: print every model whose explorations are all in.
        while (printed < models.length && run.complete(printed)) {
          const c = modelVerdicts(models[printed], scopes[printed], run.results(printed), verdictOpts, run.wallMs(printed));
          checks.push(c);
          // Known now, before the report that says so is written (and before any other model's).
          if (c.properties.some((p) => p.verdict === 'FAIL')) io.decided?.(EXIT_EXPECTATION_FAILED);
          if (io.progress) io.progress('');
          if (!opts.json) for (const l of formatModelCheck(c, scopes[printed])) io.out(l);
          printed++;
        }
      },
    });
  } catch (err) {
    if (io.progress) io.progress('');
    // A bug, not bad input (a counterexample that could not be written is in its verdict, below):
    // the whole stack (a worker's failure carries the worker's stack).
    io.err(errColours.red(`lockstep check: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
    return EXIT_INTERNAL;
  }
  const wallMs = performance.now() - started;
  if (opts.json) io.out(JSON.stringify(checkJson(scopes, checks, { jobs: threads, wallMs }), null, 1));
  const failed = checks.some((c) => c.properties.some((p) => p.verdict === 'FAIL'));
  if (!opts.json) {
    if (checks.length > 1 || threads > 1) io.out(formatTotals(checks, threads, wallMs));
    io.out(failed ? pc.red('\nA property is violated: see the counterexamples above (replay with lockstep run FILE).') : verdictLine(checks));
  }
  // Last, after the verdicts: a counterexample the end of the run could not write. The exit
  // stays 1 — a property failed, the more important news — and this says which file is missing.
  for (const cx of unwrittenCounterexamples(checks)) {
    io.err(errColours.red(`error: --out ${printable(outDir)}: the counterexample ${printable(cx.file)} could not be written (${cx.writeError}); the property's failure above stands`));
  }
  if (failed) return EXIT_EXPECTATION_FAILED;
  const short = shortExplorations(checks);
  if (opts.requireComplete && short.length > 0) {
    io.err(errColours.red(`error: --require-complete: no property failed, but the search was not complete: ${short.join(', ')} stopped short of ${short.length === 1 ? 'its depth' : 'their depths'}`));
    return EXIT_INCOMPLETE;
  }
  return EXIT_OK;
}

/** The explorations not searched to their depth bound, as `MODEL EXPLORATION (≤N of M)`: what
 * makes --json's `complete` false (report.ts checkJson). */
function shortExplorations(checks: readonly ModelCheck[]): string[] {
  return checks.flatMap((c) => c.explorations.filter((r) => r.completeDepth < r.depthBound).map((r) => `${c.model} ${r.name} (≤${r.completeDepth} of ${r.depthBound})`));
}

/** Every counterexample name under --out that is taken by what a counterexample cannot replace —
 * a folder, a pipe, a device or a socket, directly or through a symbolic link — as messages.
 * The names (model × property) are known before the search: refused now, not after it. */
function takenNames(outDir: string, models: readonly ModelProfile[]): string[] {
  return models.flatMap((m) => counterexampleFiles(outDir, m)).flatMap((file) => unwritableIfPresent(file) ?? []);
}

function unwrittenCounterexamples(checks: readonly ModelCheck[]): Counterexample[] {
  return checks.flatMap((c) => c.properties.flatMap((p) => (p.counterexample && !p.counterexample.written ? [p.counterexample] : [])));
}

/** The explorations of every model as jobs, and what has come back for each model. */
class ModelRuns {
  readonly jobs: ExplorationJob[];
  private readonly modelIndex = new Map<string, number>();
  /** Each model's explorations (explorationsOf), the order its results are listed in. */
  private readonly explorations: ExplorationName[][];
  private readonly byModel: ExplorationResult[][];
  private readonly firstStart: number[];
  private readonly lastEnd: number[];
  private readonly doneOf: number[];
  doneCount = 0;

  constructor(models: readonly ModelProfile[], scopes: readonly CheckScope[]) {
    this.jobs = explorationJobs(models.map((model, i) => ({ model, scope: scopes[i] })));
    models.forEach((model, i) => this.modelIndex.set(model.id, i));
    this.explorations = models.map(explorationsOf);
    this.byModel = this.explorations.map((names) => new Array<ExplorationResult>(names.length));
    this.firstStart = models.map(() => -1);
    this.lastEnd = models.map(() => -1);
    this.doneOf = models.map(() => 0);
  }

  started(job: ExplorationJob): void {
    const i = this.modelIndex.get(job.modelId)!;
    if (this.firstStart[i] < 0) this.firstStart[i] = performance.now();
  }

  finished(job: ExplorationJob, result: ExplorationResult): void {
    const i = this.modelIndex.get(job.modelId)!;
    this.byModel[i][this.explorations[i].indexOf(job.exploration)] = result;
    this.lastEnd[i] = performance.now();
    this.doneOf[i]++;
    this.doneCount++;
  }

  complete(i: number): boolean {
    return this.doneOf[i] === this.explorations[i].length;
  }

  results(i: number): ExplorationResult[] {
    return this.byModel[i];
  }

  wallMs(i: number): number {
    return this.lastEnd[i] - this.firstStart[i];
  }
}

/** A depth given for an exploration that runs on none of the models checked — it would be
 * ignored without a word (`--depth screened=2` on a 913) — as a message, or null. */
function unusedDepths(depth: Partial<Record<ExplorationName, number>>, models: readonly ModelProfile[]): string | null {
  for (const name of Object.keys(depth) as ExplorationName[]) {
    if (models.some((m) => explorationsOf(m).includes(name))) continue;
    const why = explorationNotApplicable(name, models[0]) ?? 'no property it proves applies to it';
    return `--depth ${name}: the ${name} exploration does not run on ${models.length === 1 ? `the ${models[0].id} (${why})` : 'any of these models'}`;
  }
  return null;
}

/** The closing line of a run in which no property failed: the whole scope searched, or not. */
function verdictLine(checks: readonly ModelCheck[]): string {
  const capped = checks.flatMap((c) => c.explorations.filter((r) => r.truncated === 'cap').map((r) => `${c.model} ${r.name}`));
  if (capped.length === 0) return pc.green('\nEvery property holds within the scope.');
  return pc.yellow(
    `\nNo property failed in the states explored, but the state cap stopped ${capped.length} exploration${capped.length === 1 ? '' : 's'} short of ${capped.length === 1 ? 'its' : 'their'} depth (${capped.join(', ')}): ` +
      'each holds only to the depth shown after its ≤. Raise --state-cap to search the whole scope.',
  );
}
