// The page's timeline names a light by the signals the model can show (web/src/signals.ts), as
// `lockstep decode` does (troubleshoot/signal-scope.ts): a 92640-001's green flash and beep is no
// Mastercode being set and no code position counted.
import { describe, expect, it } from 'vitest';
import { matchSignals } from '../web/src/signals.ts';
import { findModel } from '../src/models/index.ts';

describe('matchSignals', () => {
  it('gives only the meanings the model can show', () => {
    const green = { color: 'green', flashes: 1 };
    expect(matchSignals(findModel('powerbolt-92640-001')!, green, 1)).toEqual(['unlocked', 'menuEnter']);
    const on913 = matchSignals(findModel('smartcode-913')!, green, 1);
    expect(on913).toContain('mastercodeSet');
    expect(on913).not.toContain('menuEnter');
    expect(on913).not.toContain('slotSelected');
    expect(matchSignals(findModel('smartcode-909')!, green, 1)).toContain('slotSelected');
  });
});
