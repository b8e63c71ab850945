// Identifying a lock (seed S13) from a look put in words that names one feature more than once.
// Said the same way again ("Z-Wave and also Z-Wave") it counts once. Said both ways ("touchscreen,
// no, not a touchscreen"), or as two counts a lock cannot have at once ("5 buttons, I mean 10
// buttons"), it is not used either way — which was meant is not lockstep's to guess — and a line
// says so, in `lockstep identify` and the page's model finder alike; the rest of the text still
// identifies.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id).sort();

/** The lines `lockstep identify` prints, in plain text. */
function cliLines(text: string): string[] {
  const lines: string[] = [];
  identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)));
  return lines;
}
const bothWaysLines = (text: string) => cliLines(text).filter((l) => l.includes('both said'));

describe('identify: a feature named twice', () => {
  it('said the same way twice, counts once', () => {
    expect(identify('it has Z-Wave and also Z-Wave')[0].described).toEqual(['Z-Wave']);
    expect(identify('it has Z-Wave and also Z-Wave')[0].score).toBe(identify('it has Z-Wave')[0].score);
    expect(bothWaysLines('it has Z-Wave and also Z-Wave')).toEqual([]);
  });

  it.each([
    ['touchscreen, no, not a touchscreen', '"a touchscreen" and "no touchscreen" were both said: neither is used.'],
    ['no touchscreen... actually a touch screen', '"no touchscreen" and "a touchscreen" were both said: neither is used.'],
    ['Z-Wave, no Z-Wave', '"Z-Wave" and "no Z-Wave" were both said: neither is used.'],
    ['not contemporary, contemporary', '"not Contemporary style" and "Contemporary style" were both said: neither is used.'],
    ['a reset button, no reset button', '"a Reset button" and "no Reset button" were both said: neither is used.'],
    ['5 buttons, I mean 10 buttons', '"5 buttons" and "10 buttons" were both said: neither is used.'],
    ['2 digits per button, I mean 1 digit per button', '"2 digits per button" and "1 digit per button" were both said: neither is used.'],
  ])('%s: said both ways, not used, and said so', (text, line) => {
    expect(identify(text)).toEqual([]);
    expect(bothWaysLines(text)).toEqual([line]);
    expect(identifyCommand(text, false, () => {})).toBe(EXIT_NO_MATCH);
    expect(findModels(text).note.startsWith(`${line} No model matches`)).toBe(true);
  });

  it('the rest of the text still identifies: "SmartCode 916, touchscreen, no, not a touchscreen" is the 916', () => {
    const text = 'SmartCode 916, touchscreen, no, not a touchscreen';
    expect(ids(text)).toEqual(['smartcode-916']);
    expect(identify(text)[0].described).toBeUndefined();
    expect(findModels(text).note).toBe('"a touchscreen" and "no touchscreen" were both said: neither is used. 1 model matches: pick yours.');
  });

  it('a count said not and another said is no contradiction: "not 5 buttons but 10 buttons"', () => {
    const text = 'not 5 buttons but 10 buttons';
    expect(bothWaysLines(text)).toEqual([]);
    expect([...(identify(text)[0].described ?? [])].sort()).toEqual(['10 buttons', 'not 5 buttons']);
    expect(ids(text)).not.toContain('smartcode-909');
  });
});
