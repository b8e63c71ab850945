// `lockstep decode`, the troubleshooter at the door (seed S24, S7, S25; product-facts K3, M4, M5/M6,
// M8, M9): free words read into an observation, decoded against each model's own signal table,
// the reverse lookup, the advice behind every signal, and the command's exit codes.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { MODELS } from '../src/models/index.ts';
import type { SignalName } from '../src/models/profile.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { bestMatches, decodeObservation, describePattern, signalsForMeaning } from '../src/troubleshoot/decode.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { joinCites } from '../src/troubleshoot/cites.ts';
import { addCodeSequence } from '../src/troubleshoot/keypad-sequences.ts';
import { applicableSignals } from '../src/troubleshoot/signal-scope.ts';
import { keypadHabitHint } from '../src/troubleshoot/keypad-habit.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { modelOf } from './model-of.ts';

function decode(id: string, text: string) {
  return decodeObservation(modelOf(id), parseSignalText(text));
}

/** The signals ranked equal-best for what was said. */
function best(id: string, text: string): SignalName[] {
  return bestMatches(decode(id, text)).map((m) => m.signal);
}

describe('reading what a person says', () => {
  it.each([
    ['15 red flashes, 15 beeps', { colors: ['red'], flashes: 15, beeps: 15 }],
    ['red x3 and 3 beeps', { colors: ['red'], flashes: 3, beeps: 3 }],
    ['Red ×15', { colors: ['red'], flashes: 15, beeps: null }],
    ['3x red, beeped 3 times', { colors: ['red'], flashes: 3, beeps: 3 }],
    ['flashes orange three times with three beeps', { colors: ['amber'], flashes: 3, beeps: 3 }],
    ['yellow flash 2x', { colors: ['amber'], flashes: 2 }],
    ['green flash two beeps', { colors: ['green'], flashes: 1, beeps: 2 }],
    ['ten red flashes ten beeps', { colors: ['red'], flashes: 10, beeps: 10 }],
    ['beeps twice, green light', { colors: ['green'], beeps: 2 }],
    ['one X and one beep', { colors: ['red'], flashes: 1, beeps: 1 }],
    ['red and white flashing five times', { colors: ['red', 'white'], flashes: 5 }],
    // A count written before the word it counts.
    ['3x red 3x beep', { colors: ['red'], flashes: 3, beeps: 3 }],
    ['3x red, 3x beeps', { colors: ['red'], flashes: 3, beeps: 3 }],
    ['red 3x, beep 3x', { colors: ['red'], flashes: 3, beeps: 3 }],
    // When it came is not how long the light stayed (the reset's signal after the 30 s hold, seed S8).
    ['one red flash and a beep after 30 seconds', { colors: ['red'], flashes: 1, beeps: 1, light: 'flashing', seconds: null }],
    ['red flash and beep at 30 s', { colors: ['red'], flashes: 1, beeps: 1, light: 'flashing', seconds: null }],
    ['after holding 30s: red flash and beep', { colors: ['red'], flashes: 1, beeps: 1, light: 'flashing', seconds: null }],
    ['one red flash and a beep after I held the program button for 30 seconds', { colors: ['red'], flashes: 1, beeps: 1, light: 'flashing', seconds: null }],
    ['red once for 5 seconds', { colors: ['red'], light: 'solid', seconds: 5 }],
    // A wait said with no hold: how long after the press the signal came (product-facts S10, conflict 1).
    ['one beep after 20 seconds', { beeps: 1, afterSeconds: 20, heldSeconds: null, seconds: null, ignored: [] }],
    ['a beep about twenty seconds later', { beeps: 1, afterSeconds: 20, seconds: null, ignored: [] }],
    // Number words past fifteen, and a ten joined to a unit.
    ['sixteen red flashes', { colors: ['red'], flashes: 16, ignored: [] }],
    ['nineteen beeps', { beeps: 19, ignored: [] }],
    ['twenty-one red flashes, twenty one beeps', { flashes: 21, beeps: 21, ignored: [] }],
    ['after holding program for thirty seconds it flashed red and beeped', { heldSeconds: 30, ignored: [] }],
  ])('%s', (text, want) => {
    expect(parseSignalText(text)).toMatchObject(want);
  });

  it('a decimal number is read whole, never as the digits after its point', () => {
    expect(parseSignalText('solid red for 1.5 seconds')).toMatchObject({ colors: ['red'], light: 'solid', seconds: 1.5, ignored: [] });
    expect(parseSignalText('red light for 5.0 seconds')).toMatchObject({ colors: ['red'], flashes: null, seconds: 5, ignored: [] });
    expect(parseSignalText('red x3.5')).toMatchObject({ colors: ['red'], flashes: 3.5 });
    expect(parseSignalText('1.5x red')).toMatchObject({ colors: ['red'], flashes: 1.5 });
    expect(parseSignalText('3.5 beeps')).toMatchObject({ beeps: 3.5, ignored: [] });
    expect(parseSignalText('held program for 29.5 seconds, then it flashed red and beeped')).toMatchObject({ heldSeconds: 29.5, flashes: null, ignored: [] });
    expect(parseSignalText('blinking amber every 6.5 seconds')).toMatchObject({ repeating: true, seconds: null, ignored: [] });
    expect(best('smartcode-913', 'held program for 29.5 seconds, then it flashed red and beeped')).toEqual(['resetArmed']);
  });

  it('solid vs flashing: "solid red", "the light stays red", "steady red for 5 seconds"', () => {
    expect(parseSignalText('solid red')).toMatchObject({ colors: ['red'], light: 'solid', flashes: null });
    expect(parseSignalText('the light stays red')).toMatchObject({ colors: ['red'], light: 'solid' });
    expect(parseSignalText('steady red for 5 seconds')).toMatchObject({ light: 'solid', seconds: 5 });
    expect(parseSignalText('red once for 5 seconds')).toMatchObject({ light: 'solid', flashes: 1, seconds: 5 });
    expect(parseSignalText('orange blinking')).toMatchObject({ colors: ['amber'], light: 'flashing', flashes: null });
  });

  it('beeps: a count, a long beep, continuous, none', () => {
    expect(parseSignalText('one long beep')).toMatchObject({ beeps: 1, longBeep: true });
    expect(parseSignalText('a long beep')).toMatchObject({ beeps: 1, longBeep: true });
    expect(parseSignalText('lock beeps continuously')).toMatchObject({ continuous: true, heardBeep: true });
    expect(parseSignalText('red flash, no beep')).toMatchObject({ beeps: 0, heardBeep: false });
  });

  it('"it beeps but won\'t unlock" is beeping plus a symptom (seed S7, S25), curly apostrophe too', () => {
    for (const text of ["it beeps but won't unlock", 'it beeps but won’t unlock', 'beeps and the door will not open']) {
      const obs = parseSignalText(text);
      expect(obs).toMatchObject({ heardBeep: true, beeps: null, symptoms: ['wont-unlock'] });
      expect(obs.ignored).toEqual([]);
    }
  });

  it('"no light" and "nothing" mean no light and no sound', () => {
    expect(parseSignalText('no light')).toMatchObject({ light: 'none' });
    expect(parseSignalText('nothing at all')).toMatchObject({ light: 'none', heardBeep: false, beeps: 0 });
    expect(parseSignalText('I type my code and nothing happens').symptoms).toEqual(['unresponsive']);
  });

  it('repeating, alternating and the touchscreen symbols', () => {
    expect(parseSignalText('red blinks every few seconds')).toMatchObject({ repeating: true, light: 'flashing', colors: ['red'] });
    expect(parseSignalText('checkmark and lock symbols flash together five times')).toMatchObject({ colors: ['green'], flashes: 5 });
    expect(parseSignalText('checkmark and lock symbols alternate five times')).toMatchObject({ colors: ['amber'], flashes: 5, alternating: true });
  });

  it('returns the words it understood and the ones it ignored', () => {
    const obs = parseSignalText('blue light and a honk');
    expect(obs.ignored).toEqual(['blue', 'honk']);
    expect(obs.colors).toEqual([]);
    expect(parseSignalText('15 red flashes, 15 beeps').understood).toEqual(['15', 'red', 'flashes', '15', 'beeps']);
  });
});

