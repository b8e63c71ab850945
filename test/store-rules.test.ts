// The model's store rules held over a whole store (src/firmware/store-rules.ts): every model's
// own out-of-box and after-reset stores keep them, a twin built in code is refused a store its
// firmware could never hold, and each rule names what is wrong. That the firmware itself never
// leaves them is checked after every step of the fuzzed sequences (test/fuzz.test.ts).
// Seed S4; product-facts M14, K7, M13, M15.
import { describe, expect, it } from 'vitest';
import { storeProblems } from '../src/firmware/store-rules.ts';
import { MODELS, findModel } from '../src/models/index.ts';
import { Twin } from '../src/twin/twin.ts';
import { givenOfTwin } from '../src/scenario/given-of-twin.ts';

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

  it('refuses, on a menu-family lock only, a user code typed as its programming code (product-facts §7)', () => {
    const pb264 = findModel('powerbolt-264')!;
    // Given, or the model's default 0000 when none is given.
    expect(storeProblems(pb264, { codes: { 1: '1234', 2: '5678' }, mastercode: '5678' }).map((x) => [x.field, x.slot])).toEqual([['codes', 2]]);
    expect(storeProblems(pb264, { codes: { 1: '1234', 2: '0000' } })[0].message).toBe('code "0000" in slot 2 is typed as the programming code "0000": a powerbolt-264 refuses a user code equal to its programming code (product-facts §7)');
    // No programming code, none to clash with (the 955 ships without one, K5).
    expect(storeProblems(findModel('smartcode-955')!, { codes: { 2: '0000' }, mastercode: 'none' })).toEqual([]);
    // Two digits to a key: 2-4-6-8 is typed as 1-3-5-7.
    expect(storeProblems(findModel('powerbolt-2')!, { codes: { 1: '2468' }, mastercode: '1357' })).toHaveLength(1);
    // The 275's tag is its programming code until it is personalised.
    expect(storeProblems(findModel('smartcode-275')!, { codes: { 1: SAMPLE_TAG }, tag: SAMPLE_TAG })).toHaveLength(1);
    // The Mastercode family may share them: "unless the same code is programmed as a user code" (M1).
    expect(storeProblems(findModel('smartcode-913')!, { codes: { 1: '5678' }, mastercode: '5678' })).toEqual([]);
  });

  it('refuses no admin code on a model whose menu never clears the one it ships with', () => {
    const always = MODELS.filter((m) => storeProblems(m, { mastercode: 'none' }).length > 0 && m.programming !== 'positional').map((m) => m.id);
    expect(always).toEqual(['smartcode-275', 'powerbolt-264', 'powerbolt-92640-001', 'powerbolt-2']);
    expect(storeProblems(findModel('powerbolt-264')!, { mastercode: 'none' })[0]!.message).toBe(
      'a powerbolt-264 always has a programming code (0000 out of the box and after a reset; its menu changes it but never clears it): give its digits or leave mastercode out',
    );
    expect(storeProblems(findModel('powerbolt-2')!, { mastercode: 'none' })[0]!.message).toMatch(/^a powerbolt-2 always has a Mastercode \(0000 /);
    expect(() => Twin.create('powerbolt-92640-001', { mastercode: 'none' })).toThrow('a powerbolt-92640-001 always has a programming code');
    expect(() => Twin.create('smartcode-955', { mastercode: 'none' })).not.toThrow();
  });

  it('gives a corrupted store of such a model the admin code it ships with, as the closest given it accepts', () => {
    const twin = Twin.create('powerbolt-264', { codes: { 1: '1357' } });
    twin.apply({ do: 'fault', fault: 'store-glitch' });
    twin.apply({ do: 'wait', ms: 1_000 });
    expect(twin.store()).toMatchObject({ trusted: false, adminCode: '' });
    const { given, notes } = givenOfTwin(twin);
    expect(given).not.toHaveProperty('mastercode');
    expect(notes).toContain('the code store was corrupted; a given cannot say so, so it starts sound, with the codes the lock showed and the programming code it ships with');
    expect(() => Twin.create('powerbolt-264', { codes: given.codes, mastercode: given.mastercode })).not.toThrow();
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
