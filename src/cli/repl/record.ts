// `record FILE`: the session so far as a scenario file (design/architecture.md "Scenario
// files") that `lockstep run FILE` replays and passes: the start as `given:` (or
// `given.snapshot`), every action in scenario words, and an `expect:` of the state now.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { expectationWords, stateExpectation, stepWords } from '../../scenario/scenario-words.ts';
import { EXPECT_WORD, scenarioText } from '../../scenario/write.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import type { Session } from './session.ts';

export { durationWords, stateExpectation, stepWords } from '../../scenario/scenario-words.ts';

/** A snapshot the session started from but that has since changed on disk is copied beside the record. */
const START_SNAPSHOT_SUFFIX = '.start.json';
const HEADER = ['Recorded by `lockstep repl`; replay it with `lockstep run`. The last step expects the state the session ended in.'];

/** The `given:` block; a start snapshot is referenced relative to the record, or copied if it changed. */
function givenFor(session: Session, recordPath: string, notes: string[]): Record<string, unknown> {
  const start = session.start;
  if (start.kind === 'given') return { ...start.given };
  let snapshotPath = start.path;
  if (!existsSync(snapshotPath) || readFileSync(snapshotPath, 'utf8') !== start.text) {
    snapshotPath = join(dirname(recordPath), basename(recordPath, extname(recordPath)) + START_SNAPSHOT_SUFFIX);
    writeFileAtomic(snapshotPath, start.text);
    notes.push(`the start snapshot ${start.path} has changed since it was loaded; the start is kept in ${snapshotPath}`);
  }
  return { snapshot: relative(dirname(recordPath), snapshotPath) };
}

/** Write the session as a scenario file; returns notes worth telling the user. */
export function recordSession(session: Session, file: string): string[] {
  const path = resolve(file);
  const notes: string[] = [];
  const twin = session.twin;
  const given = givenFor(session, path, notes);
  const text = scenarioText({
    header: HEADER,
    name: `repl session on ${twin.model.id}, recorded as ${basename(path)}`,
    model: twin.model.id,
    seed: 'snapshot' in given ? undefined : twin.seed,
    given,
    steps: [...session.actions.map(stepWords), { [EXPECT_WORD]: expectationWords(stateExpectation(twin)) }],
  });
  writeFileAtomic(path, text);
  return notes;
}
