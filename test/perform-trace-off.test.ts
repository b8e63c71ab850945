// perform (troubleshoot/perform-sequence.ts) on a twin built with its trace off (`trace: false`,
// README "Use it from code"): the manual's answers (product-facts M14: a green flash and a long
// beep, the code stored; seed S4: a duplicate refused) are judged as on a traced twin, and the
// twin's own trace stays as empty as it was asked to be.
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import { perform } from '../src/troubleshoot/perform-sequence.ts';
import { addCodeSequence } from '../src/troubleshoot/keypad-sequences.ts';

const MASTERCODE = '86420';
const CODE = '1357';

function twinOf(trace: boolean): Twin {
  return Twin.create('smartcode-913', { trace, doorOpen: true, mastercode: MASTERCODE });
}

describe('perform on a twin whose trace is off', () => {
  it('passes a sequence the lock takes, as on a traced twin, and keeps the trace empty', () => {
    const twin = twinOf(false);
    const r = perform(twin, addCodeSequence(twin.model, MASTERCODE, CODE, 1));
    expect(r.steps.flatMap((s) => s.failures)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.entries.some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'code-added')).toBe(true);
    expect(twin.trace.enabled).toBe(false);
    expect(twin.trace.length).toBe(0);
  });

  it('fails the refused duplicate at the same step as on a traced twin', () => {
    const failedSays = (trace: boolean): string[] => {
      const twin = twinOf(trace);
      perform(twin, addCodeSequence(twin.model, MASTERCODE, CODE, 1));
      twin.apply({ do: 'wait', ms: 10_000 });
      const again = perform(twin, addCodeSequence(twin.model, MASTERCODE, CODE, 2));
      expect(again.ok).toBe(false);
      return again.steps.filter((s) => s.failures.length > 0).map((s) => s.says);
    };
    expect(failedSays(false)).toEqual(failedSays(true));
  });

  it('runs the same lock either way: the same store after', () => {
    const stores = [false, true].map((trace) => {
      const twin = twinOf(trace);
      perform(twin, addCodeSequence(twin.model, MASTERCODE, CODE, 1));
      return twin.store();
    });
    expect(stores[0]).toEqual(stores[1]);
  });
});
