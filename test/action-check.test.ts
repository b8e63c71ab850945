// checkAction (twin/action-check.ts, README "Use it from code"): every Action a twin applies is
// taken from outside as it is written — a harness driving a 916 sends `type-shown` for the digits
// its SecureScreen shows (product-facts M5, M7) — and a bad one is refused naming its field.
import { describe, expect, it } from 'vitest';
import { ActionError, checkAction } from '../src/twin/action-check.ts';
import { Twin } from '../src/twin/twin.ts';

describe('checkAction', () => {
  it('takes type-shown, the Action that types what a SecureScreen shows, and a twin applies it', () => {
    const action = checkAction(JSON.parse('{"do":"type-shown"}'));
    expect(action).toEqual({ do: 'type-shown' });
    const twin = Twin.create('smartcode-916', { codes: { 1: '2468' }, boltExtended: true, switches: { 4: true } });
    twin.apply(checkAction({ do: 'press', key: '5' })); // a touch wakes the screen
    expect(twin.screenDigits).not.toBe('');
    twin.apply(action);
    expect(twin.screenDigits).toBe('');
  });

  it('refuses type-shown with anything beside it, naming the field', () => {
    expect(() => checkAction({ do: 'type-shown', digits: '12' })).toThrow(ActionError);
    expect(() => checkAction({ do: 'type-shown', digits: '12' })).toThrow(/^action: .*"digits"/);
  });
});
