// `lockstep run FILE…`: run scenarios, print their timelines (or the trace as JSON lines), each
// closed by its verdict (PASS, FAIL or REFUSED), and exit 0 when every expectation holds, 1 when
// one failed, 2 for a file it cannot accept (the other files still run, so that one bad file does
// not hide their results). A folder given stands for its scenario files (scenario-folders.ts).

import pc from 'picocolors';
import { errColours } from './colour.ts';
import { loadScenarioFile } from '../scenario/load.ts';
import { buildTwin, runScenario, type RunResult } from '../scenario/run.ts';
import { FILE_START, ScenarioError, type Scenario } from '../scenario/types.ts';
import { runTargets } from './scenario-folders.ts';
import { failureWords } from '../scenario/failure-words.ts';
import { mistakeLines, refusalData, refusedWords } from './refusal-words.ts';
import { EXIT_BAD_INPUT, EXIT_EXPECTATION_FAILED, EXIT_OK } from './exit-codes.ts';
import { formatEntry, formatExpect } from './timeline.ts';
import { fileErrorCode, writeFileAtomic } from './write-atomic.ts';
import { sameFile, unwritableFile } from './writable.ts';
import { printable, quoted } from '../printable.ts';
import { SEED_RULE, seedFromText } from '../sim/seed.ts';
import { keyWords } from '../troubleshoot/key-words.ts';
import { seedWithSnapshotMessage } from '../scenario/seed-with-snapshot.ts';

export interface RunCommandOptions {
  json?: boolean;
  quiet?: boolean;
  modes?: boolean;
  saveSnapshot?: string;
  /** Run every scenario at this seed instead of its own `seed:` line (text as typed). */
  seed?: string;
}

/** The scenario at `seed` (--seed) instead of its own: a scenario that passes by its seed alone
 * — an expectation timed to the bounce that seed draws — shows itself at another. One that starts
 * from a snapshot runs with the random streams the snapshot carries, whatever seed is asked for:
 * it is refused at its `snapshot:`, as a scenario with both a snapshot and a `seed:` line is
 * (seed-with-snapshot.ts), and the other files still run. */
function atSeed(scn: Scenario, seed: number | undefined): Scenario {
  if (seed === undefined) return scn;
  if (scn.given.snapshot !== undefined) {
    const at = scn.givenPos.snapshot ?? FILE_START;
    throw new ScenarioError(seedWithSnapshotMessage('--seed', 'this scenario starts from one: run it without --seed'), { file: scn.file, ...at });
  }
  return { ...scn, seed };
}

/** Why the run cannot save its snapshot where asked, or null: checked before anything runs. */
function snapshotProblem(to: string, files: readonly string[]): string | null {
  if (files.length > 1) return `takes one scenario file, got ${files.length}: each would overwrite the last one's snapshot`;
  const input = files.find((file) => sameFile(to, file));
  if (input !== undefined) return `cannot write there: that is the scenario ${input}, which the snapshot would overwrite`;
  const unwritable = unwritableFile(to);
  return unwritable === null ? null : `cannot write there: ${unwritable}`;
}

