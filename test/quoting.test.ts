// Outside text in lockstep's messages: whatever a person passes — a command's argument or option,
// a file name, a line piped into the REPL — is shown with its control characters escaped and cut
// to QUOTED_MAX characters, so that an argument pasted with escape bytes cannot drive the terminal
// the answer is printed on (clear its screen, retitle its window, ring its bell) and a pasted page
// does not bury the message (the project's rule on "Bad input": a clear error naming what was wrong).
// Every command and option that echoes its input is run here with hostile text: in-process, and
// the REPL as a user runs it, with lines piped in, once without colour and once with.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { lockstepInProcess } from './in-process.ts';
import { BIN, colourlessEnv, colouredEnv } from './cli-run.ts';
import { QUOTED_MAX, clipped, printable, quoted } from '../src/printable.ts';
import { REPO_ROOT } from './scenario-files.ts';

/** Clears the screen (and is no word lockstep reads: an "x" would be the touchscreen's red X), sets the window title, rings the bell, a C1 control; then a page of text. */
const HOSTILE = `q\x1b[2J\x1b]0;owned\x07\u009b2J${'A'.repeat(500)}`;
const PAGE = 'A'.repeat(QUOTED_MAX + 1);
/** HOSTILE as a message shows a file name: escaped, not cut. */
const PATH_SHOWN = printable(HOSTILE);
/** The colours lockstep writes itself (when colour is on): SGR sequences only. */
const OWN_COLOURS = /\x1b\[[0-9;]*m/g;
/** How the REPL echoes a piped line, so that its output reads as a transcript. */
const TRANSCRIPT_PROMPT = 'lockstep> ';
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** What is wrong with an output that echoed outside text: a raw control character, or the page uncut. */
function echoFault(output: string): string | null {
  const text = output.replace(OWN_COLOURS, '');
  const raw = RAW_CONTROL.exec(text);
  if (raw) return `raw control character \\x${raw[0].charCodeAt(0).toString(16).padStart(2, '0')} at ${raw.index}: ${JSON.stringify(text.slice(Math.max(0, raw.index - 40), raw.index + 10))}`;
  if (text.includes(PAGE)) return `the pasted page echoed beyond ${QUOTED_MAX} characters`;
  return null;
}

describe('the echo check', () => {
  it('catches a message that echoes the text as it came, and passes the quoted form', () => {
    expect(echoFault(`unknown model "${HOSTILE}"`)).toMatch(/raw control character \\x1b/);
    expect(echoFault(`unknown model "${'A'.repeat(500)}"`)).toMatch(/beyond/);
    expect(echoFault(`unknown model ${quoted(HOSTILE)}`)).toBeNull();
    expect(quoted(HOSTILE)).toBe(`"q\\x1b[2J\\x1b]0;owned\\x07\\x9b2J${'A'.repeat(QUOTED_MAX - 18)}…"`);
    expect(clipped('two\nlines\tand a tab')).toBe('two\\nlines\\tand a tab');
    // A cut never splits a character in two: 59 letters and an emoji keep 59 letters.
    expect(clipped(`${'a'.repeat(QUOTED_MAX - 1)}🔒🔒`)).toBe(`${'a'.repeat(QUOTED_MAX - 1)}…`);
  });
});

describe('lockstep commands given hostile text', () => {
  const CASES: [what: string, exit: number, argv: string[]][] = [
    ['an unknown command', 2, [HOSTILE]],
    ['an unknown option', 2, ['run', `--${HOSTILE}`]],
    ['identify, text that names no model', 1, ['identify', HOSTILE]],
    ['decode, text with no light or sound', 1, ['decode', HOSTILE]],
    ['decode, words ignored beside a signal', 0, ['decode', `red ${HOSTILE}`]],
    ['decode --meaning', 1, ['decode', '--meaning', HOSTILE]],
    ['decode --model', 2, ['decode', '--model', HOSTILE, 'red']],
    ['doctor --model', 2, ['doctor', '--model', HOSTILE, '--symptom', 'code-rejected']],
    ['doctor --symptom', 2, ['doctor', '--model', 'smartcode-913', '--symptom', HOSTILE]],
    ['doctor --answers, not key=value', 2, ['doctor', '--model', 'smartcode-913', '--symptom', 'code-rejected', '--answers', HOSTILE]],
    ['doctor --answers, unknown question', 2, ['doctor', '--model', 'smartcode-913', '--symptom', 'code-rejected', '--answers', `${HOSTILE}=yes`]],
    ['doctor --answers, unknown answer', 2, ['doctor', '--model', 'smartcode-913', '--symptom', 'code-rejected', '--answers', `doorOpen=${HOSTILE}`]],
    ['doctor --until-step', 2, ['doctor', '--scenario', 'scenarios/smartcode-913/story-seed-recovery.yaml', '--until-step', HOSTILE]],
    ['check --model', 2, ['check', '--model', HOSTILE]],
    ['check --depth', 2, ['check', '--model', 'smartcode-913', '--depth', HOSTILE]],
    ['check --jobs', 2, ['check', '--model', 'smartcode-913', '--jobs', HOSTILE]],
    ['check --power-cut-campaign --max-cuts', 2, ['check', '--power-cut-campaign', '--max-cuts', HOSTILE]],
    ['practice-reset --model', 2, ['practice-reset', '--model', HOSTILE]],
    ['practice-reset --speed', 2, ['practice-reset', '--speed', HOSTILE]],
    ['practice-reset --seed', 2, ['practice-reset', '--seed', HOSTILE]],
  ];

  const PATH_CASES: [what: string, exit: number, argv: string[]][] = [
    ['run, a scenario file that is not there', 2, ['run', `${HOSTILE}.yaml`]],
    ['run --save-snapshot into a folder that is not there', 2, ['run', '--save-snapshot', `${HOSTILE}/s.json`, 'scenarios/smartcode-913/story-seed-recovery.yaml']],
    ['doctor --snapshot that is not there', 2, ['doctor', '--snapshot', HOSTILE]],
    ['doctor --scenario that is not there', 2, ['doctor', '--scenario', HOSTILE]],
    ['check --out below a file', 2, ['check', '--model', 'smartcode-913', '--out', `package.json/${HOSTILE}`]],
  ];

  it.each(CASES)('%s: escaped and cut, exit %i', async (_what, exit, argv) => {
    const r = await lockstepInProcess(argv);
    expect(r.said).not.toBe('');
    expect(echoFault(r.said)).toBeNull();
    expect(r.code).toBe(exit);
  });

  // A file name is shown whole, so that a long path still says which file; its control
  // characters are escaped like any other outside text.
  it.each(PATH_CASES)('%s: escaped, shown whole, exit %i', async (_what, exit, argv) => {
    const r = await lockstepInProcess(argv);
    const output = r.said.replace(OWN_COLOURS, '');
    expect(RAW_CONTROL.test(output)).toBe(false);
    expect(output).toContain(PATH_SHOWN);
    expect(r.code).toBe(exit);
  });
});

describe('lockstep run of a scenario whose file name and name carry escape bytes', () => {
  it('passes, and names the file and the scenario escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-quoting-'));
    const file = join(dir, `${HOSTILE.slice(0, 40)}.yaml`); // within a file name's 255 bytes
    // A YAML double-quoted string can write any control character: \e is ESC, \a the bell.
    const story = readFileSync(join(REPO_ROOT, 'scenarios', 'smartcode-913', 'story-seed-recovery.yaml'), 'utf8');
    writeFileSync(file, story.replace(/^name: .*$/m, 'name: "a story\\e[2J\\a"'));
    const r = await lockstepInProcess(['run', file]);
    const output = r.said.replace(OWN_COLOURS, '');
    expect(r.code).toBe(0);
    expect(RAW_CONTROL.test(output)).toBe(false);
    expect(output).toContain('a story\\x1b[2J\\x07');
    expect(output).toContain(`PASS ${printable(file)}`);
  });
});

