// `lockstep repl --model <model> [--seed N] [--json]`, or `lockstep repl --load snapshot.json [--json]`: operate a live twin
// from the terminal, one command a line (help.ts lists them). After every command it prints what
// the lock did (the timeline's rows) and a status line; with --json, JSON Lines a program can read
// instead (json-lines.ts). Lines can be piped in too: they run in order, every one, and the end
// of input or `quit` leaves with exit 0 — or 2 when a line could not be accepted, 3 when
// lockstep failed on one, said last (line-tally.ts; an action the lock refused is its answer and
// leaves 0). At a terminal a session leaves with 0. An unknown model, an unreadable snapshot or a
// --seed beside --load (the snapshot carries its own random streams: seed-with-snapshot.ts) is
// exit 2 before the session starts.

import { createInterface, type Interface } from 'node:readline';
import { resolve } from 'node:path';
import pc from 'picocolors';
import { errColours } from '../colour.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from '../exit-codes.ts';
import { LineTally } from './line-tally.ts';
import { HELP_TEXT_COLUMN, helpEntries, helpLines } from './help.ts';
import { doneLine, drivenTwin, endLine, entryLine, errorLine, helpLine, readyLine, startErrorLine, type DrivenTwin, type RecordedFiles, type SavedFile } from './json-lines.ts';
import { runWait, type PaceControl } from './pace.ts';
import { COMMAND_WORDS, parseLine, type ReplCommand } from './parse.ts';
import { ReplInputError, replErrorReason } from './input-error.ts';
import type { ReplErrorReason } from './error-reasons.ts';
import { recordProblem, recordSession, RecordWriteError } from './record.ts';
import { shellWord } from '../shell-word.ts';
import { STATE_VALUE_COLUMN, STATUS_HANG, stateLines, statusLine, traceLines } from './report.ts';
import { requireModel, Session, SessionStartError } from './session.ts';
import { fileErrorCode } from '../write-atomic.ts';
import { fitLine, NO_BREAK, type LineSink } from '../terminal-wrap.ts';
import { ENTRY_TEXT_COLUMN } from '../timeline.ts';
import { unwritableFile } from '../writable.ts';
import { printable, quoted } from '../../printable.ts';
import { DEFAULT_SEED, SEED_RULE, seedFromText } from '../../sim/seed.ts';
import { seedWithSnapshotMessage } from '../../scenario/seed-with-snapshot.ts';
import { NothingShownError, Twin } from '../../twin/twin.ts';
import { ClockLimitError } from '../../sim/kernel.ts';

export interface ReplOptions {
  model?: string;
  seed?: string;
  load?: string;
  json?: boolean;
}

const PROMPT = 'lockstep> ';
const HISTORY_SIZE = 500;

interface Io {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  /** A terminal's width, when it is one, for the lines wrapped to it. */
  output: NodeJS.WritableStream & LineSink;
  errors: NodeJS.WritableStream;
}

type Outcome = 'go-on' | 'quit';

/** The session the options ask for; throws SessionStartError for a bad start. */
function startSession(opts: ReplOptions): Session {
  const seed = opts.seed === undefined ? DEFAULT_SEED : seedFromText(opts.seed);
  if (seed === undefined) throw new SessionStartError(`--seed must be ${SEED_RULE}, got ${quoted(opts.seed ?? '')}`);
  if (opts.load !== undefined) {
    // A seed beside a snapshot is refused, as `run --seed` and a scenario's `seed:` line are.
    if (opts.seed !== undefined) throw new SessionStartError(seedWithSnapshotMessage('--seed', `--load ${opts.load} is one: start the session without --seed`));
    const session = Session.fromSnapshot(opts.load);
    if (opts.model !== undefined && requireModel(opts.model).id !== session.modelId) {
      throw new SessionStartError(`--load ${opts.load} is a snapshot of ${session.modelId}, not of --model ${opts.model}`);
    }
    return session;
  }
  if (opts.model === undefined) throw new SessionStartError('repl needs --model <model> (see `lockstep models`) or --load <snapshot.json>');
  return Session.fresh(opts.model, seed);
}

class Repl {
  private readonly pace: PaceControl = { factor: 0, running: false, hurry: false };
  /** The input line being run (1-based) and its text, for --json's objects. */
  private lineNo = 0;
  private command = '';
  /** What the command has to say, for --json's `done` (printed as it comes without --json). */
  private message: string | undefined;
  /** The twin a `load` now drives, for --json's `done` (its model is in the message without --json). */
  private driven: DrivenTwin | undefined;
  /** What a `record` wrote, for --json's `done` (in the message and notes without --json). */
  private written: RecordedFiles | SavedFile | undefined;
  /** The lines that could not be run, for the exit of piped input. */
  readonly tally = new LineTally();

