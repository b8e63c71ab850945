// A failed expectation as one sentence, the way `lockstep run` reports it after file:line:col:
// the word and what was expected, then what was observed instead (`expected bolt extended,
// observed retracted`). A `noEvent` is said plainly — `expected no "locked" event, observed one at
// 1.6 s` — since its expectation (expect-check.ts) already names what it rules out
// (design/architecture.md, Scenario files).
import type { ExpectFailure } from './expect-check.ts';

/** Keys whose expectation reads whole without the key before it. */
const SELF_NAMED: ReadonlySet<ExpectFailure['key']> = new Set(['noEvent']);

export function failureWords(f: ExpectFailure): string {
  const expected = SELF_NAMED.has(f.key) ? f.expected : `${f.key} ${f.expected}`;
  return `expected ${expected}, observed ${f.observed}`;
}
