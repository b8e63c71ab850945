// Scenario files, fuzzed: fast-check edits the text of shipped scenarios — a value replaced by
// junk, a word by another word of the language, a line deleted, doubled or re-indented, a stray
// character, the file cut short — and each edit is loaded and run as `lockstep run` does. Every
// outcome must be a run to its verdict or a ScenarioError (exit 2) at a position inside the text,
// never another error (exit 3); and a bad value on one line, if the file is refused as it is
// read, must be reported on that line (a step refused as it runs may stand elsewhere). Two
// deliberately broken loaders are caught: one that reads the raw YAML before checking it, one
// that reports an unknown model at the file's first line (as lockstep once did; this fuzzer found
// it). The project's "Bad input" rule; design/architecture.md, Scenario files.
// LOCKSTEP_FUZZ_RUNS / LOCKSTEP_FUZZ_SEED as in test/fuzz.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { ScenarioError } from '../src/scenario/types.ts';
import { loadCountingStepsFirst } from './fixtures/broken-loader/steps-counted-first.ts';
import { loadReportingModelAtFileStart } from './fixtures/broken-loader/model-error-at-file-start.ts';
import { fuzzRuns, fuzzSeed } from './fuzz-settings.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';

/** A scenario is parsed and run in a few ms: each fuzz run here tries this many edited files. */
const EDITS_PER_FUZZ_RUN = 5;
const RUNS = fuzzRuns(process.env.LOCKSTEP_FUZZ_RUNS) * EDITS_PER_FUZZ_RUN;
const SEED = fuzzSeed(process.env.LOCKSTEP_FUZZ_SEED);
/** The most edits made to one file. */
const MAX_EDITS = 3;

/** Loads and runs a scenario text as `lockstep run` does; throws what the run would exit on. */
type Loader = (text: string, file: string) => void;

const lockstepLoader: Loader = (text, file) => {
  runScenario(parseScenario(text, file));
};

const FILES = shippedScenarios();
const TEXTS = new Map(FILES.map((f) => [f, readFileSync(join(REPO_ROOT, f), 'utf8')]));

/** Values that are wrong somewhere, and right somewhere else — none of them a model's name. */
const JUNK = [
  '-1', '0', '1', '31', '250', '251', '1e400', 'NaN', '.inf', '-.inf', '9007199254740993', '0.5', '-0', '7.1', '4.5',
  '"x"', '""', '[]', '{}', 'null', '~', 'true', 'false', '[1, 2]', '{ a: 1 }', '0x10', '1_000',
  '"0000"', '"123456789"', '"12"', '"9"', "'x'", '"\\u0000"', '!!binary aGVsbG8=', '&a 1', '*a',
  'program', 'lock', 'reset', 'left', 'right', 'none', 'open', 'closed', 'in', 'out', 'red', 'green', 'shown',
  '5s', '0ms', '-5s', '1d', '100d', '0.0001ms', '30s', '2min', '1e3s', '1.5h', '00:30', '2191500d',
  '{ color: red, flashes: -1 }', '{ key: program, for: 1e9d }', '{ 1: "1234", 1: "5678" }', '{ 0: "1234" }', '{ 1: 1234 }', '{ 1: null }',
] as const;
/** Words of the scenario language, put where another word stood. */
const WORDS = [
  'press', 'hold', 'release', 'type', 'battery', 'door', 'strike', 'thumbturn', 'key', 'bolt', 'switch', 'wait', 'fault', 'expect',
  'led', 'beep', 'beeps', 'locked', 'handed', 'codes', 'mastercode', 'lockout', 'mode', 'store', 'power', 'event', 'noEvent',
  'doorState', 'snapshot', 'tag', 'switches', 'seed', 'model', 'name', 'given', 'steps', 'for', 'color', 'flashes', 'digits', 'force', 'pause',
] as const;
const STRAY = ['"', "'", ':', '{', '}', '[', ']', ',', '#', '-', ' ', '\t', '&', '*', '!', '|', '>', '%', '@', '`'] as const;

