// A snapshot given as its JSON text rather than the object (README, Use it from code:
// `Twin.restore(checkSnapshot(json))`): a program that passes the text it read or received, or a
// file written as JSON twice (JSON.stringify of the text), holds a string where the snapshot's
// object belongs. checkSnapshot — and every command that reads a snapshot file through it — says
// so and what to do, as Twin.restore does, rather than "not a lockstep snapshot".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';
import { Twin } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';

const JSON_TEXT_WORDS = 'the snapshot is a string (JSON text?), not the object it encodes: parse it (JSON.parse) first; a file holding such a string was written as JSON twice';

describe('a snapshot as JSON text', () => {
  it('is refused by checkSnapshot saying to parse it', () => {
    const text = JSON.stringify(Twin.create('smartcode-913', { trace: false }).snapshot());
    expect(() => checkSnapshot(text)).toThrow(JSON_TEXT_WORDS);
  });

  it('in a file written as JSON twice, is refused by repl --load, exit 2, in the same words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-json-text-'));
    const file = join(dir, 'twice.json');
    writeFileSync(file, JSON.stringify(JSON.stringify(Twin.create('smartcode-913', { trace: false }).snapshot())));
    const r = lockstep('repl', '--load', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`twice.json: ${JSON_TEXT_WORDS}`);
  });

  it('what is no object and no string is still refused as no snapshot, saying what it got', () => {
    expect(() => checkSnapshot(42)).toThrow('not a lockstep snapshot (a JSON object with "format": 1), got 42');
  });
});
