// `lockstep decode` reading digits lit on the keypad (product-facts M5, M7): on a 915/916 that is
// SecureScreen, switch 4 on; on the other models there is no such screen, and the decoder says
// so instead of guessing. What the reading tells the owner is held against the twin of the 916:
// the count it names is what a touch shows, and a code typed straight on gets the answer it names.
import { describe, expect, it } from 'vitest';
import { parseSignalText, describeObservation } from '../src/troubleshoot/signal-text.ts';
import { readLitDigits } from '../src/troubleshoot/screen-reading.ts';
import { signalWords } from '../src/troubleshoot/procedure-kit.ts';
import { Twin } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';
import { modelOf } from './model-of.ts';

const CODE = '1357';
const WAKE = '9';
const SEEDS = 12;

describe('reading "digits lit" in what a person says', () => {
  it.each([
    ['two digits light up', 2],
    ['2 numbers lit up on the screen', 2],
    ['random numbers appear when I touch it', 'some'],
    ['the screen shows me three digits', 3],
    ['it lights up 2 numbers first', 2],
    ['some digits are shown', 'some'],
    ['Two Digits Light Up, then red x1 and a beep', 2],
  ])('%s', (text, want) => {
    expect(parseSignalText(text).litDigits).toBe(want);
  });

  it.each([
    'my 4 digit code does not work',
    'I typed the numbers and it beeps but won\'t unlock',
    'red x3 and 3 beeps',
    'solid red, the light stays lit',
  ])('not in: %s', (text) => {
    expect(parseSignalText(text).litDigits).toBeNull();
  });

  it('is in the short form of what was said, beside the light and the sound', () => {
    expect(describeObservation(parseSignalText('two digits light up, then red x1 and a beep'))).toBe('2 digits lit, red ×1, 1 beep');
  });
});

describe('what lit digits mean, per model', () => {
  it('on the 916: SecureScreen on, its own count, what to do, cited', () => {
    const r = readLitDigits(modelOf('smartcode-916'), 'some');
    expect(r).not.toBeNull();
    expect(r!.digits).toBe(modelOf('smartcode-916').keypad.secureScreenDigits);
    expect(r!.looksLike).toBe(`${r!.digits} random digits lit at the first touch`);
    expect(r!.todo).toMatch(/Touch the lit digits .* then your code/);
    expect(r!.todo).toMatch(/switch 4 off/);
    expect(r!.cite).toBe('product-facts M5, M7');
    expect(r!.countNote).toBeNull();
  });

  it('a count other than the model shows gets a word on it; the same count none', () => {
    const m = modelOf('smartcode-916');
    const n = m.keypad.secureScreenDigits!;
    expect(readLitDigits(m, n)!.countNote).toBeNull();
    expect(readLitDigits(m, n + 1)!.countNote).toBe(`you counted ${n + 1}; the twin shows ${n}, a count no source gives`);
  });

  it('every model without a SecureScreen reads none', () => {
    const without = ['smartcode-913', 'smartcode-914', 'smartcode-275', 'powerbolt-250', 'powerbolt-264'];
    for (const id of without) expect(readLitDigits(modelOf(id), 2), id).toBeNull();
  });

  it('held against the 916 twin: a touch lights the count named, and a code typed straight on gets the answer named', () => {
    const m = modelOf('smartcode-916');
    const r = readLitDigits(m, 'some')!;
    expect(r.says).toContain(signalWords(m, r.answer));
    let refused = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const t = Twin.create('smartcode-916', { seed, trace: true, codes: { 1: CODE }, boltExtended: true, switches: { 4: true } });
      t.apply({ do: 'press', key: WAKE });
      expect(t.screenDigits, `seed ${seed}`).toMatch(new RegExp(`^[0-9]{${r.digits}}$`));
      // The owner types the code straight on: its first digits are taken for the ones shown.
      if (t.screenDigits.startsWith(CODE.slice(0, r.digits))) continue; // the code happens to start with them
      const from = t.sim.now;
      t.apply({ do: 'type', digits: CODE });
      const after = t.trace.entries.filter((e) => e.t >= from && e.ch === 'event').map((e) => (e.v as { type: string }).type);
      expect(after, `seed ${seed}`).toContain('wrong-code');
      expect(after, `seed ${seed}`).not.toContain('unlocked');
      const lit = t.trace.entries.filter((e) => e.t >= from && e.ch === 'led').map((e) => e.v as { color?: string; flashes?: number });
      expect(lit.some((l) => l.color === m.signals[r.answer].color && l.flashes === m.signals[r.answer].count), `seed ${seed}`).toBe(true);
      expect(t.locked, `seed ${seed}`).toBe(true);
      refused++;
    }
    expect(refused).toBeGreaterThan(SEEDS / 2); // most seeds show digits the code does not start with
  });
});

