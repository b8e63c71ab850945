// The generic suite every profile passes (issue "The model family"): a snapshot taken mid-story
// restores exactly and continues identically; the same seed replays byte for byte; every
// identifier a profile lists leads back to it; every fact a profile states names its source.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { identify } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';
import { stripVTControlCharacters } from 'node:util';
import { patternOnKeypad } from '../src/firmware/code-store.ts';
import { hashTrace } from '../src/sim/trace.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';

/** A mixed day: codes, wrong codes, the Lock button, the door, a pack change, waits. */
const SCRIPT: Action[] = [
  { do: 'type', digits: '1357' },
  { do: 'wait', ms: 2_000 },
  { do: 'press', key: 'lock' },
  { do: 'type', digits: '9090' },
  { do: 'type', digits: '8080' },
  { do: 'press', key: 'program' },
  { do: 'type', digits: '2468' },
  { do: 'press', key: 'lock' },
  { do: 'wait', ms: 7_000 },
  { do: 'door', state: 'closed' },
  { do: 'thumbturn', dir: 'lock' },
  { do: 'battery-out' },
  { do: 'wait', ms: 60_000 },
  { do: 'battery-in', volts: 6.1 },
  { do: 'wait', ms: 5_000 },
  { do: 'type', digits: '1357' },
  { do: 'wait', ms: 3_000 },
];

function make(modelId: string): Twin {
  return Twin.create(modelId, { seed: 11, doorOpen: true, codes: { 1: '1357' } });
}

describe.each(MODELS.map((m) => [m.id, m] as const))('%s', (id, model) => {
  it('replays the same seed byte for byte', () => {
    const a = make(id);
    const b = make(id);
    for (const act of SCRIPT) {
      a.apply(act);
      b.apply(act);
    }
    expect(hashTrace(a.trace.entries)).toBe(hashTrace(b.trace.entries));
    expect(a.trace.length).toBeGreaterThan(SCRIPT.length);
  });

  it('restores from a snapshot at every step and continues identically', () => {
    const ref = make(id);
    const snaps: Array<{ snap: string; at: number }> = [];
    for (const act of SCRIPT) {
      snaps.push({ snap: JSON.stringify(ref.snapshot()), at: ref.trace.length });
      ref.apply(act);
    }
    for (let k = 0; k < SCRIPT.length; k += 3) {
      // Through the check every reader of a snapshot file applies: each real snapshot passes it.
      const twin = Twin.restore(checkSnapshot(JSON.parse(snaps[k].snap)));
      for (let i = k; i < SCRIPT.length; i++) twin.apply(SCRIPT[i]);
      expect(twin.trace.entries).toEqual(ref.trace.entries.slice(snaps[k].at));
    }
  });

  it('is found by each of its identifiers (S13)', () => {
    for (const ident of model.identifiers) {
      const found = identify(ident).map((f) => f.model.id);
      expect(found).toContain(id);
    }
    expect(model.distinguish.length).toBeGreaterThan(20);
  });

  it('gives each programming-menu item its own key', () => {
    const items = Object.values(model.menu ?? {}).filter((v): v is string => typeof v === 'string');
    const keys = items.map((digit) => patternOnKeypad(model.keypad.digitsPerKey, digit));
    expect(new Set(keys).size, `menu ${items.join(', ')} on ${model.keypad.digitsPerKey}-digit keys`).toBe(items.length);
  });

  it('cites a source for its key facts', () => {
    for (const key of ['codes.capacity', 'timing.resetHoldMs', 'lockout', 'signals.lockout', 'signals.resetDone']) {
      expect(model.sources[key], key).toBeTruthy();
    }
  });

  it('says door handing follows its reset only where handing runs by itself (S16; M15, M8)', () => {
    // decode and the page show this meaning under the reset's signal: on the 909 (Lock held as the
    // pack goes in) and the 620 (the gesture released early) the owner starts handing by hand.
    const { meaning } = model.signals.resetDone;
    if (model.handing.trigger === 'auto') expect(meaning).not.toMatch(/does not start by itself/);
    else expect(meaning).not.toMatch(/handing follows/);
  });
});