  constructor(
    private readonly session: Session,
    private readonly io: Io,
    readonly json: boolean,
  ) {}

  /** Write a line. On a terminal it is wrapped between words to the terminal's width, its rows
   * after the first indented by `hang` (the terminal cut words at its edge: "speed i" / "nstant");
   * otherwise, and with --json, it is written whole. */
  out(line: string, hang = 0): void {
    this.io.output.write((this.json ? line : fitLine(this.io.output, line, hang)) + '\n');
  }

  error(reason: ReplErrorReason, message: string): void {
    this.tally.note(this.lineNo, reason);
    if (this.json) this.out(errorLine(this.lineNo, this.command, reason, message));
    else this.io.errors.write(errColours.red(`error: ${message}`) + '\n');
  }

  /** A command's own words: printed now, or carried by --json's `done`. */
  private say(message: string): void {
    if (this.json) this.message = message;
    else this.out(message);
  }

  /** Piped input has ended: say which lines could not be run, and give the exit that follows. */
  end(): number {
    if (this.json) this.out(endLine(this.lineNo, this.tally));
    else {
      const summary = this.tally.summary(this.lineNo);
      if (summary !== null) this.io.errors.write(errColours.red(`error: ${summary}`) + '\n');
    }
    return this.tally.exitCode();
  }

  /** Ctrl-C: finish a paced wait at once; at the prompt, leave. */
  interrupt(rl: Interface): void {
    if (this.pace.running) this.pace.hurry = true;
    else rl.close();
  }

  /** Print the trace entries not yet shown. */
  private showNew(): void {
    const twin = this.session.twin;
    if (this.json) for (const e of twin.trace.entries.slice(this.session.shown)) this.out(entryLine(this.lineNo, e));
    else for (const line of traceLines(twin, this.session.shown)) this.out(line, ENTRY_TEXT_COLUMN);
    this.session.shown = twin.trace.length;
  }

  private showStatus(): void {
    if (this.json) this.out(doneLine(this.lineNo, this.command, this.session.twin, this.message, this.driven, this.written));
    else this.out(statusLine(this.session.twin, NO_BREAK), STATUS_HANG);
  }

  banner(): void {
    const twin = this.session.twin;
    if (this.json) {
      this.out(readyLine(twin, startPath(this.session)));
      // What the twin recorded before any command (power on, its mode, the status blink), as line
      // 0: with them a program holds the whole trace, and its hash is the one `lockstep run` gives
      // the recorded session (after a `load`, that of the entries since it: the record then starts
      // from the loaded snapshot, and a restored lock records nothing before its first command).
      for (const e of twin.trace.entries.slice(0, this.session.shown)) this.out(entryLine(0, e));
      return;
    }
    const start = startPath(this.session);
    const from = start === null ? '' : `, from ${start}`;
    this.out(pc.bold(`lockstep repl — ${twin.model.id} (${twin.model.name}), seed ${twin.seed}${from}`));
    this.out(pc.dim('Type help for the commands; quit or Ctrl-D to leave.'));
    this.showStatus();
  }

  /** Run one line; a bad line prints what was wrong and the session goes on. */
  async run(line: string): Promise<Outcome> {
    this.lineNo++;
    this.command = line;
    this.message = undefined;
    this.driven = undefined;
    this.written = undefined;
    try {
      return await this.runCommand(parseLine(line));
    } catch (err) {
      this.error(replErrorReason(err), (err as Error).message);
      return 'go-on';
    }
  }

