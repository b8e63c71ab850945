// `lockstep decode --meaning WORD --json` carries what the terminal prints for the same word: each
// signal's advice, the SecureScreen's reading — and where nothing is found, the same words on what
// to do next, as `hint` (a model without a SecureScreen says so, product-facts M5, M7; a word no
// signal matches gets the words to try), null where something was found.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import { decodeCommand } from '../src/troubleshoot/decode-command.ts';
import { REPO_ROOT } from './scenario-files.ts';

function meaning(model: string, word: string, json: boolean): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = decodeCommand({ text: '', model, meaning: word, json }, { out: (l) => lines.push(stripVTControlCharacters(l)), err: (l) => lines.push(stripVTControlCharacters(l)) });
  return { code, lines };
}

/** Every string anywhere in a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

const WORDS = ['lockout', 'reset', 'handing', 'SecureScreen', 'xyzzy'];
/** A printed line stripped of its marks: "▶ label: looks", "→ todo", "(cite)". */
function unmarked(line: string): string {
  return line.trim().replace(/^(?:▶ |→ )/, '').replace(/^\((.*)\)$/, '$1');
}

describe('lockstep decode --meaning --json carries what is printed', () => {
  for (const m of MODELS) {
    it.each(WORDS)(`${m.id}: --meaning %s`, (word) => {
      const text = meaning(m.id, word, false);
      const json = meaning(m.id, word, true);
      expect(json.code).toBe(text.code);
      const j = JSON.parse(json.lines.join('\n'));
      const carried = strings(j).join('\n');
      // The header names the model and the word; "Also:" names signals the JSON lists in full.
      for (const line of text.lines.slice(1).filter((l) => !l.startsWith('Also: '))) {
        for (const part of unmarked(line).split(/(?<=^[^:]+): /)) {
          expect(carried.toLowerCase(), `${m.id} ${word}: ${line}`).toContain(part.replace(/\.$/, '').toLowerCase());
        }
      }
      expect(j.hint === null, `${m.id} ${word}: hint`).toBe(text.code === 0);
    });
  }

  it('a word no signal matches: the hint is the printed lines, as one', () => {
    const text = meaning('smartcode-913', 'xyzzy', false).lines.slice(1).join(' ');
    expect(JSON.parse(meaning('smartcode-913', 'xyzzy', true).lines.join('\n')).hint).toBe(text);
  });

  it('the README names the hint among the fields of --meaning --json', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const said = readme.match(/`--meaning WORD --json` carries ([^.]+)\./);
    expect(said, 'the README says what --meaning --json carries').not.toBeNull();
    const keys = Object.keys(JSON.parse(meaning('smartcode-913', 'lockout', true).lines.join('\n')));
    for (const key of keys) expect(said![1], key).toContain(`\`${key}\``);
  });
});
