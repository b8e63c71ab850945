// Identifying a lock (seed S13): a profile's look value graded "assumed" — no source says it, as
// the Powerbolt 2's "no radio" (product-facts §5 names none) or the 620's keypad of ten buttons
// (§4 names a Z-Wave keypad, not its layout) — does not rule the model out: a guess must not
// exclude the owner's lock. The model stays possible, and a line says the value is assumed. A
// value a source gives still rules out: the 909's no radio (§3), the 914's ten buttons (§1).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify, identifyWithRuledOut } from '../src/models/identify.ts';
import { identifyCommand } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';
import { describedNotes } from '../src/models/described-notes.ts';
import { MODELS } from '../src/models/index.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id).sort();
const ruledOut = (text: string) => Object.fromEntries(identifyWithRuledOut(text).ruledOut.map((f) => [f.model.id, f.ruledOutBy]));

function cliLines(text: string): string[] {
  const lines: string[] = [];
  identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)));
  return lines;
}

describe('identify: an assumed look value rules no model out', () => {
  const text = 'it has a Z-Wave sticker and 5 buttons';

  it('keeps the Powerbolt 2 (its no radio assumed) and the 620 (its ten buttons assumed) possible', () => {
    expect(ids(text)).toEqual(['homeconnect-620', 'powerbolt-2', 'smartcode-910']);
    expect(ruledOut(text)['powerbolt-2']).toBeUndefined();
    expect(ruledOut(text)['homeconnect-620']).toBeUndefined();
  });

  it('still rules out by a sourced value: the 909\'s no radio, the 914\'s ten buttons, the 916\'s touchscreen', () => {
    expect(ruledOut(text)).toEqual({
      'smartcode-909': ['Z-Wave'],
      'smartcode-914': ['5 buttons'],
      'smartcode-916': ['5 buttons'],
    });
  });

  it('keeps the Powerbolt 250 possible by "a touchscreen": that it has buttons is assumed (§6); the Powerbolt 2\'s are sourced (M10)', () => {
    expect(ids('Powerbolt 250 with a touchscreen')).toContain('powerbolt-250');
    expect(ruledOut('Powerbolt 250 with a touchscreen')['powerbolt-250']).toBeUndefined();
    expect(ruledOut('Powerbolt 2 with a touchscreen')['powerbolt-2']).toEqual(['a touchscreen']);
  });

  it('says in the CLI and the page\'s finder which models only an assumed value contradicts', () => {
    const lines = cliLines(text);
    expect(lines).toContain('Not ruled out by "Z-Wave", which only an assumed value contradicts: powerbolt-2.');
    expect(lines).toContain('Not ruled out by "5 buttons", which only an assumed value contradicts: homeconnect-620.');
    expect(lines).toContain('Ruled out by "Z-Wave": smartcode-909.');
    expect(findModels(text).ruledOut).toContain('Not ruled out by "Z-Wave", which only an assumed value contradicts: Powerbolt 2.');
  });
});

describe('identify: what every model has is graded as the ruled-out lines are', () => {
  it('says that the Powerbolt 2\'s and the 264\'s Program buttons are only assumed (product-facts names none, §5, §7)', () => {
    const line = 'Every model lockstep knows has a Program button; only an assumed value says so of powerbolt-264, powerbolt-92640-001, powerbolt-2.';
    expect(cliLines('Program button')).toContain(line);
    expect(cliLines('without a Program button')).toContain(line);
    expect(findModels('Program button').note).toMatch(/^Every model lockstep knows has a Program button; only an assumed value says so of Powerbolt 264, Powerbolt 264 — SKU 92640-001, Powerbolt 2\. /);
  });

  it('reads the grade from the profiles\' sources: with every Program button documented, the note names none', () => {
    const documented = MODELS.map((m) => ({ ...m, sources: { ...m.sources, 'look.programButton': 'product-facts K1' } }));
    expect(describedNotes('Program button', (m) => m.id, documented)).toEqual(['Every model lockstep knows has a Program button.']);
    const oneAssumed = documented.map((m) => (m.id === 'smartcode-913' ? { ...m, sources: { ...m.sources, 'look.programButton': 'assumed: fixture' } } : m));
    expect(describedNotes('Program button', (m) => m.id, oneAssumed)).toEqual(['Every model lockstep knows has a Program button; only an assumed value says so of smartcode-913.']);
  });
});
