// Files lockstep writes are written whole or not at all (src/cli/write-atomic.ts): written aside,
// renamed into place; a write that fails leaves neither a half file nor the aside copy.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/cli/write-atomic.ts';

describe('writeFileAtomic', () => {
  it('replaces a file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-write-'));
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('fails leaving no aside copy when the rename cannot happen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-write-'));
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    expect(() => writeFileAtomic(target, 'text')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
