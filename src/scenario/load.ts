// The scenario loader of the command line: a YAML scenario file read from disk and parsed
// (parse.ts), a relative `snapshot` resolved to an absolute path beside the file, and an
// unreadable file a ScenarioError at its first line (design/architecture.md, Scenario files). A
// `given.snapshot` is read and checked in the same reading, its faults among the file's mistakes.
import { dirname, resolve } from 'node:path';
import { parseScenario as parseScenarioText } from './parse.ts';
import { readCappedBytes, readCappedText, SCENARIO_MAX_BYTES, SNAPSHOT_MAX_BYTES } from './read-file.ts';
import { FILE_START, ScenarioError, type Scenario } from './types.ts';
import { scenarioTextOf } from './utf8-text.ts';

/** The text of a snapshot file a scenario names, read as any snapshot is (at most SNAPSHOT_MAX_BYTES). */
export function readSnapshotFile(path: string): string {
  return readCappedText(path, SNAPSHOT_MAX_BYTES, 'snapshot');
}

/** Parse scenario text; `file` names it in positions and anchors a relative `snapshot` (made
 * absolute), which is read and checked with the file's other mistakes. */
export function parseScenario(text: string, file: string): Scenario {
  return parseScenarioText(text, file, { resolvePath: (from, relative) => resolve(dirname(from), relative), readSnapshot: readSnapshotFile });
}

/** Read and parse a scenario file; an unreadable file — or one that is not a regular file, or
 * above SCENARIO_MAX_BYTES — is a ScenarioError at its first line, and one that is not UTF-8 at
 * its first byte that is not (utf8-text.ts). */
export function loadScenarioFile(path: string): Scenario {
  let bytes: Buffer;
  try {
    bytes = readCappedBytes(path, SCENARIO_MAX_BYTES, 'scenario file');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ScenarioError(`cannot read scenario file: ${reason}`, { file: path, ...FILE_START });
  }
  return parseScenario(scenarioTextOf(bytes, path), path);
}
