// The kernel's and the parts' fast paths give exactly what the plain forms they replaced gave:
// the PRNG on signed 32-bit words against the textbook unsigned sfc32, modUint32 against `%`,
// the contact's bounce count (a remainder by a literal) against modUint32 and its bounce end (a
// mask) against the branch it replaced, the battery curve's remembered segment against a search
// from the first point, the pack's brown-out check that a full enough pack answers without reading
// its curves against the curves, the firmware's next deadline (one sum for the seven rare ones)
// against a scan of all nine, the linked alarm queue against a scan of every alarm for the earliest
// (time, sequence), and the code search that answers entries shorter than any storable code
// without looking against a full search.
import { BROWNOUT_VOLTS, BatteryPack, IDLE_BROWNOUT_CHARGE_MAS, IDLE_CURRENT_MA, OCV_POINTS, PACK_CAPACITY_MAS, SURE_CHARGE_MAS, SURE_LOAD_MA } from '../src/hardware/battery.ts';
import { describe, expect, it } from 'vitest';
import { CLOCK_LIMIT_MS, Sim } from '../src/sim/kernel.ts';
import { initialState, nextDeadline } from '../src/firmware/state.ts';
import { hashString32, modUint32, Prng } from '../src/sim/prng.ts';
import { Curve } from '../src/hardware/curve.ts';
import { BOUNCE_WINDOW_MS, Buttons, MAX_BOUNCES, bounceCount } from '../src/hardware/buttons.ts';
import { findCode, patternOnKeypad } from '../src/firmware/code-store.ts';
import { Twin } from '../src/twin/twin.ts';
import { MODELS } from '../src/models/index.ts';
import type { Fw } from '../src/firmware/context.ts';

/** sfc32 as first written: unsigned words, `>>> 0` after every step. */
class ReferenceSfc32 {
  a: number;
  b: number;
  c: number;
  d = 1;
  constructor(seed: number, stream: string) {
    const s = seed >>> 0;
    this.a = hashString32(stream, 0x9e3779b9 ^ s);
    this.b = hashString32(stream, 0x243f6a88 + s);
    this.c = hashString32(stream, 0xb7e15162 ^ Math.imul(s, 3));
    for (let i = 0; i < 12; i++) this.next();
  }
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }
  state(): number[] {
    return [this.a, this.b, this.c, this.d];
  }
}

function interpolateFromFirst(points: ReadonlyArray<readonly [number, number]>, x: number): number {
  if (x <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const hi = points[i];
    if (x <= hi[0]) {
      const lo = points[i - 1];
      return lo[1] + ((hi[1] - lo[1]) * (x - lo[0])) / (hi[0] - lo[0]);
    }
  }
  return points[points.length - 1][1];
}

describe('Prng on signed words', () => {
  it('draws the same numbers and snapshots the same state as unsigned sfc32', () => {
    for (const [seed, stream] of [[1, 'buttons'], [20240601, 'eeprom'], [0xffffffff, 'tag'], [7, '']] as const) {
      const fast = new Prng(seed, stream);
      const ref = new ReferenceSfc32(seed, stream);
      expect(fast.getState()).toEqual(ref.state());
      for (let i = 0; i < 5_000; i++) {
        expect(fast.nextUint32()).toBe(ref.next());
        if (i % 997 === 0) expect(fast.getState()).toEqual(ref.state());
      }
    }
  });

  it('continues identically after a state round trip', () => {
    const a = new Prng(42, 'buttons');
    for (let i = 0; i < 100; i++) a.nextInt32();
    const b = new Prng(1, 'other');
    b.setState(a.getState());
    expect(b.getState()).toEqual(a.getState());
    for (let i = 0; i < 100; i++) expect(b.nextInt32()).toBe(a.nextInt32());
  });

  it('int(n) is the unsigned draw modulo n', () => {
    const fast = new Prng(9, 'x');
    const ref = new ReferenceSfc32(9, 'x');
    for (const n of [1, 2, 3, 7, 8, 10, 256, 301, 0x8000, 0x8001, 1_000_000]) {
      for (let i = 0; i < 500; i++) expect(fast.int(n)).toBe(ref.next() % n);
    }
  });
});

describe('modUint32', () => {
  it('equals % on the unsigned value, given either form of the bits', () => {
    const edges = [0, 1, 2, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff, 0x1_0000, 0xffff];
    const ref = new ReferenceSfc32(3, 'mod');
    const xs = [...edges, ...Array.from({ length: 2_000 }, () => ref.next())];
    for (const n of [1, 2, 3, 5, 10, 255, 256, 4_097, 0x7fff, 0x8000, 0x8001, 0xffff_ffff]) {
      for (const x of xs) {
        expect(modUint32(x, n)).toBe(x % n);
        expect(modUint32(x | 0, n)).toBe(x % n);
      }
    }
  });
});

