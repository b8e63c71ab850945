// The text form of a scenario file (design/architecture.md, Scenario files): UTF-8, a byte-order
// mark at the start allowed and dropped (editors on Windows write one; kept, it would shift every
// column of line 1 by one), lines ended by LF or CRLF. A bare CR (classic Mac OS) is refused at
// the first one: YAML would read the whole file as one line and report something unrelated.
import { FILE_START, ScenarioError } from './types.ts';

const BYTE_ORDER_MARK = '\uFEFF';
const BARE_CR = /\r(?!\n)/;
const LF = '\n';

/** `raw` without its byte-order mark; a ScenarioError at the first bare CR. */
export function scenarioTextForm(raw: string, file: string): string {
  const text = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(BYTE_ORDER_MARK.length) : raw;
  const cr = BARE_CR.exec(text);
  if (cr) {
    const before = text.slice(0, cr.index);
    const line = before.split(LF).length;
    const col = cr.index - (before.lastIndexOf(LF) + 1) + FILE_START.col;
    throw new ScenarioError('bare CR line endings are not supported; use LF or CRLF', { file, line, col });
  }
  return text;
}
