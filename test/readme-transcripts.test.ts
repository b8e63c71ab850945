// The README's transcripts print what the command prints: each code block that opens with a
// `$ … npx lockstep …` line (and the story's, shown below the paragraph that names
// `npx lockstep story`) is run as written, `npx lockstep` standing for this checkout's command,
// without colour. A block with no `…` is the whole output, line for line; in one with `…` a line
// of its own (`…`, `...`) stands for lines left out, and a `…` inside a line for the part of that
// line left out, the rest of the block's lines coming in the output in their order. The decode
// transcript still cited "(product-facts M4)" where the command prints "(product-facts M4, S4)".
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, colourlessEnv } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';

const LIMIT_MS = 60_000;
const ELLIPSIS = '…';
const STORY_PARAGRAPH = '`npx lockstep story`';

interface Transcript {
  command: string;
  lines: string[];
}

/** Every transcript of the README: its command line (as a shell reads it) and the lines shown. */
function transcripts(readme: string): Transcript[] {
  const out: Transcript[] = [];
  const blocks = [...readme.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)];
  for (const block of blocks) {
    const lines = block[1]!.replace(/\n$/, '').split('\n').map((l) => l.trimEnd());
    const first = lines[0] ?? '';
    if (first.startsWith('$ ') && first.includes('npx lockstep ')) {
      out.push({ command: first.slice(2), lines: lines.slice(1) });
      continue;
    }
    // The story's transcript has no command line: the paragraph above it names the command.
    const before = readme.slice(0, block.index).trimEnd();
    const paragraph = before.slice(before.lastIndexOf('\n\n') + 2);
    if (paragraph.startsWith(STORY_PARAGRAPH)) out.push({ command: 'npx lockstep story', lines });
  }
  return out;
}

function run(command: string): { status: number | null; lines: string[]; stderr: string } {
  const shell = command.replaceAll('npx lockstep ', `"${process.execPath}" "${BIN}" `);
  const r = spawnSync('sh', ['-c', shell], { cwd: REPO_ROOT, encoding: 'utf8', input: '', env: colourlessEnv(), timeout: LIMIT_MS });
  return { status: r.status, lines: r.stdout.replace(/\n$/, '').split('\n').map((l) => l.trimEnd()), stderr: r.stderr };
}

const isGap = (line: string) => line.trim() === ELLIPSIS || line.trim() === '...';

/** Whether an output line is the README's, a `…` inside it standing for any text. */
function sameLine(shown: string, printed: string): boolean {
  if (!shown.includes(ELLIPSIS)) return shown === printed;
  const parts = shown.split(ELLIPSIS);
  if (!printed.startsWith(parts[0]!) || !printed.endsWith(parts.at(-1)!)) return false;
  let at = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const found = printed.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return at <= printed.length - parts.at(-1)!.length;
}

/** The first of the README's lines not found in the output in order, or null when every one is. */
function firstMissing(shown: readonly string[], printed: readonly string[]): string | null {
  let at = 0;
  for (const line of shown) {
    if (isGap(line)) continue;
    while (at < printed.length && !sameLine(line, printed[at]!)) at++;
    if (at === printed.length) return line;
    at++;
  }
  return null;
}

describe("the README's transcripts", () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const all = transcripts(readme);

  it('are found: story, decode, doctor, repl, identify', () => {
    const commands = all.map((t) => t.command.replace(/^.*npx lockstep (\S+).*$/, '$1'));
    for (const c of ['story', 'decode', 'doctor', 'repl', 'identify']) expect(commands, c).toContain(c);
  });

  for (const t of all) {
    it(`${t.command.length > 90 ? `${t.command.slice(0, 90)}…` : t.command}`, () => {
      const r = run(t.command);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      if (t.lines.some((l) => l.includes(ELLIPSIS) || isGap(l))) expect(firstMissing(t.lines, r.lines), 'a README line the command does not print, in order').toBeNull();
      else expect(r.lines).toEqual(t.lines);
    });
  }
});
