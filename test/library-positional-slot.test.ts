// addCodeSequence on a positional model (SmartCode 909/910 by Program presses, product-facts M15;
// Powerbolt 240 by the slot's number, M13): the slot argument is the position the code goes to
// (README "Use it from code"). A position the model does not have is a sequence it cannot do —
// said by name, not pressed out on the lock, where the 909's presses stop at its last position
// and `perform` would report the code stored, as asked, in another slot.
import { describe, expect, it } from 'vitest';
import { Twin, addCodeSequence, isUnavailable, perform, UnavailableSequenceError } from '../src/index.ts';

describe('addCodeSequence on a positional model, at a position it does not have', () => {
  it.each([
    ['smartcode-909', 9, 'the SmartCode 909 has positions 1–8: 9 is none of them'],
    ['smartcode-909', 0, 'the SmartCode 909 has positions 1–8: 0 is none of them'],
    ['smartcode-909', 2.5, 'the SmartCode 909 has positions 1–8: 2.5 is none of them'],
    ['smartcode-910', 31, 'the SmartCode 910 (Z-Wave) has positions 1–30: 31 is none of them'],
    ['powerbolt-240', 13, 'the Powerbolt 240 has positions 1–12: 13 is none of them'],
  ])('%s, position %s: unavailable, and perform throws saying why before any press', (id, slot, why) => {
    const twin = Twin.create(id, { mastercode: 'none', doorOpen: true });
    const seq = addCodeSequence(twin.model, '', '5678', slot);
    expect(isUnavailable(seq) && seq.unavailable).toMatch(new RegExp(`^${why.replace(/[.()]/g, '\\$&')}`));
    const before = twin.trace.length;
    expect(() => perform(twin, seq)).toThrow(UnavailableSequenceError);
    expect(twin.trace.length).toBe(before);
    expect(twin.store().codes.every((c) => c === '')).toBe(true);
  });

  it('a slot that is no number (plain JavaScript, no type check) is said the same way', () => {
    const twin = Twin.create('smartcode-909', { mastercode: 'none' });
    const seq = addCodeSequence(twin.model, '', '5678', undefined as unknown as number);
    expect(isUnavailable(seq) && seq.unavailable).toMatch(/^the SmartCode 909 has positions 1–8: undefined is none of them/);
  });

  it.each([
    ['smartcode-909', 8],
    ['smartcode-909', 1],
    ['powerbolt-240', 12],
  ])('%s, position %s: the code lands there', (id, slot) => {
    const twin = Twin.create(id, { mastercode: 'none', doorOpen: true });
    const r = perform(twin, addCodeSequence(twin.model, '', '5678', slot));
    expect(r.ok).toBe(true);
    expect(twin.store().codes[slot - 1]).toBe('5678');
  });
});
