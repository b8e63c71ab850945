// The cable from the exterior assembly (keypad, Lock button) to the interior one: unplugged, no
// exterior key reaches the firmware, the interior still works, the codes stay; the 915/916 beep
// on and on while it is out ("Lock beeps continuously — Interior assembly is disconnected from
// exterior", product-facts M5, M6), the keypad models stay silent (assumed: none documented).
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';
import { givenOfTwin } from '../src/scenario/given-of-twin.ts';
import { findModel } from '../src/models/index.ts';
import { decodeObservation } from '../src/troubleshoot/decode.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { applicableSignals } from '../src/troubleshoot/signal-scope.ts';
import { keyBit } from '../src/hardware/buttons.ts';
import type { TraceEntry } from '../src/sim/trace.ts';

const CODE = '2468';
const ALERT_EVERY_MS = findModel('smartcode-916')!.exteriorLink.alertEveryMs!;

function lock(model: string): Twin {
  return Twin.create(model, { seed: 5, codes: { 1: CODE }, mastercode: 'none', boltExtended: true });
}

function since(twin: Twin, t: number, ch: string): TraceEntry[] {
  return twin.trace.entries.filter((e) => e.t >= t && e.ch === ch);
}

describe('the exterior assembly unplugged', () => {
  it('on a 916: one long beep each alert period, no light, until it is plugged back in', () => {
    const twin = lock('smartcode-916');
    twin.apply({ do: 'wait', ms: 1_000 });
    const from = twin.sim.now;
    twin.apply({ do: 'exterior', state: 'disconnected' });
    twin.apply({ do: 'wait', ms: 10 * ALERT_EVERY_MS - 1 });
    const beeps = since(twin, from, 'beep');
    expect(beeps.map((e) => e.t - from)).toEqual(Array.from({ length: 10 }, (_, i) => i * ALERT_EVERY_MS));
    expect(beeps.every((e) => JSON.stringify(e.v) === JSON.stringify({ count: 1, long: true }))).toBe(true);
    expect(since(twin, from, 'led')).toEqual([]);
    twin.apply({ do: 'exterior', state: 'connected' });
    const back = twin.sim.now;
    twin.apply({ do: 'wait', ms: 60_000 });
    expect(since(twin, back, 'beep')).toEqual([]);
    expect(twin.firmware.s.tExterior).toBe(-1);
  });

  it('on a 916 with the audio switch off: silent, as every alert of its table', () => {
    const twin = lock('smartcode-916');
    twin.apply({ do: 'switch', n: 3, on: false });
    const from = twin.sim.now;
    twin.apply({ do: 'exterior', state: 'disconnected' });
    twin.apply({ do: 'wait', ms: 10_000 });
    expect(since(twin, from, 'beep')).toEqual([]);
  });

  it('on a 913: silent; no code reaches the firmware, the codes stay, the interior still works', () => {
    const twin = lock('smartcode-913');
    twin.apply({ do: 'wait', ms: 1_000 }); // past the power-up's status blink
    const from = twin.sim.now;
    twin.apply({ do: 'exterior', state: 'disconnected' });
    twin.apply({ do: 'type', digits: CODE });
    twin.apply({ do: 'press', key: 'lock' });
    twin.apply({ do: 'wait', ms: 10_000 });
    expect(since(twin, from, 'beep')).toEqual([]);
    expect(since(twin, from, 'led')).toEqual([]);
    expect(since(twin, from, 'event')).toEqual([]);
    expect(twin.locked).toBe(true);
    expect(twin.store().codes[0]).toBe(CODE);
    // The interior: Program still opens programming.
    twin.apply({ do: 'press', key: 'program' });
    expect(twin.mode).toBe('prog-menu');
  });

  it('a key held as the cable goes reads released to the firmware, and pressed again as it comes back', () => {
    const twin = lock('smartcode-913');
    twin.apply({ do: 'hold', key: '5' });
    twin.apply({ do: 'wait', ms: 100 });
    expect(twin.firmware.s.keyMask & keyBit('5')).not.toBe(0);
    twin.apply({ do: 'exterior', state: 'disconnected' });
    twin.apply({ do: 'wait', ms: 100 });
    expect(twin.buttons.isHeld('5')).toBe(true); // the finger is still on it
    expect(twin.firmware.s.keyMask & keyBit('5')).toBe(0);
    twin.apply({ do: 'exterior', state: 'connected' });
    twin.apply({ do: 'wait', ms: 100 });
    expect(twin.firmware.s.keyMask & keyBit('5')).not.toBe(0);
  });

  it('the alert starts at power-up when the cable is out, and the keypad backlight stays dark', () => {
    const twin = lock('smartcode-916');
    twin.apply({ do: 'battery-out' });
    twin.apply({ do: 'exterior', state: 'disconnected' });
    twin.apply({ do: 'wait', ms: 5_000 });
    const from = twin.sim.now;
    twin.apply({ do: 'battery-in' });
    twin.apply({ do: 'wait', ms: ALERT_EVERY_MS - 1 });
    expect(since(twin, from, 'beep')).toHaveLength(1);
    twin.apply({ do: 'hold', key: '1' });
    expect(twin.keypadBacklit).toBe(false);
  });

  it('a snapshot keeps it: the continuation matches, and a plugged-in lock writes neither field', () => {
    const plugged = lock('smartcode-916').snapshot();
    expect(plugged.buttons).not.toHaveProperty('exteriorLinked');
    expect(plugged.firmware).not.toHaveProperty('tExterior');

    const twin = lock('smartcode-916');
    twin.apply({ do: 'exterior', state: 'disconnected' });
    twin.apply({ do: 'wait', ms: 2_500 });
    const snap = JSON.parse(JSON.stringify(twin.snapshot()));
    expect(snap.buttons.exteriorLinked).toBe(false);
    const restored = Twin.restore(checkSnapshot(snap));
    const steps = [{ do: 'type', digits: CODE }, { do: 'wait', ms: 3_000 }, { do: 'exterior', state: 'connected' }, { do: 'type', digits: CODE }, { do: 'wait', ms: 3_000 }] as const;
    const n = twin.trace.entries.length;
    for (const s of steps) {
      twin.apply(s);
      restored.apply(s);
    }
    expect(restored.trace.entries).toEqual(twin.trace.entries.slice(n));
    expect(twin.locked).toBe(false);
    // A snapshot that says the cable is plugged in says so by leaving the field out.
    expect(() => checkSnapshot({ ...snap, buttons: { ...snap.buttons, exteriorLinked: true } })).toThrow(/buttons\.exteriorLinked/);
  });

  it('a recording that starts from an unplugged lock unplugs it first', () => {
    const twin = lock('smartcode-913');
    twin.apply({ do: 'exterior', state: 'disconnected' });
    expect(givenOfTwin(twin).firstSteps).toEqual([{ do: 'exterior', state: 'disconnected' }]);
  });
});