describe('identify', () => {
  it('answers the seed\'s models by their numbers', () => {
    expect(identify('92640-001')[0].model.id).toBe('powerbolt-92640-001');
    // A part number's suffix names no model: many share it.
    expect(identify('part 001')).toEqual([]);
    expect(identify('12345-001')).toEqual([]);
    expect(identify('53733-001')[0].model.id).toBe('powerbolt-240');
    expect(identify('Powerbolt 250')[0].model.id).toBe('powerbolt-250');
    expect(identify('SmartCode 913')[0].model.id).toBe('smartcode-913');
    expect(identify('Contemporary 275')[0].model.id).toBe('smartcode-275');
    expect(identify('zzz')).toEqual([]);
  });

  it('does not call a family word a match when the number given is none of ours', () => {
    const lines: string[] = [];
    expect(identifyCommand('SmartCode 888', false, (l) => lines.push(l))).toBe(EXIT_NO_MATCH);
    expect(stripVTControlCharacters(lines[0])).toBe('No model is numbered "888". The rest of what you typed fits the models below; check the number on the interior escutcheon or the box, or pick by the descriptions.');
    expect(lines.join('\n')).not.toContain('best match');
    // What matched is what was typed — the family word — said with the identifier it matched, one
    // printed on the lock or its box ("SmartCode 275"), not lockstep's own id ("smartcode-275").
    const listed = lines.slice(1).map(stripVTControlCharacters).filter((l) => l.startsWith('smartcode-'));
    expect(listed.length).toBeGreaterThan(1);
    for (const line of listed) expect(line).toMatch(/ possible \(the word "smartcode" matched "SmartCode \d+"\)$/);
    const number: string[] = [];
    identifyCommand('914', false, (l) => number.push(l));
    expect(number.map(stripVTControlCharacters).find((l) => l.startsWith('smartcode-913'))).toMatch(/ possible \(the word "914" matched "914 \(Z-Wave variant\)"\)$/);
    expect(identifyCommand('Powerbolt 999', true, () => {})).toBe(EXIT_NO_MATCH);
    // A known number beside an unknown one still identifies; a family word alone lists the family.
    expect(identifyCommand('913 TRL 2019', false, () => {})).toBe(0);
    expect(identifyCommand('SmartCode', false, () => {})).toBe(0);
  });

  it('--json says what the text says: best or possible, and the words a match rests on', () => {
    const json = (text: string) => {
      let printed = '';
      identifyCommand(text, true, (l) => (printed = l));
      return JSON.parse(printed) as { id: string; strength: string; matched: string; words?: string[] }[];
    };
    // "SmartCode 888": no model is numbered 888, so none is the best match, as the text says.
    const unknown = json('SmartCode 888');
    expect(unknown.length).toBeGreaterThan(1);
    for (const f of unknown) expect(f).toMatchObject({ strength: 'possible', words: ['smartcode'] });
    const sku = json('92640-001');
    expect(sku[0]).toMatchObject({ id: 'powerbolt-92640-001', strength: 'best', matched: '92640-001' });
    expect(sku[0].words).toBeUndefined();
    expect(sku.find((f) => f.id === 'powerbolt-264')).toMatchObject({ strength: 'possible' });
  });

  it('shows what was typed when the text is a piece of an identifier, not the identifier never typed', () => {
    const lines: string[] = [];
    expect(identifyCommand('SmartCode', false, (l) => lines.push(l))).toBe(0);
    const listed = lines.map(stripVTControlCharacters).filter((l) => l.startsWith('smartcode-'));
    expect(listed.length).toBeGreaterThan(1);
    for (const line of listed) expect(line).toMatch(/ \(the word "smartcode" matched "SmartCode \d+"\)$/);
    const power: string[] = [];
    identifyCommand('Power bolt', false, (l) => power.push(l));
    const first = stripVTControlCharacters(power[0]!);
    expect(first).toMatch(/^powerbolt-/);
    expect(first).toMatch(/ \(the words "power", "bolt" matched "Powerbolt \d+"\)$/);
  });

  // Matched as pieces of text, these named a model that is not theirs as the best match, exit 0.
  it.each([
    ['SmartCode 9130', '9130'],
    ['Powerbolt 24', '24'],
    ['Powerbolt 25', '25'],
    ['SmartCode 91', '91'],
    ['Powerbolt 3', '3'],
  ])('takes the number in %s whole: none of ours is numbered %s', (text, number) => {
    const lines: string[] = [];
    expect(identifyCommand(text, false, (l) => lines.push(l))).toBe(EXIT_NO_MATCH);
    expect(stripVTControlCharacters(lines[0])).toContain(`No model is numbered "${number}".`);
    expect(lines.join('\n')).not.toContain('best match');
  });

  it('puts a model found by its own identifier above one whose note only shares the number', () => {
    for (const text of ['Kwikset SmartCode 914 TRL ZW', 'kwikset 914']) {
      const found = identify(text);
      expect(found[0].model.id, text).toBe('smartcode-914');
      expect(found[1]?.model.id, text).toBe('smartcode-913');
      expect(found[1].score, text).toBeLessThan(found[0].score);
      const lines: string[] = [];
      expect(identifyCommand(text, false, (l) => lines.push(l))).toBe(0);
      const plain = stripVTControlCharacters(lines.join('\n'));
      expect(plain, text).toMatch(/smartcode-914 .* best match/);
      expect(plain, text).toMatch(/smartcode-913 .* possible/);
      expect(plain, text).not.toContain('Several models match equally');
    }
  });

  it('reads a number spelt out and a word split in two', () => {
    expect(identify('smartcode five').map((f) => f.model.id)).toEqual(['smartcode-909']);
    expect(identify('Weiser SmartCode five')[0].model.id).toBe('smartcode-909');
    expect(identify('powerbolt two')[0].model.id).toBe('powerbolt-2');
    expect(identify('it has a touch screen').map((f) => f.model.id)).toEqual(['smartcode-916']);
    expect(identify('it has a touch screen')).toEqual(identify('it has a touchscreen'));
    // A number spelt out in passing is no model number to complain of.
    expect(identifyCommand('the one with a touch screen', false, () => {})).toBe(0);
  });

  it('finds a model spelt out inside longer text, or typed without spaces', () => {
    expect(identify('Kwikset SmartCode 913 deadbolt')[0].model.id).toBe('smartcode-913');
    expect(identify('smartcode913')[0].model.id).toBe('smartcode-913');
    expect(identify('914trl zw')[0].model.id).toBe('smartcode-914');
    expect(identify('Powerbolt 2.0').map((f) => f.model.id)).toEqual(['powerbolt-2']);
  });
});
