// Identifying a lock (seed S13) by a button's name, matched against the model data that names it:
// the exterior key's label — Lock on the SmartCodes (product-facts §1, M15) and the Powerbolt 2
// (K-mirror, `keypad.lockKeyLabel`), Kwikset on the programming-code menu family (§7 [K5][S5]) and
// the Powerbolt 240 (M13) — the touchscreen's checkmark (M7), the Reset button of the 264 family
// and the Powerbolt 2 (M11). A button every model has (Program) tells none apart, and that is said.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { descriptionsFittingAll, identify } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id).sort();
const best = (text: string) => {
  const found = identify(text);
  return found.filter((f) => f.score === found[0]?.score).map((f) => f.model.id).sort();
};
const LOCK_BUTTON = ['homeconnect-620', 'powerbolt-2', 'smartcode-909', 'smartcode-910', 'smartcode-913', 'smartcode-914', 'smartcode-916'];
const KWIKSET_BUTTON = ['powerbolt-240', 'powerbolt-250', 'powerbolt-264', 'powerbolt-92640-001', 'smartcode-275', 'smartcode-955'];
const RESET_BUTTON = ['powerbolt-2', 'powerbolt-264', 'powerbolt-92640-001'];

describe('identify: a button put in words', () => {
  it.each(['Lock button', 'it has a lock button', 'Lock buttons'])('%s: the models whose exterior key is Lock', (text) => {
    expect(ids(text)).toEqual(LOCK_BUTTON);
    expect(best(text)).toEqual(LOCK_BUTTON);
  });

  it.each(['Kwikset button', 'a big Kwikset button'])('%s: the models whose exterior key is Kwikset', (text) => {
    expect(ids(text)).toEqual(KWIKSET_BUTTON);
  });

  it('reset button: the models with a Reset button of their own (M11)', () => {
    expect(ids('reset button')).toEqual(RESET_BUTTON);
    expect(best('reset button with two digits per button')).toEqual(['powerbolt-2']);
  });

  it('checkmark: the touchscreen whose key carries one (M7)', () => {
    expect(ids('checkmark')).toEqual(['smartcode-916']);
    expect(ids('check mark')).toEqual(['smartcode-916']);
  });

  it('adds the button to what is named: "SmartCode with a Kwikset button" puts the menu SmartCodes first', () => {
    expect(best('SmartCode with a Kwikset button')).toEqual(['smartcode-275', 'smartcode-955']);
  });

  it('a Kwikset key is the key, not the button', () => {
    expect(ids('Kwikset key')).toEqual([]);
  });

  it('says what of the text a button matched', () => {
    const lines: string[] = [];
    expect(identifyCommand('reset button', false, (l) => lines.push(l))).toBe(0);
    expect(lines.map((l) => stripVTControlCharacters(l)).find((l) => l.startsWith('powerbolt-2 '))).toMatch(/best match \(described: a Reset button\)$/);
  });

  it.each(['Program button', 'programming button'])('%s: every model has one, and that is said', (text) => {
    expect(descriptionsFittingAll(text).map((d) => d.label)).toEqual(['a Program button']);
    expect(ids(text)).toEqual([]);
    const lines: string[] = [];
    expect(identifyCommand(text, false, (l) => lines.push(l))).toBe(EXIT_NO_MATCH);
    expect(stripVTControlCharacters(lines.join('\n'))).toContain('Every model lockstep knows has a Program button; only an assumed value says so of powerbolt-264, powerbolt-92640-001, powerbolt-2.');
  });

  it('a button every model has adds to no model: "Program button and a Reset button" is the Reset-button models', () => {
    expect(ids('Program button and a Reset button')).toEqual(RESET_BUTTON);
    expect(identify('Program button and a Reset button')[0].described).toEqual(['a Reset button']);
  });
});
