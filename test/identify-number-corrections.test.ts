// Identifying a lock (seed S13) from a model number said and then corrected: after a correction
// word ("no," with a stop after it, "sorry", "I mean", "actually"...) the later number is the one
// matched, as a look's correction takes the later value (look-corrections.ts), and a line says
// what was corrected, in `lockstep identify`, its `--json` notes and the page's model finder.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify, modelNumbersIn } from '../src/models/identify.ts';
import { identifyCommand } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id);

function cliLines(text: string, json = false): string[] {
  const lines: string[] = [];
  identifyCommand(text, json, (l) => lines.push(stripVTControlCharacters(l)), (l) => lines.push(stripVTControlCharacters(l)));
  return lines;
}

describe('identify: a model number corrected takes the later number', () => {
  it.each([
    ['913, sorry, 914', 'smartcode-914', ['smartcode-914', 'smartcode-913']],
    ["it's a 914, no, 916", 'smartcode-916', ['smartcode-916']],
    ['SmartCode 913, I mean 914', 'smartcode-914', ['smartcode-914', 'smartcode-913']],
    ['914... actually 913', 'smartcode-913', ['smartcode-913']],
    ['Powerbolt 2, sorry, 250', 'powerbolt-250', ['powerbolt-250']],
    ['910 - correction - 909', 'smartcode-909', ['smartcode-909']],
  ])('%s: %s alone is the best match', (text, best, all) => {
    const found = identify(text);
    expect(found.filter((f) => f.score === found[0].score).map((f) => f.model.id)).toEqual([best]);
    // The 913 stays only as the 914's look-alike (its note "914 (Z-Wave variant)"), as for "914".
    expect(ids(text)).toEqual(all);
  });

  it('keeps the 913 as the 914\'s look-alike, as "914" alone does', () => {
    expect(ids('913, sorry, 914')).toEqual(ids('914'));
  });

  it('says what was corrected, in the CLI, its --json notes and the page\'s finder', () => {
    const line = '"913" was corrected to "914": the earlier is not used.';
    expect(cliLines('913, sorry, 914')[0]).toBe(line);
    expect(cliLines('913, sorry, 914', true)).toContain(line);
    expect(findModels('913, sorry, 914').note.startsWith(`${line} `)).toBe(true);
    expect(cliLines("it's a 914, no, 916")[0]).toBe('"914" was corrected to "916": the earlier is not used.');
  });

  it('reads only the later number as said: a corrected number that is none of ours is said so', () => {
    expect(modelNumbersIn('913, sorry, 914')).toEqual(['914']);
    expect(modelNumbersIn('913, sorry, 888')).toEqual(['888']);
  });

  it('corrects nothing where no correction word stands between, or the later take names no number', () => {
    expect(cliLines('913 or 914').some((l) => l.includes('corrected'))).toBe(false);
    expect(ids('913 or 914')).toEqual(expect.arrayContaining(['smartcode-913', 'smartcode-914']));
    expect(ids('913, actually no touchscreen')[0]).toBe('smartcode-913');
    expect(cliLines('913, actually no touchscreen').some((l) => l.includes('corrected'))).toBe(false);
    expect(ids('No. 914')[0]).toBe('smartcode-914');
    expect(cliLines('914, no, 914').some((l) => l.includes('corrected'))).toBe(false);
  });
});