describe('decoding on the SmartCode 913', () => {
  it('lockout: red ×15 with 15 beeps (product-facts M4)', () => {
    expect(best('smartcode-913', '15 red flashes, 15 beeps')).toEqual(['lockout']);
    expect(decode('smartcode-913', '15 red flashes, 15 beeps')[0]).toMatchObject({ quality: 'exact', looksLike: 'red ×15 with 15 beeps' });
  });

  it('wrong code: red ×3 with 3 beeps, ranked first among the patterns that look the same', () => {
    const top = best('smartcode-913', 'red x3 and 3 beeps');
    expect(top[0]).toBe('wrongCode');
    expect(top).toEqual(expect.arrayContaining(['programmingFailed', 'programmingTimeout']));
  });

  it('low battery: red ×10 with 10 beeps', () => {
    expect(best('smartcode-913', 'ten red flashes and ten beeps')).toEqual(['lowBattery']);
  });

  it('a near count still finds it, ranked below exact', () => {
    const [first] = decode('smartcode-913', '14 red flashes, 15 beeps');
    expect(first).toMatchObject({ signal: 'lockout', quality: 'near' });
    expect(decode('smartcode-913', 'sixteen red flashes')[0]).toMatchObject({ signal: 'lockout', quality: 'near' });
  });

  it('reset armed: a red flash with a beep after the 30 s hold (seed S8, S24)', () => {
    expect(best('smartcode-913', 'one red flash and a beep')).toContain('resetArmed');
  });

  it('a red flash and a beep after the reset\'s 30 s hold is the reset armed, counted or not (seed S8, product-facts K1)', () => {
    for (const text of ['after holding program for 30 seconds it flashed red and beeped', 'held the program button for 30 s, then red flash and beep', 'after I kept it pressed for 30s: red flashing and beeping']) {
      expect(parseSignalText(text).heldSeconds, text).toBe(30);
      expect(decode('smartcode-913', text)[0], text).toMatchObject({ signal: 'resetArmed', quality: 'exact' });
    }
    // When it came, without a hold, says nothing of the reset; a short hold is no reset hold.
    expect(parseSignalText('after 30 seconds it flashed red and beeped').heldSeconds).toBeNull();
    expect(decode('smartcode-913', 'after holding program for 5 seconds it flashed red and beeped')[0].signal).not.toBe('resetArmed');
    // Each model's own hold: the Powerbolt 250's is 15 s (product-facts M9).
    expect(decode('powerbolt-250', 'after holding the button for 15 seconds it beeped')[0].signal).toBe('resetArmed');
  });

  it('the half-finished reset: a red blink that repeats by itself, no beep (seed S24)', () => {
    expect(decode('smartcode-913', 'red blinks every few seconds, no beep')[0].signal).toBe('resetArmedReminder');
  });

  it('reset done: green with two beeps (product-facts K1)', () => {
    expect(best('smartcode-913', 'green flash two beeps')).toEqual(['resetDone']);
  });

  it('handing failed: solid red (product-facts K3)', () => {
    expect(best('smartcode-913', 'solid red')).toEqual(['handingFailed']);
    expect(best('smartcode-913', 'the light stays red')).toEqual(['handingFailed']);
  });

  it('beeps but won\'t unlock is first a battery question (seed S7, S25)', () => {
    const matches = decode('smartcode-913', "it beeps but won't unlock");
    expect(matches[0].signal).toBe('lowBattery');
    expect(matches.map((m) => m.signal)).not.toContain('unlocked');
  });

  it('only a sound said: a signal with a light nobody mentioned ranks below one with less light, all else equal', () => {
    // The 909's timeout is "Lock beeps 2 times" (M4), no light; the finished reset flashes green too.
    expect(decode('smartcode-909', 'beeps twice').map((m) => m.signal).slice(0, 2)).toEqual(['programmingTimeout', 'resetDone']);
    // One beep: the jam's one-second red flash is hard to miss, the unlocking's quick green easy.
    const oneBeep = decode('smartcode-913', 'one beep').map((m) => m.signal);
    expect(oneBeep[0]).toBe('unlocked');
    expect(oneBeep.indexOf('jammed')).toBeGreaterThan(oneBeep.indexOf('resetArmed'));
    // A light said keeps the common explanation first.
    expect(decode('smartcode-913', 'red flash and one beep')[0].signal).toBe('jammed');
  });

  it('one long beep: a programming step accepted (product-facts M14)', () => {
    expect(best('smartcode-913', 'green flash, one long beep')).toEqual(['codeAccepted']);
  });

  it('no light and no sound matches nothing; a colour the lock never shows matches nothing', () => {
    expect(decode('smartcode-913', 'nothing at all')).toEqual([]);
    expect(decode('smartcode-913', 'white flashes')).toEqual([]);
  });

  it('leaves out signals the model does not show (a 913 has no programming menu)', () => {
    expect(applicableSignals(modelOf('smartcode-913'))).not.toContain('menuEnter');
    expect(applicableSignals(modelOf('powerbolt-250'))).toContain('menuEnter');
  });
});

