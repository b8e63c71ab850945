// What an owner says beside the signal (signal-context.ts): new batteries just fitted make a
// flat pack the least likely reading (seed S25 the other way round; product-facts G4: the lock
// warns at 4.8 V, a fresh pack reads about 6 V) unless the new cells are said to be old or weak.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { bestMatches, decodeObservation } from '../src/troubleshoot/decode.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { modelOf } from './model-of.ts';

function decode(id: string, text: string) {
  return decodeObservation(modelOf(id), parseSignalText(text));
}

const FRESH = [
  'red flashes and beeps after new batteries',
  'flashes red and beeps after I put in new batteries',
  'after changing the batteries it flashes red and beeps',
  'I just replaced the dead batteries and now it flashes red and beeps',
  'the batteries are brand new, red flashes and beeps',
];

describe('new batteries just fitted (seed S25; product-facts G4)', () => {
  it('are read as context, not ignored', () => {
    for (const text of FRESH) {
      const obs = parseSignalText(text);
      expect(obs.context, text).toEqual(['fresh-batteries']);
      expect(obs.ignored, text).toEqual([]);
      expect(obs.colors, text).toEqual(['red']);
    }
  });

  it('put low battery below every other reading of the same detail, still listed', () => {
    for (const text of FRESH) {
      const matches = decode('smartcode-913', text);
      const signals = matches.map((m) => m.signal);
      expect(signals[0], text).toBe('wrongCode');
      expect(bestMatches(matches).map((m) => m.signal), text).not.toContain('lowBattery');
      expect(signals, text).toContain('lowBattery');
      expect(signals.at(-1), text).toBe('lowBattery');
    }
  });

  it('do not when the new cells are said to be old or weak', () => {
    for (const text of ['red flashes and beeps after new batteries, but they were old', 'after putting in some old batteries it flashes red and beeps', 'changed the batteries, the batteries are weak though, red flashes and beeps']) {
      const obs = parseSignalText(text);
      expect(obs.context, text).not.toContain('fresh-batteries');
      expect(decode('smartcode-913', text)[0].signal, text).toBe('lowBattery');
    }
  });

  it('the low-battery answer, when it is what the lock shows, says the new pack is not giving its volts', () => {
    const r = readDecodeText(modelOf('smartcode-913'), 'red x10 and 10 beeps after new batteries', TERMINAL_POINTERS);
    expect(r.answers[0].signal).toBe('lowBattery');
    expect(r.answers[0].todo).toMatch(/new batteries/);
    expect(r.answers[0].todo).toMatch(/4\.8 V/);
    expect(r.answers[0].cite).toMatch(/G4/);
    // Without the context the advice is the plain one.
    const plain = readDecodeText(modelOf('smartcode-913'), 'red x10 and 10 beeps', TERMINAL_POINTERS);
    expect(plain.answers[0].todo).not.toMatch(/new batteries/);
  });

  it('a dark keypad right after new batteries: the pack\'s connection, not more fresh batteries', () => {
    const r = readDecodeText(modelOf('smartcode-913'), 'keypad dead after new batteries', TERMINAL_POINTERS);
    expect(r.nothing?.hint).toMatch(/new batteries/);
    expect(r.nothing?.hint).not.toMatch(/^No light and no sound: the batteries are flat/);
  });

  it('--json says which context was read', () => {
    const r = spawnSync(process.execPath, [BIN, 'decode', '--json', 'red flashes and beeps after new batteries'], { encoding: 'utf8', env: colourlessEnv() });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.observation.context).toEqual(['fresh-batteries']);
    expect(j.best).not.toContain('lowBattery');
  });
});

describe('new batteries and the status light (product-facts K3; seed S24)', () => {
  it('a lone red blink right after new batteries is first the half-finished reset, the low-battery blink after it', () => {
    const r = readDecodeText(modelOf('smartcode-913'), 'red blinking every few seconds after new batteries', TERMINAL_POINTERS);
    expect(r.answers[0].signal).toBe('resetArmedReminder');
    expect(r.after?.label).toBe('status light: low battery');
    // Without the context the status light's low battery comes first.
    const plain = readDecodeText(modelOf('smartcode-913'), 'red blinking every few seconds', TERMINAL_POINTERS);
    expect(plain.answers[0].label).toBe('status light: low battery');
  });
});

