// The S4/S11 monitor (src/check/store-rules-monitor.ts): at every step the store keeps the model's
// rules (firmware/store-rules.ts storeProblems — unique codes, slots 1 to the capacity; seed S4),
// and a code added or deleted changes its own slot alone, a delete of all codes every slot
// (seed S11; product-facts S9, S14, M5).
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { storeRulesViolation } from '../src/check/store-rules-monitor.ts';
import type { StoreView } from '../src/twin/twin.ts';

const model = findModel('smartcode-913')!;
const CAPACITY = model.codes.capacity;

function store(codes: Record<number, string>, length = CAPACITY): StoreView {
  const list = new Array<string>(length).fill('');
  for (const [slot, code] of Object.entries(codes)) list[Number(slot) - 1] = code;
  return { trusted: true, adminCode: '5555', codes: list, handed: 'right', usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };
}

const before = store({ 1: '0101', 3: '3333', 30: '7333' });

describe('S4/S11: the store keeps its rules, and a change its own slot', () => {
  it('a step that changes no code is no violation, whatever it reports', () => {
    expect(storeRulesViolation(model, before, store({ 1: '0101', 3: '3333', 30: '7333' }), [])).toBeNull();
  });

  it('a code deleted from its own slot, or added to one, is no violation', () => {
    expect(storeRulesViolation(model, before, store({ 3: '3333', 30: '7333' }), [{ type: 'code-deleted', slot: 1 }])).toBeNull();
    expect(storeRulesViolation(model, before, store({ 1: '0101', 2: '1010', 3: '3333', 30: '7333' }), [{ type: 'code-added', slot: 2 }])).toBeNull();
  });

  it('a delete that also clears a later slot is one, and the counterexample expects that slot as it was', () => {
    const v = storeRulesViolation(model, before, store({ 30: '7333' }), [{ type: 'code-deleted', slot: 1 }]);
    expect(v?.property).toBe('S4/S11');
    expect(v?.message).toBe('code-deleted (slot 1) also changed slot 3');
    expect(v?.expect).toBe('codes: { 3: "3333" }');
  });

  it('a delete of all codes must leave none', () => {
    expect(storeRulesViolation(model, before, store({}), [{ type: 'all-codes-deleted', slot: 0 }])).toBeNull();
    expect(storeRulesViolation(model, before, store({ 30: '7333' }), [{ type: 'all-codes-deleted', slot: 0 }])?.message).toBe('all-codes-deleted left slot 30');
  });

  it('a duplicate is one, reported or not, and the counterexample expects its slot as it was', () => {
    const v = storeRulesViolation(model, before, store({ 1: '0101', 2: '0101', 3: '3333', 30: '7333' }), []);
    expect(v?.message).toMatch(/code "0101" in slot 2 is the same as slot 1's "0101"/);
    expect(v?.expect).toBe('codes: { 2: null }');
  });

  it('a code past the last slot is one, and the counterexample expects the count the store held', () => {
    const full = store(Object.fromEntries(Array.from({ length: CAPACITY }, (_, i) => [i + 1, String(3000 + i)])));
    const past = { ...full, codes: [...full.codes, '1010'] };
    const v = storeRulesViolation(model, full, past, [{ type: 'code-added', slot: CAPACITY + 1 }]);
    expect(v?.message).toMatch(/slot 31 is outside 1\.\.30/);
    expect(v?.expect).toBe(`codes: ${CAPACITY}`);
  });

  it('an untrusted store is not judged (the power-cut property judges how it came to be)', () => {
    expect(storeRulesViolation(model, before, { ...store({}), trusted: false }, [])).toBeNull();
  });
});