describe('a code taken and a bolt that does not move (seed S25), or stops part-way (seed S17, S15)', () => {
  it('a bare "nothing" after a light is nothing further, not the dark keypad', () => {
    for (const text of ['green light then nothing moves', 'it shows green but nothing happens', 'green light then nothing']) {
      const obs = parseSignalText(text);
      expect(obs, text).toMatchObject({ colors: ['green'], symptoms: ['no-motion'] });
      expect(obs.light, text).not.toBe('none');
      expect(obs.beeps, text).toBeNull();
      expect(obs.ignored, text).toEqual([]);
    }
  });

  it('green and then nothing is the code taken: the unlocking answer, whose advice is fresh batteries, before a finished reset', () => {
    for (const text of ['green light then nothing moves', 'it shows green but nothing happens']) {
      expect(decode('smartcode-913', text)[0].signal, text).toBe('unlocked');
    }
    // On the 916 the low-battery symbols are green: the battery itself comes first.
    expect(decode('smartcode-916', 'it shows green but nothing happens')[0].signal).toBe('lowBattery');
  });

  it('"the keypad lights up but the bolt doesn\'t move" is first a battery question', () => {
    const obs = parseSignalText("the keypad lights up but the bolt doesn't move");
    expect(obs).toMatchObject({ symptoms: ['no-motion'], ignored: [] });
    expect(decode('smartcode-913', "the keypad lights up but the bolt doesn't move")[0]).toMatchObject({ signal: 'lowBattery', quality: 'likely' });
  });

  it('"the motor whirs but the bolt stops halfway" is a stall: a jam first, then a weak pack', () => {
    for (const text of ['the motor whirs but the bolt stops halfway', 'the motor runs but nothing moves', "it won't retract fully", 'the bolt gets stuck part way']) {
      const obs = parseSignalText(text);
      expect(obs.symptoms, text).toEqual(['stalls']);
      expect(obs.ignored, text).toEqual([]);
      const signals = decode('smartcode-913', text).map((m) => m.signal);
      expect(signals.slice(0, 2), text).toEqual(['jammed', 'lowBattery']);
    }
  });

  it('"after I changed the batteries the bolt goes the wrong way" is door handing (seed S15): redo it, on every model', () => {
    for (const text of ['after I changed the batteries the bolt goes the wrong way', 'the bolt turns the wrong direction', 'it locks when I want to unlock, the bolt runs backwards']) {
      const obs = parseSignalText(text);
      expect(obs.symptoms, text).toContain('wrong-way');
      for (const m of MODELS) expect(decode(m.id, text)[0]?.signal, `${m.id}: ${text}`).toBe('handingFailed');
    }
  });

  it('"keypad dead" is no light and no beep at the keypad', () => {
    for (const text of ['keypad dead', 'the keypad is dead', 'dead keypad', "it's completely dead"]) {
      expect(parseSignalText(text), text).toMatchObject({ light: 'none', heardBeep: false, beeps: 0, ignored: [] });
    }
  });
});

