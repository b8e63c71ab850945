// The page's "Not sure which?" model finder (web/src/model-finder.ts) says what `lockstep identify`
// says of a look that tells no model apart (seed S13): one no model has ("No model lockstep knows
// has Wi-Fi.") and one every model has ("Every model lockstep knows has a Program button", with the
// models whose profile says so only by an assumed value, by name), in the same words, where
// before it said only that no model matched.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { findModels } from '../web/src/model-finder.ts';
import { identifyCommand } from '../src/cli/identify-command.ts';

/** The lines `lockstep identify` prints of what is described, in plain text. */
function cliLines(text: string): string[] {
  const lines: string[] = [];
  identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)));
  return lines.filter((l) => /^(No model lockstep knows has|Every model lockstep knows has) /.test(l));
}

describe('the page\'s model finder says what identify says of a described look', () => {
  it.each([
    ['Wi-Fi', 'No model lockstep knows has Wi-Fi.'],
    ['bluetooth', 'No model lockstep knows has Bluetooth.'],
    ['Program button', 'Every model lockstep knows has a Program button; only an assumed value says so of powerbolt-264, powerbolt-92640-001, powerbolt-2.', 'Every model lockstep knows has a Program button; only an assumed value says so of Powerbolt 264, Powerbolt 264 — SKU 92640-001, Powerbolt 2.'],
  ])('%s', (text, line, pageLine = line) => {
    const { note, found } = findModels(text);
    expect(found).toEqual([]);
    expect(cliLines(text)).toEqual([line]);
    expect(note.startsWith(`${pageLine} No model matches “${text}”.`)).toBe(true);
  });

  it('says it beside the models the rest of the text fits', () => {
    const { note, found } = findModels('SmartCode 913 with Wi-Fi');
    expect(found[0].id).toBe('smartcode-913');
    expect(note).toBe('No model lockstep knows has Wi-Fi. 1 model matches: pick yours.');
  });

  it('says the count alone where the text describes nothing amiss', () => {
    expect(findModels('916').note).toBe('1 model matches: pick yours.');
  });
});
