// The scenario loader of the command line: a YAML scenario file read from disk and parsed
// (parse.ts), a relative `snapshot` resolved to an absolute path beside the file, and an
// unreadable file a ScenarioError at its first line (design/architecture.md, Scenario files).
import { dirname, resolve } from 'node:path';
import { parseScenario as parseScenarioText } from './parse.ts';
import { readCappedBytes, SCENARIO_MAX_BYTES } from './read-file.ts';
import { FILE_START, ScenarioError, type Scenario } from './types.ts';
import { scenarioTextOf } from './utf8-text.ts';

/** Parse scenario text; `file` names it in positions and anchors a relative `snapshot` (made absolute). */
export function parseScenario(text: string, file: string): Scenario {
  return parseScenarioText(text, file, { resolvePath: (from, relative) => resolve(dirname(from), relative) });
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
