// The kernel's contract: alarms run in (time, sequence) order, ties first-in-first-out, idle time
// jumps to the next alarm, and a snapshot restores the schedule exactly.
import { describe, expect, it } from 'vitest';
import { CLOCK_LIMIT_MS, ClockLimitError, Sim, VirtualTimeError } from '../src/sim/kernel.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { Prng } from '../src/sim/prng.ts';
import { hashTrace, Trace } from '../src/sim/trace.ts';

describe('Sim', () => {
  it('runs alarms in time order, ties in the order they were scheduled', () => {
    const sim = new Sim();
    const log: string[] = [];
    const a = sim.createAlarm('a', () => log.push(`a@${sim.now}`));
    const b = sim.createAlarm('b', () => log.push(`b@${sim.now}`));
    const c = sim.createAlarm('c', () => log.push(`c@${sim.now}`));
    c.schedule(10);
    b.schedule(5);
    a.schedule(10);
    sim.advance(100);
    expect(log).toEqual(['b@5', 'c@10', 'a@10']);
    expect(sim.now).toBe(100);
  });

  it('lets an alarm reschedule itself and jumps idle time', () => {
    const sim = new Sim();
    let fired = 0;
    const tick = sim.createAlarm('tick', () => {
      fired++;
      if (fired < 3) tick.schedule(1_000_000);
    });
    tick.schedule(1_000_000);
    sim.runUntil(10_000_000);
    expect(fired).toBe(3);
    expect(sim.now).toBe(10_000_000);
  });

  it('does not run a cancelled alarm', () => {
    const sim = new Sim();
    let fired = false;
    const a = sim.createAlarm('a', () => (fired = true));
    a.schedule(5);
    a.cancel();
    sim.advance(10);
    expect(fired).toBe(false);
  });

  it('runs the clock to its limit and refuses to go past it, running nothing', () => {
    expect(Number.isSafeInteger(CLOCK_LIMIT_MS * 2)).toBe(true); // room for any alarm delay beyond it
    const sim = new Sim();
    let fired = 0;
    const a = sim.createAlarm('a', () => fired++);
    a.scheduleAt(CLOCK_LIMIT_MS - 1);
    expect(() => sim.advance(CLOCK_LIMIT_MS + 1)).toThrow(ClockLimitError);
    expect(sim.now).toBe(0);
    expect(fired).toBe(0);
    sim.runUntil(CLOCK_LIMIT_MS);
    expect(sim.now).toBe(CLOCK_LIMIT_MS);
    expect(fired).toBe(1);
    expect(() => sim.advance(1)).toThrow(/clock stops at 10,000 years .* it is at 315576000000000 ms and was asked to run to 315576000000001 ms/);
    expect(sim.now).toBe(CLOCK_LIMIT_MS);
  });

  it('moves in whole milliseconds only: a fractional, negative or NaN wait is refused, nothing run', () => {
    const sim = new Sim();
    let fired = 0;
    const a = sim.createAlarm('a', () => fired++);
    a.schedule(1);
    for (const ms of [2.3, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => sim.advance(ms)).toThrow(VirtualTimeError);
      expect(sim.now).toBe(0);
    }
    expect(() => sim.advance(4599.999999999999)).toThrow(/whole milliseconds: cannot let 4599.999999999999 ms pass/);
    expect(() => sim.runUntil(0.5)).toThrow(VirtualTimeError);
    expect(fired).toBe(0);
  });

  it('says what a time that is no number is, from a program in plain JavaScript: not the number it looks like', () => {
    const twin = Twin.create('smartcode-913', { seed: 1 });
    const untyped = (ms: unknown): Action => ({ do: 'wait', ms: ms as number });
    expect(() => twin.apply(untyped('5'))).toThrow('cannot let the string "5" as ms pass (a whole number from 0 up)');
    expect(() => twin.apply(untyped(undefined))).toThrow('cannot let undefined as ms pass');
    expect(() => twin.apply(untyped(null))).toThrow('cannot let null as ms pass');
    expect(() => twin.apply(untyped('\x1b[2J'))).toThrow('the string "\\x1b[2J" as ms');
    expect(() => twin.apply(untyped(1.5))).toThrow('cannot let 1.5 ms pass');
    expect(twin.sim.now).toBe(0);
  });

  it("refuses a twin's fractional wait (a key held at speed 2.3 once hung the clock)", () => {
    const twin = Twin.create('smartcode-913', { seed: 1 });
    twin.apply({ do: 'hold', key: 'program' });
    twin.apply({ do: 'wait', ms: 230 });
    const before = twin.sim.now;
    expect(() => twin.apply({ do: 'wait', ms: 4599.999999999999 })).toThrow(VirtualTimeError);
    expect(twin.sim.now).toBe(before);
    twin.apply({ do: 'wait', ms: 4600 });
    expect(twin.sim.now).toBe(before + 4600);
  });

  it("refuses a twin's bad hold or pause before any part of it is done: no key left down, no input traced", () => {
    const bad: Action[] = [
      { do: 'hold-for', key: 'program', ms: 1.5 },
      { do: 'hold-for', key: 'program', ms: -1 },
      { do: 'hold-for', key: 'program', ms: Number.NaN },
      { do: 'hold-for', key: 'program', ms: CLOCK_LIMIT_MS },
    ];
    for (const action of bad) {
      const twin = Twin.create('smartcode-913', { seed: 1 });
      const traced = twin.trace.length;
      expect(() => twin.apply(action), JSON.stringify(action)).toThrow(RangeError);
      expect(twin.sim.now).toBe(0);
      expect(twin.trace.length).toBe(traced);
      expect(twin.actionRefusal({ do: 'press', key: 'program' })).toBeNull();
    }
    const twin = Twin.create('smartcode-913', { seed: 1 });
    twin.apply({ do: 'hold', key: '1' });
    const traced = twin.trace.length;
    expect(() => twin.apply({ do: 'release', key: '1', pauseMs: 2.5 })).toThrow(VirtualTimeError);
    expect(twin.trace.length).toBe(traced);
    expect(twin.actionRefusal({ do: 'release', key: '1' })).toBeNull(); // still held: the release was not done
  });

  it('refuses a press or typed digits that would run the clock past its limit before any key goes down', () => {
    const twin = Twin.create('smartcode-913', { seed: 1, trace: false });
    twin.apply({ do: 'wait', ms: CLOCK_LIMIT_MS - 500 });
    expect(() => twin.apply({ do: 'type', digits: '12' })).toThrow(ClockLimitError);
    expect(twin.sim.now).toBe(CLOCK_LIMIT_MS - 500);
    expect(twin.actionRefusal({ do: 'press', key: '1' })).toBeNull();
    twin.apply({ do: 'press', key: '1' }); // 400 ms: within the limit
    expect(() => twin.apply({ do: 'press', key: '2' })).toThrow(ClockLimitError);
    expect(twin.actionRefusal({ do: 'press', key: '2' })).toBeNull();
  });

  it('refuses two alarms with one name', () => {
    const sim = new Sim();
    sim.createAlarm('x', () => {});
    expect(() => sim.createAlarm('x', () => {})).toThrow(/already exists/);
  });

  it('restores a schedule from a snapshot', () => {
    const sim = new Sim();
    const log: string[] = [];
    const a = sim.createAlarm('a', () => log.push('a'));
    const b = sim.createAlarm('b', () => log.push('b'));
    a.schedule(7);
    b.schedule(7);
    const snap = sim.snapshot();
    const sim2 = new Sim();
    const log2: string[] = [];
    sim2.createAlarm('a', () => log2.push('a'));
    sim2.createAlarm('b', () => log2.push('b'));
    sim2.restore(snap);
    sim.advance(10);
    sim2.advance(10);
    expect(log2).toEqual(log);
  });

  it('restores a schedule from plain numbers by alarm index, as a snapshot restores it', () => {
    const build = () => {
      const sim = new Sim();
      const log: string[] = [];
      for (const name of ['a', 'b', 'c', 'd']) sim.createAlarm(name, () => log.push(`${name}@${sim.now}`));
      return { sim, log };
    };
    const src = build();
    const [a, b, c, d] = src.sim.alarmList;
    src.sim.advance(3);
    c.schedule(9);
    a.schedule(4);
    d.schedule(9); // a tie with c, scheduled after it
    b.schedule(20);
    b.cancel();
    const times = src.sim.alarmList.map((x) => [x.at, x.seq] as const);
    // The queue's order must come from the restored times and sequences, not from the order the
    // alarms are listed or were last linked in: give the copy a different history first.
    const copy = build();
    copy.sim.alarmList[3].schedule(1);
    copy.sim.alarmList[1].schedule(2);
    copy.sim.setClock(src.sim.now, src.sim.seq);
    copy.sim.alarmList.forEach((x, i) => x.setTimes(times[i][0], times[i][1]));
    copy.sim.requeue();
    const viaSnapshot = build();
    viaSnapshot.sim.restore(src.sim.snapshot());
    for (const run of [src, copy, viaSnapshot]) run.sim.advance(30);
    expect(src.log).toEqual(['a@7', 'c@12', 'd@12']);
    expect(copy.log).toEqual(src.log);
    expect(viaSnapshot.log).toEqual(src.log);
    expect(copy.sim.seq).toBe(src.sim.seq);
    expect(copy.sim.alarmList[1].scheduled).toBe(false);
  });
});