describe('decoding on the other models', () => {
  it('Powerbolt 250: green ×2 is unlocking (product-facts M9)', () => {
    expect(best('powerbolt-250', 'green x2')).toEqual(['unlocked']);
  });

  it('Powerbolt 250: red/white ×5 is a jam — white included (product-facts M9)', () => {
    expect(best('powerbolt-250', 'red and white flashing 5 times')).toEqual(['jammed']);
    expect(best('powerbolt-250', 'white light flashes 5 times')).toEqual(['jammed']);
    expect(decode('powerbolt-250', 'white x5')[0].looksLike).toMatch(/white ×5/);
  });

  it('Powerbolt 250: a red light said with no count is first the incorrect code, red ×3 in its own guide (M9); low battery next', () => {
    for (const text of ['flashed red', 'it flashes red', 'blinking red', 'the light went red', 'flashed red and beeped']) {
      const [first, second] = decode('powerbolt-250', text);
      expect([first.signal, second.signal], text).toEqual(['wrongCode', 'lowBattery']);
    }
    // A count said still decides: red ×10 is its low battery (M9).
    expect(best('powerbolt-250', 'ten red flashes')).toEqual(['lowBattery']);
  });

  it('a red light with no count, on the others: low battery first where the status light documents a red blink as low battery (K3, M16), else the incorrect code', () => {
    const first = (id: string) => decode(id, 'flashed red')[0].signal;
    for (const id of ['smartcode-913', 'smartcode-914', 'smartcode-275', 'smartcode-955', 'smartcode-909', 'smartcode-910']) expect(first(id), id).toBe('lowBattery');
    // No red flash of low battery at all (M8: red with fast beeping; M5/M6: the symbols).
    for (const id of ['homeconnect-620', 'smartcode-916']) expect(first(id), id).toBe('wrongCode');
    // The Powerbolt line: their status blink is assumed from the SmartCode page, not documented.
    for (const id of ['powerbolt-264', 'powerbolt-92640-001', 'powerbolt-2', 'powerbolt-240']) expect(first(id), id).toBe('wrongCode');
  });

  it('SmartCode 916: one X is red ×1 with one beep, an incorrect code (product-facts M5/M6)', () => {
    expect(best('smartcode-916', 'one X and one beep')[0]).toBe('wrongCode');
    expect(best('smartcode-916', 'X flashes 15 times with 15 beeps')).toEqual(['lockout']);
    expect(best('smartcode-916', 'checkmark and lock symbols flash together five times')).toEqual(['lowBattery']);
    expect(best('smartcode-916', 'checkmark and lock symbols alternate five times')).toEqual(['jammed']);
  });

  it('SmartCode 916: the symbols named as its guide names them, with or without "symbols" (product-facts M5/M6)', () => {
    for (const text of ['checkmark and lock alternate five times', 'check mark and lock flash alternately 5 times', 'the lock and checkmark alternate 5 times']) {
      expect(parseSignalText(text), text).toMatchObject({ colors: ['amber'], flashes: 5, alternating: true, ignored: [] });
      expect(decode('smartcode-916', text)[0].signal, text).toBe('jammed');
    }
    expect(parseSignalText('the checkmark and the lock flash together 5 times')).toMatchObject({ colors: ['green'], flashes: 5, ignored: [] });
    expect(best('smartcode-916', 'the checkmark and the lock flash together 5 times')).toEqual(['lowBattery']);
    // "lock" alone is the lock itself, no symbol.
    expect(parseSignalText('the lock flashes red').colors).toEqual(['red']);
  });

  it('SmartCode 916: low battery sounds as either source gives it — five beeps (M6) or a long continuous beep (M5, conflict 5)', () => {
    for (const text of ['checkmark and lock symbols flash five times and a long continuous beep', 'checkmark and lock flash together 5 times with one long beep', 'checkmark and lock flash together five times, five beeps']) {
      expect(decode('smartcode-916', text)[0], text).toMatchObject({ signal: 'lowBattery', quality: 'exact' });
    }
    expect(describePattern(modelOf('smartcode-916').signals.lowBattery)).toBe('green ×5 with 5 beeps (or 1 long beep: product-facts conflict 5)');
    // The unplugged exterior stays the first reading of beeping on and on (M5, M6).
    expect(decode('smartcode-916', 'lock beeps continuously')[0].signal).toBe('exteriorDisconnected');
  });

  it('Home Connect 620: red with fast beeping for three to four seconds is low battery, in its guide\'s own words (product-facts M8)', () => {
    for (const text of ['red with fast beeping for three to four seconds', 'red light and beeping for 3-4 seconds', 'red, beeping for 3 or 4 s']) {
      expect(parseSignalText(text), text).toMatchObject({ colors: ['red'], beeps: null, heardBeep: true, seconds: 3.5, ignored: [] });
      expect(best('homeconnect-620', text), text).toEqual(['lowBattery']);
    }
  });

  it('Home Connect 620: red once for 5 seconds is the handing failure (product-facts M8)', () => {
    expect(decode('homeconnect-620', 'red once for 5 seconds and beeps')[0].signal).toBe('handingFailed');
  });
});

