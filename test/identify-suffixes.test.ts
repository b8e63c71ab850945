// Identifying a lock (seed S13) from a model number read with the letters and numbers printed after
// it on the lock or its box ("914TRL", "275 CNT 15", "916TRLZW500"): whatever follows the number,
// glued to it or not, does not stop the number naming its model. No source lockstep knows says
// what those letters and numbers mean, so they tell no model apart and none is read as a style, a
// finish or a radio: `lockstep identify` and the page's model finder say so, in the same line.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify } from '../src/models/identify.ts';
import { identifyCommand } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';

const best = (text: string) => {
  const found = identify(text);
  return found.filter((f) => f.score === found[0]?.score).map((f) => f.model.id).sort();
};

describe('identify: a model number with letters and numbers after it', () => {
  it.each([
    ['914TRL', 'smartcode-914'],
    ['914 TRL 15', 'smartcode-914'],
    ['914TRL15', 'smartcode-914'],
    ['914TRL-15', 'smartcode-914'],
    ['913TRL15', 'smartcode-913'],
    ['916TRL', 'smartcode-916'],
    ['916 TRL ZW500', 'smartcode-916'],
    ['916TRLZW500', 'smartcode-916'],
    ['275 CNT', 'smartcode-275'],
    ['275CNT15', 'smartcode-275'],
    ['275CNT 11P', 'smartcode-275'],
    ['909CNT', 'smartcode-909'],
    ['910TRLZW514', 'smartcode-910'],
    ['620TRLZW700-15S', 'homeconnect-620'],
  ])('%s is the %s', (text, id) => {
    expect(best(text)).toEqual([id]);
  });

  it('the same number glued to its letters or apart finds the same models', () => {
    const ids = (text: string) => identify(text).map((f) => f.model.id);
    expect(ids('914TRL')).toEqual(ids('914 TRL'));
    expect(ids('916TRLZW500')).toEqual(ids('916 TRL ZW500'));
  });

  it('a part number no source ties to a model is not read as one: 99140-001 is not taken for the 914', () => {
    expect(identify('99140-001')).toEqual([]);
  });
});

/** The lines `lockstep identify` prints, in plain text. */
function cliLines(text: string): string[] {
  const lines: string[] = [];
  identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)));
  return lines;
}
const notReadLines = (text: string) => cliLines(text).filter((l) => l.includes(': not read'));

describe('identify: what follows a model number is said not read', () => {
  it.each([
    ['914TRL', '"TRL" after 914: not read — no source lockstep knows says what it means.'],
    ['914 TRL 15', '"TRL", "15" after 914: not read — no source lockstep knows says what they mean.'],
    ['914TRL-15', '"TRL", "15" after 914: not read — no source lockstep knows says what they mean.'],
    ['275 CNT', '"CNT" after 275: not read — no source lockstep knows says what it means.'],
    ['275cnt 11p', '"cnt", "11p" after 275: not read — no source lockstep knows says what they mean.'],
    ['916 TRL ZW500', '"TRL", "ZW500" after 916: not read — no source lockstep knows says what they mean.'],
    ['916TRLZW500', '"TRLZW500" after 916: not read — no source lockstep knows says what it means.'],
    ['910 TRL ZW 514', '"TRL", "ZW", "514" after 910: not read — no source lockstep knows says what they mean.'],
    ['SmartCode 5 CNT', '"CNT" after 5: not read — no source lockstep knows says what it means.'],
  ])('%s', (text, line) => {
    expect(notReadLines(text)).toEqual([line]);
    expect(identifyCommand(text, false, () => {})).toBe(0);
  });

  it('says nothing of what identify reads: a part number whole, a look put in words, a count', () => {
    for (const text of ['92640-001', '53733-001', '914', '914 Z-Wave', 'SmartCode 914 with a Lock button', '909 5 buttons', '916 touchscreen', '9GED14900', 'HC620']) {
      expect(notReadLines(text), text).toEqual([]);
    }
  });

  it('matches no other model by them: "TRL" after the 914 does not make the TRL-labelled Z-Wave models look-alikes', () => {
    const ids = (text: string) => identify(text).map((f) => f.model.id);
    // The 913, the 914's look-alike, is ruled out by the Z-Wave said (it has none).
    expect(ids('Kwikset 914TRL 11P Z-Wave')).toEqual(['smartcode-914']);
    expect(ids('914 TRL Z-Wave')).toEqual(['smartcode-914']);
    expect(ids('Kwikset 914TRL 11P')).toEqual(['smartcode-914', 'smartcode-913']);
    // Said alone, with no model number before it, it is a word of those identifiers as ever.
    expect(ids('TRL').sort()).toEqual(['homeconnect-620', 'smartcode-910', 'smartcode-913', 'smartcode-914', 'smartcode-916']);
  });

  it('reads no style, finish or radio from them: "275 CNT" and "914 TRL ZW" describe nothing', () => {
    expect(identify('275 CNT')[0].described).toBeUndefined();
    expect(identify('914 TRL ZW')[0].described).toBeUndefined();
  });

  it('the page\'s model finder says the same line', () => {
    for (const text of ['916 TRL ZW500', '275 CNT']) {
      const [line] = notReadLines(text);
      expect(findModels(text).note).toBe(`${line} 1 model matches: pick yours.`);
    }
  });
});
