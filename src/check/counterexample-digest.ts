// A counterexample's digest (design/architecture.md "Scenario files — the shared language of tests,
// docs, bug reports"): lockstep records in the file's header the SHA-256 of the text it wrote, so
// that when the property holds in a later run it removes the file only while it is still exactly
// that text (./earlier-counterexample.ts). A file a person has since edited — notes added, a step
// changed, its line endings converted — is theirs, and is kept.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-256 of a text's UTF-8 bytes, in hex (a pure function: the platform's crypto module, also a
 * random source, is not imported by the checker — test/nondeterminism.test.ts). */
function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The header line that carries the digest; the digest covers every other line of the file. */
export const DIGEST_PREFIX = '# sha256 of every other line of this file as lockstep wrote it (edited, it is never removed): ';
/** The line the digest stands on, after the header's first. */
const DIGEST_LINE_INDEX = 1;
const LINE_BREAK = '\n';

/** The file's text from its lines, with the digest of them put on its second line. */
export function withDigest(lines: readonly string[]): string {
  const body = lines.join(LINE_BREAK) + LINE_BREAK;
  const withLine = [...lines.slice(0, DIGEST_LINE_INDEX), DIGEST_PREFIX + sha256Hex(body), ...lines.slice(DIGEST_LINE_INDEX)];
  return withLine.join(LINE_BREAK) + LINE_BREAK;
}

/** Whether `text` is still the text lockstep wrote: 'untouched', 'edited' (its digest no longer
 * matches), or 'no-digest' (a file written before digests were recorded, or one whose digest line
 * was edited away). */
export function digestVerdict(text: string): 'untouched' | 'edited' | 'no-digest' {
  const lines = text.split(LINE_BREAK);
  const line = lines[DIGEST_LINE_INDEX];
  if (line === undefined || !line.startsWith(DIGEST_PREFIX)) return 'no-digest';
  const body = [...lines.slice(0, DIGEST_LINE_INDEX), ...lines.slice(DIGEST_LINE_INDEX + 1)].join(LINE_BREAK);
  return sha256Hex(body) === line.slice(DIGEST_PREFIX.length) ? 'untouched' : 'edited';
}
