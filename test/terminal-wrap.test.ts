// Long lines on a terminal are wrapped between words to its width, not left to the terminal,
// which cut words at its right edge ("th" / "at", "speed i" / "nstant"); rows after the first
// keep the text's column. Piped, the same lines are written whole, as scripts and tests read them.
import { describe, expect, it } from 'vitest';
import pc from 'picocolors';
import { NO_BREAK, fitLine, wrapLine } from '../src/cli/terminal-wrap.ts';

const ANSI = /\u001b\[[0-9;]*m/g;

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
