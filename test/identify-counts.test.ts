// Identifying a lock (seed S13) from text that counts things: "two digits per button", "five
// buttons", "a 10 button keypad". A number of one or two digits is a model's only after its name
// ("Powerbolt 2", "SmartCode five"); on its own it is a count, and names no model, and so it is
// after a name where a look word follows it ("SmartCode 5 buttons" is five buttons).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify, modelNumbersIn } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';
import { describedLook } from '../src/models/described-look.ts';
import { normalise } from '../src/models/plain-words.ts';

describe('identify: a count is no model number', () => {
  it.each(['two digits per button', '2 digits per button', 'five buttons', '5 button keypad', 'ten buttons', 'one digit per button'])(
    '%s: no match rests on the count',
    (text) => {
      for (const f of identify(text)) expect(f.words ?? [], `${f.model.id} matched ${f.matched}`).not.toContain(text.match(/\d+/)?.[0] ?? 'none');
      for (const f of identify(text)) expect(f.matched ?? '', f.model.id).not.toMatch(/^(Powerbolt 2|Weiser SmartCode 5|SmartCode 5|powerbolt-2)$/);
      expect(modelNumbersIn(text)).toEqual([]);
      const lines: string[] = [];
      identifyCommand(text, false, (l) => lines.push(l));
      expect(stripVTControlCharacters(lines.join('\n'))).not.toMatch(/No model is numbered/);
    },
  );

  it('still reads a short number after a model\'s name', () => {
    expect(identify('powerbolt two')[0].model.id).toBe('powerbolt-2');
    expect(identify('Powerbolt 2')[0].model.id).toBe('powerbolt-2');
    expect(identify('smartcode five').map((f) => f.model.id)).toEqual(['smartcode-909']);
    expect(modelNumbersIn('Powerbolt 3')).toEqual(['3']);
    const lines: string[] = [];
    expect(identifyCommand('Powerbolt 3', false, (l) => lines.push(l))).toBe(EXIT_NO_MATCH);
    expect(stripVTControlCharacters(lines[0])).toContain('No model is numbered "3".');
  });

  it('takes a number of three digits or more as a model number on its own', () => {
    expect(identify('914')[0].model.id).toBe('smartcode-914');
    expect(modelNumbersIn('my lock says 888')).toEqual(['888']);
  });
});

describe('identify: a number followed by a look word is that look, even after a model\'s name', () => {
  const best = (text: string) => {
    const found = identify(text);
    return found.filter((f) => f.score === found[0].score).map((f) => f.model.id).sort();
  };

  it.each([
    ['SmartCode 5 buttons', ['smartcode-909', 'smartcode-910']],
    ['SmartCode five buttons', ['smartcode-909', 'smartcode-910']],
    ['smartcode 5 number buttons', ['smartcode-909', 'smartcode-910']],
    ['SmartCode 10 keys', ['smartcode-275', 'smartcode-913', 'smartcode-914', 'smartcode-955']],
  ])('%s: the SmartCodes of that keypad equally, none by "SmartCode 5"', (text, ids) => {
    expect(best(text)).toEqual(ids);
    for (const f of identify(text)) expect(f.matched ?? '', f.model.id).not.toMatch(/^(Weiser )?SmartCode 5$/);
    expect(modelNumbersIn(text)).toEqual([]);
  });

  it('says no number is none of ours for a count after a name ("SmartCode 10 keys")', () => {
    const lines: string[] = [];
    expect(identifyCommand('SmartCode 10 keys', false, (l) => lines.push(stripVTControlCharacters(l)))).toBe(0);
    expect(lines.some((l) => l.includes('No model is numbered'))).toBe(false);
    expect(lines.find((l) => l.startsWith('smartcode-909'))).toBeUndefined();
  });

  it('still reads the model number where no look word follows it', () => {
    expect(identify('SmartCode 5')[0].matched).toBe('SmartCode 5');
    expect(identify('Weiser SmartCode 5 with 5 buttons')[0]).toMatchObject({ matched: 'Weiser SmartCode 5', described: ['5 buttons'] });
    expect(identify('Powerbolt 2, 2 digits per button')[0]).toMatchObject({ matched: 'Powerbolt 2', said: ['powerbolt', '2'] });
    expect(identify('914 keys')[0].model.id).toBe('smartcode-914');
  });
});

describe('identify: buttons counted in words, "number buttons" and "keys" alike', () => {
  const best = (text: string) => {
    const found = identify(text);
    return found.filter((f) => f.score === found[0]?.score).map((f) => f.model.id).sort();
  };

  it.each([
    ['five number buttons', '5 buttons'],
    ['5 numbered buttons', '5 buttons'],
    ['five numbered keys', '5 buttons'],
    ['ten number buttons', '10 buttons'],
    ['twelve numeric keys', '12 buttons'],
  ])('%s: read as %s', (text, label) => {
    expect(describedLook(normalise(text)).map((d) => d.label)).toEqual([label]);
  });

  it('"a zwave sticker and five number buttons" is the 910 alone at the top, no touchscreen beside it', () => {
    expect(best('it has a zwave sticker and five number buttons')).toEqual(['smartcode-910']);
    expect(identify('it has a zwave sticker and five number buttons')[0].described).toEqual(['Z-Wave', '5 buttons']);
  });
});

describe('identify: digits per button said after the buttons ("5 buttons with 2 numbers each")', () => {
  it.each([
    ['5 buttons with 2 numbers each', ['2 digits per button', '5 buttons']],
    ['five buttons with two digits each', ['2 digits per button', '5 buttons']],
    ['buttons with 2 digits each', ['2 digits per button']],
    ['the keys have two numbers each', ['2 digits per button']],
    ['buttons with two numbers on each', ['2 digits per button']],
    ['two numbers on each button', ['2 digits per button']],
    ['ten buttons, one digit each', ['1 digit per button', '10 buttons']],
  ])('%s: read as %j', (text, labels) => {
    expect(describedLook(normalise(text)).map((d) => d.label)).toEqual(labels);
  });

  it('reads no count of digits of anything but buttons: "codes with 4 digits each"', () => {
    expect(describedLook(normalise('codes with 4 digits each'))).toEqual([]);
    expect(describedLook(normalise('5 buttons and codes with 4 digits each')).map((d) => d.label)).toEqual(['5 buttons']);
  });

  it('"5 buttons with 2 numbers each" is the five-button keypads of two digits, both described', () => {
    expect(identify('5 buttons with 2 numbers each')[0].described).toEqual(['2 digits per button', '5 buttons']);
  });
});
