// The model's store rules held over a whole store (src/firmware/store-rules.ts): every model's
// own out-of-box and after-reset stores keep them, a twin built in code is refused a store its
// firmware could never hold, and each rule names what is wrong. That the firmware itself never
// leaves them is checked after every step of the fuzzed sequences (test/fuzz.test.ts).
// Seed S4; product-facts M14, K7, M13, M15.
import { describe, expect, it } from 'vitest';
import { storeProblems } from '../src/firmware/store-rules.ts';
import { MODELS, findModel } from '../src/models/index.ts';
import { Twin } from '../src/twin/twin.ts';

const SAMPLE_TAG = '52917';

describe('store rules', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s: its out-of-box and after-reset stores keep its rules', (_id, p) => {
    const outOfBox = p.defaults.adminCode === 'tag' ? SAMPLE_TAG : p.defaults.adminCode || 'none';
    expect(storeProblems(p, { codes: p.defaults.userCodes, mastercode: outOfBox })).toEqual([]);
    expect(storeProblems(p, { codes: p.defaults.userCodesAfterReset, mastercode: p.defaults.adminCodeAfterReset || 'none' })).toEqual([]);
    if (p.defaults.adminCode === 'tag') expect(storeProblems(p, { tag: SAMPLE_TAG })).toEqual([]);
  });

  it('names every problem, in slot order, then the admin code, then the tag', () => {
    const p = findModel('smartcode-913')!;
    const problems = storeProblems(p, { codes: { 40: '1234', 3: '12a4', 2: '1234', 1: '1234' }, mastercode: '123', tag: '55555' });
    expect(problems.map((x) => [x.field, x.slot, x.slotNumber === true])).toEqual([
      ['codes', 2, false], // the same as slot 1
      ['codes', 3, false], // not digits
      ['codes', 40, true], // past the capacity
      ['mastercode', undefined, false],
      ['tag', undefined, false],
    ]);
    expect(problems[1]!.message).toBe('code "12a4" in slot 3 must be digits only');
  });

  it('refuses a twin built in code a store its firmware could never hold', () => {
    expect(() => Twin.create('smartcode-913', { codes: { 1: '1234', 2: '1234' } })).toThrow('code "1234" in slot 2 is the same as slot 1\'s "1234"');
    expect(() => Twin.create('smartcode-913', { codes: { 1: '123456789' } })).toThrow('has 9 digits; a smartcode-913 code has 4–8');
    expect(() => Twin.create('powerbolt-264', { codes: { 1: '1234567890' } })).not.toThrow();
    expect(() => Twin.create('smartcode-913', { mastercode: '12' })).toThrow('mastercode "12" has 2 digits');
    expect(() => Twin.create('smartcode-909', { mastercode: '1234' })).toThrow('a smartcode-909 has no Mastercode or programming code');
    expect(() => Twin.create('smartcode-909', { mastercode: 'none' })).not.toThrow();
  });
});
