// A scenario file's bytes as text (design/architecture.md, Scenario files: "Bad input never
// crashes the twin … the tooling reports the input's file, line and column"). A scenario file is
// UTF-8; Node decodes the bytes it cannot read as U+FFFD, so a file saved in Latin-1 or
// Windows-1252 ran with its name or comments silently changed ("Café" read as "Caf�"). Its first
// byte that is not UTF-8 is refused, at the line and column an editor shows it.
import { FILE_START, ScenarioError } from './types.ts';

const LF = 0x0a;
const BYTE_ORDER_MARK = '\uFEFF';
/** A continuation byte: 10xxxxxx. */
const CONT_LOW = 0x80;
const CONT_HIGH = 0xbf;

/** The bytes a character takes from its first byte, and the range its second byte must fall in
 * (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF). */
function leadOf(b: number): { length: number; low: number; high: number } | null {
  if (b < 0x80) return { length: 1, low: 0, high: 0 };
  if (b >= 0xc2 && b <= 0xdf) return { length: 2, low: CONT_LOW, high: CONT_HIGH };
  if (b === 0xe0) return { length: 3, low: 0xa0, high: CONT_HIGH };
  if (b === 0xed) return { length: 3, low: CONT_LOW, high: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { length: 3, low: CONT_LOW, high: CONT_HIGH };
  if (b === 0xf0) return { length: 4, low: 0x90, high: CONT_HIGH };
  if (b === 0xf4) return { length: 4, low: CONT_LOW, high: 0x8f };
  if (b >= 0xf1 && b <= 0xf3) return { length: 4, low: CONT_LOW, high: CONT_HIGH };
  return null;
}

/** Where the first character of `bytes` that is not well-formed UTF-8 starts, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = leadOf(bytes[i]);
    if (lead === null) return i;
    for (let k = 1; k < lead.length; k++) {
      const b = bytes[i + k];
      const [low, high] = k === 1 ? [lead.low, lead.high] : [CONT_LOW, CONT_HIGH];
      if (b === undefined || b < low || b > high) return i;
    }
    i += lead.length;
  }
  return -1;
}

/** `bytes` as text; a ScenarioError of `file` at the first byte that is not UTF-8. */
export function scenarioTextOf(bytes: Buffer, file: string): string {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return bytes.toString('utf8');
  const lineStart = bytes.lastIndexOf(LF, at - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((b) => b === LF).length + FILE_START.line;
  // Columns as the parser counts them: characters, and none for a byte-order mark (text-form.ts drops it).
  const before = bytes.subarray(lineStart, at).toString('utf8');
  const col = (line === FILE_START.line && before.startsWith(BYTE_ORDER_MARK) ? before.length - 1 : before.length) + FILE_START.col;
  const byte = bytes[at].toString(16).padStart(2, '0');
  throw new ScenarioError(`not UTF-8 text: byte 0x${byte} here is not part of a UTF-8 character (save the file as UTF-8)`, { file, line, col });
}
