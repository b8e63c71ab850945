// `lockstep decode --meaning` for the words of the `reset-not-registered` event ("factory reset
// not registered", "reset-not-registered", "released early"): a reset let go early has no light or
// sound of its own (seed S9), so decode says so on every model — exit 1, no signal, the hold to make
// instead — rather than listing the reset's own signals (factory reset done, reset waiting…) as
// what it looks like. Where the lock takes the release for another gesture it says that: the
// Powerbolt 250's and 955's menu opening (M9, K5), the 620's door handing armed (M8).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import { decodeCommand, EXIT_NO_SIGNAL } from '../src/troubleshoot/decode-command.ts';
import { signalsForMeaning } from '../src/index.ts';

function meaning(model: string, word: string, json = false): { code: number; text: string } {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(stripVTControlCharacters(l)), err: (l: string) => lines.push(stripVTControlCharacters(l)) };
  const code = decodeCommand({ text: '', model, meaning: word, json }, io);
  return { code, text: lines.join('\n') };
}

const EVENT_WORDS = ['factory reset not registered', 'reset-not-registered', 'released early', 'Program let go too early'];

describe('decode --meaning of a reset let go early', () => {
  for (const m of MODELS) {
    it(`${m.id}: no signal of its own, and the whole hold to make`, () => {
      for (const word of EVENT_WORDS) {
        const { code, text } = meaning(m.id, word);
        expect(code, word).toBe(EXIT_NO_SIGNAL);
        expect(text).toContain(`Nothing on the ${m.name} shows a factory reset let go early: it does not register, and the lock gives no light or sound for it (seed S9).`);
        expect(text).toContain(`Hold it the whole ${m.timing.resetHoldMs / 1000} s`);
        expect(text).not.toMatch(/▶ factory reset done|▶ reset waiting|▶ half-finished reset/);
      }
      expect(signalsForMeaning(m, 'factory reset not registered')).toEqual([]);
      const j = JSON.parse(meaning(m.id, 'factory reset not registered', true).text);
      expect(j.signals).toEqual([]);
      expect(j.hint).toMatch(/^Nothing on the .* shows a factory reset let go early/);
    });
  }

  it('names what the Powerbolt 250 and 955 show instead: the menu opening, where no admin code is set', () => {
    expect(meaning('powerbolt-250', 'released early').text).toContain('the hold is a press of Program: where no Mastercode is set, the programming menu opens — a green flash and a beep');
    expect(meaning('smartcode-955', 'released early').text).toContain('where no programming code is set, the programming menu opens — a green flash and two beeps (product-facts K5)');
  });

  it("names the Home Connect 620's door handing armed instead (M8), and nothing instead on a 913 or a 264", () => {
    expect(meaning('homeconnect-620', 'released early').text).toContain('the same gesture arms door handing instead: alternating red/green ×2 (product-facts M8)');
    for (const id of ['smartcode-913', 'powerbolt-264']) expect(meaning(id, 'released early').text).not.toMatch(/instead|programming menu opens/);
  });

  it('still lists the reset signals for the word "reset"', () => {
    const { code, text } = meaning('powerbolt-250', 'reset');
    expect(code).toBe(0);
    expect(text).toMatch(/▶ factory reset done/);
  });
});
