// `record FILE`: the session so far as a scenario file (design/architecture.md "Scenario
// files") that `lockstep run FILE` replays and passes: the start as `given:` (or
// `given.snapshot`), every action in scenario words, and an `expect:` of the state now.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { Document, isMap, isScalar, isSeq, YAMLMap } from 'yaml';
import { MS_PER_UNIT } from '../../scenario/duration.ts';
import type { Expectation } from '../../scenario/types.ts';
import type { Action, Twin } from '../../twin/twin.ts';
import { writeFileAtomic } from '../run-command.ts';
import type { Session } from './session.ts';

/** Units tried largest first: a duration is written in the largest unit that divides it. */
const UNITS_LARGEST_FIRST = (Object.entries(MS_PER_UNIT) as [string, number][]).sort((a, b) => b[1] - a[1]);
/** A snapshot the session started from but that has since changed on disk is copied beside the record. */
const START_SNAPSHOT_SUFFIX = '.start.json';
const EXPECT_WORD = 'expect';

/** 30000 → "30s", 90000 → "90s", 1500 → "1500ms". */
export function durationWords(ms: number): string {
  for (const [unit, size] of UNITS_LARGEST_FIRST) if (ms > 0 && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/** One action as a scenario step, e.g. `{ hold: { key: program, for: 5s } }`. */
export function stepWords(a: Action): Record<string, unknown> {
  switch (a.do) {
    case 'press':
    case 'hold':
    case 'release':
      return { [a.do]: a.key };
    case 'hold-for':
      return { hold: { key: a.key, for: durationWords(a.ms) } };
    case 'type':
      return { type: a.force ? { digits: a.digits, force: a.force } : a.digits };
    case 'battery-out':
      return { battery: 'out' };
    case 'battery-in':
      return { battery: a.volts === undefined ? 'in' : { in: a.volts } };
    case 'door':
    case 'strike':
      return { [a.do]: a.state };
    case 'thumbturn':
    case 'key':
      return { [a.do]: a.dir };
    case 'push-bolt':
      return { bolt: 'push' };
    case 'switch':
      // A number key, as the scenario language reads switch numbers.
      return { switch: new Map([[a.n, a.on ? 'on' : 'off']]) };
    case 'wait':
      return { wait: durationWords(a.ms) };
    case 'fault':
      return { fault: a.fault };
  }
}

/** The state now, in expectation words: what a replay must reach. */
export function stateExpectation(twin: Twin): Expectation {
  const store = twin.store();
  return {
    bolt: twin.bolt.state(),
    locked: twin.locked,
    handed: store.handed,
    codes: store.codes.filter((c) => c !== '').length,
    mastercode: store.adminCode === '' ? 'none' : store.adminCode,
    lockout: twin.lockedOut,
    store: store.trusted ? 'ok' : 'untrusted',
    power: twin.powered ? 'on' : 'off',
    mode: twin.mode,
  };
}

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

/** Steps read best one line each: `- hold: { key: program, for: 5s }`; an expect stays a block. */
function flowNested(doc: Document): void {
  const steps = doc.get('steps', true);
  if (!isSeq(steps)) return;
  for (const step of steps.items) {
    if (!isMap(step)) continue;
    for (const pair of step.items) {
      if (pair.value instanceof YAMLMap && !(isScalar(pair.key) && pair.key.value === EXPECT_WORD)) pair.value.flow = true;
    }
  }
  const codes = (doc.get('given', true) as YAMLMap | undefined)?.get('codes', true);
  if (codes instanceof YAMLMap) codes.flow = true;
}

/** Write the session as a scenario file; returns notes worth telling the user. */
export function recordSession(session: Session, file: string): string[] {
  const path = resolve(file);
  const notes: string[] = [];
  const twin = session.twin;
  const scenario = {
    name: `repl session on ${twin.model.id}, recorded as ${basename(path)}`,
    model: twin.model.id,
    seed: twin.seed,
    given: givenFor(session, path, notes),
    steps: [...session.actions.map(stepWords), { [EXPECT_WORD]: stateExpectation(twin) }],
  };
  const doc = new Document(scenario);
  doc.commentBefore = ' Recorded by `lockstep repl`; replay it with `lockstep run`. The last step expects the state the session ended in.';
  flowNested(doc);
  writeFileAtomic(path, doc.toString());
  return notes;
}
