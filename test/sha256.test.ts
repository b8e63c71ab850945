// The checker's own SHA-256 (src/check/sha256.ts), which digests the counterexamples it writes
// (src/check/counterexample-digest.ts): the same digest as the platform's, on the standard's test
// vectors, on texts across the block and padding boundaries, and on text beyond ASCII.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../src/check/sha256.ts';

/** Lengths either side of one and two 64-byte blocks, where the padding spills into a new block. */
const BOUNDARY_LENGTHS = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000];

describe('sha256Hex', () => {
  it('gives the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with the platform on every length across the block boundaries and on text beyond ASCII', () => {
    for (const n of BOUNDARY_LENGTHS) {
      const text = 'x'.repeat(n);
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
    const words = '# Counterexample — property S2/S3: “no sequence” ✓ Lock\n';
    expect(sha256Hex(words)).toBe(createHash('sha256').update(words, 'utf8').digest('hex'));
  });
});
