// `lockstep repl`: a file name with spaces is given quoted, as in a shell (src/cli/repl/line-words.ts),
// and the replay command `record` prints quotes the name for a shell (src/cli/shell-word.ts).
// Before, the line was split on blanks and the words re-joined with one space: `save "my snap.json"`
// wrote a file whose name held the quote marks, a name with two spaces in a row could not be
// given, and `replay: lockstep run my rec.yaml` ran two files in a shell.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { BIN, colourlessEnv } from './cli-run.ts';
import { parseLine } from '../src/cli/repl/parse.ts';
import { lineWords } from '../src/cli/repl/line-words.ts';
import { shellWord } from '../src/cli/shell-word.ts';
import { replRefusalOf } from './repl-refusal-of.ts';

const refusalOf = (line: string): string => replRefusalOf(line).message;

const dir = mkdtempSync(join(tmpdir(), 'lockstep-repl-quoted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function repl(lines: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'repl', '--model', 'smartcode-913'], { input: lines.join('\n') + '\n', encoding: 'utf8', cwd: dir, env: colourlessEnv() });
  return { code: r.status, out: stripVTControlCharacters(r.stdout), err: stripVTControlCharacters(r.stderr) };
}

describe('repl line words', () => {
  it('cuts a line as a shell does: quotes kept whole, backslash escapes, nothing expanded', () => {
    expect(lineWords('save "my snap.json"')).toEqual(['save', 'my snap.json']);
    expect(lineWords("save 'my  snap.json'")).toEqual(['save', 'my  snap.json']);
    expect(lineWords('save my\\ snap.json')).toEqual(['save', 'my snap.json']);
    expect(lineWords('save "a \\"b\\" c"')).toEqual(['save', 'a "b" c']);
    expect(lineWords("save 'it'\\''s.json'")).toEqual(['save', "it's.json"]);
    expect(lineWords("save \"it's.json\"")).toEqual(['save', "it's.json"]);
    expect(lineWords('save $HOME/x.json')).toEqual(['save', '$HOME/x.json']);
    expect(lineWords('  wait   5 s ')).toEqual(['wait', '5', 's']);
  });

  it('gives the file name as one word', () => {
    expect(parseLine('save "my  snap.json"')).toEqual({ kind: 'save', file: 'my  snap.json' });
    expect(parseLine("record 'my rec.yaml'")).toEqual({ kind: 'record', file: 'my rec.yaml' });
    expect(parseLine('load plain.json')).toEqual({ kind: 'load', file: 'plain.json' });
  });

  it('refuses an unquoted name with spaces, an unclosed quote and a trailing backslash, saying how to quote', () => {
    expect(refusalOf('save my snap.json')).toBe(`unexpected "snap.json" after the file name "my" (usage: save FILE; quote a name with spaces whole: save 'my snap.json')`);
    expect(refusalOf('save "my snap.json')).toBe('the " opened at column 6 is never closed (quote a name with spaces whole: save "my snap.json")');
    expect(refusalOf('save x\\')).toMatch(/^the line ends in a backslash/);
    expect(refusalOf('save ""')).toBe('missing file name (usage: save FILE)');
  });

  it('quotes a word for a shell only where it needs it', () => {
    expect(shellWord('rec.yaml')).toBe('rec.yaml');
    expect(shellWord('my rec.yaml')).toBe("'my rec.yaml'");
    expect(shellWord("it's.yaml")).toBe("'it'\\''s.yaml'");
    expect(lineWords(`run ${shellWord("it's  a.yaml")}`)).toEqual(['run', "it's  a.yaml"]);
  });
});

describe('lockstep repl with quoted file names', () => {
  it('saves and records to the names given, and prints a replay command a shell runs', () => {
    const r = repl(['save "my  snap.json"', '1357', "record 'my rec.yaml'"]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['my  snap.json', 'my rec.yaml']);
    expect(existsSync(join(dir, 'my  snap.json'))).toBe(true);
    const replay = /replay: (lockstep run .*)$/m.exec(r.out)?.[1];
    expect(replay).toBe("lockstep run 'my rec.yaml'");
    // The printed command, pasted into a shell (lockstep standing for the CLI), replays the session.
    const sh = spawnSync('sh', ['-c', `node "$LOCKSTEP_BIN" ${replay!.slice('lockstep '.length)}`], { encoding: 'utf8', cwd: dir, env: colourlessEnv({ LOCKSTEP_BIN: BIN }) });
    expect(sh.status).toBe(0);
  });
});
