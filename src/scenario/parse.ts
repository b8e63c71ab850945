// Scenario text in, a typed Scenario out — every step positioned and every error a ScenarioError
// at file:line:col of the node at fault, every mistake the reading can judge found in one pass
// and thrown together, by position (mistakes.ts; design/architecture.md, Scenario files). No file system
// here: the browser twin parses the bundled scenario texts with it; load.ts wraps it for the
// command line, which reads the files.
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { besideFile } from './beside.ts';
import { clipped } from '../printable.ts';
import { findModel } from '../models/index.ts';
import { readGiven } from './given.ts';
import { checkGivenForModel } from './given-for-model.ts';
import { deref, entries } from './nodes.ts';
import { failAt, posAt, type SourceContext } from './source.ts';
import { readSteps } from './steps.ts';
import { Mistakes } from './mistakes.ts';
import { isStackExhausted, tooDeepNode, TOO_DEEP } from './nesting.ts';
import { scenarioTextForm } from './text-form.ts';
import { checkTopLevel } from './top-level.ts';
import { FILE_START, ScenarioError, type Scenario } from './types.ts';
import { seedWithSnapshotMessage } from './seed-with-snapshot.ts';
import { givenSnapshot, type SnapshotReader } from './given-snapshot.ts';

export interface ParseOptions {
  /** Where a path written in the scenario (a `snapshot`) points; by default beside the file, on the path text alone. */
  resolvePath?: (file: string, relative: string) => string;
  /** Reads a `given.snapshot` (the command line's files); given, the snapshot is checked as the
   * file is read — its JSON, its model — a fault one more mistake at its place. */
  readSnapshot?: SnapshotReader;
}

/** The warning of a tag the YAML library does not know. */
const UNKNOWN_TAG = 'TAG_RESOLVE_FAILED';

function syntaxMessage(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return 'a scenario file holds one YAML document; remove the second "---"';
  return `YAML syntax error: ${error.message}`;
}

/** Parse scenario text; `file` names it in positions and anchors a relative `snapshot`. */
export function parseScenario(raw: string, file: string, opts: ParseOptions = {}): Scenario {
  const text = scenarioTextForm(raw, file);
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
  } catch (err) {
    if (isStackExhausted(err)) throw new ScenarioError(TOO_DEEP, { file, ...FILE_START });
    throw err;
  }
  const resolvePath = opts.resolvePath ?? besideFile;
  const ctx: SourceContext = { file, text, lines, doc, resolvePath: (relative) => resolvePath(file, relative), mistakes: new Mistakes() };
  const [syntax] = doc.errors;
  if (syntax) throw new ScenarioError(isStackExhausted(syntax) ? TOO_DEEP : syntaxMessage(syntax), posAt(ctx, syntax.pos[0]));
  const deep = tooDeepNode(doc.contents);
  if (deep) failAt(ctx, deep, TOO_DEEP);
  // An unknown tag (`wait: !bogus 1s`) would be read past as if it were not there.
  const unknownTag = doc.warnings.find((warning) => warning.code === UNKNOWN_TAG);
  if (unknownTag) {
    const [from, to] = unknownTag.pos;
    throw new ScenarioError(`unknown YAML tag ${clipped(text.slice(from, to))} (only YAML's own tags, such as !!str, are read)`, posAt(ctx, from));
  }
  if (!doc.contents) {
    throw new ScenarioError('empty scenario: expected a mapping with name, model and steps', { file, ...FILE_START });
  }
  const root = deref(ctx, doc.contents, doc.contents);
  const topEntries = entries(ctx, root, 'a scenario');
  const { mistakes } = ctx;
  const top = checkTopLevel(ctx, root, topEntries);
  const beforeGiven = mistakes.count;
  const { given, givenPos } = mistakes.attempt(() => readGiven(ctx, top.given)) ?? { given: {}, givenPos: {} };
  const givenRead = mistakes.count === beforeGiven;
  const seedEntry = given.snapshot === undefined ? undefined : topEntries.find((e) => e.key === 'seed');
  if (seedEntry) mistakes.attempt(() => failAt(ctx, seedEntry.keyNode, seedWithSnapshotMessage('"seed"')));
  // The model's rules and words apply only to a model known; its store rules only to a given read whole.
  const model = top.model === undefined ? undefined : findModel(top.model);
  if (model && givenRead) mistakes.attempt(() => checkGivenForModel(ctx, top.given, given, model));
  const readSnapshot = opts.readSnapshot;
  if (model && givenRead && given.snapshot !== undefined && readSnapshot) {
    const snapshot = given.snapshot;
    mistakes.attempt(() => givenSnapshot(snapshot, model.id, givenPos.snapshot ?? { file, ...FILE_START }, readSnapshot));
  }
  const steps = model && top.steps ? (mistakes.attempt(() => readSteps(ctx, top.steps!, model)) ?? []) : [];
  mistakes.throwIfAny();
  return { file, name: top.name, model: top.model!, seed: top.seed, given, givenPos, steps };
}
