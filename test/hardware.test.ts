// The physical parts on a bare kernel (mock clock): pack sag and drain, bolt travel and stalls,
// EEPROM write time and tearing, button bounce and force.
import { describe, expect, it } from 'vitest';
import { Sim } from '../src/sim/kernel.ts';
import { Prng } from '../src/sim/prng.ts';
import { Trace } from '../src/sim/trace.ts';
import { BatteryPack, BROWNOUT_VOLTS, chargeForVolts, IDLE_CURRENT_MA, PACK_CAPACITY_MAS } from '../src/hardware/battery.ts';
import { Door } from '../src/hardware/door.ts';
import { BOLT_STROKE, MotorBolt, STALL_TRIP_MS, STRIKE_ENTRY_POS } from '../src/hardware/motor-bolt.ts';
import { Eeprom, EEPROM_MIN_WRITE_VOLTS, EEPROM_PAGE_WRITE_MS } from '../src/hardware/eeprom.ts';
import { BOUNCE_WINDOW_MS, Buttons, LIGHT_TAP_N } from '../src/hardware/buttons.ts';

const TRAVEL_MS = 900;
const NORMAL_LIMIT = 1_000; // firmware NORMAL_CURRENT_LIMIT_MA
const TIGHT_LIMIT = 550; // firmware HANDING_CURRENT_LIMIT_MA

function rig(door = new Door('right', true, true)) {
  const sim = new Sim();
  const battery = new BatteryPack(6.0);
  const bolt = new MotorBolt(sim, new Trace(), battery, door, TRAVEL_MS);
  let trips = 0;
  bolt.listener = { motorTripped: () => trips++ };
  return { sim, battery, bolt, door, trips: () => trips };
}

describe('BatteryPack', () => {
  it('reads back the voltage it was given', () => {
    expect(new BatteryPack(6.0).openCircuitVolts(0)).toBeCloseTo(6.0, 6);
    expect(new BatteryPack(4.6).openCircuitVolts(0)).toBeCloseTo(4.6, 6);
    expect(chargeForVolts(99)).toBe(1);
  });

  it('sags under load, more when weak', () => {
    const fresh = new BatteryPack(6.0);
    const weak = new BatteryPack(4.6);
    fresh.setLoad('motor', 500, 0);
    weak.setLoad('motor', 500, 0);
    expect(fresh.loadedVolts()).toBeGreaterThan(BROWNOUT_VOLTS);
    expect(weak.loadedVolts()).toBeLessThan(BROWNOUT_VOLTS);
  });

  it('drains by current × time, integrated across idle jumps', () => {
    const b = new BatteryPack(6.0);
    const before = b.chargeMAs;
    b.account(3_600_000); // one idle hour
    expect(before - b.chargeMAs).toBeCloseTo(IDLE_CURRENT_MA * 3_600, 6);
    b.setLoad('motor', 500, 3_600_000);
    b.account(3_601_000); // one second of motor
    expect(before - b.chargeMAs).toBeCloseTo(IDLE_CURRENT_MA * 3_601 + 500, 3);
    expect(b.chargeMAs).toBeLessThan(PACK_CAPACITY_MAS);
  });

  it('reads its charge and volts at a later moment without accounting them', () => {
    const b = new BatteryPack(6.0);
    const before = b.chargeMAs;
    const year = 365 * 86_400_000;
    expect(b.chargeAt(year)).toBeCloseTo(before - (IDLE_CURRENT_MA * year) / 1000, 3);
    expect(b.openCircuitVolts(year)).toBeLessThan(b.openCircuitVolts(0) - 0.1);
    expect(b.chargeMAs).toBe(before); // a reading, not an accounting
    b.remove(0);
    expect(b.chargeAt(year)).toBe(before); // out of the lock, it does not drain
  });

  it('says the first whole ms at which its idle draw alone no longer holds the electronics up', () => {
    for (const volts of [6.0, 4.8, 4.3, 4.21]) {
      const b = new BatteryPack(volts);
      const at = b.idleRunsOutAt();
      const justBefore = new BatteryPack(volts);
      justBefore.account(at - 1);
      expect(justBefore.sustainsElectronics()).toBe(true);
      b.account(at);
      expect(b.sustainsElectronics()).toBe(false);
    }
    // Already below it: now.
    const flat = new BatteryPack(4.0);
    flat.account(5_000);
    expect(flat.idleRunsOutAt()).toBe(5_000);
  });

  it('keeps the drain so far when told it is put in while it is in', () => {
    const b = new BatteryPack(6.0);
    b.insert(undefined, 3_600_000);
    expect(new BatteryPack(6.0).chargeMAs - b.chargeMAs).toBeCloseTo(IDLE_CURRENT_MA * 3_600, 6);
  });
});

