// `lockstep check --depth`: one depth for every exploration, or exploration=depth for some, the
// others keeping their default (src/check/depth-option.ts); bad values exit 2 naming what was wrong.
import { describe, expect, it } from 'vitest';
import { parseDepthOption } from '../src/check/depth-option.ts';
import { defaultDepth, defaultScope, EXPLORATIONS } from '../src/check/scope.ts';
import { findModel } from '../src/models/index.ts';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { stripVTControlCharacters } from 'node:util';
import { lockstep } from './cli-run.ts';

const MAX = 40;

function capture(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

describe('--depth', () => {
  it('one number: every exploration that deep', () => {
    expect(parseDepthOption('9', MAX)).toBe(9);
    const scope = defaultScope(findModel('smartcode-913')!, 9);
    expect(scope.depth).toEqual(Object.fromEntries(EXPLORATIONS.map((e) => [e, 9])));
    expect(Object.keys(scope.depth)).toHaveLength(12);
  });

  it('name=n: those explorations that deep, the others at their default (a Reset-button model keeps its own)', () => {
    const model = findModel('powerbolt-264')!;
    const parsed = parseDepthOption('exterior=15, after-reset=3', MAX);
    expect(parsed).toEqual({ exterior: 15, 'after-reset': 3 });
    const scope = defaultScope(model, parsed as { exterior: number });
    expect(scope.depth).toEqual({ ...defaultDepth(model), exterior: 15, 'after-reset': 3 });
  });

  it('refuses what is not a depth, naming the part', () => {
    expect(parseDepthOption('0', MAX)).toEqual(expect.stringContaining('--depth must be a whole number from 1 to 40'));
    expect(parseDepthOption('outside=3', MAX)).toEqual(expect.stringContaining('no exploration "outside" (there are exterior, window-holds, keypad, screened, interior, admin-gate, physical, cable, switches, after-reset, reset-menu, store)'));
    expect(parseDepthOption('exterior=3,exterior=4', MAX)).toBe('--depth: exterior is given twice');
    expect(parseDepthOption('exterior=41', MAX)).toEqual(expect.stringContaining('--depth exterior must be a whole number from 1 to 40'));
    expect(parseDepthOption('exterior=', MAX)).toEqual(expect.stringContaining('--depth exterior must be a whole number'));
    expect(parseDepthOption('exterior:3', MAX)).toEqual(expect.stringContaining('--depth must be a whole number from 1 to 40, got "exterior:3"'));
    expect(parseDepthOption('exterior=3,4', MAX)).toEqual(expect.stringContaining('"4" is neither a depth nor exploration=depth'));
  });

  // Number() read each of these as 3, and the run went ahead.
  it('takes plain decimal digits only: no space, sign, point, exponent or base prefix', () => {
    for (const text of [' 3', '3 ', '+3', '0x3', '3e0', '3.0', '0b11', '3_0']) {
      expect(parseDepthOption(text, MAX)).toBe(`--depth must be a whole number from 1 to 40, got "${text}"`);
    }
    // Spaces around a part are allowed (`exterior=15, after-reset=3`), not within its number.
    for (const text of [' 3', '+3', '0x3', '3e0', '3.0']) {
      expect(parseDepthOption(`exterior=${text}`, MAX)).toBe(`--depth exterior must be a whole number from 1 to 40, got "${text}"`);
    }
    expect(parseDepthOption('03', MAX)).toBe(3);
    expect(parseDepthOption('exterior=12,keypad=07', MAX)).toEqual({ exterior: 12, keypad: 7 });
  });

  it('lockstep check runs the depths given and exits 2 for a bad one', async () => {
    const io = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: 'exterior=3,window-holds=2,keypad=2,interior=1,admin-gate=2,physical=1,cable=2,switches=1,after-reset=1,reset-menu=2,store=2', json: true, jobs: '1' }, io)).toBe(0);
    const depths = JSON.parse(io.lines.join('\n')).models[0].explorations.map((e: { name: string; depthBound: number }) => `${e.name}=${e.depthBound}`);
    expect(depths).toEqual(['exterior=3', 'window-holds=2', 'keypad=2', 'interior=1', 'admin-gate=2', 'physical=1', 'cable=2', 'switches=1', 'after-reset=1', 'reset-menu=2', 'store=2']);
    const bad = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: 'inside=3' }, bad)).toBe(2);
    expect(bad.lines.join('\n')).toContain('no exploration "inside"');
  });

  // `--depth exterior=2 --depth keypad=3` searched the exterior to its default of 12: the second
  // --depth replaced the first without a word, and the report's depth was not the one asked for.
  it('takes --depth given more than once as one list, and refuses two depths for every exploration', () => {
    const run = lockstep('check', '--model', 'smartcode-913', '--depth', 'exterior=2', '--depth', 'keypad=3', '--state-cap', '1', '--jobs', '1', '--json');
    expect(run.code, run.err).toBe(0);
    const depths = JSON.parse(run.out).models[0].depth;
    expect(depths.exterior).toBe(2);
    expect(depths.keypad).toBe(3);
    expect(depths.interior).toBe(defaultDepth(findModel('smartcode-913')!).interior);
    const twice = lockstep('check', '--model', 'smartcode-913', '--depth', 'exterior=2', '--depth', 'exterior=3');
    expect(twice.code).toBe(2);
    expect(stripVTControlCharacters(twice.err)).toContain('--depth: exterior is given twice');
    const numbers = lockstep('check', '--model', 'smartcode-913', '--depth', '3', '--depth', '4');
    expect(numbers.code).toBe(2);
    expect(stripVTControlCharacters(numbers.err)).toContain('--depth: "3,4"');
  }, 60_000);

  // It ran the model's own explorations at their default depths, the depth given ignored.
  it('refuses a depth for an exploration that runs on none of the models checked, but not with --all', async () => {
    for (const [model, depth, why] of [
      ['smartcode-913', 'screened=2', 'the screened exploration does not run on the smartcode-913 (the model has no SecureScreen)'],
      ['smartcode-909', 'exterior=2,admin-gate=2', 'the admin-gate exploration does not run on the smartcode-909 (no property it proves applies to it)'],
    ] as const) {
      const io = capture();
      expect(await checkCommand({ model, depth }, io)).toBe(2);
      expect(io.lines.join('\n')).toContain(`--depth ${depth.split(',').pop()!.split('=')[0]}: ${why}`);
      expect(io.lines.join('\n')).not.toMatch(/states/);
    }
    const all = capture();
    const everyOther = EXPLORATIONS.filter((e) => e !== 'screened').map((e) => `${e}=1`).join(',');
    expect(await checkCommand({ all: true, depth: `screened=1,${everyOther}`, json: true, jobs: '1' }, all)).toBe(0);
  });

  it('refuses --out with no name', async () => {
    const io = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '1', out: '' }, io)).toBe(2);
    expect(io.lines.join('\n')).toContain('error: --out : counterexamples could not be written there: no folder name given');
  });
});
