// The Powerbolt 2's sources give only the beeps of its everyday signals: two beeps when a
// programming step is taken and one when the menu opens (product-facts K-mirror), two when the
// door handing is learned (S1), two when it unlocks and one when it locks (S21). The twin still
// shows a light with each, so the profile's source for the signal owns up to it ("the green
// flash: assumed"), and decode prints it so beside the reference that gives the beeps.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { sourceCite } from '../src/troubleshoot/procedure-kit.ts';
import type { SignalName } from '../src/models/profile.ts';
import { modelOf } from './model-of.ts';
import { lockstep } from './cli-run.ts';

/** The light no source gives, as the citation owns up to it, with the reference that gives the beeps. */
const UNSOURCED: readonly [SignalName, string, string][] = [
  ['codeAccepted', 'the green flashes', 'K-mirror'],
  ['menuEnter', 'the green flash', 'K-mirror'],
  ['handingDone', 'the green flash', 'S1'],
  ['unlocked', 'the green flash', 'S21'],
  ['locked', 'the amber flash', 'S21'],
];

describe('the Powerbolt 2\'s signal lights no source gives are cited as assumed', () => {
  const m = modelOf('powerbolt-2');

  it.each(UNSOURCED)('%s: the profile\'s source owns up to %s beside %s', (signal, part, ref) => {
    const cite = sourceCite(m, `signals.${signal}`);
    expect(cite).toContain(`${part}: assumed`);
    expect(cite).toContain(ref);
  });

  it.each(UNSOURCED)('%s: decode\'s advice says %s is assumed, beside %s', (signal, part, ref) => {
    const cite = adviceFor(m, signal).cite;
    expect(cite).toContain(`${part}: assumed`);
    expect(cite).toContain(ref);
  });

  it('lockstep decode on two beeps prints each light as assumed beside the source of the beeps', () => {
    const r = lockstep('decode', '--model', 'powerbolt-2', 'two beeps');
    expect(r.code).toBe(0);
    const out = stripVTControlCharacters(r.out);
    expect(out).toMatch(/unlocking: green ×1 with 2 beeps[^▶]*\(unverified product-facts S21; the green flash: assumed; seed S25\)/);
    expect(out).toMatch(/door handing done: green ×1 with 2 beeps[^▶]*\(unverified product-facts S1; the green flash: assumed; seed /);
    expect(out).toMatch(/programming step accepted: green ×2 with 2 beeps[^▶]*\(product-facts K-mirror; the green flashes: assumed; seed S20\)/);
  });

  it('lockstep decode on one beep prints the amber and the green flash as assumed', () => {
    const out = stripVTControlCharacters(lockstep('decode', '--model', 'powerbolt-2', 'one beep').out);
    expect(out).toMatch(/locking: amber ×1 with 1 beep[^▶]*\(unverified product-facts S21; the amber flash: assumed; seed S17\)/);
    expect(out).toMatch(/programming menu open: green ×1 with 1 beep[^▶]*\(product-facts K-mirror; the green flash: assumed\)/);
  });
});