type Edit =
  | { kind: 'value' | 'word' | 'delete' | 'duplicate' | 'indent' | 'outdent'; line: number; pick: number }
  | { kind: 'stray'; line: number; pick: number; at: number }
  | { kind: 'truncate'; at: number };

/** A place in [0, 1) — which line, which value, where in the line — drawn evenly: fast-check's
 * usual bias towards small numbers would edit the first lines (comments) again and again. */
const FRACTION_STEPS = 1 << 20;
const fraction = fc.noBias(fc.integer({ min: 0, max: FRACTION_STEPS - 1 })).map((n) => n / FRACTION_STEPS);
const anyEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('value' as const), line: fraction, pick: fraction }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('word' as const, 'delete' as const, 'duplicate' as const, 'indent' as const, 'outdent' as const), line: fraction, pick: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stray' as const), line: fraction, pick: fraction, at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
);

const nth = <T>(items: readonly T[], f: number): T => items[Math.floor(f * items.length)]!;

/** The `: ` value positions of a line. */
function valueSpots(line: string): number[] {
  return [...line.matchAll(/: /g)].map((m) => m.index! + 2);
}

/** `line` with the value starting at `at` (up to the next `,`, `}`, `]` or the end) replaced. */
function replaceValue(line: string, at: number, junk: string): string {
  const rest = line.slice(at);
  const end = rest.search(/[,}\]]|$/);
  return line.slice(0, at) + junk + rest.slice(end);
}

/** Apply an edit to the lines of a file. Returns the line (0-based) a value edit changed, or -1. */
function applyEdit(lines: string[], e: Edit): number {
  if (e.kind === 'truncate') {
    const text = lines.join('\n').slice(0, Math.floor(e.at * lines.join('\n').length));
    lines.splice(0, lines.length, ...text.split('\n'));
    return -1;
  }
  // Edits go to lines that say something: a comment or a blank line changes nothing.
  const meaningful = lines.flatMap((l, index) => (l.trim() === '' || l.trimStart().startsWith('#') ? [] : [index]));
  if (meaningful.length === 0) return -1;
  const i = nth(meaningful, e.line);
  const line = lines[i]!;
  switch (e.kind) {
    case 'value': {
      const spots = valueSpots(line);
      if (spots.length === 0) return -1;
      lines[i] = replaceValue(line, nth(spots, e.pick), nth(JUNK, (e.pick * spots.length) % 1));
      return i;
    }
    case 'word': {
      const words = [...line.matchAll(/([A-Za-z]+):/g)];
      if (words.length === 0) return -1;
      const m = nth(words, e.pick);
      lines[i] = line.slice(0, m.index!) + nth(WORDS, (e.pick * words.length) % 1) + line.slice(m.index! + m[1]!.length);
      return -1;
    }
    case 'delete':
      lines.splice(i, 1);
      return -1;
    case 'duplicate':
      lines.splice(i, 0, line);
      return -1;
    case 'indent':
      lines[i] = '  ' + line;
      return -1;
    case 'outdent':
      lines[i] = line.replace(/^ {1,2}/, '');
      return -1;
    case 'stray': {
      const at = Math.floor(e.at * (line.length + 1));
      lines[i] = line.slice(0, at) + nth(STRAY, e.pick) + line.slice(at);
      return -1;
    }
  }
}

/** What loading and running a text came to: a verdict, a ScenarioError, or anything else thrown. */
function outcomeOf(load: Loader, text: string, file: string): { error?: unknown } {
  try {
    load(text, file);
    return {};
  } catch (error) {
    return { error };
  }
}

/** Why an outcome breaks the rule (a verdict, or a ScenarioError inside the text), or null. */
function badOutcome(error: unknown, text: string, file: string): string | null {
  if (error === undefined) return null;
  if (!(error instanceof ScenarioError)) return `not a ScenarioError: ${String(error)}`;
  const { line, col } = error.pos;
  const lines = text.split('\n');
  if (error.pos.file !== file) return `names the file ${error.pos.file}, not ${file}`;
  if (!(Number.isInteger(line) && line >= 1 && line <= lines.length)) return `line ${line} is outside the text's 1..${lines.length}`;
  if (!(Number.isInteger(col) && col >= 1 && col <= lines[line - 1]!.length + 1)) return `column ${col} is outside line ${line}`;
  if (!error.message.startsWith(`${file}:${line}:${col}: `)) return `message does not start with its position: ${error.message}`;
  return null;
}