describe('lockstep decode with digits lit (CLI)', () => {
  it('on the 916: exit 0 with the SecureScreen reading first', () => {
    const r = lockstep('decode', '--model', 'smartcode-916', 'two digits light up');
    expect(r.code).toBe(0);
    expect(r.out).toContain('you said: 2 digits lit');
    expect(r.out).toContain('▶ SecureScreen on: 2 random digits lit at the first touch');
    expect(r.out).toContain('(product-facts M5, M7)');
  });

  it('with a light and a sound too: the reading, then the signal', () => {
    const r = lockstep('decode', '--model', 'smartcode-916', 'two digits light up, then one X and one beep');
    expect(r.code).toBe(0);
    expect(r.out.indexOf('SecureScreen on')).toBeLessThan(r.out.indexOf('wrong code: red ×1 with 1 beep'));
  });

  it('on a model without one: exit 1 and why, without the "could not make out" hint', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'two digits light up');
    expect(r.code).toBe(1);
    expect(r.out).toContain('The SmartCode 913 has no SecureScreen');
    expect(r.out).not.toMatch(/Could not make out/);
    const withSignal = lockstep('decode', '--model', 'smartcode-913', 'two digits light up, red x3 and 3 beeps');
    expect(withSignal.code).toBe(0);
    expect(withSignal.out).toContain('has no SecureScreen');
    expect(withSignal.out).toContain('wrong code: red ×3 with 3 beeps');
  });

  it('no screen and a light that matches nothing: each hint once', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'two digits light up, solid white');
    expect(r.code).toBe(1);
    expect(r.out.split('has no SecureScreen').length - 1).toBe(1);
    expect(r.out).toContain('Nothing on the SmartCode 913 looks like that.');
    const j = JSON.parse(lockstep('decode', '--json', '--model', 'smartcode-913', 'two digits light up, solid white').out);
    expect(j.hint).toMatch(/has no SecureScreen.*Count the flashes and beeps again/);
  });

  it('--meaning SecureScreen is the same reading, not a signal whose words share "screen" (the touchscreen lockout)', () => {
    for (const word of ['SecureScreen', 'secure screen']) {
      const r = lockstep('decode', '--model', 'smartcode-916', '--meaning', word);
      expect(r.code, word).toBe(0);
      expect(r.out, word).toContain('▶ SecureScreen on: 2 random digits lit at the first touch');
      expect(r.out, word).not.toMatch(/lockout|wrong code/);
    }
    const j = JSON.parse(lockstep('decode', '--json', '--model', 'smartcode-916', '--meaning', 'secure screen').out);
    expect(j.screen).toMatchObject({ label: 'SecureScreen on', digits: 2 });
    expect(j.signals).toEqual([]);
    expect(JSON.parse(lockstep('decode', '--json', '--model', 'smartcode-916', '--meaning', 'lockout').out).screen).toBeNull();
    const none = lockstep('decode', '--model', 'smartcode-913', '--meaning', 'secure screen');
    expect(none.code).toBe(1);
    expect(none.out).toContain('The SmartCode 913 has no SecureScreen');
  });

  it('--json carries the reading as `screen`, null where none', () => {
    const on = JSON.parse(lockstep('decode', '--json', '--model', 'smartcode-916', 'two digits light up').out);
    expect(on.screen).toMatchObject({ label: 'SecureScreen on', digits: 2, answer: 'wrongCode', countNote: null });
    expect(on.observation.litDigits).toBe(2);
    expect(on.matches).toEqual([]);
    expect(on.hint).toBeNull();
    const off = lockstep('decode', '--json', '--model', 'smartcode-913', 'two digits light up');
    expect(off.code).toBe(1);
    const j = JSON.parse(off.out);
    expect(j.screen).toBeNull();
    expect(j.hint).toMatch(/has no SecureScreen/);
  });
});
