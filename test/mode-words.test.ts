// The "Now" panel's mode row in an owner's words (web/src/mode-words.ts), never the firmware's ids
// (src/firmware/state.ts FW_MODES): every mode on every model, the admin code by the model's own
// name for it (the Powerbolt 2's Mastercode, the 264's programming code, product-facts §7, M10).
import { describe, expect, it } from 'vitest';
import { FW_MODES } from '../src/firmware/state.ts';
import { MODELS } from '../src/models/index.ts';
import { modeWords } from '../web/src/mode-words.ts';
import { modelOf } from './model-of.ts';

/** A firmware id an owner would not know: hyphenated or numbered ("reset-hold", "mc-set-1"). */
const FIRMWARE_ID = new RegExp(`\\b(${FW_MODES.filter((m) => /[-0-9]/.test(m)).join('|')})\\b|\\bprog\\b|\\bmc\\b`);

describe('the mode row in words', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('every firmware mode on the %s', (_id, m) => {
    const said = new Map<string, string>();
    for (const mode of FW_MODES) {
      const words = modeWords(m, mode);
      expect(words, mode).toMatch(/^[a-z]/i);
      expect(words, mode).not.toMatch(FIRMWARE_ID);
      expect(words, mode).not.toBe(mode);
      said.set(mode, words);
    }
    // Each step of one sequence reads apart from the next: the first entry and the repeat.
    for (const [a, b] of [['mc-set-1', 'mc-set-2'], ['prog-del-1', 'prog-del-2'], ['menu-pc-1', 'menu-pc-2'], ['menu-del-1', 'menu-del-2'], ['mc-off-2', 'mc-off-3'], ['reset-hold', 'reset-armed']]) {
      expect(said.get(a), `${a} / ${b}`).not.toBe(said.get(b));
    }
  });

  it('names the admin code as the model does', () => {
    expect(modeWords(modelOf('powerbolt-264'), 'menu-pc-1')).toContain('programming code');
    expect(modeWords(modelOf('powerbolt-2'), 'menu-pc-1')).toContain('Mastercode');
    expect(modeWords(modelOf('smartcode-913'), 'prog-auth')).toContain('Mastercode');
  });
});