/** Any edits of any shipped scenario: a verdict or a ScenarioError inside the text. */
function outcomeProperty(load: Loader) {
  return fc.property(fc.constantFrom(...FILES), fc.array(anyEdit, { minLength: 1, maxLength: MAX_EDITS }), (file, edits) => {
    const lines = TEXTS.get(file)!.split('\n');
    for (const e of edits) applyEdit(lines, e);
    const text = lines.join('\n');
    const bad = badOutcome(outcomeOf(load, text, file).error, text, file);
    if (bad) throw new Error(bad);
  });
}

/** Whether lockstep's reader takes the text whole (a refusal after that is of a step as it runs). */
function readsWhole(text: string, file: string): boolean {
  try {
    parseScenario(text, file);
    return true;
  } catch (error) {
    if (error instanceof ScenarioError) return false;
    throw error;
  }
}

/** One value replaced by junk: if the file is refused when read, the error is on the line edited. */
function sameLineProperty(load: Loader) {
  const valueEdit = fc.record({ kind: fc.constant('value' as const), line: fraction, pick: fraction });
  return fc.property(fc.constantFrom(...FILES), valueEdit, (file, edit) => {
    const lines = TEXTS.get(file)!.split('\n');
    const edited = applyEdit(lines, edit);
    if (edited < 0) return; // no value on that line
    const text = lines.join('\n');
    const { error } = outcomeOf(load, text, file);
    if (!(error instanceof ScenarioError)) return; // accepted (a verdict), or another property's failure
    // The file read, and a step was refused as it ran: a valid edit on one line (`hold: 1` for
    // `hold: program`) can make a later step impossible (`release: program`), on its own line.
    if (readsWhole(text, file)) return;
    if (error.pos.line !== edited + 1) throw new Error(`edited line ${edited + 1} (${JSON.stringify(lines[edited])}), error reported at ${error.message}`);
  });
}

describe('edited scenario files', () => {
  it(`are run to a verdict or refused at a position inside the text (${RUNS} edited files)`, () => {
    fc.assert(outcomeProperty(lockstepLoader), { numRuns: RUNS, seed: SEED });
  });

  it(`with one bad value, are refused on that value's line (${RUNS} edited files)`, () => {
    fc.assert(sameLineProperty(lockstepLoader), { numRuns: RUNS, seed: SEED });
  });

  it('the edits reach both outcomes: most files are refused, one in twenty or more run to a verdict', () => {
    const samples = fc.sample(fc.tuple(fc.constantFrom(...FILES), fc.array(anyEdit, { minLength: 1, maxLength: MAX_EDITS })), { numRuns: 300, seed: 1 });
    let refused = 0;
    for (const [file, edits] of samples) {
      const lines = TEXTS.get(file)!.split('\n');
      for (const e of edits) applyEdit(lines, e);
      if (outcomeOf(lockstepLoader, lines.join('\n'), file).error instanceof ScenarioError) refused++;
    }
    expect(refused).toBeGreaterThan(samples.length / 2);
    expect(samples.length - refused).toBeGreaterThanOrEqual(samples.length / 20);
  });
});

describe('the properties catch deliberately broken loaders', () => {
  it('a loader that reads the raw YAML before checking it lets other errors out', () => {
    const out = fc.check(outcomeProperty(loadCountingStepsFirst), { numRuns: 2_000, seed: 1 });
    expect(out.failed).toBe(true);
    expect(String(out.errorInstance)).toMatch(/not a ScenarioError: (TypeError|YAML)/);
  });

  it('a loader that reports an unknown model at the first line is off the edited line', () => {
    const out = fc.check(sameLineProperty(loadReportingModelAtFileStart), { numRuns: 2_000, seed: 1 });
    expect(out.failed).toBe(true);
    expect(String(out.errorInstance)).toMatch(/edited line \d+ \("model: .*"\), error reported at .*:1:1: unknown model/);
  });
});
