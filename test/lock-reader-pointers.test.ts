// The page's "What is my lock showing?" (web/src/lock-reader.ts) gives an owner the page's own
// controls for every next step, where `lockstep decode` gives its commands: the "no SecureScreen"
// hint's model check (product-facts M5, M7) and a failed reset's rehearsal (seed S8, S9) included.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { PAGE_POINTERS } from '../web/src/lock-reader.ts';
import { STORY_BUTTON } from '../web/src/assistant-words.ts';

/** Every piece of text in a reading, wherever it sits. */
function texts(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v === null || typeof v !== 'object') return [];
  return Object.values(v).flatMap(texts);
}

const SAID = ['two digits light up', "the reset didn't work", 'flashed blue 7 times', 'how do I reset it', 'no light, no sound'];

describe('the page reading names the page, never a command', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    for (const said of SAID) {
      const all = texts(readDecodeText(m, said, PAGE_POINTERS)).join('\n');
      expect(all, said).not.toMatch(/lockstep|`/);
    }
  });

  it('points a lit-digit count on a model without a SecureScreen at "Not sure which?"', () => {
    const r = readDecodeText(MODELS.find((m) => m.id === 'smartcode-913')!, 'two digits light up', PAGE_POINTERS);
    expect(r.screenHint).toContain('check the model (“Not sure which?” under Model)');
  });

  it('points a failed reset at the Assistant\'s practice', () => {
    for (const m of MODELS) expect(readDecodeText(m, "the reset didn't work", PAGE_POINTERS).reset!.todo, m.id).toContain(`the Assistant's “${STORY_BUTTON}”`);
  });
});