describe('decoding "the lock beeps continuously"', () => {
  it('on the 916 reads it as the exterior unplugged first; the keypad models have no such signal', () => {
    const said = parseSignalText('lock beeps continuously');
    const on916 = decodeObservation(findModel('smartcode-916')!, said);
    expect(on916[0]?.signal).toBe('exteriorDisconnected');
    expect(on916[0]?.looksLike).toBe('no light with 1 long beep, again every 1 s, on and on');
    expect(applicableSignals(findModel('smartcode-913')!)).not.toContain('exteriorDisconnected');
  });
});

describe('the exterior cable in words', () => {
  it('a scenario step and a REPL command name a wrong state where it is', async () => {
    const { parseScenario } = await import('../src/scenario/parse.ts');
    const { parseLine } = await import('../src/cli/repl/parse.ts');
    const text = 'name: x\nmodel: smartcode-913\nsteps:\n  - exterior: sideways\n';
    expect(() => parseScenario(text, 'x.yaml')).toThrow(/x\.yaml:4:15: .*exterior cable state.*connected, disconnected/);
    expect(parseScenario(text.replace('sideways', 'disconnected'), 'x.yaml').steps[0]).toMatchObject({ do: 'exterior', state: 'disconnected' });
    expect(() => parseLine('exterior sideways')).toThrow(/exterior cable state/);
    expect(parseLine('exterior connected')).toMatchObject({ action: { do: 'exterior', state: 'connected' } });
  });
});