describe('bounceCount', () => {
  it('is the unsigned draw modulo MAX_BOUNCES + 1, as modUint32 gives it, for either form of the bits', () => {
    const edges = [0, 1, 2, 3, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff, 0x1_0000, 0xffff, 0x1_ffff];
    const ref = new ReferenceSfc32(4, 'bounce');
    const xs = [...edges, ...Array.from({ length: 5_000 }, () => ref.next())];
    const seen = new Set<number>();
    for (const x of xs) {
      expect(bounceCount(x | 0)).toBe(x % (MAX_BOUNCES + 1));
      expect(bounceCount(x)).toBe(modUint32(x, MAX_BOUNCES + 1));
      seen.add(bounceCount(x | 0));
    }
    expect([...seen].sort()).toEqual(Array.from({ length: MAX_BOUNCES + 1 }, (_, i) => i));
  });
});

describe('Buttons bounce end', () => {
  it('is the press time when the contact does not bounce, else 1 + (draw >>> 8) mod BOUNCE_WINDOW_MS later, as the branch gave it', () => {
    const sim = new Sim();
    const buttons = new Buttons(sim, new Prng(8, 'buttons'), 0);
    const draws = new Prng(8, 'buttons');
    const quiet: number[] = [];
    buttons.listener = { buttonEdge: (_key, quietFrom) => quiet.push(quietFrom) };
    const delays = new Set<number>();
    for (let i = 0; i < 3_000; i++) {
      sim.advance(i % 7);
      buttons.down('5');
      buttons.up('5');
      for (const at of quiet.splice(0)) {
        const draw = draws.nextInt32();
        const expected = bounceCount(draw) === 0 ? sim.now : sim.now + 1 + ((draw >>> 8) % BOUNCE_WINDOW_MS);
        expect(at).toBe(expected);
        delays.add(at - sim.now);
      }
    }
    expect([...delays].sort()).toEqual(Array.from({ length: BOUNCE_WINDOW_MS + 1 }, (_, i) => i));
  });
});

describe('Curve', () => {
  const points = OCV_POINTS; // the battery's own open-circuit curve

  it('gives the same number as a search from the first point, whatever it looked up before', () => {
    const curve = new Curve(points);
    const ref = new ReferenceSfc32(5, 'curve');
    const xs = [-1, 0, 1e-9, 0.05, 0.0500001, 0.1, 0.2, 0.5, 0.9, 0.99, 1, 1.5, NaN, Infinity, -Infinity];
    for (let i = 0; i < 3_000; i++) xs.push(ref.next() / 2 ** 32 - 0.1, 0.98 - i * 1e-7);
    for (const x of xs) expect(Object.is(curve.at(x), interpolateFromFirst(points, x))).toBe(true);
  });
});

describe('BatteryPack.sustainsElectronics', () => {
  it('answers as the loaded voltage against BROWNOUT_VOLTS does, above and below SURE_CHARGE_MAS and at every load', () => {
    const capacity = PACK_CAPACITY_MAS;
    const charges = [0, 1, SURE_CHARGE_MAS, SURE_CHARGE_MAS * (1 - 1e-15), SURE_CHARGE_MAS * (1 + 1e-15), capacity, IDLE_BROWNOUT_CHARGE_MAS];
    const ref = new ReferenceSfc32(3, 'pack');
    for (let i = 0; i < 2_000; i++) charges.push((ref.next() / 2 ** 32) * capacity);
    const motor = [0, 400, 650, 1_500, SURE_LOAD_MA, SURE_LOAD_MA + 1, 5_000];
    for (const charge of charges) {
      for (const mA of motor) {
        for (const lit of [false, true]) {
          const pack = new BatteryPack();
          pack.chargeMAs = charge;
          pack.setLoad('motor', mA, 0);
          if (lit) pack.setLoad('led', 10, 0);
          expect(pack.sustainsElectronics()).toBe(pack.loadedVolts() >= BROWNOUT_VOLTS);
        }
      }
    }
  });

  it('takes the fast path only where the pack is still well above the brown-out level', () => {
    const pack = new BatteryPack();
    pack.chargeMAs = SURE_CHARGE_MAS;
    pack.setLoad('motor', SURE_LOAD_MA - IDLE_CURRENT_MA, 0);
    expect(pack.loadedVolts()).toBeGreaterThan(BROWNOUT_VOLTS + 0.009);
  });
});