describe('the reverse lookup', () => {
  it('by signal name: lockout looks like red ×15 with 15 beeps', () => {
    const [m] = signalsForMeaning(modelOf('smartcode-913'), 'lockout');
    expect(m.signal).toBe('lockout');
    expect(m.looksLike).toBe('red ×15 with 15 beeps');
  });

  it('by everyday words, per model', () => {
    expect(signalsForMeaning(modelOf('smartcode-913'), 'battery')[0].signal).toBe('lowBattery');
    expect(signalsForMeaning(modelOf('smartcode-913'), 'low battery')[0].looksLike).toBe('red ×10 with 10 beeps');
    expect(signalsForMeaning(modelOf('powerbolt-2'), 'locked out')[0].looksLike).toBe('red ×5 with 5 beeps');
    expect(signalsForMeaning(modelOf('powerbolt-250'), 'jam')[0].looksLike).toMatch(/white ×5, no beep/);
    expect(signalsForMeaning(modelOf('smartcode-913'), 'half-finished reset')[0].signal).toBe('resetArmedReminder');
    const reset = signalsForMeaning(modelOf('smartcode-913'), 'reset').map((m) => m.signal);
    expect(reset).toEqual(expect.arrayContaining(['resetArmed', 'resetArmedReminder', 'resetDone']));
    expect(reset).not.toContain('lowBattery');
  });

  it('a word that names nothing finds nothing', () => {
    expect(signalsForMeaning(modelOf('smartcode-913'), 'xyzzy')).toEqual([]);
  });

  it('describes solid and silent patterns', () => {
    expect(describePattern(modelOf('smartcode-913').signals.handingFailed)).toBe('solid red for 5 s, no beep');
  });
});