describe('MotorBolt', () => {
  it('throws the bolt in its travel time and trips at the end stop', () => {
    const r = rig();
    r.bolt.drive('cw', NORMAL_LIMIT);
    r.sim.advance(TRAVEL_MS - 50);
    expect(r.bolt.state()).toBe('moving');
    r.sim.advance(50 + STALL_TRIP_MS + 5);
    expect(r.trips()).toBe(1);
    expect(r.bolt.state()).toBe('extended');
    expect(r.bolt.sensor()).toBe('extended');
  });

  it('turns the other way on a left-handed door', () => {
    const r = rig(new Door('left', true, true));
    r.bolt.drive('ccw', NORMAL_LIMIT);
    r.sim.advance(2_000);
    expect(r.bolt.state()).toBe('extended');
  });

  it('stalls at a misaligned strike with the door closed (S17)', () => {
    const r = rig(new Door('right', false, false));
    r.bolt.drive('cw', NORMAL_LIMIT);
    r.sim.advance(2_000);
    expect(r.trips()).toBe(1);
    expect(r.bolt.state()).toBe('jammed');
    expect(r.bolt.pos).toBe(STRIKE_ENTRY_POS);
  });

  it("closed-door friction passes the normal limit but trips the handing limit (S17)", () => {
    const normal = rig(new Door('right', false, true));
    normal.bolt.drive('cw', NORMAL_LIMIT);
    normal.sim.advance(2_000);
    expect(normal.bolt.state()).toBe('extended');
    const tight = rig(new Door('right', false, true));
    tight.bolt.drive('cw', TIGHT_LIMIT);
    tight.sim.advance(2_000);
    expect(tight.bolt.sensor()).toBe('between');
    expect(tight.bolt.state()).toBe('jammed');
  });

  it('stalls when someone holds the bolt (S16)', () => {
    const r = rig();
    r.bolt.drive('cw', TIGHT_LIMIT);
    r.sim.advance(300);
    r.bolt.push();
    r.sim.advance(STALL_TRIP_MS + 1);
    expect(r.trips()).toBe(1);
    expect(r.bolt.state()).toBe('jammed');
  });

  it('moves by hand only as far as a misaligned strike lets it', () => {
    const r = rig(new Door('right', false, false));
    r.bolt.manualMove(true);
    expect(r.bolt.pos).toBe(STRIKE_ENTRY_POS);
    r.door.strikeAligned = true;
    r.bolt.manualMove(true);
    expect(r.bolt.pos).toBe(BOLT_STROKE);
    r.bolt.manualMove(false);
    expect(r.bolt.state()).toBe('retracted');
  });

  it('restores mid-travel from a snapshot and finishes the same way', () => {
    const r = rig();
    r.bolt.drive('cw', NORMAL_LIMIT);
    r.sim.advance(400);
    const snapSim = r.sim.snapshot();
    const snapBolt = r.bolt.snapshot();
    const r2 = rig();
    r2.sim.restore(snapSim);
    r2.bolt.restore(snapBolt);
    r.sim.advance(1_000);
    r2.sim.advance(1_000);
    expect(r2.bolt.snapshot()).toEqual(r.bolt.snapshot());
  });
});

