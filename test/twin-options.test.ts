// A twin's options checked as it is made (src/twin/twin-options.ts): from plain JavaScript, as
// the README's "Use it from code" drives it, nothing else stands between a caller's typo and the
// twin. Each wrong option is a TwinOptionsError naming the option and the value given — a seed
// that would replay another seed's run (2^32 as 0, 1.5 as 1, -1 as 4294967295, "abc" as 0), a code
// given as a number, a door, switch or pack that does not exist, a misspelt option — and the
// store given is held to the model's own rules (store-rules.ts), as a scenario's `given:` is.
import { describe, expect, it } from 'vitest';
import { Twin, TwinOptionsError, type TwinOptions } from '../src/index.ts';
import { SEED_MAX } from '../src/sim/seed.ts';

const MODEL = 'smartcode-913';

/** What Twin.create says of `opts`, given as plain JavaScript would give them. */
function refusal(opts: unknown, model = MODEL): string {
  try {
    Twin.create(model, opts as TwinOptions);
  } catch (err) {
    expect(err).toBeInstanceOf(TwinOptionsError);
    expect((err as Error).name).toBe('TwinOptionsError');
    return (err as Error).message;
  }
  return 'accepted';
}

const SEED_RULE = 'must be a whole number from 0 to 4294967295 (a larger, negative or fractional one would replay the run of another seed)';

describe('Twin.create checks its options', () => {
  it('refuses a seed that would replay the run of another seed, naming it', () => {
    expect(refusal({ seed: 2 ** 32 })).toBe(`options.seed: ${SEED_RULE}, got 4294967296`);
    expect(refusal({ seed: 1.5 })).toBe(`options.seed: ${SEED_RULE}, got 1.5`);
    expect(refusal({ seed: -1 })).toBe(`options.seed: ${SEED_RULE}, got -1`);
    expect(refusal({ seed: 'abc' })).toBe(`options.seed: ${SEED_RULE}, got "abc"`);
    expect(refusal({ seed: Number.NaN })).toBe(`options.seed: ${SEED_RULE}, got NaN`);
    expect(Twin.create(MODEL, { seed: 0 }).seed).toBe(0);
    expect(Twin.create(MODEL, { seed: SEED_MAX }).seed).toBe(SEED_MAX);
  });

  it('refuses a code given as a number, or under a key that is not a slot, instead of dropping it', () => {
    expect(refusal({ codes: { 1: 1234 } })).toBe('options.codes.1: must be a code, a string of digits, got 1234');
    expect(refusal({ codes: { first: '1234' } })).toBe('options.codes: "first" is not a slot number');
    expect(Twin.create(MODEL, { codes: { 1: '1234' } }).store().codes[0]).toBe('1234');
  });

  it('refuses a door, switch, pack or flag that does not exist', () => {
    expect(refusal({ door: 'up' })).toBe('options.door: must be left or right, got "up"');
    expect(refusal({ handed: 'both' })).toBe('options.handed: must be left, right or none, got "both"');
    expect(refusal({ switches: { 9: true } })).toBe('options.switches.9: no such switch: they are 1, 2, 3, 4');
    expect(refusal({ switches: { 2: 'on' } })).toBe('options.switches.2: must be true or false, got "on"');
    expect(refusal({ battery: 99 })).toBe("options.battery: must be the pack's volts, a number from 0 to 7, got 99");
    expect(refusal({ battery: '6' })).toBe("options.battery: must be the pack's volts, a number from 0 to 7, got \"6\"");
    expect(refusal({ doorOpen: 'yes' })).toBe('options.doorOpen: must be true or false, got "yes"');
    expect(refusal({ firmware: 'custom' })).toBe('options.firmware: must be a function (model, io) => Firmware, got "custom"');
    expect(refusal(null)).toBe('options: must be an object of twin options, e.g. { seed: 1, doorOpen: true }, got null');
  });

  it('refuses a misspelt option, listing the ones there are', () => {
    expect(refusal({ sed: 7 })).toMatch(/^options\.sed: not a twin option \(the options: seed, trace, door, handed, mastercode, codes, .*firmware\)$/);
    expect(refusal({ mastercod: '1234' })).toMatch(/^options\.mastercod: not a twin option/);
  });

  it("holds the store given to the model's own rules, naming the option at fault", () => {
    expect(refusal({ codes: { 1: '1' } })).toBe('options.codes.1: code "1" in slot 1 has 1 digits; a smartcode-913 code has 4–8');
    expect(refusal({ codes: { 1: '1357', 2: '1357' } })).toBe('options.codes.2: code "1357" in slot 2 is the same as slot 1\'s "1357": a smartcode-913 refuses it (seed S4)');
    expect(refusal({ codes: { 31: '1357' } })).toBe('options.codes.31: slot 31 is outside 1..30 for smartcode-913');
    expect(refusal({ mastercode: '1'.repeat(50) })).toMatch(/^options\.mastercode: mastercode "1{50}" has 50 digits; a smartcode-913's has 4–8$/);
    expect(refusal({ tag: '24680' })).toBe('options.tag: a smartcode-913 ships no programming tag');
    expect(refusal({ tag: 'abcde' }, 'smartcode-275')).toBe('options.tag: must be digits, got "abcde"');
    expect(Twin.create('smartcode-275', { tag: '24680' }).store().adminCode).toBe('24680');
  });

  it('refuses one slot given twice, spelt two ways, in the words a scenario uses for it', () => {
    // Same code in both: not a code clashing with itself (seed S4) but one slot given twice.
    expect(refusal({ codes: { '01': '5678', '1': '5678' } })).toBe('options.codes.1: duplicate code slot 1 (given as "1" and as "01")');
    // Different codes: neither silently outweighs the other.
    expect(refusal({ codes: { '1': '1111', '001': '2222' } })).toBe('options.codes.1: duplicate code slot 1 (given as "1" and as "001")');
    // A leading zero alone is still slot 1.
    expect(Twin.create(MODEL, { codes: { '01': '1111', 2: '2222' } as Record<string, string> }).store().codes.slice(0, 2)).toEqual(['1111', '2222']);
  });

  it('refuses a model it does not know with the same error class', () => {
    expect(() => Twin.create('smartcode-000')).toThrow(new TwinOptionsError('model: unknown model "smartcode-000" (known: smartcode-913, smartcode-914, smartcode-916, smartcode-275, smartcode-955, smartcode-909, smartcode-910, homeconnect-620, powerbolt-250, powerbolt-264, powerbolt-92640-001, powerbolt-2, powerbolt-240)'));
  });

  it('builds a twin from every option given right, and a restored twin keeps the tag it was saved with', () => {
    const t = Twin.create('powerbolt-250', {
      seed: 5, trace: false, door: 'left', handed: 'left', mastercode: '2468', codes: { 1: '1357' }, battery: 5.5, doorOpen: true,
      strikeAligned: true, boltExtended: false, switches: { 1: false, 3: true }, userCodes: 'disabled', autoLock: 'on', autoLockDelay: 60_000,
      oneTimeCode: undefined, tag: undefined,
    });
    expect(t.store()).toMatchObject({ adminCode: '2468', handed: 'left', usersDisabled: true });
    // A tag given, not the one the seed would draw: restoring must take the snapshot's.
    const saved = Twin.create('smartcode-275', { seed: 8, tag: '24680' }).snapshot();
    expect(saved.tag).toBe('24680');
    expect(Twin.restore(saved).tag).toBe('24680');
  });
});
