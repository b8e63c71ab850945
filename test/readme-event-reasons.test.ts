// The README's trace lines say why the lock refused: every refusal id a `programming-failed` or
// `handing-failed` event carries as its `reason` (the ids the terminal words, src/twin/event-words.ts
// REASON_WORDS, from firmware/code-store.ts StoreResult, the programming parsers and door handing)
// is named there, so a program that tells a duplicate from a full lock or a wrong Mastercode can
// be written from the README; and no id is named that the lock never gives.
import { describe, expect, it } from 'vitest';
import { REASON_WORDS } from '../src/twin/event-words.ts';
import { readmeAfter } from './readme-text.ts';

describe("the README's refusal reasons", () => {
  it('names every reason id the firmware gives, and no other', () => {
    const text = readmeAfter("A `programming-failed` event's `reason` says why the lock refused", ' Other events', 'the reasons paragraph');
    const named = new Set([...text.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1]!));
    // The paragraph names the two events and the field too: those are not reasons.
    for (const word of ['reason', 'programming-failed', 'handing-failed']) named.delete(word);
    const ids = Object.keys(REASON_WORDS);
    expect(ids.filter((id) => !named.has(id))).toEqual([]);
    expect([...named].filter((n) => !ids.includes(n))).toEqual([]);
  });
});
