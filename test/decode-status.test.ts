// `lockstep decode` reading the status light's slow blink (product-facts K3: green unlocked, amber
// locked, red low battery, every 6 s; M16: every 5 s on the 909): no signal of the model's table,
// so it is read beside it. What the reading tells the owner is held against each model's twin: the
// colour it names for locked, unlocked and a low pack is the one the twin blinks, as often.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { readStatusBlink } from '../src/troubleshoot/status-reading.ts';
import { Twin } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';
import { modelOf } from './model-of.ts';

const LOW_PACK_VOLTS = 4.7;
const BOLT_MS = 3_000;

function read(id: string, text: string) {
  return readStatusBlink(modelOf(id), parseSignalText(text));
}

describe('what is a status blink', () => {
  it.each([
    ['blinking amber every 6 seconds', 'amber'],
    ['the light keeps blinking green', 'green'],
    ['red flash every few seconds, no beep', 'red'],
  ])('%s', (text, color) => {
    expect(read('smartcode-913', text)?.color).toBe(color);
  });

  it.each([
    'amber flash and a beep', // no repetition, and a beep: an operation's signal
    'red x3 and 3 beeps every few seconds', // a count and beeps
    'solid red', // a light that stays
    'red and green alternating every few seconds', // two colours
    'the lock beeps continuously',
    'white light flashes every few seconds', // no status colour
  ])('not: %s', (text) => {
    expect(read('smartcode-913', text)).toBeNull();
  });
});

describe('what it means, per model', () => {
  it('names the model\'s own period: every 5 s on the 909 (M16), every 6 s on the 913 (K3)', () => {
    expect(read('smartcode-909', 'blinking amber every few seconds')!.looksLike).toBe('amber, one blink every 5 s, no beep');
    expect(read('smartcode-913', 'blinking amber every few seconds')!.looksLike).toBe('amber, one blink every 6 s, no beep');
    expect(read('smartcode-909', 'blinking red every few seconds')!.meaning).toMatch(/even with switch 1 off \(product-facts M16\)/);
    expect(read('smartcode-913', 'blinking red every few seconds')!.meaning).not.toMatch(/switch 1 off/);
    // With the half-finished reset's cancel, cited as the doctor's (reset-intent.ts): the 909's confirming press is S3.
    expect(read('smartcode-909', 'blinking red every few seconds')!.cite).toBe('product-facts K3, M16, S11; seed S25, S24; unverified product-facts S3; the pack cycle cancelling it: assumed');
  });

  it('held against every model\'s twin: unlocked green, locked amber, a low pack red, as often as the reading says', () => {
    for (const m of MODELS) {
      const t = new Twin(m, { seed: 1, door: 'right', handed: 'right', doorOpen: true, boltExtended: false });
      const now = () => ({ color: t.indicators.status, every: t.indicators.statusEveryMs });
      const says = (color: string) => {
        const r = readStatusBlink(m, parseSignalText(`blinking ${color} every few seconds`))!;
        return { color: r.color, every: Number(/every (\d+) s/.exec(r.looksLike)![1]) * 1000, label: r.label };
      };
      expect(now(), m.id).toEqual({ color: 'green', every: says('green').every });
      expect(says('green').label).toBe('status light: unlocked');
      t.apply({ do: 'thumbturn', dir: 'lock' }); // by hand: every model senses the bolt thrown
      t.apply({ do: 'wait', ms: BOLT_MS });
      expect(t.locked, m.id).toBe(true);
      expect(now(), m.id).toEqual({ color: 'amber', every: says('amber').every });
      expect(says('amber').label).toBe('status light: locked');
      t.apply({ do: 'battery-out' });
      t.apply({ do: 'battery-in', volts: LOW_PACK_VOLTS });
      expect(now(), m.id).toEqual({ color: 'red', every: says('red').every });
      expect(says('red').label).toBe('status light: low battery');
    }
  });
});

describe('lockstep decode with a status blink (CLI)', () => {
  it('amber: the status light first, nothing wrong, the table\'s reading only as also possible', () => {
    const r = lockstep('decode', 'blinking amber every 6 seconds');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toBe('▶ status light: locked: amber, one blink every 6 s, no beep');
    expect(r.out).toContain('Nothing is wrong.');
    expect(r.out).toMatch(/Also possible: locking \(amber ×1 with 1 beep\)/);
  });

  it('red with no symptom: low battery first; red on a lock that ignores its codes: the table first (seed S24, S25)', () => {
    expect(lockstep('decode', 'the light blinks red every 5 seconds').out.split('\n')[1]).toMatch(/^▶ status light: low battery/);
    const ignored = lockstep('decode', 'keypad ignores every code, the light keeps blinking red').out;
    expect(ignored.split('\n')[1]).toMatch(/^▶ low battery/);
    expect(ignored).not.toContain('status light'); // the table already said low battery
  });

  it('--json carries the reading as `status`, null where the light is no status blink', () => {
    const j = JSON.parse(lockstep('decode', '--json', '--model', 'smartcode-909', 'green blink every few seconds').out);
    expect(j.status).toMatchObject({ label: 'status light: unlocked', color: 'green', looksLike: 'green, one blink every 5 s, no beep', cite: 'product-facts K3, M16' });
    expect(JSON.parse(lockstep('decode', '--json', 'red x3 and 3 beeps').out).status).toBeNull();
  });
});