export function runFiles(paths: string[], opts: RunCommandOptions, out: (line: string) => void = console.log): number {
  const targets = runTargets(paths);
  const files = targets.map((target) => target.file);
  const problem = opts.saveSnapshot === undefined ? null : snapshotProblem(opts.saveSnapshot, files);
  if (problem) {
    console.error(errColours.red(printable(`error: --save-snapshot ${opts.saveSnapshot}: ${problem}`)));
    return EXIT_BAD_INPUT;
  }
  const seed = opts.seed === undefined ? undefined : seedFromText(opts.seed);
  if (opts.seed !== undefined && seed === undefined) {
    console.error(errColours.red(`error: --seed must be ${SEED_RULE}, got ${quoted(opts.seed)}`));
    return EXIT_BAD_INPUT;
  }
  let exit = EXIT_OK;
  let passed = 0;
  let failed = 0;
  let unreadable = 0;
  for (const { file, refusal } of targets) {
    let result: RunResult;
    try {
      // A folder that stands for no scenario file is refused at its name, as a file unread is.
      if (refusal !== undefined) throw new ScenarioError(refusal, { file, ...FILE_START });
      const scn = atSeed(loadScenarioFile(file), seed);
      // The snapshot the scenario starts from is part of the scenario: saved over, it would be
      // lost, and the scenario start from its own end at its next run. Refused before it runs.
      const start = scn.given.snapshot;
      if (opts.saveSnapshot !== undefined && start !== undefined && sameFile(opts.saveSnapshot, start)) {
        console.error(errColours.red(printable(`error: --save-snapshot ${opts.saveSnapshot}: cannot write there: that is the snapshot ${file} starts from (given.snapshot), which the snapshot would overwrite`)));
        return EXIT_BAD_INPUT;
      }
      // Built first, so the header names the seed the run uses: a snapshot's, where it starts from one.
      const twin = buildTwin(scn);
      if (!opts.json && !opts.quiet) out(pc.bold(`\n${printable(scn.name)}`) + pc.dim(`  (${scn.model}, seed ${twin.seed}, ${printable(file)})`));
      // The trace entries printed so far. From the first: those the twin recorded as it powered
      // up, before the first step (power, mode, the status blink), are the timeline's too, as
      // they are the --json trace's.
      let printed = 0;
      const keys = keyWords(twin.model);
      result = runScenario(scn, {
        twin,
        onStep: (report, twin) => {
          if (opts.json || opts.quiet) return;
          const entries = twin.trace.entries;
          for (const e of entries.slice(printed)) {
            if (e.ch === 'mode' && !opts.modes) continue;
            const line = formatEntry(e, keys, twin.model.adminCodeName);
            if (line) out(line);
          }
          printed = entries.length;
          if (report.step.do === 'expect') for (const l of formatExpect(twin.sim.now, report.step, report.failures)) out(l);
        },
      });
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      // Said, and the rest of the files still run: one bad file does not hide their results. The
      // error goes to stderr; the verdict closes the file's output on stdout, as PASS and FAIL do
      // (a step refused mid-run ends a timeline already printed).
      // Every mistake found in the file, not only its first (refusal-words.ts).
      for (const line of mistakeLines(err)) console.error(errColours.red(line));
      // The place as data too, as a failure gives it: a file name may hold colons of its own.
      if (opts.json) out(JSON.stringify({ scenario: file, verdict: 'refused', message: err.message, ...refusalData(err) }));
      else out(pc.red(`REFUSED ${refusedWords(err)}`));
      unreadable++;
      exit = EXIT_BAD_INPUT;
      continue;
    }
    if (opts.json) for (const e of result.twin.trace.entries) out(JSON.stringify({ scenario: file, ...e }));
    if (result.ok) {
      passed++;
      if (opts.json) out(JSON.stringify({ scenario: file, verdict: 'pass', trace: result.traceHash }));
      else out(pc.green(`PASS ${printable(file)}`) + pc.dim(`  trace ${result.traceHash}`));
    } else {
      failed++;
      const f = result.failure!;
      const first = f.failures[0];
      const pos = first.pos ?? f.pos;
      const msg = `${printable(pos.file)}:${pos.line}:${pos.col}: ${failureWords(first)}`;
      if (opts.json) {
        console.error(msg);
        out(JSON.stringify({ scenario: file, verdict: 'fail', trace: result.traceHash, failure: { file: pos.file, line: pos.line, col: pos.col, key: first.key, expected: first.expected, observed: first.observed } }));
      } else out(pc.red(`FAIL ${msg}`));
      if (exit === EXIT_OK) exit = EXIT_EXPECTATION_FAILED;
    }
    if (opts.saveSnapshot) {
      try {
        writeFileAtomic(opts.saveSnapshot, JSON.stringify(result.twin.snapshot(), null, 1) + '\n');
      } catch (err) {
        const code = fileErrorCode(err);
        if (code === undefined) throw err;
        console.error(errColours.red(`error: --save-snapshot ${printable(opts.saveSnapshot)}: cannot write there (${code})`));
        return EXIT_BAD_INPUT;
      }
    }
  }
  if (!opts.json && files.length > 1) out(`\n${passed} passed, ${failed} failed${unreadable > 0 ? `, ${unreadable} refused (a file or step it cannot accept: exit 2)` : ''}`);
  return exit;
}