  private async runCommand(cmd: ReplCommand): Promise<Outcome> {
    const session = this.session;
    switch (cmd.kind) {
      case 'nothing':
        return 'go-on';
      case 'quit':
        // Acknowledged, so a program driving the session need not wait for the process to end.
        if (this.json) this.showStatus();
        return 'quit';
      case 'help':
        if (this.json) this.out(helpLine(this.lineNo, helpEntries()));
        else for (const l of helpLines()) this.out(l, HELP_TEXT_COLUMN);
        return 'go-on';
      case 'action':
        if (cmd.action.do === 'door' && session.twin.doorBlocked(cmd.action.state)) {
          // The twin would leave the door where it is; a person at the door would feel why.
          throw new ReplInputError('refused', `${Twin.doorBlockedWhy(cmd.action.state)}: withdraw it first (thumbturn unlock, key unlock or a code)`);
        }
        {
          const refused = session.twin.actionRefusal(cmd.action);
          if (refused) throw new ReplInputError('refused', refused);
        }
        await lockRefusing(async () => {
          if (cmd.action.do === 'wait') await runWait(session, cmd.action.ms, this.pace, () => this.showNew());
          else session.apply(cmd.action);
        });
        this.showNew();
        break;
      case 'state':
        if (this.json) break; // `done` carries the state
        for (const l of stateLines(session.twin)) this.out(l, STATE_VALUE_COLUMN);
        return 'go-on';
      case 'speed':
        this.pace.factor = cmd.factor;
        this.say(cmd.factor > 0 ? `waits now run at ${cmd.factor}× real time` : 'waits now run instantly');
        if (this.json) break;
        return 'go-on';
      case 'save':
        writing(cmd.file, () => session.save(cmd.file));
        this.written = { file: resolve(cmd.file) };
        this.say(`saved the twin's state to ${cmd.file}`);
        break;
      case 'load':
        try {
          session.load(cmd.file);
        } catch (err) {
          if (err instanceof SessionStartError) throw new ReplInputError('cannot-load', err.message);
          throw err;
        }
        this.say(`loaded ${cmd.file} (${session.modelId}); record now starts from this snapshot`);
        this.driven = drivenTwin(session.twin, startPath(session));
        break;
      case 'record': {
        const problem = recordProblem(session, cmd.file);
        if (problem !== null) throw new ReplInputError('cannot-write', `cannot write ${cmd.file}: ${problem}`);
        const { notes, file, steps, startCopy } = writing(cmd.file, () => recordSession(session, cmd.file));
        this.written = { file, steps, startCopy };
        if (!this.json) for (const note of notes) this.out(pc.yellow(`note: ${note}`));
        this.say(`recorded ${session.actions.length} steps and a final expect to ${cmd.file} — replay: lockstep run ${shellWord(cmd.file)}${this.json && notes.length ? `; note: ${notes.join('; ')}` : ''}`);
        break;
      }
    }
    this.showStatus();
    return 'go-on';
  }
}

/** The snapshot file the session's story starts from, or null for a fresh lock. */
function startPath(session: Session): string | null {
  return session.start.kind === 'snapshot' ? session.start.path : null;
}

/** What the twin throws for an action the lock as it is now cannot do, once the REPL's own checks
 * have passed (the screen shows no digits to type, a wait would run the clock past its limit),
 * is a refused command: thrown before the twin has done any of it. */
async function lockRefusing(act: () => Promise<void>): Promise<void> {
  try {
    await act();
  } catch (err) {
    if (err instanceof NothingShownError || err instanceof ClockLimitError) throw new ReplInputError('refused', err.message);
    throw err;
  }
}

/** A file that cannot be written is a bad command, said in a person's words. */
function writing<T>(file: string, write: () => T): T {
  const why = unwritableFile(file);
  if (why !== null) throw new ReplInputError('cannot-write', `cannot write ${file}: ${why}`);
  try {
    return write();
  } catch (err) {
    if (err instanceof RecordWriteError) throw new ReplInputError('cannot-write', err.message);
    const code = fileErrorCode(err);
    if (code === undefined) throw err;
    throw new ReplInputError('cannot-write', `cannot write ${file} (${code})`);
  }
}

function completer(line: string): [string[], string] {
  const hits = COMMAND_WORDS.filter((w) => w.startsWith(line.trim()));
  return [hits.length ? hits : [...COMMAND_WORDS], line];
}

export async function replCommand(
  opts: ReplOptions,
  io: Io = { input: process.stdin, output: process.stdout, errors: process.stderr },
): Promise<number> {
  let session: Session;
  try {
    session = startSession(opts);
  } catch (err) {
    if (!(err instanceof SessionStartError)) throw err;
    io.errors.write(errColours.red(`error: ${err.message}`) + '\n');
    // A program reading stdout gets the reason as data too, in place of `ready` (exit 2 as ever).
    if (opts.json) io.output.write(startErrorLine(err.message) + '\n');
    return EXIT_BAD_INPUT;
  }
  const interactive = Boolean(io.input.isTTY);
  const repl = new Repl(session, io, Boolean(opts.json));
  repl.banner();
  const rl = createInterface({ input: io.input, output: io.output, terminal: interactive, historySize: HISTORY_SIZE, completer });
  rl.setPrompt(pc.cyan(PROMPT));
  rl.on('SIGINT', () => repl.interrupt(rl));
  // With --json every line out is an object: no prompt, no echo.
  const prompting = interactive && !repl.json;
  if (prompting) rl.prompt();
  for await (const line of rl) {
    // Piped lines are echoed so that the output reads as a transcript.
    if (!interactive && !repl.json) repl.out(pc.cyan(PROMPT) + printable(line));
    if ((await repl.run(line)) === 'quit') break;
    if (prompting) rl.prompt();
  }
  rl.close();
  if (prompting) repl.out(''); // leave the shell's prompt on a line of its own
  // Piped lines are a script: a line it could not accept fails it, once every line has run.
  return interactive ? EXIT_OK : repl.end();
}
