// trace.since(mark): the entries recorded since `mark`, a count of entries taken as trace.length
// earlier (README "Use it from code"; examples/drive-a-twin.mjs). A negative or fractional mark
// is no such count: it used to be read as Array.slice reads it, so since(-1) gave the last
// entry as if it were new; it is now a RangeError naming it.
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/index.ts';
import { Trace } from '../src/sim/trace.ts';

describe('trace.since', () => {
  it('gives the entries recorded since a mark taken as trace.length, and none since the end', () => {
    const twin = Twin.create('smartcode-913', { codes: { 1: '1357' }, boltExtended: true });
    const mark = twin.trace.length;
    twin.apply({ do: 'type', digits: '1357' });
    twin.apply({ do: 'wait', ms: 3_000 });
    expect(twin.trace.since(mark)).toEqual(twin.trace.entries.slice(mark));
    expect(twin.trace.since(mark)[0]).toMatchObject({ ch: 'input' });
    expect(twin.trace.since(twin.trace.length)).toEqual([]);
    expect(twin.trace.since(0)).toEqual(twin.trace.entries);
  });

  it('refuses a mark that is no count of entries, naming it', () => {
    const trace = new Trace();
    trace.push(0, 'power', 'on');
    expect(() => trace.since(-1)).toThrow(RangeError);
    expect(() => trace.since(-1)).toThrow(/^trace\.since: the mark -1 is no count of entries \(a whole number from 0 up, as trace\.length gives\)$/);
    expect(() => trace.since(0.5)).toThrow(/^trace\.since: the mark 0\.5 is no count of entries/);
    expect(() => trace.since(Number.NaN)).toThrow(/^trace\.since: the mark NaN is no count of entries/);
    expect(() => trace.since('1' as unknown as number)).toThrow(/^trace\.since: the mark "1" is no count of entries/);
  });
});
