// Identifying a lock (seed S13): a model whose profile contradicts what the owner described —
// lacks a feature said ("Z-Wave": the 909, §3; "5 buttons": the 10-digit 914, §1, and the 916's
// touchscreen, §2), or has one said not — is not possible (a value only assumed rules nothing
// out: identify-assumed-look.test.ts). It is listed apart, ruled out by
// what it contradicts, in `lockstep identify` and the page's model finder alike, while a model
// whose profile does not say (no source names a style for it) stays possible.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify, identifyWithRuledOut } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';
import { modelNamed } from '../src/models/model-named.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id).sort();
const ruledOut = (text: string) => Object.fromEntries(identifyWithRuledOut(text).ruledOut.map((f) => [f.model.id, f.ruledOutBy]));

/** The lines `lockstep identify` prints, in plain text, and its exit code. */
function cli(text: string): { lines: string[]; code: number } {
  const lines: string[] = [];
  const code = identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)));
  return { lines, code };
}

describe('identify: a model that contradicts what was described is ruled out', () => {
  it('"a Z-Wave sticker and 5 buttons": the 910 fits both; the rest a source says lack one are ruled out, each by what it lacks', () => {
    const text = 'it has a Z-Wave sticker and 5 buttons';
    expect(ids(text)).toEqual(['homeconnect-620', 'powerbolt-2', 'smartcode-910']);
    expect(ruledOut(text)).toEqual({
      'smartcode-909': ['Z-Wave'],
      'smartcode-914': ['5 buttons'],
      'smartcode-916': ['5 buttons'],
    });
  });

  it('says why in the CLI, a line for each feature after the possible models, and the page\'s finder counts only those', () => {
    const { lines, code } = cli('it has a Z-Wave sticker and 5 buttons');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^smartcode-910 +SmartCode 910 \(Z-Wave\)  best match \(described: Z-Wave, 5 buttons\)$/);
    expect(lines.slice(6, 8)).toEqual([
      'Ruled out by "Z-Wave": smartcode-909.',
      'Ruled out by "5 buttons": smartcode-914, smartcode-916.',
    ]);
    expect(lines.filter((l) => /possible/.test(l)).map((l) => l.split(' ')[0])).toEqual(['homeconnect-620', 'powerbolt-2']);
    const { note, found, ruledOut: apart } = findModels('it has a Z-Wave sticker and 5 buttons');
    expect(found.map((f) => f.id)).toEqual(['smartcode-910', 'homeconnect-620', 'powerbolt-2']);
    expect(note).toBe('3 models match: pick yours.');
    expect(apart.slice(0, 2)).toEqual([
      'Ruled out by "Z-Wave": SmartCode 909.',
      'Ruled out by "5 buttons": SmartCode 914 (Z-Wave), SmartCode 916 (touchscreen, Z-Wave).',
    ]);
  });

  it('rules out by a feature said not: "Z-Wave, no touchscreen" is not the 916', () => {
    expect(ids('Z-Wave, no touchscreen')).toEqual(expect.arrayContaining(['homeconnect-620', 'smartcode-910', 'smartcode-914']));
    expect(ids('Z-Wave, no touchscreen')).not.toContain('smartcode-916');
    expect(ruledOut('Z-Wave, no touchscreen')['smartcode-916']).toEqual(['no touchscreen']);
    // The keypads of buttons without Z-Wave fit the one and not the other.
    expect(ruledOut('Z-Wave, no touchscreen')['smartcode-913']).toEqual(['Z-Wave']);
  });

  it('keeps a model whose profile does not say: no source names the 913\'s style', () => {
    const text = 'SmartCode 913, traditional style';
    expect(ids(text)).toContain('smartcode-913');
    expect(ruledOut(text)).toEqual({});
  });

  it('rules out a model named by its number when it contradicts the look, and says so; the number is still known', () => {
    const text = '914 touchscreen';
    expect(ids(text)).toEqual(['smartcode-916']);
    // The 913, the 914's look-alike (its note: "914 (Z-Wave variant)"), has buttons too.
    expect(ruledOut(text)).toEqual({ 'smartcode-913': ['a touchscreen'], 'smartcode-914': ['a touchscreen'] });
    const { lines } = cli(text);
    expect(lines.join('\n')).not.toMatch(/No model is numbered/);
  });

  it('rules out nothing by what no model has: that is said, and used neither way', () => {
    expect(ids('SmartCode 913 with Wi-Fi')).toEqual(['smartcode-913']);
    expect(ruledOut('SmartCode 913 with Wi-Fi')).toEqual({});
  });

  it('an identifier typed whole, note and all, is that model, whatever its note says', () => {
    expect(ids('914 (Z-Wave variant)')).toContain('smartcode-913');
    expect(modelNamed('914 (Z-Wave variant)').model?.id).toBe('smartcode-913');
  });

  it('where every model the text fits is ruled out, nothing matches (exit 1), and why is still said', () => {
    // (The 264's keypad is only assumed, so a checkmark no longer rules it out: identify-button-sources.)
    const { lines, code } = cli('a checkmark and two digits per button');
    expect(code).toBe(EXIT_NO_MATCH);
    expect(lines.join('\n')).toMatch(/No model matches/);
    expect(lines.slice(-2)).toEqual(['Ruled out by "a checkmark": powerbolt-2, smartcode-909, smartcode-910.', 'Ruled out by "2 digits per button": smartcode-916.']);
  });
});