describe('advice', () => {
  it('every signal of every model has a meaning, words, a next step and a source', () => {
    for (const m of MODELS) {
      for (const name of Object.keys(m.signals) as SignalName[]) {
        const a = adviceFor(m, name);
        expect(a.meaning, `${m.id} ${name}`).toBe(m.signals[name].meaning);
        expect(a.says.length, `${m.id} ${name}`).toBeGreaterThan(0);
        expect(a.todo.length, `${m.id} ${name}`).toBeGreaterThan(0);
        expect(a.cite, `${m.id} ${name}`).toMatch(/seed S\d+|product-facts [A-Z]/);
      }
    }
  });

  it('says what the seed says for the signals it names', () => {
    const m = modelOf('smartcode-913');
    expect(adviceFor(m, 'lockout')).toMatchObject({ todo: expect.stringMatching(/^Wait a minute/), cite: 'product-facts S4; assumed from product-facts M4' });
    expect(adviceFor(m, 'lockout').says).toMatch(/3 wrong codes within a minute lock the keypad for 60 s/);
    expect(adviceFor(m, 'lowBattery').todo).toMatch(/all four AA/);
    expect(adviceFor(m, 'lowBattery').cite).toMatch(/seed S10, S25/);
    expect(adviceFor(m, 'resetArmedReminder').todo).toMatch(/cancel it: take the battery pack out.*press Program once more.*erases every code/);
    expect(adviceFor(m, 'resetArmedReminder').cite).toMatch(/S24/);
    expect(adviceFor(m, 'programmingFailed').cite).toMatch(/seed S2, S4, S18/);
    expect(adviceFor(m, 'handingFailed').cite).toMatch(/seed S15, S16, S17/);
    expect(adviceFor(m, 'resetDone').todo).toMatch(/door handing.*then a Mastercode, then codes tested with the door open/);
    expect(adviceFor(m, 'resetDone').cite).toMatch(/S23, S21, S20/);
  });

  it('uses each model\'s own numbers and procedures', () => {
    expect(adviceFor(modelOf('powerbolt-2'), 'lockout').says).toMatch(/5 wrong codes .* 45 s/);
    expect(adviceFor(modelOf('powerbolt-250'), 'handingFailed').todo).toMatch(/then 0, then Kwikset/);
    expect(adviceFor(modelOf('smartcode-909'), 'handingFailed').todo).toMatch(/hold Lock/);
    expect(adviceFor(modelOf('powerbolt-264'), 'resetDone').says).toMatch(/0-0-0-0/);
    // The Powerbolt 2 opens only with Lock after the code (product-facts M10); a SmartCode at the last digit.
    expect(adviceFor(modelOf('powerbolt-2'), 'wrongCode').todo).toMatch(/then press Lock: this lock opens only with that press after the code, and gives this answer 5 s after/);
    expect(adviceFor(modelOf('powerbolt-2'), 'wrongCode').cite).toMatch(/M10/);
    expect(adviceFor(modelOf('smartcode-913'), 'wrongCode').todo).not.toMatch(/press Lock/);
    // The 916 with SecureScreen on wants the digits it shows first (product-facts M5, M7).
    expect(adviceFor(modelOf('smartcode-916'), 'wrongCode').todo).toMatch(/SecureScreen \(switch 4\): touch those 2 first, then the code/);
    expect(adviceFor(modelOf('smartcode-916'), 'wrongCode').cite).toMatch(/M7/);
    expect(adviceFor(modelOf('smartcode-913'), 'wrongCode').todo).not.toMatch(/SecureScreen/);
  });

  it('programming refused names only the causes the model can have: its admin code by its own name, none on the positional models', () => {
    // The 909, 910 and 240 have no Mastercode, and a code written to a position replaces the one there (product-facts M15, M13).
    for (const id of ['smartcode-909', 'smartcode-910', 'powerbolt-240']) {
      const a = adviceFor(modelOf(id), 'programmingFailed');
      expect(`${a.meaning} ${a.todo}`, id).not.toMatch(/wrong Mastercode|Mastercode was|slots are full|memory full/);
      expect(a.todo, id).toMatch(/no Mastercode, and a new code replaces the one at the position you chose/);
      expect(a.cite, id).not.toMatch(/S2\b/);
      const added = addCodeSequence(modelOf(id), '', '1357', 2);
      if (!Array.isArray(added)) throw new Error(`${id}: no add sequence`);
      expect(added.at(-1)!.says, id).toMatch(/means refused: a duplicate or a wrong length\.\)$/);
    }
    // The programming-code models call theirs the programming code, in the meaning as in the advice.
    for (const id of ['smartcode-275', 'smartcode-955', 'powerbolt-264', 'powerbolt-92640-001']) {
      const a = adviceFor(modelOf(id), 'programmingFailed');
      expect(a.meaning, id).toMatch(/^programming refused \(wrong programming code, /);
      expect(a.todo, id).toMatch(/the programming code was missing or wrong/);
      expect(`${a.meaning} ${a.todo}`, id).not.toMatch(/Mastercode/);
    }
    expect(adviceFor(modelOf('smartcode-913'), 'programmingFailed').meaning).toMatch(/^programming refused \(wrong Mastercode, .*memory full/);
    expect(adviceFor(modelOf('powerbolt-2'), 'programmingFailed').todo).toMatch(/the Mastercode was missing or wrong.*all 6 slots are full/);
  });

  it('cites the model\'s own guide for its lockout and low battery, and names default codes only where a reset brings them back', () => {
    const sc916 = modelOf('smartcode-916');
    expect(adviceFor(sc916, 'lockout').cite).toBe('product-facts M5, M6'); // not the 909's guide, M4
    expect(adviceFor(sc916, 'lowBattery').cite).toMatch(/product-facts M6, M5/);
    expect(adviceFor(sc916, 'lowBattery').cite).not.toMatch(/M4/);
    // M10 does not say whether the minute starts again after the 45 s: its profile owns up to it.
    expect(adviceFor(modelOf('powerbolt-2'), 'lockout').cite).toBe('product-facts M10; window kept across the lockout: assumed');
    expect(adviceFor(modelOf('homeconnect-620'), 'lockout').cite).toBe('product-facts M8');
    // The 275 comes back with programming code 0-0-0-0 and no user code (seed S12), the 264 with 1-2-3-4 too.
    const sc275 = adviceFor(modelOf('smartcode-275'), 'resetDone');
    expect(sc275.says).toBe('Every user code is erased; the programming code is back to 0-0-0-0, not the code on the programming tag.');
    expect(sc275.todo).toMatch(/then change the programming code from 0-0-0-0 at once/);
    expect(sc275.todo).not.toMatch(/default/);
    expect(sc275.cite).toMatch(/seed .*S12/);
    expect(sc275.cite).not.toMatch(/M11/);
    const pb264 = adviceFor(modelOf('powerbolt-264'), 'resetDone');
    expect(pb264.says).toBe('The factory defaults are back: the programming code is 0-0-0-0 and user code 1-2-3-4 (slot 1); every other code is erased.');
    expect(pb264.todo).toMatch(/then change the programming code from 0-0-0-0 and user code 1-2-3-4 at once/);
    expect(pb264.cite).toMatch(/product-facts S5\b/); // the 264's own source for the restored codes
  });

  it('joins references without repeats', () => {
    expect(joinCites('seed S15, S16; product-facts K3', 'seed S16', 'product-facts M9')).toBe('seed S15, S16; product-facts K3, M9');
  });

  it('joins references under the whole words before them, so a seed claim is not listed as a product fact', () => {
    expect(joinCites('assumed from product-facts K1', 'assumed from seed S12')).toBe('assumed from product-facts K1; assumed from seed S12');
    expect(joinCites('unverified product-facts S2, M9; unverified seed S11', 'seed S11')).toBe('unverified product-facts S2, M9; unverified seed S11; seed S11');
    expect(joinCites('assumed from product-facts K1', 'seed S19–S23', 'assumed from product-facts M4, K1')).toBe('assumed from product-facts K1, M4; seed S19–S23');
  });
});

describe('a keypad habit to try first (seed S14, product-facts M10)', () => {
  it('a keypad that does nothing: firm presses on the 92640-001, Lock after the code on the Powerbolt 2, nothing on the others', () => {
    const said = (text: string) => parseSignalText(text);
    expect(keypadHabitHint(modelOf('powerbolt-92640-001'), said('I type my code and nothing happens'))).toMatch(/^First: this keypad \(Powerbolt 264 — SKU 92640-001\) needs a firm, deliberate press .*\(seed S14\)\.$/);
    expect(keypadHabitHint(modelOf('powerbolt-2'), said('no light, no beep'))).toMatch(/^First: the Powerbolt 2 opens only when Lock is pressed after the code .*\(product-facts M10\)\.$/);
    expect(keypadHabitHint(modelOf('powerbolt-264'), said('nothing happens'))).toBeNull(); // its keypad takes a light tap
    expect(keypadHabitHint(modelOf('smartcode-913'), said('nothing happens'))).toBeNull();
    // The lock answered: its keypad registered the presses, and it opens without a Lock press or not.
    expect(keypadHabitHint(modelOf('powerbolt-92640-001'), said('red x3, 3 beeps'))).toBeNull();
    expect(keypadHabitHint(modelOf('powerbolt-2'), said('it beeps but nothing happens'))).toBeNull();
  });

  it('is said first by the command, and in --json\'s hint', () => {
    const r = spawnSync(process.execPath, [BIN, 'decode', '--model', '92640-001', 'nothing happens when I type my code'], { encoding: 'utf8', env: colourlessEnv() });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^First: this keypad/);
    const j = spawnSync(process.execPath, [BIN, 'decode', '--json', '--model', 'powerbolt-2', 'no light, no beep'], { encoding: 'utf8', env: colourlessEnv() });
    expect(JSON.parse(j.stdout).hint).toMatch(/^First: the Powerbolt 2 opens only when Lock is pressed after the code/);
  });
});