describe('Eeprom', () => {
  it('lands a write after its page time', () => {
    const sim = new Sim();
    const e = new Eeprom(sim, new Prng(1), 128, { loadedVolts: () => 6 });
    let done = 0;
    e.listener = { eepromWriteDone: () => done++, eepromPowerCut: () => {} };
    e.write(0, new Uint8Array(64).fill(7)); // two pages
    sim.advance(2 * EEPROM_PAGE_WRITE_MS - 1);
    expect(done).toBe(0);
    expect(e.bytes[0]).toBe(0xff);
    sim.advance(1);
    expect(done).toBe(1);
    expect(e.bytes[63]).toBe(7);
  });

  it('tears the page in flight when power is lost', () => {
    const sim = new Sim();
    const e = new Eeprom(sim, new Prng(1), 128, { loadedVolts: () => 6 });
    e.write(0, new Uint8Array(96).fill(7)); // three pages
    sim.advance(EEPROM_PAGE_WRITE_MS + 2); // first page done, second in flight
    e.powerLost();
    expect(Array.from(e.bytes.subarray(0, 32)).every((b) => b === 7)).toBe(true);
    expect(Array.from(e.bytes.subarray(64, 96)).every((b) => b === 0xff)).toBe(true);
    expect(e.busy).toBe(false);
  });

  it('counts every change of its content, and nothing else (the model checker relies on it)', () => {
    const sim = new Sim();
    const e = new Eeprom(sim, new Prng(1), 128, { loadedVolts: () => 6 });
    let count = e.changeCount;
    const changed = (expected: boolean): void => {
      expect(e.changeCount !== count).toBe(expected);
      count = e.changeCount;
    };
    e.read(0, 16);
    e.write(0, new Uint8Array(32).fill(1));
    changed(false); // in flight: nothing stored yet
    sim.advance(EEPROM_PAGE_WRITE_MS);
    changed(true); // landed
    e.write(0, new Uint8Array(64).fill(2));
    sim.advance(1);
    e.powerLost();
    changed(true); // torn
    e.powerLost();
    changed(false); // nothing in flight
    e.glitch(1, 2);
    changed(true);
    e.preload(new Uint8Array(8), 0);
    changed(true);
    e.restoreRaw(null, null, false);
    changed(false); // "the content is already the one to restore"
    e.restoreRaw(new Uint8Array(128), null, false);
    changed(true);
    e.restore(e.snapshot());
    changed(true);
  });
});

describe('Eeprom at low voltage (seed S5)', () => {
  it('stores wrong bits when written below its minimum voltage, right ones above', () => {
    for (const [volts, intact] of [[6, true], [EEPROM_MIN_WRITE_VOLTS - 0.01, false]] as const) {
      const sim = new Sim();
      const e = new Eeprom(sim, new Prng(1), 64, { loadedVolts: () => volts });
      e.write(0, new Uint8Array(64).fill(0x55));
      sim.advance(100);
      expect(Array.from(e.bytes).every((b) => b === 0x55)).toBe(intact);
    }
  });
});

describe('Buttons', () => {
  it('bounces some presses for a few ms, from its seed, and reports the quiet time', () => {
    const sim = new Sim();
    const b = new Buttons(sim, new Prng(5), 2);
    const quiet: number[] = [];
    b.listener = { buttonEdge: (_k, quietFrom) => quiet.push(quietFrom - sim.now) };
    for (let i = 0; i < 20; i++) {
      b.down('1');
      sim.advance(50);
      b.up('1');
      sim.advance(50);
    }
    expect(quiet.length).toBe(40);
    expect(quiet.some((d) => d > 0)).toBe(true);
    expect(quiet.some((d) => d === 0)).toBe(true);
    expect(quiet.every((d) => d >= 0 && d <= BOUNCE_WINDOW_MS)).toBe(true);
    expect(b.isHeld('1')).toBe(false);
  });

  it('does not close for a press lighter than the keypad needs (S14)', () => {
    const sim = new Sim();
    const b = new Buttons(sim, new Prng(5), LIGHT_TAP_N + 1);
    expect(b.down('5', LIGHT_TAP_N)).toBe(false);
    expect(b.isHeld('5')).toBe(false);
  });
});
