// Words that every lock lockstep knows is — a keypad deadbolt, electronic (product-facts §1–§7;
// M3 calls the 913 a "Touchpad Electronic Deadbolt") — name no model on their own, though some
// identifiers hold them ("250 keypad deadbolt", "264 series"); the identifier typed whole still does.
import { describe, expect, it } from 'vitest';
import { identify } from '../src/models/identify.ts';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';

const ids = (text: string) => identify(text).map((f) => f.model.id);

describe('identify: a word every model is names none', () => {
  it.each(['deadbolt', 'keypad', 'keypad deadbolt', 'electronic deadbolt', 'series', 'touchpad', 'Kwikset keypad deadbolt'])('%s matches no model', (text) => {
    expect(ids(text)).toEqual([]);
    expect(identifyCommand(text, false, () => {})).toBe(EXIT_NO_MATCH);
  });

  it('still takes an identifier that holds them typed whole, or beside a name', () => {
    expect(ids('250 keypad deadbolt')[0]).toBe('powerbolt-250');
    expect(ids('264 series')[0]).toBe('powerbolt-264');
    expect(ids('SmartCode Deadbolt')[0]).toBe('smartcode-913');
    expect(ids('Contemporary Electronic Deadbolt')[0]).toBe('smartcode-275');
    expect(ids('955 SmartCode Touchpad Lever')[0]).toBe('smartcode-955');
    expect(ids('Kwikset SmartCode 913 deadbolt')[0]).toBe('smartcode-913');
    expect(ids('lever')).toEqual(['smartcode-955']);
  });
});
