/**
 * Hand-written keypad baseline: a switch-based reducer over one mutable plain state
 * object. This is meant to be the fastest reasonable implementation of the rules in
 * ../workload/keypad-workload.ts, so it allocates nothing per event:
 *  - the entry buffer is a cursor into a digit trie of the stored codes (plus a length),
 *    so "equals a code" and "is a prefix of some code" are single array look-ups;
 *  - the wrong-attempt window holds at most WRONG_CODE_LIMIT - 1 = 2 timestamps, kept
 *    in two number fields (timestamps are monotonic, so the older expires first).
 */
import {
  ENTRY_TIMEOUT_MS,
  KEYPAD_CODES,
  LOCKOUT_MS,
  MAX_CODE_LENGTH,
  MIN_CODE_LENGTH,
  WRONG_CODE_LIMIT,
  WRONG_CODE_WINDOW_MS,
  type KeypadCounters,
  type KeypadEvent,
} from '../workload/keypad-workload.ts';

if (WRONG_CODE_LIMIT !== 3) throw new Error('reducer-keypad assumes WRONG_CODE_LIMIT === 3');

/** Trie node -1: the buffer is no longer a prefix of any stored code. */
const DEAD = -1;
const ZERO = 48; // '0'.charCodeAt(0)

interface CodeTrie {
  next: Int32Array; // next[node * 10 + digit] -> child node or DEAD
  isCode: Uint8Array; // 1 when the path to node spells a stored code
}

function buildTrie(codes: readonly string[]): CodeTrie {
  const maxNodes = 1 + codes.length * MAX_CODE_LENGTH;
  const next = new Int32Array(maxNodes * 10).fill(DEAD);
  const isCode = new Uint8Array(maxNodes);
  let nodes = 1;
  for (const code of codes) {
    let node = 0;
    for (const ch of code) {
      const slot = node * 10 + (ch.charCodeAt(0) - ZERO);
      if (next[slot] === DEAD) next[slot] = nodes++;
      node = next[slot]!;
    }
    isCode[node] = 1;
  }
  return { next, isCode };
}

const TRIE = buildTrie(KEYPAD_CODES);

/** Mutable reducer state: one object per simulated lock. */
export interface KeypadState extends KeypadCounters {
  node: number; // trie cursor for the entry buffer (0 = root, DEAD = not a prefix)
  length: number; // digits in the entry buffer
  lastDigitAt: number;
  olderWrongAt: number; // wrong-attempt window; -Infinity = empty slot
  newerWrongAt: number;
  lockoutUntil: number;
}

export function createKeypadState(): KeypadState {
  return {
    unlocks: 0,
    wrongCodes: 0,
    lockouts: 0,
    node: 0,
    length: 0,
    lastDigitAt: -Infinity,
    olderWrongAt: -Infinity,
    newerWrongAt: -Infinity,
    lockoutUntil: -Infinity,
  };
}

/** Counts a wrong code at time t, clears the buffer, and maybe starts a lockout. */
function wrongCode(s: KeypadState, t: number): void {
  s.wrongCodes++;
  s.node = 0;
  s.length = 0;
  if (t - s.olderWrongAt < WRONG_CODE_WINDOW_MS) {
    s.lockouts++;
    s.lockoutUntil = t + LOCKOUT_MS;
    s.olderWrongAt = -Infinity;
    s.newerWrongAt = -Infinity;
  } else {
    s.olderWrongAt = s.newerWrongAt;
    s.newerWrongAt = t;
  }
}

/** Applies one key event to the state in place. */
export function reduceKeypad(s: KeypadState, key: string, t: number): void {
  switch (key) {
    case 'wait':
      return; // time marker only
    default: {
      if (t < s.lockoutUntil) return; // locked out: digit ignored
      if (s.length > 0 && t - s.lastDigitAt > ENTRY_TIMEOUT_MS) {
        wrongCode(s, t); // abandoned entry
        if (t < s.lockoutUntil) return;
      }
      s.lastDigitAt = t;
      s.length++;
      const node = s.node === DEAD ? DEAD : TRIE.next[s.node * 10 + (key.charCodeAt(0) - ZERO)]!;
      if (node !== DEAD && TRIE.isCode[node] === 1) {
        s.unlocks++;
        s.node = 0;
        s.length = 0;
      } else if (node === DEAD && s.length >= MIN_CODE_LENGTH) {
        wrongCode(s, t);
      } else {
        s.node = node;
      }
    }
  }
}

/** Runs a whole workload on a fresh lock and returns its counters. */
export function runReducerKeypad(events: readonly KeypadEvent[]): KeypadCounters {
  const s = createKeypadState();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    reduceKeypad(s, e.key, e.t);
  }
  return { unlocks: s.unlocks, wrongCodes: s.wrongCodes, lockouts: s.lockouts };
}

/**
 * Harness factory: returns `(iterations) => void` that feeds `iterations` events,
 * continuing through `events` across calls. When the workload wraps around, the lock
 * is reset (its virtual clock would otherwise run backwards).
 */
export function createReducerKeypadRunner(events: readonly KeypadEvent[]): (iterations: number) => void {
  if (events.length === 0) throw new Error('createReducerKeypadRunner: empty workload');
  let s = createKeypadState();
  let i = 0;
  return (iterations) => {
    for (let n = 0; n < iterations; n++) {
      if (i === events.length) {
        i = 0;
        s = createKeypadState();
      }
      const e = events[i++]!;
      reduceKeypad(s, e.key, e.t);
    }
  };
}
