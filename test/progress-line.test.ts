// The progress line of `lockstep check` and of its power-cut campaign (src/cli/progress-line.ts):
// rewritten in place only on a terminal that can (README "Colour": not TERM=dumb), and cut to the
// terminal's width, as a line that wraps is erased from its last row only. The campaign's wrote
// the erase code on a dumb terminal and its scenario paths past a narrow terminal's edge.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { campaignCommand } from '../src/check/power-cut-command.ts';
import { progressLine } from '../src/cli/progress-line.ts';

/** A scenario whose path (with the count before it) is wider than NARROW. */
const SCENARIO = 'scenarios/smartcode-913/s02-mastercode-prompt-survives-unplug-mid-entry.yaml';
const NARROW = 40;
const ESC = '\x1b';

/** Standard error as a terminal of `columns` under TERM=`term`, its writes kept; standard output quiet. */
function stderrTerminal(term: string, columns: number): string[] {
  const writes: string[] = [];
  vi.stubEnv('TERM', term);
  vi.stubEnv('NO_COLOR', '1');
  Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
  Object.defineProperty(process.stderr, 'columns', { value: columns, configurable: true });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'log').mockImplementation(() => {});
  return writes;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  delete (process.stderr as { isTTY?: boolean }).isTTY;
  delete (process.stderr as { columns?: number }).columns;
});

describe('the progress line', () => {
  it('is not written where lines cannot be rewritten: no terminal, or TERM=dumb', () => {
    expect(progressLine({ isTTY: false, write: () => true })).toBeNull();
    vi.stubEnv('TERM', 'dumb');
    expect(progressLine({ isTTY: true, write: () => true })).toBeNull();
  });

  it('power-cut campaign on a dumb terminal: no erase codes on standard error', () => {
    const writes = stderrTerminal('dumb', NARROW);
    expect(campaignCommand({ files: [SCENARIO] })).toBe(0);
    expect(writes.join('')).not.toContain(ESC);
  });

  it('power-cut campaign on a narrow terminal: each progress line fits in it, so it is rewritten whole', () => {
    const writes = stderrTerminal('xterm', NARROW);
    expect(campaignCommand({ files: [SCENARIO] })).toBe(0);
    const lines = writes.filter((w) => w.startsWith('\r')).map((w) => stripVTControlCharacters(w).replace('\r', ''));
    expect(lines.filter((l) => l !== '').length).toBeGreaterThan(0);
    for (const l of lines) expect(l.length, l).toBeLessThan(NARROW);
  });
});