describe('nextDeadline', () => {
  const fields = ['tDebounce', 'tEntry', 'tProg', 'tHold', 'tHanding', 'tAutoLock', 'tLockoutEnd', 'tReminder', 'tExterior'] as const;

  it('is the earliest armed deadline, as a scan of all nine gives it, whichever are armed', () => {
    const ref = new ReferenceSfc32(6, 'deadlines');
    const times = [-1, 0, 1, 2 ** 30, 2 ** 31, 2 ** 32 - 1, CLOCK_LIMIT_MS];
    for (let i = 0; i < 20_000; i++) {
      const s = initialState(30, 3);
      for (const f of fields) {
        const r = ref.next();
        // Mostly unarmed, as in a running lock; otherwise a time of any size the clock allows.
        s[f] = r % 3 !== 0 ? -1 : r % 7 === 0 ? times[(r >>> 8) % times.length] : (r >>> 4) % 100_000;
      }
      let earliest = -1;
      for (const f of fields) if (s[f] >= 0 && (earliest < 0 || s[f] < earliest)) earliest = s[f];
      expect(nextDeadline(s)).toBe(earliest);
    }
  });
});

describe('Sim queue', () => {
  it('runs alarms in the order a scan for the earliest (time, sequence) would', () => {
    const rand = new ReferenceSfc32(11, 'queue');
    const sim = new Sim();
    const fired: string[] = [];
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const alarms = names.map((n) =>
      sim.createAlarm(n, () => {
        fired.push(`${n}@${sim.now}`);
        // Handlers reschedule and cancel others, as the twin's parts do.
        const k = rand.next() % 4;
        if (k === 0) alarms[rand.next() % alarms.length].schedule(rand.next() % 50);
        else if (k === 1) alarms[rand.next() % alarms.length].cancel();
      }),
    );
    let checks = 0;
    for (let step = 0; step < 2_000; step++) {
      const r = rand.next() % 10;
      const alarm = alarms[rand.next() % alarms.length];
      if (r < 6) alarm.schedule(rand.next() % 40);
      else if (r < 7) alarm.scheduleAt(sim.now - 5); // in the past: due now
      else if (r < 8) alarm.cancel();
      else {
        // Reference: what is due first, by a scan over every alarm.
        let best: (typeof alarms)[number] | undefined;
        for (const a of alarms) if (a.at >= 0 && (best === undefined || a.at < best.at || (a.at === best.at && a.seq < best.seq))) best = a;
        expect(sim.nextAlarm()).toBe(best);
        checks++;
        sim.advance(rand.next() % 30);
      }
    }
    expect(fired.length).toBeGreaterThan(500);
    expect(checks).toBeGreaterThan(100);
  });

  it('restores a queue whose alarms were scheduled out of name order', () => {
    const sim = new Sim();
    const log: string[] = [];
    const [x, y, z] = ['x', 'y', 'z'].map((n) => sim.createAlarm(n, () => log.push(n)));
    z.schedule(5);
    x.schedule(9);
    y.schedule(5);
    x.schedule(5);
    const copy = new Sim();
    const log2: string[] = [];
    for (const n of ['x', 'y', 'z']) copy.createAlarm(n, () => log2.push(n));
    copy.restore(sim.snapshot());
    sim.advance(10);
    copy.advance(10);
    expect(log).toEqual(['z', 'y', 'x']);
    expect(log2).toEqual(log);
  });
});

describe('findCode', () => {
  /** The search as first written: every slot, whatever the entry's length. */
  function searchEverySlot(fw: Fw, entry: string): number {
    if (entry === '') return -1;
    const per = fw.p.keypad.digitsPerKey;
    const typed = patternOnKeypad(per, entry);
    return fw.s.codes.findIndex((c) => c !== '' && patternOnKeypad(per, c) === typed);
  }

  it('answers every entry as a search of every slot does, on every model', () => {
    const rand = new Prng(11, 'find-code');
    const digits = (n: number) => Array.from({ length: n }, () => String(rand.int(10))).join('');
    let found = 0;
    let checks = 0;
    for (const model of MODELS) {
      const { minLength, maxLength, capacity } = model.codes;
      const codes: Record<number, string> = {};
      for (let i = 0; i < 6; i++) codes[1 + rand.int(capacity)] = digits(minLength + rand.int(maxLength - minLength + 1));
      const fw = Twin.create(model.id, { seed: 1, codes }).firmware;
      const stored = fw.s.codes.filter((c) => c !== '');
      for (let i = 0; i < 400; i++) {
        // Prefixes of stored codes (short and whole) and random entries of every length.
        const entry = i % 2 === 0 ? stored[rand.int(stored.length)].slice(0, rand.int(maxLength + 1)) : digits(rand.int(maxLength + 2));
        const expected = searchEverySlot(fw, entry);
        expect(findCode(fw, entry), `${model.id} "${entry}"`).toBe(expected);
        if (expected >= 0) found++;
        checks++;
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(checks).toBe(MODELS.length * 400);
  });

  it('relies on a rule the given store cannot break: no code shorter than the model allows', () => {
    expect(() => Twin.create('smartcode-913', { codes: { 2: '123' } })).toThrow('code "123" in slot 2 has 3 digits; a smartcode-913 code has 4–8');
    expect(() => Twin.create('smartcode-913', { codes: { 2: '1234' } })).not.toThrow();
  });
});
