// A random stream's four words in a snapshot are 32-bit words (sim/prng.ts, sfc32): a number past
// 32 bits, from a file edited by hand, was taken and cut to its low 32 bits as the twin was
// restored, so the snapshot ran on exactly as another one does and saved back as that other one
// (design/architecture.md "Contracts": a twin's state snapshots to JSON and restores exactly).
// checkSnapshot refuses it naming the word, as it refuses a seed past 32 bits.
import { describe, expect, it } from 'vitest';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { checkSnapshot, SnapshotError } from '../src/twin/snapshot-check.ts';

const TWO_TO_32 = 2 ** 32;

/** A real snapshot, as a file holds it, mid-run (keys pressed, so the bounce stream has moved). */
function saved(): TwinSnapshot {
  const twin = Twin.create('smartcode-913', { seed: 9 });
  twin.apply({ do: 'type', digits: '2580' });
  return JSON.parse(JSON.stringify(twin.snapshot())) as TwinSnapshot;
}

describe("a snapshot's random-stream words", () => {
  it.each([0, 1, 2, 3])('refuses word %i past 32 bits, naming it', (i) => {
    const snap = saved();
    snap.prng.buttons![i] = (snap.prng.buttons![i]! >>> 0) + TWO_TO_32;
    expect(() => checkSnapshot(snap)).toThrow(SnapshotError);
    expect(() => checkSnapshot(snap)).toThrow(`prng.buttons[${i}]: must be a 32-bit word, from -2147483648 to 4294967295`);
    snap.prng.buttons![i] = -(2 ** 31) - 1;
    expect(() => checkSnapshot(snap)).toThrow(`prng.buttons[${i}]: must be a 32-bit word`);
  });

  it('takes each word in either of its 32-bit forms, and restores the same run from both', () => {
    const snap = saved();
    const other = saved();
    const words = other.prng.buttons!;
    for (let i = 0; i < words.length; i++) words[i] = words[i]! < 0 ? words[i]! >>> 0 : words[i]! | 0;
    const a = Twin.restore(checkSnapshot(snap));
    const b = Twin.restore(checkSnapshot(other));
    a.apply({ do: 'type', digits: '1379' });
    b.apply({ do: 'type', digits: '1379' });
    expect(b.trace.entries).toEqual(a.trace.entries);
    expect(b.snapshot()).toEqual(a.snapshot());
  });
});
