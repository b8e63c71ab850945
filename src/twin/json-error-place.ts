// Where JSON text stops being JSON: the line and column of the first character JSON.parse
// rejects, for the message about a snapshot file that is not JSON (snapshot-json.ts). Node's own
// message gives a character offset at best ("in JSON at position 500"), and for an unexpected
// character none at all ("Unexpected token 'x', … is not valid JSON"), where a scenario file's
// mistakes are each said at their line and column (design/architecture.md "Contracts": bad input
// gets a clear error naming what was wrong and where). Run only once JSON.parse has failed, so
// never on a good snapshot's path. The grammar is JSON's (RFC 8259); nesting is walked with a
// stack of its own, so a file of a million brackets cannot overflow the call stack.

/** A place in a text: 1-based line and column (the column in characters, as an editor counts them). */
export interface TextPlace {
  line: number;
  col: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPED = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const DIGIT = /^[0-9]$/;
const LITERALS = ['true', 'false', 'null'];
/** The lowest code unit JSON allows unescaped in a string: U+0020 (control characters must be escaped). */
const LOWEST_STRING_UNIT = 0x20;

/** The offset of the first character of `text` that is not where JSON allows it, or null when `text` is JSON. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** Past a string starting at i (a '"'); the offset of its fault, or null. */
  const string = (): number | null => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c.charCodeAt(0) < LOWEST_STRING_UNIT) return i;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          // At the first of the four that is no hex digit, as Node says it.
          for (let k = 2; k < 6; k++) if (!HEX_DIGIT.test(text[i + k] ?? '')) return i + k;
          i += 6;
        } else if (e !== undefined && ESCAPED.has(e)) i += 2;
        else return i + 1;
      } else i++;
    }
    return i;
  };
  const digits = (): void => {
    while (DIGIT.test(text[i] ?? '')) i++;
  };
  /** Past a number starting at i (RFC 8259 §6); the offset where a digit was wanted and none came, or null. */
  const number = (): number | null => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (DIGIT.test(text[i] ?? '')) digits();
    else return i;
    if (text[i] === '.') {
      i++;
      if (!DIGIT.test(text[i] ?? '')) return i;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!DIGIT.test(text[i] ?? '')) return i;
      digits();
    }
    return null;
  };
  /** Past a scalar (string, number, literal) starting at i; the offset of its fault, or null. */
  const scalar = (): number | null => {
    if (text[i] === '"') return string();
    if (text[i] === '-' || DIGIT.test(text[i]!)) return number();
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal === undefined) {
      // The first character at which no literal can go on: 'nope' fails at its 'o'.
      const partial = LITERALS.map((word) => {
        let n = 0;
        while (n < word.length && text[i + n] === word[n]) n++;
        return n;
      });
      return i + Math.max(...partial);
    }
    i += literal.length;
    return null;
  };
  // Each open container: '}' for an object, ']' for an array.
  const open: string[] = [];
  skip();
  for (;;) {
    // A value is expected at i.
    if (i >= text.length) return i;
    const c = text[i]!;
    if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      i++;
      skip();
      if (text[i] === open[open.length - 1]) {
        i++;
        open.pop();
      } else if (c === '{') {
        if (text[i] !== '"') return i;
        const fault = string();
        if (fault !== null) return fault;
        skip();
        if (text[i] !== ':') return i;
        i++;
        skip();
        continue;
      } else continue;
    } else {
      const fault = scalar();
      if (fault !== null) return fault;
    }
    // A value has ended: a comma and the next, a container's end, or the text's end.
    for (;;) {
      skip();
      if (open.length === 0) return i >= text.length ? null : i;
      const close = open[open.length - 1]!;
      if (text[i] === close) {
        i++;
        open.pop();
        continue;
      }
      if (text[i] !== ',') return i;
      i++;
      skip();
      if (close === '}') {
        if (text[i] !== '"') return i;
        const fault = string();
        if (fault !== null) return fault;
        skip();
        if (text[i] !== ':') return i;
        i++;
        skip();
      }
      break;
    }
  }
}

/** The line and column of `offset` in `text`. */
export function placeOf(text: string, offset: number): TextPlace {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: [...before.slice(lineStart)].length + 1 };
}
