// `perform` given a sequence it cannot run (src/troubleshoot/perform-sequence.ts, README "Use it
// from code"): a code with a letter in it is refused as an ActionError naming the step and the
// field before any step is done — not after Program was pressed and the lock left in programming
// — and what is no sequence at all is a TypeError saying what it got, not an
// UnavailableSequenceError with no words.
import { describe, expect, it } from 'vitest';
import { ActionError, Twin, addCodeSequence, lockState, perform, type Sequence } from '../src/index.ts';

describe('perform refuses what it cannot run before it runs any of it', () => {
  it('a code with a letter in it: the step and field named, the lock untouched', () => {
    const twin = Twin.create('smartcode-913', { mastercode: '86420', doorOpen: true });
    const traced = twin.trace.entries.length;
    const run = (): unknown => perform(twin, addCodeSequence(twin.model, '86420', '13a7', 1));
    expect(run).toThrow(ActionError);
    expect(run).toThrow(/^addCodeSequence\(code\): "13a7" must be digits 0–9$/); // as the sequence is built
    const byHand = [{ says: 'Type the code.', cite: 'seed S19', action: { do: 'type', digits: '13a7' } }] as Sequence;
    expect(() => perform(twin, byHand)).toThrow(/^sequence\[0\]\.action\.digits: "13a7" must be digits 0–9$/);
    expect(twin.sim.now).toBe(0);
    expect(twin.trace.entries.length).toBe(traced);
    expect(lockState(twin).mode).toBe('idle');
  });

  it('what is no sequence: a TypeError saying what it got', () => {
    const twin = Twin.create('smartcode-913');
    expect(() => perform(twin, 'add 1357' as unknown as Sequence)).toThrow(new TypeError('sequence: "add 1357" is neither a list of steps nor { unavailable: why }'));
    expect(() => perform(twin, undefined as unknown as Sequence)).toThrow(new TypeError('sequence: undefined is neither a list of steps nor { unavailable: why }'));
    expect(() => perform(twin, [null] as unknown as Sequence)).toThrow(new TypeError('sequence[0]: null is no step ({ says, cite, action?, expect? })'));
  });
});
