// A scenario as YAML text (design/architecture.md, Scenario files), laid out the way the
// shipped files are: a header comment, `given:` codes on one line, each step on one line
// (`- hold: { key: program, for: 5s }`) and each `expect:` as a block. Used by `repl record`
// and by the browser twin's recorder; the output is what `lockstep run` reads.

import { Document, isMap, isScalar, isSeq, YAMLMap } from 'yaml';

export const EXPECT_WORD = 'expect';

export interface ScenarioDraft {
  /** The comment at the top of the file, one string per line. */
  header: readonly string[];
  name: string;
  model: string;
  /** Left out when the scenario starts from a snapshot, which carries its own random streams. */
  seed?: number;
  given: Record<string, unknown>;
  /** Steps in scenario words, e.g. `{ press: 'program' }`, `{ expect: { bolt: 'extended' } }`. */
  steps: readonly Record<string, unknown>[];
}

/** Steps read best one line each; an expect stays a block of one-line words; the given codes and switches on one line. */
function flowNested(doc: Document): void {
  const steps = doc.get('steps', true);
  if (isSeq(steps)) {
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      for (const pair of step.items) {
        if (!(pair.value instanceof YAMLMap)) continue;
        if (!(isScalar(pair.key) && pair.key.value === EXPECT_WORD)) pair.value.flow = true;
        else for (const word of pair.value.items) if (isMap(word.value) || isSeq(word.value)) word.value.flow = true;
      }
    }
  }
  const given = doc.get('given', true);
  for (const word of ['codes', 'switches']) {
    const value = given instanceof YAMLMap ? given.get(word, true) : undefined;
    if (value instanceof YAMLMap) value.flow = true;
  }
}

export function scenarioText(draft: ScenarioDraft): string {
  const { header, ...scenario } = draft;
  const doc = new Document(scenario);
  doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  flowNested(doc);
  return doc.toString();
}
