// Identifying a lock (seed S13) from how it looks, put in words: buttons and the digits on each
// (product-facts §1 five rows of ten digits, §3 and M10 five buttons of two digits), a
// touchscreen (§2), the radio (Z-Wave: §1 G1, §2 G2, §3 G5, §4 G3; Zigbee: M5). The text is
// matched against the model data that carries each, not against words in the models' names.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify, matchesWhole } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';

const best = (text: string) => {
  const found = identify(text);
  return found.filter((f) => f.score === found[0]?.score).map((f) => f.model.id).sort();
};
const ids = (text: string) => identify(text).map((f) => f.model.id).sort();
const TWO_DIGIT_KEYPADS = ['powerbolt-2', 'smartcode-909', 'smartcode-910'];
const Z_WAVE = ['homeconnect-620', 'smartcode-910', 'smartcode-914', 'smartcode-916'];

describe('identify: a look put in words', () => {
  it.each(['two digits per button', '2 digits per key', 'each button has two numbers', 'five buttons', 'a 5 button keypad'])('%s: the five-button keypads of two digits a button', (text) => {
    expect(ids(text)).toEqual(TWO_DIGIT_KEYPADS);
    expect(best(text)).toEqual(TWO_DIGIT_KEYPADS);
  });

  it('ten buttons, one digit each: the keypads, not the touchscreen nor the five-button ones', () => {
    for (const text of ['ten buttons', 'one digit per button']) {
      const found = ids(text);
      expect(found, text).toContain('smartcode-913');
      expect(found, text).toContain('powerbolt-250');
      for (const id of [...TWO_DIGIT_KEYPADS, 'smartcode-916']) expect(found, text).not.toContain(id);
    }
  });

  it.each(['Z-Wave', 'zwave', 'Z-Wave Plus'])('%s: every Z-Wave model, equally', (text) => {
    expect(ids(text)).toEqual(Z_WAVE);
    expect(best(text)).toEqual(Z_WAVE);
  });

  it('Zigbee: the 916, whose guide is the Zigbee touchscreen (M5)', () => {
    expect(ids('Zigbee')).toEqual(['smartcode-916']);
  });

  it('adds what is described to what is named: the family word and the radio', () => {
    expect(best('Z-Wave SmartCode')).toEqual(['smartcode-910', 'smartcode-914', 'smartcode-916']);
    expect(best('SmartCode with two digits per button')).toEqual(['smartcode-909', 'smartcode-910']);
    expect(best('five buttons and Z-Wave')).toEqual(['smartcode-910']);
    expect(best('touch screen')).toEqual(['smartcode-916']);
  });

  it('says what of the text a description matched, and no identifier never typed', () => {
    const lines: string[] = [];
    expect(identifyCommand('Z-Wave', false, (l) => lines.push(l))).toBe(0);
    const plain = lines.map(stripVTControlCharacters);
    expect(plain.find((l) => l.startsWith('smartcode-914'))).toMatch(/ best match \(described: Z-Wave\)$/);
    let printed = '';
    identifyCommand('two digits per button', true, (l) => (printed = l));
    const json = JSON.parse(printed) as { id: string; matched?: string; described?: string[] }[];
    expect(json.find((f) => f.id === 'powerbolt-2')).toMatchObject({ described: ['2 digits per button'] });
    expect(json.find((f) => f.id === 'powerbolt-2')?.matched).toBeUndefined();
  });

  it('a description is no number: an unknown number beside it is still said', () => {
    const lines: string[] = [];
    expect(identifyCommand('Z-Wave 888', false, (l) => lines.push(l))).toBe(EXIT_NO_MATCH);
    expect(stripVTControlCharacters(lines[0])).toContain('No model is numbered "888".');
    expect(identify('Z-Wave').some(matchesWhole)).toBe(false);
  });

  it('says so where no model has what is described', () => {
    for (const [text, what] of [['Wi-Fi', 'Wi-Fi'], ['bluetooth', 'Bluetooth']]) {
      const lines: string[] = [];
      expect(identifyCommand(text, false, (l) => lines.push(l))).toBe(EXIT_NO_MATCH);
      expect(stripVTControlCharacters(lines.join('\n'))).toContain(`No model lockstep knows has ${what}.`);
    }
  });
});
