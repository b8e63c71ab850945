// The README's "Use it from code" row for `lockState(twin)` names the fields a program reads, as
// lockState returns them (src/twin/lock-state.ts): a program written from the README reads
// `lockedOut`, not a `lockout` that is not there. Every field of a lock's state is named, and
// every name given is a field.
import { describe, expect, it } from 'vitest';
import { Twin, lockState } from '../src/index.ts';
import { readmeAfter } from './readme-text.ts';

/** Every key of `value`, nested ones too. */
function keysOf(value: object): string[] {
  return Object.entries(value).flatMap(([k, v]) => [k, ...(v !== null && typeof v === 'object' ? keysOf(v as object) : [])]);
}

describe("the README's lockState row", () => {
  it('names every field lockState returns, and no other', () => {
    const row = readmeAfter('| `lockState(twin)` | the lock now as plain data', ' — the `state` of `repl --json` |', 'the lockState row');
    const named = new Set([...row.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]!));
    // A 916 showing its SecureScreen digits, a 955 and a Powerbolt 250 with their menu settings
    // set: every field there is.
    const screen = Twin.create('smartcode-916', { switches: { 4: true }, codes: { 1: '1234' } });
    screen.apply({ do: 'press', key: '5' });
    const menu955 = Twin.create('smartcode-955', { codes: { 1: '1234', 2: '5678' }, userCodes: 'disabled', oneTimeCode: 2 });
    const menu250 = Twin.create('powerbolt-250', { autoLock: 'on', autoLockDelay: 60_000 });
    const fields = new Set([screen, menu955, menu250].flatMap((twin) => keysOf(lockState(twin))).filter((k) => !/^\d+$/.test(k)));
    for (const f of ['secureScreen', 'userCodes', 'oneTimeCode', 'autoLock', 'autoLockDelay']) expect(fields.has(f), f).toBe(true);
    expect([...fields].filter((f) => !named.has(f))).toEqual([]);
    expect([...named].filter((n) => !fields.has(n))).toEqual([]);
  });
});
