// The exterior button's other names (README, Scenarios: `press: K` — `lock` is the exterior Lock /
// Kwikset / checkmark button): the timelines and the keypad sequences name it as the model does
// ("Press Kwikset.", "Press ✓ Lock."), so a scenario or a REPL line may well write `kwikset`,
// `checkmark` or `Lock`. Each is still refused, at its place, but with the key name to write.
import { describe, expect, it } from 'vitest';
import { replRefusalOf } from './repl-refusal-of.ts';
import { parseErrorOf } from './scenario-error-of.ts';

const FILE = 'keys.yaml';

function scenarioPressing(key: string): string {
  return ['name: n', 'model: powerbolt-250', 'steps:', `  - press: ${key}`].join('\n') + '\n';
}

describe('another name for a key', () => {
  it.each([
    ['kwikset', 'the string "kwikset" — did you mean lock? (the exterior button is lock on every model, whether it reads Lock, Kwikset or ✓)'],
    ['Kwikset', 'the string "Kwikset" — did you mean lock? (the exterior button is lock on every model, whether it reads Lock, Kwikset or ✓)'],
    ['checkmark', 'the string "checkmark" — did you mean lock? (the exterior button is lock on every model, whether it reads Lock, Kwikset or ✓)'],
    ['"✓"', 'the string "✓" — did you mean lock? (the exterior button is lock on every model, whether it reads Lock, Kwikset or ✓)'],
    ['Lock', 'the string "Lock" — did you mean lock?'],
    ['PROGRAM', 'the string "PROGRAM" — did you mean program?'],
  ])('a scenario pressing %s is refused at the key with the name to write', (key, words) => {
    const err = parseErrorOf(scenarioPressing(key), FILE);
    expect(err.pos).toEqual({ file: FILE, line: 4, col: 12 });
    expect(err.why).toBe(`bad key name: ${words} (expected one of: 0-9, lock, program, reset)`);
  });

  it('a scenario key no name stands for is refused as before', () => {
    expect(parseErrorOf(scenarioPressing('enter'), FILE).why).toBe('bad key name: the string "enter" (expected one of: 0-9, lock, program, reset)');
  });

  it('the REPL names the key to press for kwikset or checkmark', () => {
    expect(replRefusalOf('press kwikset').message).toBe('"kwikset" is not a key — did you mean lock? (the exterior button is lock on every model, whether it reads Lock, Kwikset or ✓) (keys: 0-9, lock, program, reset; usage: press KEY)');
    expect(replRefusalOf('hold checkmark').message).toMatch(/^"checkmark" is not a key — did you mean lock\? /);
  });

  it('the REPL names the command for kwikset or checkmark typed alone', () => {
    const err = replRefusalOf('Kwikset');
    expect(err.reason).toBe('unknown-command');
    expect(err.message).toBe('unknown command "Kwikset": did you mean lock? (the exterior button is lock on every model, whether it reads Lock, Kwikset or ✓) (type help for the list of commands)');
  });
});

describe('a key name typed alone at the REPL', () => {
  it('is no hint where the key is no command of its own (reset is pressed with press reset)', () => {
    expect(replRefusalOf('Reset').message).toBe('unknown command "Reset" (type help for the list of commands)');
  });
});
