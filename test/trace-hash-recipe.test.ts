// The README's recipe for the trace hash from any language ("The trace hash, from any language"),
// followed as a harness in another language would follow it: its constants read from the README,
// the arithmetic written out afresh on BigInt words (not src/sim/trace.ts hashTrace), over the
// lines `lockstep run --json` and `lockstep repl --json` print, taken as printed. The hash it gives
// is the one lockstep prints; the text it cuts from a line is JSON.stringify of the entry; and the
// README's constants, its Python's among them, are those of src/sim/trace.ts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadScenarioFile, runScenario } from '../src/index.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';

const EXIT_OK = 0;
const SECTION = '### The trace hash, from any language';
const WORD_MASK = (1n << 32n) - 1n;

// A model of each family, SecureScreen digits, a lockout, a jam, and a reason with a character
// outside ASCII (the en dash of "expected a delay key 1–5").
const SHIPPED = [
  'scenarios/smartcode-913/s01-no-universal-reset-code.yaml',
  'scenarios/smartcode-916/m5-m7-secure-screen.yaml',
  'scenarios/powerbolt-250/m9-auto-lock-delay-menu.yaml',
  'scenarios/powerbolt-2/lockout-5-wrong-45s.yaml',
  'scenarios/homeconnect-620/m8-jam-and-low-battery-signals.yaml',
];

/** The recipe as the README states it. */
interface Recipe {
  cut: string;
  seed1: bigint;
  seed2: bigint;
  step1: bigint;
  step2: bigint;
  /** The final mix of each lane: [own shift, own factor, other's shift, other's factor]. */
  mix1: [bigint, bigint, bigint, bigint];
  mix2: [bigint, bigint, bigint, bigint];
  highMask: bigint;
  digits: number;
  /** Every number as the README writes it, for the Python to hold. */
  written: string[];
}

function readmeSection(): { prose: string; python: string } {
  const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const at = text.indexOf(SECTION);
  expect(at, 'the README section on the trace hash').toBeGreaterThanOrEqual(0);
  const section = text.slice(at, text.indexOf('\n## ', at));
  const python = /^```python\n([\s\S]*?)^```$/m.exec(section)?.[1];
  expect(python, "the section's Python").toBeDefined();
  return { prose: section.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '').replace(/\s+/g, ' '), python: python! };
}

function match(text: string, pattern: RegExp, what: string): string[] {
  const m = pattern.exec(text);
  expect(m, `the README's ${what}`).not.toBeNull();
  return m!.slice(1);
}

