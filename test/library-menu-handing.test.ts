// `perform(twin, menuHandingSequence(…))` on the models whose door handing is a menu item (the
// Powerbolts, product-facts S1/S2, M9; README "Use it from code"): the lock learns its handing a
// few seconds after the last Kwikset press, so the sequence waits for that and its answer is the
// handing learned — ok only once `lockState(twin).handed` says so, and not ok when the bolt jams
// against the closed door (seed S16) and the lock reports `handing-failed`.
import { describe, expect, it } from 'vitest';
import { Twin, lockState, menuHandingSequence, perform } from '../src/index.ts';

describe('perform(menuHandingSequence) answers with the handing itself', () => {
  it('door open: ok, and the lock has learned its handing when perform returns', () => {
    const twin = Twin.create('powerbolt-264', { handed: 'none', doorOpen: true });
    const r = perform(twin, menuHandingSequence(twin.model, '0000'));
    expect(r.ok).toBe(true);
    expect(lockState(twin).handed).toBe('right');
    expect(lockState(twin).mode).toBe('idle');
    expect(r.entries.some((e) => e.ch === 'event' && e.v.type === 'handing-learned')).toBe(true);
  });

  it('door closed: the bolt jams, the handing fails, and perform says so', () => {
    const twin = Twin.create('powerbolt-264', { handed: 'none', doorOpen: false });
    const r = perform(twin, menuHandingSequence(twin.model, '0000'));
    expect(r.ok).toBe(false);
    expect(lockState(twin).handed).toBe('none');
    expect(r.steps.at(-1)!.failures).toContainEqual({ key: 'event', expected: 'handing-learned', observed: 'handing-requested, handing-started, handing-failed' });
  });
});
