// Identifying a lock (seed S13) from a look put in words and then corrected: a correction word
// ("no," with a stop after it, "sorry", "I mean", "actually"...) before a later mention of the same
// topic makes the later the one used ("5 buttons, no, 10 buttons" is ten buttons), and a line
// says what was corrected, in `lockstep identify`, its `--json` notes and the page's model finder.
// "no" without a stop is still a negation ("5 buttons, no touchscreen"); a take that says nothing
// of a topic corrects nothing of it; two values said with no correction word between are a
// contradiction (identify-said-twice.test.ts).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify } from '../src/models/identify.ts';
import { describedLook } from '../src/models/described-look.ts';
import { identifyCommand } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';

const labels = (text: string) => describedLook(text).map((d) => d.label);

function cliLines(text: string, json = false): string[] {
  const lines: string[] = [];
  identifyCommand(text, json, (l) => lines.push(stripVTControlCharacters(l)), (l) => lines.push(stripVTControlCharacters(l)));
  return lines;
}

describe('identify: a look corrected takes the later value', () => {
  it.each([
    ['5 buttons, no, 10 buttons', ['10 buttons']],
    ['five buttons - no - ten buttons', ['10 buttons']],
    ['5 buttons, sorry, 10 buttons', ['10 buttons']],
    ['5 buttons, I mean 10 buttons', ['10 buttons']],
    ['10 buttons... actually 5 buttons', ['5 buttons']],
    ['2 digits per button, I mean 1 digit per button', ['1 digit per button']],
    ['touchscreen, no, not a touchscreen', ['no touchscreen']],
    ['no touchscreen... actually a touch screen', ['a touchscreen']],
    ['Z-Wave, sorry, Zigbee', ['Zigbee']],
    ['Lock button, I mean a Kwikset button', ['a Kwikset button']],
    ['5 buttons with 2 digits each, sorry, 10 buttons', ['10 buttons']],
  ])('%s: %j is used', (text, used) => {
    expect(labels(text)).toEqual(used);
  });

  it('"5 buttons, no, 10 buttons" lists the ten-button keypads, not the five-button ones', () => {
    const ids = identify('5 buttons, no, 10 buttons').map((f) => f.model.id);
    expect(ids).toContain('smartcode-913');
    expect(ids).not.toContain('smartcode-909');
    expect(ids).not.toContain('powerbolt-2');
    expect(identify('5 buttons, no, 10 buttons')[0].described).toEqual(['10 buttons']);
  });

  it('says what was corrected, in the CLI, its --json notes and the page\'s finder', () => {
    const line = '"5 buttons" was corrected to "10 buttons": the earlier is not used.';
    expect(cliLines('5 buttons, no, 10 buttons')[0]).toBe(line);
    expect(cliLines('5 buttons, no, 10 buttons', true)).toContain(line);
    expect(findModels('5 buttons, no, 10 buttons').note.startsWith(`${line} `)).toBe(true);
    expect(cliLines('5 buttons, no, 10 buttons').some((l) => l.includes('contradict'))).toBe(false);
  });

  it('"no" without a stop after it still negates: "5 buttons, no touchscreen" keeps both', () => {
    expect(labels('5 buttons, no touchscreen')).toEqual(['no touchscreen', '5 buttons']);
    expect(labels('5 buttons, no 10 buttons')).toEqual(['5 buttons', 'not 10 buttons']);
  });

  it('a take that says nothing of a topic corrects nothing of it', () => {
    expect(labels('5 buttons, actually Z-Wave')).toEqual(['Z-Wave', '5 buttons']);
    expect(cliLines('5 buttons, actually Z-Wave').some((l) => l.includes('corrected'))).toBe(false);
  });

  it('"No. 914" is a model number, no correction', () => {
    expect(labels('5 buttons, model No. 914, 10 buttons')).toEqual([]);
    expect(cliLines('5 buttons, model No. 914, 10 buttons')[0]).toMatch(/^"5 buttons" and "10 buttons" contradict each other/);
  });

  it('a correction that itself says two values is still a contradiction', () => {
    expect(labels('5 buttons, I mean 10 buttons and 12 buttons')).toEqual([]);
    const lines = cliLines('5 buttons, I mean 10 buttons and 12 buttons');
    expect(lines[0]).toBe('"5 buttons" was corrected to "10 buttons" and "12 buttons": the earlier is not used.');
    expect(lines[1]).toMatch(/^"10 buttons" and "12 buttons" contradict each other/);
  });
});
