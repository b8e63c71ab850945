// Identifying a lock (seed S13): each match says why it matched — which words of the text matched
// which of the model's identifiers, and what of the look described it has — in the brackets of
// `lockstep identify`'s line, in `--json`'s `reason`, and under each match of the page's model
// finder, in the same words. Of identifiers that fit equally, the one printed on the lock or its
// box is named, not lockstep's own id.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identifyCommand } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';

/** The line `lockstep identify` prints for a model, in plain text. */
function lineFor(text: string, id: string): string | undefined {
  const lines: string[] = [];
  identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)));
  return lines.find((l) => l.startsWith(`${id} `));
}

function json(text: string): { id: string; reason: string }[] {
  let printed = '';
  identifyCommand(text, true, (l) => (printed = l), () => {});
  return JSON.parse(printed) as { id: string; reason: string }[];
}

describe('identify: why a model matched', () => {
  it.each([
    ['Kwikset SmartCode 913 deadbolt', 'smartcode-913', 'the words "smartcode", "913" matched "SmartCode 913"'],
    ['Home Connect 620 with a Kwikset button', 'homeconnect-620', 'the words "home", "connect", "620" matched "Home Connect 620"'],
    ['smartcode913', 'smartcode-913', 'the word "smartcode913" matched "SmartCode 913"'],
    ['SmartCode', 'smartcode-275', 'the word "smartcode" matched "SmartCode 275"'],
    ['914', 'smartcode-913', 'the word "914" matched "914 (Z-Wave variant)"'],
    ['92640-001', 'powerbolt-92640-001', 'matched "92640-001"'],
    ['92640-001', 'powerbolt-264', 'the word "92640" matched "92640"'],
    ['smartcode z-wave', 'smartcode-914', 'the word "smartcode" matched "SmartCode 914"; described: Z-Wave'],
    ['Z-Wave', 'smartcode-914', 'described: Z-Wave'],
  ])('%s: %s, because %s', (text, id, reason) => {
    expect(lineFor(text, id)).toMatch(new RegExp(`(best match|possible) \\(${reason.replace(/[()]/g, '\\$&')}\\)$`));
    expect(json(text).find((f) => f.id === id)?.reason).toBe(reason);
    expect(findModels(text).found.find((f) => f.id === id)?.reason).toBe(reason);
  });

  it('names an identifier printed on the lock, never lockstep\'s own id, where several fit equally', () => {
    for (const f of json('SmartCode')) expect(f.reason).not.toMatch(/matched "smartcode-/);
    expect(json('Powerbolt 240')[0].reason).toBe('matched "Powerbolt 240"');
  });
});
