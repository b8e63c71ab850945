// The event types as data (README "Use it from code", the trace's `event` channel): a program that
// reads events from a twin, `lockstep run --json` or `repl --json` checks a `type` against the list
// the firmware emits from, as it checks a `why` against EVENT_WHYS — the same list a scenario's
// `event:` words are held to (firmware/events.ts).
import { describe, expect, it } from 'vitest';
import * as lockstep from '../src/index.ts';
import { EVENT_TYPES } from '../src/firmware/events.ts';

describe('the library exports the event types', () => {
  it('as EVENT_TYPES, the firmware’s own list, with a why for each type EVENT_WHYS names', () => {
    const exported = (lockstep as Record<string, unknown>).EVENT_TYPES;
    expect(exported).toBe(EVENT_TYPES);
    expect(exported).toContain('code-added');
    for (const type of Object.keys(lockstep.EVENT_WHYS)) expect(EVENT_TYPES).toContain(type);
  });

  it('which every event a twin emits is one of', () => {
    const twin = lockstep.Twin.create('smartcode-913', { codes: { 1: '1357' }, mastercode: 'none' });
    for (const digits of ['1357', '1111', '2222', '3333']) {
      twin.apply({ do: 'type', digits });
      twin.apply({ do: 'wait', ms: 3_000 });
    }
    const types = twin.trace.entries.flatMap((e) => (e.ch === 'event' ? [e.v.type] : []));
    expect(types).toEqual(expect.arrayContaining(['unlocked', 'wrong-code', 'lockout']));
    for (const type of types) expect(EVENT_TYPES).toContain(type);
  });
});
