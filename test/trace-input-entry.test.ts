// The trace records what a person did as it was done (design/architecture.md "Contracts": same
// model + seed + inputs ⇒ byte-identical trace): each `input` entry is the twin's own copy of the
// action (src/twin/action-entry.ts), so a program that reuses or changes its action object after
// `apply`, writes an action's fields in another order, or adds a field no action has, leaves the
// trace — and its hash — as the same inputs give it anywhere else.
import { describe, expect, it } from 'vitest';
import { Twin, type Action } from '../src/twin/twin.ts';
import { hashTrace } from '../src/sim/trace.ts';
import { ACTIONS } from './recorded-actions.ts';

const MODEL = 'smartcode-913';
const SEED = 3;


function inputs(twin: Twin): string[] {
  return twin.trace.entries.filter((e) => e.ch === 'input').map((e) => JSON.stringify(e.v));
}

describe('the trace keeps each action as it was done', () => {
  it('an action object changed and applied again after apply leaves the earlier entry as it was', () => {
    const twin = Twin.create(MODEL, { seed: SEED });
    const act: { do: 'press'; key: '1' | '2' } = { do: 'press', key: '1' };
    twin.apply(act);
    act.key = '2';
    twin.apply(act);
    expect(inputs(twin)).toEqual(['{"do":"press","key":"1"}', '{"do":"press","key":"2"}']);
  });

  it('a press or hold entry is frozen: no reader of one trace can change what it, or another trace, says', () => {
    const one = Twin.create(MODEL, { seed: SEED });
    const other = Twin.create(MODEL, { seed: SEED });
    one.apply({ do: 'press', key: '1' });
    other.apply({ do: 'press', key: '1' });
    const entry = one.trace.entries.find((e) => e.ch === 'input')!.v as { key: string };
    expect(Object.isFrozen(entry)).toBe(true);
    expect(() => {
      entry.key = '2';
    }).toThrow(TypeError);
    expect(inputs(one)).toEqual(['{"do":"press","key":"1"}']);
    expect(inputs(other)).toEqual(['{"do":"press","key":"1"}']);
  });

  it('fields in another order, or one no action has, give the same trace and hash', () => {
    const written = Twin.create(MODEL, { seed: SEED });
    const shuffled = Twin.create(MODEL, { seed: SEED });
    for (const a of ACTIONS) {
      written.apply(a);
      const reversed = Object.fromEntries([['note', 'from a harness'], ...Object.entries(a).reverse()]) as unknown as Action;
      shuffled.apply(reversed);
    }
    expect(inputs(shuffled)).toEqual(inputs(written));
    expect(hashTrace(shuffled.trace.entries)).toBe(hashTrace(written.trace.entries));
  });

  it('records every form with its own fields, in the trace lines\' order', () => {
    const twin = Twin.create(MODEL, { seed: SEED });
    const last: Action[] = [{ do: 'hold', key: 'program' }, { do: 'release', key: 'program' }];
    for (const a of [...ACTIONS, ...last]) twin.apply(a);
    expect(inputs(twin)).toEqual([...ACTIONS, ...last].map((a) => JSON.stringify(a)));
  });
});