describe('Prng', () => {
  it('replays from its seed and keeps part streams independent', () => {
    const a = Prng.forPart(42, 'buttons');
    const b = Prng.forPart(42, 'buttons');
    const c = Prng.forPart(42, 'eeprom');
    const seqA = Array.from({ length: 8 }, () => a.nextUint32());
    const seqB = Array.from({ length: 8 }, () => b.nextUint32());
    const seqC = Array.from({ length: 8 }, () => c.nextUint32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('restores its state', () => {
    const a = new Prng(9);
    a.nextUint32();
    const st = a.getState();
    const next = a.nextUint32();
    const b = new Prng(1);
    b.setState(st);
    expect(b.nextUint32()).toBe(next);
  });

  it('draws integers in range', () => {
    const p = new Prng(3);
    for (let i = 0; i < 1000; i++) {
      const v = p.int(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
    }
  });
});

describe('Trace', () => {
  it('hashes equal traces equally and different traces differently', () => {
    const t1 = new Trace();
    const t2 = new Trace();
    t1.push(1, 'led', { color: 'red', flashes: 3 });
    t2.push(1, 'led', { color: 'red', flashes: 3 });
    expect(hashTrace(t1.entries)).toBe(hashTrace(t2.entries));
    t2.push(2, 'beep', { count: 3 });
    expect(hashTrace(t1.entries)).not.toBe(hashTrace(t2.entries));
  });

  it('records nothing when disabled', () => {
    const t = new Trace(false);
    t.push(1, 'led', {});
    expect(t.length).toBe(0);
  });
});