describe('lockstep decode with new batteries said (CLI)', () => {
  it('says it read them, and names low battery apart as less likely', () => {
    const r = spawnSync(process.execPath, [BIN, 'decode', '--model', 'smartcode-913', 'red flashes and beeps after new batteries'], { encoding: 'utf8', env: colourlessEnv() });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SmartCode 913 · you said: red flashing, beeps, after new batteries');
    expect(r.stdout).toMatch(/^▶ wrong code: /m);
    expect(r.stdout).not.toMatch(/^▶ low battery/m);
    expect(r.stdout).not.toMatch(/^Also possible: .*low battery/m);
    expect(r.stdout).toContain('Less likely, as you say new batteries just went in: low battery (red ×10 with 10 beeps).');
  });
});

const LOCKING = [
  'the keypad flashes red and beeps when I try to lock it',
  'red flash and beep when locking',
  'it flashes red and beeps while trying to lock the door',
  'red flashes and beeps whenever I lock it',
  'red flashes and beeps when it auto-locks',
];

describe('when locking: the jam is "Door jammed while attempting to lock" (seed S17; product-facts M4, M5/M6, M8)', () => {
  it('is read as context, not ignored', () => {
    for (const text of LOCKING) {
      const obs = parseSignalText(text);
      expect(obs.context, text).toEqual(['locking']);
      expect(obs.ignored, text).toEqual([]);
    }
  });

  it('ranks the jam first', () => {
    for (const text of LOCKING) expect(bestMatches(decode('smartcode-913', text)).map((m) => m.signal), text).toEqual(['jammed']);
    // The Home Connect 620's jam is red with continuous beeping for two seconds (M8): no flashes.
    expect(decode('homeconnect-620', 'red light and beeping when I try to lock it')[0].signal).toBe('jammed');
  });

  it('unlocking is not locking', () => {
    for (const text of ['red flashes and beeps when I try to unlock it', 'it locks when I want to unlock, the bolt runs backwards']) {
      expect(parseSignalText(text).context, text).not.toContain('locking');
    }
  });
});

const AFTER_RESET = [
  'flashes red 3 times and beeps 3 times after a reset',
  'red x3, 3 beeps since the factory reset',
  'after resetting it I get red x3 and 3 beeps',
];

describe('after a factory reset: every code is gone (seed S6, S19), door handing forgotten (S15)', () => {
  it('is read as context, not ignored', () => {
    for (const text of AFTER_RESET) {
      const obs = parseSignalText(text);
      expect(obs.context, text).toEqual(['after-reset']);
      expect(obs.ignored, text).toEqual([]);
    }
  });

  it('red ×3 is first "no code programmed" where the reset leaves no user code, the incorrect code where it restores one', () => {
    for (const text of AFTER_RESET) expect(bestMatches(decode('smartcode-913', text)).map((m) => m.signal), text).toEqual(['noUserCode']);
    // The 264's reset brings back user code 1-2-3-4 (product-facts S5): a wrong code is still wrong.
    expect(decode('powerbolt-264', 'red x3, 3 beeps after a reset')[0].signal).not.toBe('noUserCode');
  });

  it('red flashes and beeps, uncounted, after a reset: no code first, then the jam of a door handing not relearned, before low battery', () => {
    const signals = decode('smartcode-913', 'red flashes and beeps after a reset').map((m) => m.signal);
    expect(signals[0]).toBe('noUserCode');
    expect(signals.indexOf('jammed')).toBeLessThan(signals.indexOf('lowBattery'));
  });

  it('a reset that did not take is no reset done', () => {
    const obs = parseSignalText("after the reset didn't work it flashes red 3 times with 3 beeps");
    expect(obs.context).not.toContain('after-reset');
    expect(obs.symptoms).toContain('reset-failed');
  });
});
