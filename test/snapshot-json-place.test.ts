// A snapshot file that is not JSON is refused naming the line and column where its text stops
// being JSON (src/twin/json-error-place.ts), as a scenario file's mistakes are named at theirs:
// Node's own message gave at best a character offset ("in JSON at position 500") and, for a
// character out of place, none at all ("Unexpected token 'x', … is not valid JSON").
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { lockstep } from './cli-run.ts';
import { Twin } from '../src/twin/twin.ts';
import { jsonErrorOffset, placeOf } from '../src/twin/json-error-place.ts';
import { parseSnapshotJson } from '../src/twin/snapshot-json.ts';

/** A real snapshot as the REPL's `save` and `run --save-snapshot` write it. */
function snapshotText(): string {
  const twin = Twin.create('smartcode-913', { codes: { 1: '1357' } });
  twin.apply({ do: 'type', digits: '1357' });
  return JSON.stringify(twin.snapshot(), null, 1) + '\n';
}

/** `text` with the line holding `find` edited by `edit`; the edited line's number (1-based). */
function editLine(text: string, find: string, edit: (line: string) => string): { text: string; line: number } {
  const lines = text.split('\n');
  const n = lines.findIndex((l) => l.includes(find));
  lines[n] = edit(lines[n]!);
  return { text: lines.join('\n'), line: n + 1 };
}

describe('a snapshot that is not JSON', () => {
  it('is refused by repl --load and by a scenario naming the line and column of the fault', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-json-place-'));
    const good = snapshotText();
    // A stray letter where a value starts (Node names no place), and a comma left out (Node names an offset).
    const stray = editLine(good, '"seed"', (l) => l.replace(': ', ': x'));
    const noComma = editLine(good, '"model"', (l) => l.replace(/,$/, ''));
    for (const [name, bad, line, col] of [
      ['stray.json', stray.text, stray.line, ' "seed": x'.indexOf('x') + 1],
      ['no-comma.json', noComma.text, noComma.line + 1, 2],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, bad);
      const r = lockstep('repl', '--load', file);
      expect(r.code).toBe(2);
      expect(stripVTControlCharacters(r.err)).toMatch(new RegExp(`^error: snapshot ${file}: line ${line}, column ${col}: `));
      const scenario = join(dir, `${name}.yaml`);
      writeFileSync(scenario, `name: from a damaged snapshot\nmodel: smartcode-913\ngiven:\n  snapshot: ${name}\nsteps:\n  - wait: 1s\n`);
      const run = lockstep('run', '--quiet', scenario);
      expect(run.code).toBe(2);
      expect(stripVTControlCharacters(run.out)).toContain(`REFUSED ${scenario}:4:13: snapshot ${file}: line ${line}, column ${col}: `);
    }
  });

  it('a file cut short is placed at its end', () => {
    const good = snapshotText();
    const cut = good.slice(0, 500);
    expect(() => parseSnapshotJson(cut)).toThrow(new RegExp(`^line ${cut.split('\n').length}, column ${cut.length - cut.lastIndexOf('\n')}: `));
  });

  it('the place agrees with JSON.parse: no place for JSON, and the offset Node gives where it gives one', () => {
    const good = snapshotText();
    expect(jsonErrorOffset(good)).toBeNull();
    // A deterministic walk of damaged copies: a character put in, taken out, or the text cut.
    const CHARS = ['{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', '-', '.', 'e', ' ', '\n', 't', 'n', '\u0001', '0', 'u'];
    let state = 7;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    let placed = 0;
    for (let k = 0; k < 3000; k++) {
      let text = good;
      for (let j = 0; j <= next(3); j++) {
        const at = next(text.length + 1);
        const op = next(3);
        text = op === 0 ? text.slice(0, at) + CHARS[next(CHARS.length)] + text.slice(at) : op === 1 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at);
      }
      let message: string | null = null;
      try {
        JSON.parse(text);
      } catch (err) {
        message = (err as Error).message;
      }
      const offset = jsonErrorOffset(text);
      expect(offset === null, text).toBe(message === null);
      const given = message === null ? null : /at position (\d+)/.exec(message);
      if (given) {
        expect(offset, message!).toBe(Number(given[1]));
        placed++;
      }
      const token = message === null ? null : /^Unexpected token '(.)'/su.exec(message);
      if (token) expect(text[offset!], message!).toBe(token[1]);
      if (message?.startsWith('Unexpected end of JSON input')) expect(offset).toBe(text.length);
    }
    expect(placed).toBeGreaterThan(1000);
  });

  it('counts columns in characters, a line from its last line feed', () => {
    expect(placeOf('{\n "a": "é😀", x', 15)).toEqual({ line: 2, col: 13 });
    expect(placeOf('x', 0)).toEqual({ line: 1, col: 1 });
  });
});