/** The REPL run as a user runs it, lines piped on stdin, with colour off or on: the checks must read the same either way (CI sets CI, which turns colour on). */
function repl(args: string[], lines: string[], colour: boolean): { code: number | null; output: string } {
  const env = colour ? colouredEnv() : colourlessEnv();
  const r = spawnSync(process.execPath, [BIN, 'repl', ...args], { input: lines.join('\n') + '\n', encoding: 'utf8', cwd: REPO_ROOT, env });
  return { code: r.status, output: r.stdout + r.stderr };
}

describe.each([
  ['without colour', false],
  ['with colour', true],
])('lockstep repl given hostile text, %s', (_mode, colour) => {
  it('an unknown --model and a bad --seed', () => {
    for (const args of [['--model', HOSTILE], ['--model', 'smartcode-913', '--seed', HOSTILE]]) {
      const r = repl(args, [], colour);
      expect(r.code).toBe(2);
      expect(r.output).not.toBe('');
      expect(echoFault(r.output)).toBeNull();
    }
  });

  it('every command word and argument it refuses, and the transcript of piped lines', () => {
    const lines = [
      HOSTILE,
      `press ${HOSTILE}`,
      `hold ${HOSTILE}`,
      `insert ${HOSTILE}`,
      `switch ${HOSTILE} on`,
      `switch 1 ${HOSTILE}`,
      `fault ${HOSTILE}`,
      `wait ${HOSTILE}`,
      `speed ${HOSTILE}`,
      `pull ${HOSTILE}`,
    ];
    const r = repl(['--model', 'smartcode-913'], lines, colour);
    expect(r.code).toBe(2); // lines not accepted: piped, the session ends with 2
    expect(r.output.replace(OWN_COLOURS, '') !== r.output).toBe(colour); // the mode took
    // The transcript shows each piped line whole (escaped); the messages quote it cut.
    const shown = r.output.replace(OWN_COLOURS, '').split('\n');
    const transcript = shown.filter((line) => line.startsWith(TRANSCRIPT_PROMPT));
    const messages = shown.filter((line) => !line.startsWith(TRANSCRIPT_PROMPT));
    expect(transcript).toHaveLength(lines.length);
    expect(RAW_CONTROL.test(transcript.join('\n'))).toBe(false);
    expect(echoFault(messages.join('\n'))).toBeNull();
    // Each line was refused with a message of its own, and the session went on to the end.
    expect(r.output.match(/error/g)?.length).toBeGreaterThanOrEqual(lines.length);
  });

  it('a snapshot to load or a file to save or record that cannot be used: the name escaped, shown whole', () => {
    const lines = [`load ${HOSTILE}`, `save ${HOSTILE}/s.json`, `record ${HOSTILE}/s.yaml`];
    const r = repl(['--model', 'smartcode-913'], lines, colour);
    expect(r.code).toBe(2); // lines not accepted: piped, the session ends with 2
    const shown = r.output.replace(OWN_COLOURS, '');
    const messages = shown.split('\n').filter((line) => !line.startsWith(TRANSCRIPT_PROMPT));
    expect(RAW_CONTROL.test(shown)).toBe(false);
    expect(messages.filter((line) => line.includes(PATH_SHOWN))).toHaveLength(lines.length);
  });
});
