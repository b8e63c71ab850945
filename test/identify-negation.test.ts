// Identifying a lock (seed S13) from a look put in words and negated: "no reset button",
// "without Z-Wave", "doesn't have a touchscreen" describe the models that lack it (the Reset
// button: M11; Z-Wave: product-facts §1–§4; the touchscreen: §2, M5, M7), never those that have
// it. The negation stands just before what it negates ("no", "not", "without", "doesn't have",
// "does not have", "isn't", "lacks", an article between at most), and is said so ("no Z-Wave").
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';
import { MODELS } from '../src/models/index.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id).sort();
const best = (text: string) => {
  const found = identify(text);
  return found.filter((f) => f.score === found[0]?.score).map((f) => f.model.id).sort();
};
const ALL = MODELS.map((m) => m.id).sort();
const except = (ids: readonly string[]) => ALL.filter((id) => !ids.includes(id));
const Z_WAVE = ['homeconnect-620', 'smartcode-910', 'smartcode-914', 'smartcode-916'];
const RESET_BUTTON = ['powerbolt-2', 'powerbolt-264', 'powerbolt-92640-001'];
const TOUCHSCREEN = ['smartcode-916'];
const TWO_DIGIT_KEYPADS = ['powerbolt-2', 'smartcode-909', 'smartcode-910'];

describe('identify: a look put in words, negated', () => {
  it.each(['no reset button', 'without a Reset button', 'lacks the reset button', "doesn't have a reset button"])('%s: the models without a Reset button', (text) => {
    expect(ids(text)).toEqual(except(RESET_BUTTON));
    expect(identify(text)[0].described).toEqual(['no Reset button']);
  });

  it.each(['no Z-Wave', 'without Z-Wave', 'not Z-Wave', 'not a zwave lock', "doesn't have Z-Wave", 'does not have z wave', "isn't Z-Wave", 'lacks Z-Wave'])('%s: the models without Z-Wave, equally', (text) => {
    // The 916 is sold with Zigbee too (M5): its Zigbee one has no Z-Wave.
    expect(ids(text)).toEqual(except(Z_WAVE.filter((id) => id !== 'smartcode-916')));
    expect(best(text)).toEqual(ids(text));
  });

  it.each(["doesn't have a touchscreen", 'no screen', 'no touch screen', 'without a touchscreen'])('%s: the keypads of buttons', (text) => {
    expect(ids(text)).toEqual(except(TOUCHSCREEN));
    expect(identify(text)[0].described).toEqual(['no touchscreen']);
  });

  it('not two digits per button: the keypads of one digit a button, and the touchscreen', () => {
    expect(ids('not two digits per button')).toEqual(except(TWO_DIGIT_KEYPADS));
    expect(identify('not two digits per button')[0].described).toEqual(['not 2 digits per button']);
  });

  it('not contemporary: the models a source names in another style', () => {
    expect(ids('not contemporary')).toEqual(['smartcode-909', 'smartcode-916']);
  });

  it('negates only what it stands just before', () => {
    expect(best('Z-Wave, no touchscreen')).toEqual(['homeconnect-620', 'smartcode-910', 'smartcode-914']);
    expect(identify('Z-Wave, no touchscreen')[0].described).toEqual(['Z-Wave', 'no touchscreen']);
    expect(ids('no idea, Z-Wave I think')).toEqual(Z_WAVE);
    expect(best('SmartCode without Z-Wave')).toEqual(['smartcode-275', 'smartcode-909', 'smartcode-913', 'smartcode-916', 'smartcode-955']);
  });

  it('says the negation, in the list and in --json', () => {
    const printedLines: string[] = [];
    expect(identifyCommand('no Z-Wave', false, (l) => printedLines.push(l))).toBe(0);
    const lines = printedLines.map((l) => stripVTControlCharacters(l));
    expect(lines.find((l) => l.startsWith('smartcode-913'))).toMatch(/best match \(described: no Z-Wave\)$/);
    expect(lines.some((l) => l.startsWith('smartcode-275'))).toBe(true);
    expect(lines.some((l) => l.startsWith('smartcode-914'))).toBe(false);
    let printed = '';
    identifyCommand('without a reset button', true, (l) => (printed = l));
    const json = JSON.parse(printed) as { id: string; described?: string[] }[];
    expect(json.map((f) => f.id).sort()).toEqual(except(RESET_BUTTON));
    expect(json.find((f) => f.id === 'smartcode-913')).toMatchObject({ described: ['no Reset button'] });
  });

  it.each([
    ['no Wi-Fi', 'No model lockstep knows has Wi-Fi.'],
    ['without a Program button', 'Every model lockstep knows has a Program button; only an assumed value says so of powerbolt-264, powerbolt-92640-001, powerbolt-2.', 'Every model lockstep knows has a Program button; only an assumed value says so of Powerbolt 264, Powerbolt 264 — SKU 92640-001, Powerbolt 2.'],
  ])('%s tells no model apart, and that is said of what is negated', (text, line, pageLine = line) => {
    const lines: string[] = [];
    expect(identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)))).toBe(EXIT_NO_MATCH);
    expect(lines[0]).toBe(line);
    expect(findModels(text).note.startsWith(`${pageLine} No model matches`)).toBe(true);
  });
});
