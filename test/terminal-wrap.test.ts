// Long lines on a terminal are wrapped between words to its width, not left to the terminal,
// which cut words at its right edge ("th" / "at", "speed i" / "nstant"); rows after the first
// keep the text's column. Piped, the same lines are written whole, as scripts and tests read them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import pc from 'picocolors';
import { NO_BREAK, fitLine, wrapLine } from '../src/cli/terminal-wrap.ts';
import { findModel } from '../src/models/index.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { helpEntries } from '../src/cli/repl/help.ts';
import { Terminal, TMUX_AVAILABLE, TMUX_SKIP_NOTE } from './terminal.ts';
import { BIN, colourlessEnv, lockstep } from './cli-run.ts';

const NARROW = 60;
/** Keep the pane after the program ends, to read its last screen. */
const keepPane = (command: string) => `${command}; echo "[exit $?]"; sleep 60`;
const DOCTOR = ['doctor', '--model', '913', '--symptom', 'forgot-one-code', '--show'];

const ANSI = /\u001b\[[0-9;]*m/g;

/** The words of `text` that are not words of `whole`: pieces of words cut at a row's end. */
function cutWords(text: string, whole: string): string[] {
  const words = new Set(whole.split(/\s+/));
  return text.split(/\s+/).filter((w) => w !== '' && !words.has(w));
}

/** The rows of `screen` from the one that is `heading` to the next empty row. */
function section(screen: string, heading: string): string[] {
  const rows = screen.split('\n');
  const from = rows.indexOf(heading);
  const to = rows.indexOf('', from);
  return rows.slice(from + 1, to);
}

describe('wrapLine', () => {
  it('breaks between words, its rows after the first hanging under the text', () => {
    const line = '   12. Press the Program button on the interior once: a green flash and three beeps.';
    expect(wrapLine(line, 40, 7).split('\n').map((r) => r.trimEnd())).toEqual([
      '   12. Press the Program button on the',
      '       interior once: a green flash and',
      '       three beeps.',
    ]);
  });

  it('neither counts nor splits colour codes', () => {
    const p = pc.createColors(true);
    const line = `${p.bold('speed N')}  pace waits in real time ${p.dim('(speed instant = no pacing)')}`;
    const rows = wrapLine(line, 30, 9).split('\n');
    for (const row of rows) expect(row.replace(ANSI, '').trimEnd().length).toBeLessThanOrEqual(30);
    expect(rows.map((r) => r.replace(ANSI, '').trimEnd())).toEqual(['speed N  pace waits in real', '         time (speed instant =', '         no pacing)']);
    // Each row closes the dim it opens, and a code is never cut: every escape is whole.
    expect(rows[1]).toMatch(/\u001b\[2m\(speed instant =\u001b\[22m$/);
    expect(rows.join('\n').replace(ANSI, '')).not.toMatch(/\u001b|\[\d+m/);
  });

  it('puts the words under the first columns, a little further in, where they leave too few beside them', () => {
    const line = `  ${'fault store-glitch|power-cut-mid-write'.padEnd(40)}inject a fault`;
    expect(wrapLine(line, 59, 42).split('\n')).toEqual(['  fault store-glitch|power-cut-mid-write', '      inject a fault']);
    expect(wrapLine(line, 79, 42)).toBe(line);
  });

  it('keeps words joined by a no-break space on one row, and writes it as a plain space', () => {
    const line = ['t 1.000s', 'bolt retracted', 'battery 6.00 V', 'mode idle'].map((part) => part.replaceAll(' ', NO_BREAK)).join(' | ');
    expect(wrapLine(line, 30).split('\n').map((r) => r.trimEnd())).toEqual(['t 1.000s | bolt retracted |', 'battery 6.00 V | mode idle']);
  });
});

describe('fitLine', () => {
  const line = '   30. The bolt must withdraw. If it does not, that code was mis-entered.';
  it('wraps on a terminal, one column short of its width', () => {
    const rows = fitLine({ isTTY: true, columns: 42 }, line, 7).split('\n');
    expect(rows.map((r) => r.trimEnd())).toEqual(['   30. The bolt must withdraw. If it does', '       not, that code was mis-entered.']);
    expect(fitLine({ isTTY: true, columns: 41 }, line, 7).split('\n')[0].trimEnd()).toBe('   30. The bolt must withdraw. If it');
  });
  it('leaves a line whole where the output is not a terminal', () => {
    expect(fitLine({ isTTY: false, columns: 41 }, line, 7)).toBe(line);
    expect(fitLine({}, line)).toBe(line);
  });
});

describe('lockstep doctor in a narrow terminal (tmux)', () => {
  it.skipIf(!TMUX_AVAILABLE)(`wraps the report between words at ${NARROW} columns, steps hanging under their text${TMUX_SKIP_NOTE}`, async () => {
    const piped = lockstep(...DOCTOR).out;
    const term = new Terminal(keepPane(`env -u FORCE_COLOR NO_COLOR=1 node bin/lockstep.js ${DOCTOR.join(' ')}`), NARROW);
    try {
      const screen = (await term.waitFor(/\[exit 0\]/, false, 30_000)).replace(/\[exit 0\][\s\S]*/, '');
      expect(cutWords(screen, piped)).toEqual([]);
      const rows = screen.split('\n');
      for (const row of rows) expect(row.length).toBeLessThan(NARROW);
      // A step's rows after the first begin under its text, so the numbers stand out at the door.
      const plan = section(screen, 'What to do');
      expect(plan.length).toBeGreaterThan(40);
      for (const row of plan) expect(row).toMatch(/^ {3}(── | ?\d+\. | {4})/);
      expect(plan).toContain('   30. The bolt must withdraw. If it does not, that code');
      expect(plan).toContain('       was mis-entered: program it again now, before the');
    } finally {
      term.kill();
    }
  });
});

describe('lockstep doctor piped', () => {
  it('writes each line whole, whatever width the environment says', () => {
    const piped = spawnSync(process.execPath, [BIN, ...DOCTOR], { encoding: 'utf8', input: '', env: colourlessEnv({ COLUMNS: String(NARROW) }) }).stdout;
    expect(piped).toBe(lockstep(...DOCTOR).out);
    const { report } = examineSymptom(findModel('smartcode-913')!, 'forgot-one-code', {});
    const lines = piped.split('\n');
    for (const s of report.procedure.steps) expect(lines).toContain(`   ${String(s.n).padStart(2)}. ${s.says} [${s.cite}]`);
    expect(lines.filter((l) => l.length > NARROW).length).toBeGreaterThan(20);
  });
});

/** Lines piped into `lockstep repl` end with quit, so that the session ends. */
const REPL = ['repl', '--model', 'smartcode-913'];
const REPL_LINES = ['help', 'open', 'quit'];
/** A status line, whole: `  [t 0.000s │ bolt retracted │ … │ mode idle]`. */
const STATUS = /^ {2}\[t [\d.]+s │ bolt \w+ │ (un)?locked │ door \w+ │ battery [\d.]+ V │ mode \w+\]$/;

function pipedRepl(env: Record<string, string> = {}): string {
  return spawnSync(process.execPath, [BIN, ...REPL], { encoding: 'utf8', input: REPL_LINES.join('\n') + '\n', env: colourlessEnv(env) }).stdout;
}

describe('lockstep repl in a terminal (tmux)', () => {
  async function typed(columns: number): Promise<string> {
    const term = new Terminal(keepPane(`env -u FORCE_COLOR NO_COLOR=1 node bin/lockstep.js ${REPL.join(' ')}`), columns);
    try {
      await term.waitFor(/^lockstep>/m);
      for (const line of REPL_LINES) term.type(line);
      return (await term.waitFor(/\[exit 0\]/)).replace(/\[exit 0\][\s\S]*/, '');
    } finally {
      term.kill();
    }
  }

  // At 120 columns the terminal cut the help's longest row at its edge: "speed i" / "nstant".
  it.skipIf(!TMUX_AVAILABLE)(`wraps the help between words at 120 columns, under its column of words${TMUX_SKIP_NOTE}`, async () => {
    const screen = await typed(120);
    expect(cutWords(screen, pipedRepl())).toEqual([]);
    const rows = screen.split('\n');
    const speed = rows.findIndex((r) => r.startsWith('  speed N '));
    expect(rows[speed]).toMatch(/^ {2}speed N {33}pace waits in real time ×N/);
    expect(rows[speed + 1]).toMatch(/^ {42}\S/);
  });

  it.skipIf(!TMUX_AVAILABLE)(`at ${NARROW} columns puts the help's words under each command and keeps the status line's parts whole${TMUX_SKIP_NOTE}`, async () => {
    const screen = await typed(NARROW);
    expect(cutWords(screen, pipedRepl())).toEqual([]);
    const rows = screen.split('\n');
    for (const row of rows) expect(row.length).toBeLessThan(NARROW);
    const speed = rows.indexOf('  speed N');
    expect(rows[speed + 1]).toMatch(/^ {6}pace waits in real time ×N/);
    const status = rows.findIndex((r) => r.startsWith('  [t '));
    expect(rows[status]).toMatch(/^ {2}\[t [\d.]+s │ bolt \w+ │ (un)?locked │ door \w+ │$/);
    expect(rows[status + 1]).toMatch(/^ {3}battery [\d.]+ V │ mode \w+\]$/);
  });
});

describe('lockstep repl piped', () => {
  it('writes the help and the status line whole, whatever width the environment says', () => {
    const piped = pipedRepl({ COLUMNS: String(NARROW) });
    expect(piped).toBe(pipedRepl());
    const lines = piped.split('\n');
    const column = Math.max(...helpEntries().map((e) => e.command.length)) + 2;
    for (const e of helpEntries()) expect(lines).toContain(`  ${e.command.padEnd(column)}${e.does}`);
    expect(lines.filter((l) => STATUS.test(l))).toHaveLength(2); // the banner's and open's (quit prints none)
  });
});