describe('lockstep decode (CLI)', () => {
  const lockstep = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'decode', ...args], { encoding: 'utf8', env: colourlessEnv() });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('exits 0 with the meaning and what to do', () => {
    const r = lockstep('15 red flashes, 15 beeps');
    expect(r.code).toBe(0);
    expect(r.out).toContain('keypad lockout: red ×15 with 15 beeps');
    expect(r.out).toContain('Wait a minute');
    expect(r.out).toContain('SmartCode 913');
  });

  it('--meaning shows what a signal looks and sounds like', () => {
    const r = lockstep('--model', 'powerbolt-250', '--meaning', 'lockout');
    expect(r.code).toBe(0);
    expect(r.out).toContain('red ×15 with 15 beeps');
    expect(lockstep('--meaning', 'xyzzy').code).toBe(1);
  });

  it('--json', () => {
    const r = lockstep('--model', 'smartcode-916', '--json', 'one X and one beep');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.model).toBe('smartcode-916');
    expect(j.best[0]).toBe('wrongCode');
    expect(j.matches[0]).toMatchObject({ signal: 'wrongCode', looksLike: 'red ×1 with 1 beep', quality: 'exact' });
  });

  it('exits 1 with a hint when nothing matches', () => {
    const r = lockstep('blue light and a honk');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Could not make out/);
    expect(r.out).toMatch(/ignored: blue, honk/);
    for (const said of ['nothing at all', 'keypad dead']) {
      const dark = lockstep(said);
      expect(dark.code, said).toBe(1);
      expect(dark.out, said).toMatch(/you said: no light, no beep/);
      expect(dark.out, said).toMatch(/fresh AA batteries first.*cable from the keypad to the interior assembly.*only a factory reset/);
    }
  });

  it('words it cannot read as a light or a sound get the next step on that model: the doctor, and how to do its reset', () => {
    const r = lockstep('--model', 'powerbolt-264', 'my lock has no program button, how do I reset it');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Could not make out/);
    expect(r.out).toContain('lockstep doctor --model powerbolt-264');
    expect(r.out).toContain('lockstep practice-reset --model powerbolt-264');
  });

  it('exits 2 for an unknown model, listing the ids, and for nothing to decode', () => {
    const r = lockstep('--model', 'smartcode-000', 'red x3');
    expect(r.code).toBe(2);
    expect(r.err).toContain('smartcode-913');
    expect(r.err).toContain('powerbolt-250');
    expect(lockstep().code).toBe(2);
  });

  it('exits 2 for an empty --meaning, naming the option, not asking for what was seen', () => {
    for (const word of ['', '   ']) {
      const r = lockstep('--meaning', word);
      expect(r.code, JSON.stringify(word)).toBe(2);
      expect(r.err, JSON.stringify(word)).toMatch(/^error: --meaning: give a word for the signal, e\.g\. lockstep decode --meaning lockout/);
    }
  });
});
