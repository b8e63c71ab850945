// An identifier's note in brackets tells a look-alike apart ("914 (Z-Wave variant)" on the 913,
// "912 (same keypad, no radio)" on the 910): what it says is of the other lock, not of this one,
// so the text is never matched against it — only the number before it (seed S13).
import { describe, expect, it } from 'vitest';
import { identify } from '../src/models/identify.ts';
import { MODELS } from '../src/models/index.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id);

describe('identify: a note in brackets is not matched', () => {
  it('does not call the 913 a Z-Wave lock for its note on the 914', () => {
    expect(ids('Z-Wave')).not.toContain('smartcode-913');
    expect(ids('zwave lock')).not.toContain('smartcode-913');
  });

  it('matches no model by the words of a note alone', () => {
    expect(ids('variant')).toEqual([]);
    expect(ids('same keypad, no radio')).not.toContain('smartcode-910');
    expect(ids('plain')).toEqual([]);
  });

  it('still finds the look-alike\'s number, and the identifier typed whole', () => {
    expect(ids('914')).toEqual(['smartcode-914', 'smartcode-913']);
    expect(ids('912')).toEqual(['smartcode-910']);
    expect(ids('915')).toEqual(['smartcode-916']);
    expect(identify('914 (Z-Wave variant)').find((f) => f.model.id === 'smartcode-913')?.matched).toBe('914 (Z-Wave variant)');
  });

  it('keeps a note only where it follows a look-alike\'s number', () => {
    // A bracket anywhere else would hide what is printed on the lock.
    for (const m of MODELS) for (const id of m.identifiers) if (id.includes('(')) expect(id, m.id).toMatch(/^\d+ \([^()]+\)$/);
  });
});
