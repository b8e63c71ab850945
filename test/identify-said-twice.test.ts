// Identifying a lock (seed S13) from a look put in words that names one feature more than once.
// Said the same way again ("Z-Wave and also Z-Wave") it counts once. Said both ways with no
// correction word between ("Z-Wave, no Z-Wave"), or as two counts a lock cannot have at once ("5
// buttons and 10 buttons"), it is a contradiction, not used either way — which was meant is not
// lockstep's to guess — and a line names both, in `lockstep identify` and the page's model finder
// alike; the rest of the text still identifies. A correction ("5 buttons, I mean 10 buttons") is
// no contradiction: identify-corrections.test.ts.
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
const bothWaysLines = (text: string) => cliLines(text).filter((l) => l.includes('contradict each other'));
const HOW_TO_CORRECT = 'neither is used; to correct one, say "I mean" before the right one.';

describe('identify: a feature named twice', () => {
  it('said the same way twice, counts once', () => {
    expect(identify('it has Z-Wave and also Z-Wave')[0].described).toEqual(['Z-Wave']);
    expect(identify('it has Z-Wave and also Z-Wave')[0].score).toBe(identify('it has Z-Wave')[0].score);
    expect(bothWaysLines('it has Z-Wave and also Z-Wave')).toEqual([]);
  });

  it.each([
    ['Z-Wave, no Z-Wave', '"Z-Wave" and "no Z-Wave"'],
    ['not contemporary, contemporary', '"not Contemporary style" and "Contemporary style"'],
    ['a reset button, no reset button', '"a Reset button" and "no Reset button"'],
    ['5 buttons and 10 buttons', '"5 buttons" and "10 buttons"'],
    ['five buttons, ten buttons', '"5 buttons" and "10 buttons"'],
    ['2 digits per button and 1 digit per button', '"2 digits per button" and "1 digit per button"'],
    ['a touchscreen with no touchscreen', '"a touchscreen" and "no touchscreen"'],
  ])('%s: a contradiction, not used, and a line names both', (text, both) => {
    const line = `${both} contradict each other: ${HOW_TO_CORRECT}`;
    expect(identify(text)).toEqual([]);
    expect(bothWaysLines(text)).toEqual([line]);
    expect(identifyCommand(text, false, () => {})).toBe(EXIT_NO_MATCH);
    expect(findModels(text).note.startsWith(`${line} No model matches`)).toBe(true);
  });

  it('the rest of the text still identifies: "SmartCode 916, Z-Wave, no Z-Wave" is the 916', () => {
    const text = 'SmartCode 916, Z-Wave, no Z-Wave';
    expect(ids(text)).toEqual(['smartcode-916']);
    expect(identify(text)[0].described).toBeUndefined();
    expect(findModels(text).note).toBe(`"Z-Wave" and "no Z-Wave" contradict each other: ${HOW_TO_CORRECT} 1 model matches: pick yours.`);
  });

  it('a count said not and another said is no contradiction: "not 5 buttons but 10 buttons"', () => {
    const text = 'not 5 buttons but 10 buttons';
    expect(bothWaysLines(text)).toEqual([]);
    expect([...(identify(text)[0].described ?? [])].sort()).toEqual(['10 buttons', 'not 5 buttons']);
    expect(ids(text)).not.toContain('smartcode-909');
  });
});
