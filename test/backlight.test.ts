// The keypad backlight (src/hardware/backlight.ts, an assumed behaviour: no source gives its
// timing): lit by a keypad contact edge while powered, for BACKLIGHT_ON_MS after the last one
// and while a keypad key is held; dark without power; not lit by the interior buttons; kept by
// snapshot/restore; and it adds nothing to the trace.
import { describe, expect, it } from 'vitest';
import { BACKLIGHT_ON_MS, backlightLit } from '../src/hardware/backlight.ts';
import { Twin, KEY_GAP_MS, PRESS_MS, type TwinSnapshot } from '../src/twin/twin.ts';

const make = () => Twin.create('smartcode-913', { seed: 3, doorOpen: true, codes: { 1: '1357' } });

describe('backlightLit', () => {
  it('is a pure function of power, the last keypad edge and a held key', () => {
    expect(backlightLit({ powered: true, keypadEdgeAt: -1, keypadHeld: false }, 0)).toBe(false);
    expect(backlightLit({ powered: true, keypadEdgeAt: 100, keypadHeld: false }, 100 + BACKLIGHT_ON_MS - 1)).toBe(true);
    expect(backlightLit({ powered: true, keypadEdgeAt: 100, keypadHeld: false }, 100 + BACKLIGHT_ON_MS)).toBe(false);
    expect(backlightLit({ powered: true, keypadEdgeAt: 100, keypadHeld: true }, 100 + 10 * BACKLIGHT_ON_MS)).toBe(true);
    expect(backlightLit({ powered: false, keypadEdgeAt: 100, keypadHeld: true }, 101)).toBe(false);
  });
});

describe('the twin keypad backlight', () => {
  it('is dark until a key is touched, lit from the press, dark BACKLIGHT_ON_MS after the release', () => {
    const t = make();
    expect(t.keypadBacklit).toBe(false);
    t.apply({ do: 'hold', key: '5' });
    expect(t.keypadBacklit).toBe(true);
    t.apply({ do: 'wait', ms: 3 * BACKLIGHT_ON_MS }); // held: stays lit
    expect(t.keypadBacklit).toBe(true);
    t.apply({ do: 'release', key: '5' }); // the release is an edge too; KEY_GAP_MS passes after it
    t.apply({ do: 'wait', ms: BACKLIGHT_ON_MS - KEY_GAP_MS - 1 });
    expect(t.keypadBacklit).toBe(true);
    t.apply({ do: 'wait', ms: 1 });
    expect(t.keypadBacklit).toBe(false);
  });

  it('is lit by the Lock button but not by Program', () => {
    const t = make();
    t.apply({ do: 'press', key: 'program' });
    expect(t.keypadBacklit).toBe(false);
    t.apply({ do: 'wait', ms: 10_000 });
    t.apply({ do: 'press', key: 'lock' });
    expect(t.keypadBacklit).toBe(true);
    expect(t.buttons.keypadEdgeAt).toBe(t.sim.now - KEY_GAP_MS);
  });

  it('goes dark without power, and a touch while unpowered does not light it at power-up', () => {
    const t = make();
    t.apply({ do: 'press', key: '1' });
    t.apply({ do: 'battery-out' });
    expect(t.keypadBacklit).toBe(false);
    t.apply({ do: 'press', key: '2' });
    t.apply({ do: 'battery-in' });
    expect(t.powered).toBe(true);
    expect(t.keypadBacklit).toBe(false);
    t.apply({ do: 'press', key: '3' });
    expect(t.keypadBacklit).toBe(true);
  });

  it('a light tap that does not close the contact does not light it (seed S14)', () => {
    const t = Twin.create('powerbolt-92640-001', { seed: 3 });
    t.apply({ do: 'type', digits: '12', force: 'light' });
    expect(t.keypadBacklit).toBe(false);
    t.apply({ do: 'type', digits: '1' });
    expect(t.keypadBacklit).toBe(true);
  });

  it('survives snapshot and restore, and snapshots without it restore dark', () => {
    const t = make();
    t.apply({ do: 'type', digits: '13' });
    const snap = JSON.parse(JSON.stringify(t.snapshot())) as TwinSnapshot;
    const r = Twin.restore(snap);
    expect(JSON.stringify(r.snapshot())).toBe(JSON.stringify(snap));
    expect(r.keypadBacklit).toBe(true);
    expect(r.buttons.keypadEdgeAt).toBe(t.buttons.keypadEdgeAt);
    const old = JSON.parse(JSON.stringify(snap)) as TwinSnapshot;
    delete old.buttons.keypadEdgeAt;
    expect(Twin.restore(old).keypadBacklit).toBe(false);
  });

  it('adds nothing to the trace', () => {
    const t = make();
    t.apply({ do: 'type', digits: '1357' });
    t.apply({ do: 'wait', ms: PRESS_MS + 2 * BACKLIGHT_ON_MS });
    // the shipped scenarios' trace hashes are unchanged by it; here: no channel of its own
    expect([...new Set(t.trace.entries.map((e) => e.ch))].sort()).toEqual(['beep', 'bolt', 'event', 'input', 'led', 'mode', 'power']);
  });
});
