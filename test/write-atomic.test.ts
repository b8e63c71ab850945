// Files lockstep writes are written whole or not at all (src/cli/write-atomic.ts): written aside,
// renamed into place; a write that fails leaves neither a half file nor the aside copy; and what
// is not a regular file — a pipe here, never a real device — is refused, not renamed over.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

  // A rename over the link's target swapped a pipe (or /dev/null) for a regular file.
  it('refuses a pipe at the name, or at the target of a symbolic link there, and leaves it a pipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-write-'));
    const pipe = join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const link = join(dir, 'link.yaml');
    symlinkSync(pipe, link);
    for (const path of [pipe, link]) {
      expect(() => writeFileAtomic(path, 'text')).toThrow(/EFTYPE: .*pipe.* is not a regular file \(a pipe, device or socket\)/);
      expect(statSync(pipe).isFIFO()).toBe(true);
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link.yaml', 'pipe']);
  });

  it('refuses a folder at the target of a symbolic link, writes through a link to a regular file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-write-'));
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'folder'), join(dir, 'to-folder'));
    expect(() => writeFileAtomic(join(dir, 'to-folder'), 'text')).toThrow(/EISDIR: .*folder \(the target of the symbolic link .*to-folder\) is a folder/);
    writeFileSync(join(dir, 'file'), 'old');
    symlinkSync(join(dir, 'file'), join(dir, 'to-file'));
    writeFileAtomic(join(dir, 'to-file'), 'new');
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'to-file')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['file', 'folder', 'to-file', 'to-folder']);
  });

  // The new copy had the default mode: a snapshot kept private (chmod 600) became 644.
  it('keeps the permissions of the file it replaces, and its owner when run as root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-write-'));
    const file = join(dir, 'private.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    const asRoot = process.getuid?.() === 0;
    const OTHER_ID = 4321;
    if (asRoot) chownSync(file, OTHER_ID, OTHER_ID);
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    if (asRoot) expect([statSync(file).uid, statSync(file).gid]).toEqual([OTHER_ID, OTHER_ID]);
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'newer');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('replaces a hard-linked name with a new file: the other name keeps the old text (as the README says)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-write-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, 'old');
    linkSync(file, join(dir, 'b.json'));
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('old');
  });
});
