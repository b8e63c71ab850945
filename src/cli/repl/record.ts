// `record FILE`: the session so far as a scenario file (design/architecture.md "Scenario
// files") that `lockstep run FILE` replays and passes: the start as `given:` (or
// `given.snapshot`), every action in scenario words, and an `expect:` of the state now.

import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { expectationWords, stateExpectation, stepWords } from '../../scenario/scenario-words.ts';
import { EXPECT_WORD, scenarioText } from '../../scenario/write.ts';
import { fileErrorCode, writeFileAtomic } from '../write-atomic.ts';
import { sameFile } from '../writable.ts';
import { readCappedText, SNAPSHOT_MAX_BYTES } from '../../scenario/read-file.ts';
import type { Session } from './session.ts';

export { durationWords, stateExpectation, stepWords } from '../../scenario/scenario-words.ts';

/** A snapshot the session started from but that has since changed on disk is copied beside the record. */
const START_SNAPSHOT_SUFFIX = '.start.json';
const HEADER = ['Recorded by `lockstep repl`; replay it with `lockstep run`. The last step expects the state the session ended in.'];

/** A file `record` could not write (the record itself or the copy of its start beside it): names that file. */
export class RecordWriteError extends Error {
  override name = 'RecordWriteError';
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`cannot write ${file} (${code})`);
  }
}

/** Why the session cannot be recorded to `file`, or null: the snapshot it started from is the one
 * file it may not write over — the record would replace it and then name itself as its start
 * (`given.snapshot`), a scenario nothing can replay (as `run --save-snapshot` refuses to write
 * over the scenario it runs). */
export function recordProblem(session: Session, file: string): string | null {
  const start = session.start;
  if (start.kind !== 'snapshot') return null;
  if (resolve(file) !== start.path && !sameFile(file, start.path)) return null;
  return `that is the snapshot the session started from, which the recording replays from (given.snapshot): record to another file`;
}

/** What `record` wrote: the record's path, its steps before the closing expect, the copy of the
 * start snapshot it wrote beside it (or null), and notes worth telling the user. */
export interface Recorded {
  file: string;
  steps: number;
  startCopy: string | null;
  notes: string[];
}

/** The `given:` block; a start snapshot is referenced relative to the record, or copied if it
 * changed (the copy's path then in `recorded`). */
function givenFor(session: Session, recordPath: string, recorded: Recorded): Record<string, unknown> {
  const start = session.start;
  if (start.kind === 'given') return { ...start.given };
  let snapshotPath = start.path;
  if (!unchanged(snapshotPath, start.text)) {
    snapshotPath = join(dirname(recordPath), basename(recordPath, extname(recordPath)) + START_SNAPSHOT_SUFFIX);
    writeOrName(snapshotPath, start.text);
    recorded.startCopy = snapshotPath;
    recorded.notes.push(`the start snapshot ${start.path} has changed since it was loaded; the start is kept in ${snapshotPath}`);
  }
  return { snapshot: relative(dirname(recordPath), snapshotPath) };
}

/** Whether the file at `path` still holds `text` (false when it is gone, unreadable, or no longer a snapshot-sized regular file). */
function unchanged(path: string, text: string): boolean {
  try {
    return readCappedText(path, SNAPSHOT_MAX_BYTES, 'snapshot') === text;
  } catch {
    return false;
  }
}

/** Write the session as a scenario file (the caller has asked recordProblem first); returns
 * what it wrote. */
export function recordSession(session: Session, file: string): Recorded {
  const path = resolve(file);
  const recorded: Recorded = { file: path, steps: session.actions.length, startCopy: null, notes: [] };
  const twin = session.twin;
  const given = givenFor(session, path, recorded);
  const text = scenarioText({
    header: HEADER,
    name: `repl session on ${twin.model.id}, recorded as ${basename(path)}`,
    model: twin.model.id,
    seed: 'snapshot' in given ? undefined : twin.seed,
    given,
    steps: [...session.actions.map(stepWords), { [EXPECT_WORD]: expectationWords(stateExpectation(twin)) }],
  });
  writeOrName(path, text);
  return recorded;
}

/** Write `text` to `path`; a file error becomes a RecordWriteError naming `path`. */
function writeOrName(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (err) {
    const code = fileErrorCode(err);
    if (code === undefined) throw err;
    throw new RecordWriteError(path, code);
  }
}
