// `perform` stops at the first step the lock answers otherwise than the manual (README "Use it
// from code"), as an owner stops at the lock's red flash: the steps after it would land on a lock
// no longer in programming — a code to delete typed at the keypad opens the door, a new code
// followed by Lock throws the bolt, each unknown entry counts towards the lockout (product-facts
// M4, M14; seed S2).
import { describe, expect, it } from 'vitest';
import { Twin, addCodeSequence, deleteCodeSequence, lockState, perform, type Performance } from '../src/index.ts';

const events = (r: Performance): string[] => r.entries.flatMap((e) => (e.ch === 'event' ? [e.v.type] : []));

describe('perform stops where the lock says no', () => {
  it('a wrong Mastercode on a delete: the code to delete is not typed at the keypad, the door stays shut', () => {
    const twin = Twin.create('smartcode-913', { mastercode: '86420', codes: { 1: '1234' }, doorOpen: true });
    const seq = deleteCodeSequence(twin.model, '99999', '1234');
    if (!Array.isArray(seq)) throw new Error('a 913 deletes with its Mastercode');
    const r = perform(twin, seq);
    expect(r.ok).toBe(false);
    expect(r.steps.length).toBeLessThan(seq.length);
    expect(r.steps.at(-1)!.failures.length).toBeGreaterThan(0);
    expect(events(r)).not.toContain('unlocked');
    expect(events(r)).not.toContain('locked');
    expect(lockState(twin).bolt).toBe('retracted');
    expect(lockState(twin).store.codes).toEqual({ 1: '1234' });
  });

  it('a wrong programming code on a 275: one wrong entry, not two, towards the lockout', () => {
    const twin = Twin.create('smartcode-275', { mastercode: '11111', codes: { 1: '1234' }, doorOpen: true });
    const r = perform(twin, deleteCodeSequence(twin.model, '11112', '1234'));
    expect(r.ok).toBe(false);
    expect(events(r).filter((t) => t === 'wrong-code')).toHaveLength(1);
    expect(events(r)).not.toContain('unlocked');
  });

  it('a wrong Mastercode on an add: the new code is not typed nor Lock pressed, the bolt stays in', () => {
    const twin = Twin.create('smartcode-913', { mastercode: '86420', doorOpen: true });
    const r = perform(twin, addCodeSequence(twin.model, '11111', '2468', 1));
    expect(r.ok).toBe(false);
    expect(r.steps).toHaveLength(3);
    expect(r.steps[2]!.failures).toContainEqual({ key: 'mode', expected: 'prog-menu', observed: 'idle' });
    twin.apply({ do: 'wait', ms: 5_000 });
    expect(lockState(twin).bolt).toBe('retracted');
    expect(lockState(twin).locked).toBe(false);
  });
});
