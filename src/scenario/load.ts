// The scenario loader: a YAML scenario file in, a typed Scenario out, every step positioned and
// every error a ScenarioError at file:line:col of the node at fault
// (design/architecture.md, Scenario files).
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { readGiven } from './given.ts';
import { deref, entries } from './nodes.ts';
import { posAt, type SourceContext } from './source.ts';
import { readSteps } from './steps.ts';
import { checkTopLevel } from './top-level.ts';
import { ScenarioError, type Scenario } from './types.ts';

const FILE_START = { line: 1, col: 1 } as const;

function syntaxMessage(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return 'a scenario file holds one YAML document; remove the second "---"';
  return `YAML syntax error: ${error.message}`;
}

/** Parse scenario text; `file` names it in positions and anchors a relative `snapshot`. */
export function parseScenario(text: string, file: string): Scenario {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
  const ctx: SourceContext = { file, text, lines, doc };
  const [syntax] = doc.errors;
  if (syntax) throw new ScenarioError(syntaxMessage(syntax), posAt(ctx, syntax.pos[0]));
  if (!doc.contents) {
    throw new ScenarioError('empty scenario: expected a mapping with name, model and steps', { file, ...FILE_START });
  }
  const root = deref(ctx, doc.contents, doc.contents);
  const top = checkTopLevel(ctx, root, entries(ctx, root, 'a scenario'));
  const { given, givenPos } = readGiven(ctx, top.given);
  const steps = readSteps(ctx, top.steps);
  return { file, name: top.name, model: top.model, seed: top.seed, given, givenPos, steps };
}

/** Read and parse a scenario file; an unreadable file is a ScenarioError at its first line. */
export function loadScenarioFile(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ScenarioError(`cannot read scenario file: ${reason}`, { file: path, ...FILE_START });
  }
  return parseScenario(text, path);
}
