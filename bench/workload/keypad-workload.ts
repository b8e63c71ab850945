/**
 * Shared keypad benchmark workload and the rules every keypad baseline implements.
 *
 * The workload is a deterministic, pre-generated list of key events with virtual
 * integer-millisecond timestamps, built from a seeded PRNG so every run (and every
 * baseline) sees exactly the same input.
 *
 * Keypad rules (mirroring Kwikset SmartCode behaviour, kept deliberately simple and
 * identical across baselines):
 *  - Digits accumulate in an entry buffer. The lock unlocks as the last digit of a
 *    stored code is pressed (buffer === code), and the buffer is cleared.
 *  - If the buffer has >= MIN_CODE_LENGTH digits and no stored code starts with it,
 *    it is a wrong code: counted, buffer cleared, attempt time recorded.
 *  - A digit arriving more than ENTRY_TIMEOUT_MS after the previous digit first
 *    abandons a non-empty buffer; that abandoned entry is a wrong code too (counted
 *    and recorded exactly like any other wrong code).
 *  - WRONG_CODE_LIMIT wrong codes whose times lie within WRONG_CODE_WINDOW_MS of each
 *    other (newest - oldest < window) start a lockout until t + LOCKOUT_MS; the
 *    wrong-attempt window is cleared. While t < lockoutUntil, digits are ignored
 *    (the real lock flashes red 15 times instead).
 *  - 'wait' events are pure time markers ("nothing was pressed until t"); they never
 *    change the counters.
 */

/** One key event: a digit '0'..'9' or 'wait', at virtual time `t` (integer ms). */
export interface KeypadEvent {
  t: number;
  key: string;
}

/** What every keypad baseline reports after consuming a workload. */
export interface KeypadCounters {
  unlocks: number;
  wrongCodes: number;
  lockouts: number;
}

/** The user codes programmed into the simulated lock. */
export const KEYPAD_CODES: readonly string[] = ['1234', '5678', '2468'];
export const MIN_CODE_LENGTH = 4;
export const MAX_CODE_LENGTH = 8;
export const ENTRY_TIMEOUT_MS = 5_000;
export const WRONG_CODE_LIMIT = 3;
export const WRONG_CODE_WINDOW_MS = 60_000;
export const LOCKOUT_MS = 60_000;

/** mulberry32: tiny, fast, seeded 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), a | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const KEY_GAP_MIN_MS = 200; // keys land ~250 ms apart (200..300)
const KEY_GAP_SPAN_MS = 101;
const PAUSE_MS = 2_000; // pause between separate code entries
const STALE_PAUSE_MS = 7_000; // > ENTRY_TIMEOUT_MS: abandons a half-typed entry
const AFTER_LOCKOUT_WAIT_MS = 70_000; // > LOCKOUT_MS: lockout has expired

/**
 * Builds `length` key events from `seed`. The stream is a random mix of scenarios:
 * correct codes (unlock), single wrong codes, half-typed entries abandoned by a
 * pause, and bursts of 3 wrong codes within a minute (lockout) followed by digits
 * typed during the lockout (ignored) and a 70 s wait beyond it. The last scenario is
 * truncated so exactly `length` events are returned.
 */
export function makeKeypadWorkload(seed: number, length: number): KeypadEvent[] {
  const rand = mulberry32(seed);
  const pick = (n: number): number => Math.floor(rand() * n);
  const events: KeypadEvent[] = [];
  let t = 0;

  const press = (digits: string): void => {
    for (const key of digits) {
      t += KEY_GAP_MIN_MS + pick(KEY_GAP_SPAN_MS);
      events.push({ t, key });
    }
  };
  const wait = (ms: number): void => {
    t += ms;
    events.push({ t, key: 'wait' });
  };
  const correctCode = (): string => KEYPAD_CODES[pick(KEYPAD_CODES.length)]!;
  const wrongCode = (): string => {
    let code: string;
    do {
      code = '';
      for (let i = 0; i < MIN_CODE_LENGTH; i++) code += String(pick(10));
    } while (KEYPAD_CODES.includes(code));
    return code;
  };

  while (events.length < length) {
    const r = rand();
    if (r < 0.45) {
      press(correctCode());
      wait(PAUSE_MS);
    } else if (r < 0.75) {
      press(wrongCode());
      wait(PAUSE_MS);
    } else if (r < 0.85) {
      press(wrongCode().slice(0, 1 + pick(MIN_CODE_LENGTH - 1)));
      wait(STALE_PAUSE_MS);
    } else {
      for (let i = 0; i < WRONG_CODE_LIMIT; i++) {
        press(wrongCode());
        wait(PAUSE_MS);
      }
      press(correctCode()); // typed during the lockout: ignored
      wait(AFTER_LOCKOUT_WAIT_MS);
    }
  }
  events.length = length;
  return events;
}

/** A fresh all-zero counters object. */
export function zeroCounters(): KeypadCounters {
  return { unlocks: 0, wrongCodes: 0, lockouts: 0 };
}