function readmeRecipe(): Recipe {
  const { prose } = readmeSection();
  const [cut] = match(prose, /the printed line from just after the comma of its first `([^`]+)`/, 'cut');
  const seeds = match(prose, /Start with `h1 = (0x[0-9a-f]+)` and `h2 = (0x[0-9a-f]+)`/, 'seeds');
  const steps = match(prose, /`h1 = \(h1 \^ c\) \* (\d+)` and `h2 = \(h2 \^ c\) \* (\d+)`/, 'per-unit step');
  const mix1 = match(prose, /`h1 = \(\(h1 \^ \(h1 >> (\d+)\)\) \* (\d+)\) \^ \(\(h2 \^ \(h2 >> (\d+)\)\) \* (\d+)\)`/, 'final mix of h1');
  const mix2 = match(prose, /`h2 = \(\(h2 \^ \(h2 >> (\d+)\)\) \* (\d+)\) \^ \(\(h1 \^ \(h1 >> (\d+)\)\) \* (\d+)\)`/, 'final mix of h2');
  const [highMask, digits] = match(prose, /`\(h2 & (0x[0-9a-f]+)\) \* 2\^32 \+ h1`, written as (\d+) lowercase hexadecimal digits/, 'formatting');
  const big = (xs: string[]) => xs.map((x) => BigInt(x)) as [bigint, bigint, bigint, bigint];
  return {
    cut: cut!,
    seed1: BigInt(seeds[0]!),
    seed2: BigInt(seeds[1]!),
    step1: BigInt(steps[0]!),
    step2: BigInt(steps[1]!),
    mix1: big(mix1),
    mix2: big(mix2),
    highMask: BigInt(highMask!),
    digits: Number(digits),
    written: [...seeds, ...steps, ...mix1, ...mix2, highMask!],
  };
}

/** An entry's text, cut from its printed line as the README says. */
function entryText(recipe: Recipe, line: string): string {
  const at = line.indexOf(recipe.cut);
  expect(at, line).toBeGreaterThan(0);
  return '{' + line.slice(at + 1);
}

const mul = (a: bigint, b: bigint) => (a * b) & WORD_MASK;
const mix = (own: bigint, other: bigint, [s1, f1, s2, f2]: [bigint, bigint, bigint, bigint]) =>
  mul(own ^ (own >> s1), f1) ^ mul(other ^ (other >> s2), f2);

/** The README's hash of entry lines as printed. */
function recipeHash(recipe: Recipe, lines: string[]): string {
  let h1 = recipe.seed1;
  let h2 = recipe.seed2;
  for (const line of lines) {
    const text = entryText(recipe, line) + '\n';
    for (let i = 0; i < text.length; i++) {
      const c = BigInt(text.charCodeAt(i)); // a UTF-16 code unit
      h1 = mul(h1 ^ c, recipe.step1);
      h2 = mul(h2 ^ c, recipe.step2);
    }
  }
  h1 = mix(h1, h2, recipe.mix1);
  h2 = mix(h2, h1, recipe.mix2);
  return (((h2 & recipe.highMask) << 32n) | h1).toString(16).padStart(recipe.digits, '0');
}

function lockstep(args: string[], input = ''): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: REPO_ROOT, env: colourlessEnv() });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(EXIT_OK);
  return r.stdout;
}

/** Output split at line feeds only, as the README says to. */
const printedLines = (out: string) => out.replace(/\n$/, '').split('\n');

describe("the README's trace hash recipe", () => {
  it("gives the hash lockstep run --json prints, over the lines it prints as they are", () => {
    const recipe = readmeRecipe();
    // A file name with the cut's own characters in it: in a JSON string its quotes are escaped.
    const odd = join(mkdtempSync(join(tmpdir(), 'lockstep-recipe-')), 'odd,"t":name.yaml');
    copyFileSync(resolve(REPO_ROOT, SHIPPED[0]!), odd);
    const files = [...SHIPPED, odd];
    const lines = printedLines(lockstep(['run', '--json', ...files]));
    for (const file of files) {
      const own = lines.filter((l) => (JSON.parse(l) as { scenario: string }).scenario === file);
      const verdict = JSON.parse(own.at(-1)!) as { verdict: string; trace: string };
      expect(verdict.verdict, file).toBe('pass');
      const entryLines = own.slice(0, -1);
      // The text cut from each line is the entry's JSON.stringify, byte for byte.
      const entries = runScenario(loadScenarioFile(resolve(REPO_ROOT, file))).twin.trace.entries;
      expect(entryLines.map((l) => entryText(recipe, l)), file).toEqual(entries.map((e) => JSON.stringify(e)));
      expect(recipeHash(recipe, entryLines), file).toBe(verdict.trace);
    }
    // The reason outside ASCII is among them.
    expect(lines.some((l) => l.includes('1–5'))).toBe(true);
  });

  it("shows as its example the hash lockstep prints for the scenario its Python runs", () => {
    const { prose, python } = readmeSection();
    const [example] = match(prose, /The trace hash \(`PASS … trace ([0-9a-f]{14})` for the scenario the Python below runs/, 'example hash');
    const scenario = /^scenario = '([^']+)'$/m.exec(python)?.[1];
    expect(scenario, "the Python's scenario").toBeDefined();
    expect(lockstep(['run', '--quiet', scenario!])).toContain(`  trace ${example}`);
  });

  it("gives the hash of a repl --json session's entry lines, or those after a load, that run prints for its record", () => {
    const recipe = readmeRecipe();
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-recipe-'));
    const snapshot = join(dir, 'mid.json');
    const commands = ['program', '1357', 'lock', 'wait 5s', `save ${snapshot}`, 'open', '2468', 'wait 3s', `record ${join(dir, 'whole.yaml')}`,
      `load ${snapshot}`, 'open', '1357', 'wait 3s', `record ${join(dir, 'after-load.yaml')}`, 'quit'];
    const lines = printedLines(lockstep(['repl', '--model', 'smartcode-913', '--json'], commands.join('\n') + '\n'));
    const objects = lines.map((l) => JSON.parse(l) as { kind: string; command?: string });
    const isEntry = (i: number) => objects[i]!.kind === 'entry';
    const loadDone = objects.findIndex((o) => o.kind === 'done' && o.command?.startsWith('load '));
    expect(loadDone).toBeGreaterThan(0);
    const whole = lines.filter((_, i) => isEntry(i) && i < loadDone);
    const afterLoad = lines.filter((_, i) => isEntry(i) && i > loadDone);
    const hashOfRun = (file: string) => (JSON.parse(printedLines(lockstep(['run', '--json', join(dir, file)])).at(-1)!) as { trace: string }).trace;
    expect(recipeHash(recipe, whole)).toBe(hashOfRun('whole.yaml'));
    expect(recipeHash(recipe, afterLoad)).toBe(hashOfRun('after-load.yaml'));
  });

  it("states the constants of src/sim/trace.ts, and its Python uses them", () => {
    const recipe = readmeRecipe();
    const source = readFileSync(join(REPO_ROOT, 'src', 'sim', 'trace.ts'), 'utf8');
    const code = source.slice(source.indexOf('export function hashTrace'));
    const num = (pattern: RegExp, what: string) => {
      const m = pattern.exec(code);
      expect(m, `hashTrace's ${what}`).not.toBeNull();
      return m!.slice(1).map((x) => BigInt(x));
    };
    expect(code).toContain("JSON.stringify(e) + '\\n'");
    expect(code).toContain('line.charCodeAt(i)');
    expect(num(/let h1 = (0x[0-9a-f]+);\s*let h2 = (0x[0-9a-f]+);/, 'seeds')).toEqual([recipe.seed1, recipe.seed2]);
    expect(num(/h1 = Math\.imul\(h1 \^ ch, (\d+)\);\s*h2 = Math\.imul\(h2 \^ ch, (\d+)\);/, 'per-unit step')).toEqual([recipe.step1, recipe.step2]);
    expect(num(/h1 = Math\.imul\(h1 \^ \(h1 >>> (\d+)\), (\d+)\) \^ Math\.imul\(h2 \^ \(h2 >>> (\d+)\), (\d+)\);/, 'final mix of h1')).toEqual(recipe.mix1);
    expect(num(/h2 = Math\.imul\(h2 \^ \(h2 >>> (\d+)\), (\d+)\) \^ Math\.imul\(h1 \^ \(h1 >>> (\d+)\), (\d+)\);/, 'final mix of h2')).toEqual(recipe.mix2);
    expect(num(/4294967296 \* \((\d+) & h2\) \+ \(h1 >>> 0\)/, '53-bit number')).toEqual([recipe.highMask]);
    expect(num(/toString\(16\)\.padStart\((\d+), '0'\)/, 'formatting')).toEqual([BigInt(recipe.digits)]);

    const { python } = readmeSection();
    for (const n of recipe.written) expect(python, n).toMatch(new RegExp(`\\b${n}\\b`));
    expect(python).toContain(`'0${recipe.digits}x'`);
    expect(python).toContain(`line.index('${recipe.cut}') + 1`);
  });
});
