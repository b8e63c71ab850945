// A part of a signal that no source gives, owned up to in the older notes' words ("beep assumed",
// "colour and count assumed", "(beep count assumed)", "the same for clearing it assumed"), was
// dropped from every citation: only a clause in the form "the beep: assumed (…)" is printed. The
// SmartCode's unlock and lock (product-facts K3 gives the light), its Program press (seed S19 names
// a beep and a flash), its Mastercode sequence (M1 gives it for setting) and the Home Connect 620's
// low battery and jam (M8 gives the beeping, no count) now say so in that form, and decode prints it.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import type { SignalName } from '../src/models/profile.ts';
import { lockstep } from './cli-run.ts';
import { expectAdviceOwnsUp, expectSourceOwnsUp } from './assumed-part-cited.ts';

const UNSOURCED: readonly [string, SignalName, string, string][] = [
  ['smartcode-913', 'unlocked', 'the beep', 'K3'],
  ['smartcode-913', 'locked', 'the beep', 'K3'],
  ['smartcode-913', 'programEnter', 'the colour and count', 'S19'],
  ['smartcode-913', 'mastercodeSet', 'the same for clearing it', 'M1'],
  ['homeconnect-620', 'lowBattery', 'the beep count', 'M8'],
  ['homeconnect-620', 'jammed', 'the beep count', 'M8'],
];

describe('a signal\'s part no source gives is owned up to in the form the citation prints', () => {
  it.each(UNSOURCED)('%s %s: the source cites %s as assumed beside %s', (id, signal, part, ref) => expectSourceOwnsUp(id, signal, part, ref));

  it.each(UNSOURCED)('%s %s: decode\'s advice says %s is assumed', (id, signal, part) => expectAdviceOwnsUp(id, signal, part));

  it('no model\'s signal source owns up to a part in words the citation drops', () => {
    const dropped: string[] = [];
    for (const m of MODELS) {
      for (const [key, text] of Object.entries(m.sources)) {
        if (!key.startsWith('signals.')) continue;
        const clauses = text.replace(/\([^()]*\)/g, '').split(';').slice(1);
        for (const c of clauses) if (/\bassumed\b/.test(c) && !/^(assumed|inferred) from\b/.test(c.trim()) && !/^[^:]+:\s*assumed\b/.test(c.trim())) dropped.push(`${m.id} ${key}: ${c.trim()}`);
        if (/\(([^()]*\s)?[\w ]+ assumed\)/.test(text)) dropped.push(`${m.id} ${key}: ${text}`);
      }
    }
    expect(dropped).toEqual([]);
  });

  it('lockstep decode on a 913\'s green flash and beep prints the unlock\'s beep as assumed', () => {
    const out = stripVTControlCharacters(lockstep('decode', '--model', 'smartcode-913', 'green flash and a beep').out);
    expect(out).toMatch(/\(product-facts K3; the beep: assumed; seed S25\)/);
  });

  it('lockstep decode on the 620\'s red with fast beeping prints the beep count as assumed', () => {
    const out = stripVTControlCharacters(lockstep('decode', '--model', 'homeconnect-620', 'solid red with fast beeping').out);
    expect(out).toMatch(/product-facts M8[^)]*the beep count: assumed/);
  });
});
