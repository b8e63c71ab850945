// `lockstep check`: model-check the real firmware and hardware code of one model (--model) or
// all (--all) within a small scope, print a report (or --json), write a scenario file for each
// violation to --out, and exit 0 when every property holds, 1 on a violation, 2 on bad input
// (seed S1, S2, S3, S8, S9, S18).

import pc from 'picocolors';
import { findModel, MODELS } from '../models/index.ts';
import type { ModelProfile } from '../models/profile.ts';
import { EXIT_BAD_INPUT, EXIT_EXPECTATION_FAILED, EXIT_OK } from '../cli/exit-codes.ts';
import type { FirmwareFactory } from './machine.ts';
import { checkModel, type ModelCheck } from './run-check.ts';
import { checkJson, formatModelCheck, scopeLine } from './report.ts';
import { DEFAULT_STATE_CAP, defaultScope } from './scope.ts';

export const DEFAULT_OUT_DIR = 'counterexamples';
const MAX_DEPTH = 40;

export interface CheckCommandOptions {
  model?: string;
  all?: boolean;
  depth?: string;
  json?: boolean;
  out?: string;
  stateCap?: string;
  /** Internal (tests, fixtures): run a firmware variant instead of the standard one. */
  firmware?: FirmwareFactory;
  firmwareName?: string;
}

export interface CheckIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line rewritten in place, or null when not on a terminal. */
  progress: ((line: string) => void) | null;
}

const defaultIo = (): CheckIo => ({
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  progress: process.stderr.isTTY ? (l) => process.stderr.write(`\r\x1b[2K${l}`) : null,
});

function positiveInt(text: string | undefined, what: string, max: number): number | undefined | string {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) return `${what} must be a whole number from 1 to ${max}, got "${text}"`;
  return n;
}

export function checkCommand(opts: CheckCommandOptions, io: CheckIo = defaultIo()): number {
  if (Boolean(opts.model) === Boolean(opts.all)) {
    io.err(pc.red('error: give either --model <id> or --all'));
    return EXIT_BAD_INPUT;
  }
  let models: ModelProfile[];
  if (opts.all) models = [...MODELS];
  else {
    const m = findModel(opts.model!);
    if (!m) {
      io.err(pc.red(`error: unknown model "${opts.model}" (known: ${MODELS.map((x) => x.id).join(', ')})`));
      return EXIT_BAD_INPUT;
    }
    models = [m];
  }
  const depth = positiveInt(opts.depth, '--depth', MAX_DEPTH);
  const cap = positiveInt(opts.stateCap, '--state-cap', Number.MAX_SAFE_INTEGER);
  for (const bad of [depth, cap]) {
    if (typeof bad === 'string') {
      io.err(pc.red(`error: ${bad}`));
      return EXIT_BAD_INPUT;
    }
  }
  const checks: ModelCheck[] = [];
  let scope = defaultScope(models[0], depth as number | undefined, (cap as number | undefined) ?? DEFAULT_STATE_CAP);
  if (!opts.json) io.out(pc.dim(scopeLine(scope)));
  for (const model of models) {
    scope = defaultScope(model, depth as number | undefined, (cap as number | undefined) ?? DEFAULT_STATE_CAP);
    const c = checkModel(model, scope, {
      outDir: opts.out ?? DEFAULT_OUT_DIR,
      firmware: opts.firmware,
      firmwareName: opts.firmwareName,
      onProgress: io.progress
        ? (p) => io.progress!(pc.dim(`${model.id} ${p.exploration}: depth ${p.depth}, ${p.states} states, ${p.transitions} transitions`))
        : undefined,
    });
    if (io.progress) io.progress('');
    checks.push(c);
    if (!opts.json) for (const l of formatModelCheck(c)) io.out(l);
  }
  if (opts.json) io.out(JSON.stringify(checkJson(scope, checks), null, 1));
  const failed = checks.some((c) => c.properties.some((p) => p.verdict === 'FAIL'));
  if (!opts.json) io.out(failed ? pc.red('\nA property is violated: see the counterexamples above (replay with lockstep run FILE).') : pc.green('\nEvery property holds within the scope.'));
  return failed ? EXIT_EXPECTATION_FAILED : EXIT_OK;
}
