// Where JSON text stops being JSON: the line and column of the first character JSON.parse
// rejects, for the message about a snapshot file that is not JSON (snapshot-json.ts). Node's own
// message gives a character offset at best ("in JSON at position 500"), and for an unexpected
// character none at all ("Unexpected token 'x', … is not valid JSON"), where a scenario file's
// mistakes are each said at their line and column (design/architecture.md "Contracts": bad input
// gets a clear error naming what was wrong and where). The offset is Node's where its message
// gives one, the text's end where it says the input ended; otherwise the first fault that
// jsonc-parser's strict parse (no comments, no trailing commas) finds, at the character of that
// token Node's message names. Run only once JSON.parse has failed, so never on a good snapshot's
// path.
import { parse, type ParseError } from 'jsonc-parser';

/** A place in a text: 1-based line and column (the column in characters, as an editor counts them). */
export interface TextPlace {
  line: number;
  col: number;
}

/** The offset in Node's JSON.parse message, where it gives one. */
const NODE_POSITION = /\bat position (\d+)/;
/** Node's message for a text that ends before its value does; the place is the text's end. */
const NODE_END_OF_INPUT = 'Unexpected end of JSON input';
/** The character Node's message names where it names no offset: "Unexpected token 'x', …". */
const NODE_UNEXPECTED = /^Unexpected token '(.)'/su;
/** A token as jsonc-parser rejects it, and the one space that may end it. */
const TOKEN_AND_END = /^\S*\s?/u;
const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/** The offset of the first character of `text` that is not where JSON allows it, or null when `text` is JSON. */
export function jsonErrorOffset(text: string): number | null {
  let message: string;
  try {
    JSON.parse(text);
    return null;
  } catch (err) {
    message = (err as Error).message;
    if (message.startsWith(NODE_END_OF_INPUT)) return text.length;
    const given = NODE_POSITION.exec(message);
    if (given) return Number(given[1]);
  }
  const errors: ParseError[] = [];
  parse(text, errors, STRICT_JSON);
  const start = errors[0]?.offset;
  if (start === undefined) return text.length;
  // jsonc-parser places the token it rejects ("fals," at its f); Node names the character it
  // stopped at (the comma): where that character is in the token, or the space ending it, say it.
  const named = NODE_UNEXPECTED.exec(message)?.[1];
  const word = TOKEN_AND_END.exec(text.slice(start))![0];
  const within = named === undefined ? -1 : word.indexOf(named);
  return within < 0 ? start : start + within;
}

/** The line and column of `offset` in `text`. */
export function placeOf(text: string, offset: number): TextPlace {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: [...before.slice(lineStart)].length + 1 };
}
