// The security-relevant constants of every model profile as the sources state them — written by
// hand from reference/product-facts.md and reference/seed-claims.md, the citation next to each
// number, not read from the profiles. The monitors read the profile (the hold time S8/S9 judges,
// the lockout the lockout property counts), so a profile made weaker — a 25 s reset hold, a
// fourth wrong attempt — makes firmware and checker weaker together and every property still
// holds; this table is what catches it. A constant the sources do not state is ASSUMED: the
// profile must then say so in its own `sources`, so that a guess is never passed off as a fact.

import type { ModelProfile } from '../src/models/profile.ts';

/** A constant no source states for the model: the profile's value is its own assumption. */
export const ASSUMED = 'assumed';

/** A number a source states, with the citation the profile's `sources` entry must name. */
export interface Fact {
  value: number;
  /** The source's tag as product-facts.md / seed-claims.md give it (e.g. 'M9', 'seed S8'). */
  cite: string;
  /** Its words, for the reader. */
  says: string;
}

/** The constants checked, as paths into the profile, with the `sources` key that cites each. */
export const CHECKED = {
  resetHoldMs: { get: (p: ModelProfile) => p.timing.resetHoldMs, source: 'timing.resetHoldMs' },
  wrongAttempts: { get: (p: ModelProfile) => p.lockout.wrongAttempts, source: 'lockout' },
  lockoutWindowMs: { get: (p: ModelProfile) => p.lockout.windowMs, source: 'lockout' },
  lockoutMs: { get: (p: ModelProfile) => p.lockout.durationMs, source: 'lockout' },
  capacity: { get: (p: ModelProfile) => p.codes.capacity, source: 'codes.capacity' },
  minLength: { get: (p: ModelProfile) => p.codes.minLength, source: 'codes.minLength' },
  maxLength: { get: (p: ModelProfile) => p.codes.maxLength, source: 'codes.maxLength' },
  programmingTimeoutMs: { get: (p: ModelProfile) => p.timing.programmingTimeoutMs, source: 'timing.programmingTimeoutMs' },
} as const;

export type Constant = keyof typeof CHECKED;
export type ModelFacts = Record<Constant, Fact | typeof ASSUMED>;

const SECOND = 1_000;

// Facts shared by several models, each from one source passage.
const HOLD_30_S: Fact = { value: 30 * SECOND, cite: 'K1', says: 'product-facts §1 [K1]: "Keep holding the button for 30 seconds"; seed S8: "keep holding the full 30 s"' };
const THREE_WRONG_909: Fact = { value: 3, cite: 'M4', says: 'product-facts §3 [M4]: "Three incorrect codes entered within one minute"' };
const MINUTE_909: Fact = { value: 60 * SECOND, cite: 'M4', says: 'product-facts §3 [M4]: "within one minute"' };
const LOCKOUT_60_S_909: Fact = { value: 60 * SECOND, cite: 'M4', says: 'product-facts §3 [M4]: "Re-enter code after 60 second keypad lockout"' };
const CODES_4_TO_8: [Fact, Fact] = [
  { value: 4, cite: 'M14', says: 'product-facts §1 [M14]: "between 4 and 8 digits"' },
  { value: 8, cite: 'M14', says: 'product-facts §1 [M14]: "between 4 and 8 digits"' },
];
const CODES_4_TO_8_955: [Fact, Fact] = [
  { value: 4, cite: 'K7', says: 'product-facts §7 [K7]: codes "4-8 digits"' },
  { value: 8, cite: 'K7', says: 'product-facts §7 [K7]: codes "4-8 digits"' },
];
const THIRTY_CODES: Fact = { value: 30, cite: 'S4', says: 'seed S4: "SmartCode models hold up to 30 unique user codes"' };
const TIMEOUT_5_S_M1: Fact = { value: 5 * SECOND, cite: 'M1', says: 'product-facts §1 [M1]: "If no button is pressed for five seconds, the system will time out"' };
const TIMEOUT_5_S_909: Fact = { value: 5 * SECOND, cite: 'M4', says: 'product-facts §3 [M4]: "not to pause for more than 5 seconds"' };
const LOCKOUT_913: Pick<ModelFacts, 'wrongAttempts' | 'lockoutWindowMs' | 'lockoutMs'> = { wrongAttempts: THREE_WRONG_909, lockoutWindowMs: MINUTE_909, lockoutMs: LOCKOUT_60_S_909 };
const LOCKOUT_ASSUMED: Pick<ModelFacts, 'wrongAttempts' | 'lockoutWindowMs' | 'lockoutMs'> = { wrongAttempts: ASSUMED, lockoutWindowMs: ASSUMED, lockoutMs: ASSUMED };
const RESET_BUTTON_5_S_264: Fact = { value: 5 * SECOND, cite: 'S5', says: 'product-facts §7 [S5]: "Press and hold the Reset button for 5 seconds"' };
const CODES_4_TO_10_264: [Fact, Fact] = [
  { value: 4, cite: 'S5', says: 'product-facts §7 [S5]: "between 4 and 10 digits"' },
  { value: 10, cite: 'S5', says: 'product-facts §7 [S5]: "between 4 and 10 digits"' },
];

const SMARTCODE_913: ModelFacts = {
  resetHoldMs: HOLD_30_S,
  ...LOCKOUT_913,
  capacity: THIRTY_CODES,
  minLength: CODES_4_TO_8[0],
  maxLength: CODES_4_TO_8[1],
  programmingTimeoutMs: TIMEOUT_5_S_M1,
};

/** Every shipped model's facts, by model id. */
export const PROFILE_FACTS: Record<string, ModelFacts> = {
  'smartcode-913': SMARTCODE_913,
  'smartcode-914': { ...SMARTCODE_913, capacity: { value: 30, cite: 'G1', says: 'product-facts §1 [G1]: Z-Wave user code parameters 1–30' } },
  'smartcode-916': {
    resetHoldMs: HOLD_30_S,
    wrongAttempts: { value: 3, cite: 'M5', says: 'product-facts §2 [M5][M6]: "Three incorrect codes entered within one minute"' },
    lockoutWindowMs: { value: 60 * SECOND, cite: 'M5', says: 'product-facts §2 [M5][M6]: "within one minute"' },
    lockoutMs: { value: 60 * SECOND, cite: 'M5', says: 'product-facts §2 [M5][M6]: "Re-enter code after 60 second touchscreen lockout"' },
    capacity: THIRTY_CODES,
    minLength: CODES_4_TO_8[0],
    maxLength: CODES_4_TO_8[1],
    programmingTimeoutMs: { value: 20 * SECOND, cite: 'M5', says: 'product-facts §2 [M5][M6]: "Programming timeout after 20 seconds"' },
  },
  'smartcode-275': { resetHoldMs: HOLD_30_S, ...LOCKOUT_ASSUMED, capacity: ASSUMED, minLength: CODES_4_TO_8_955[0], maxLength: CODES_4_TO_8_955[1], programmingTimeoutMs: ASSUMED },
  'smartcode-955': {
    resetHoldMs: { value: 30 * SECOND, cite: 'K4', says: 'product-facts §7 [K4]: "Press and hold the program button for 30 seconds"' },
    ...LOCKOUT_ASSUMED,
    capacity: ASSUMED,
    minLength: CODES_4_TO_8_955[0],
    maxLength: CODES_4_TO_8_955[1],
    programmingTimeoutMs: ASSUMED,
  },
  'smartcode-909': {
    resetHoldMs: HOLD_30_S,
    ...LOCKOUT_913,
    capacity: { value: 8, cite: 'M15', says: 'product-facts §3 [M15]: "A total of 8 user codes may be programmed"' },
    minLength: CODES_4_TO_8[0],
    maxLength: CODES_4_TO_8[1],
    programmingTimeoutMs: TIMEOUT_5_S_909,
  },
  'smartcode-910': {
    resetHoldMs: HOLD_30_S,
    ...LOCKOUT_913,
    capacity: { value: 30, cite: 'G5', says: 'product-facts [G5]: 910, 30 user codes' },
    minLength: CODES_4_TO_8[0],
    maxLength: CODES_4_TO_8[1],
    programmingTimeoutMs: TIMEOUT_5_S_909,
  },
  'homeconnect-620': {
    resetHoldMs: HOLD_30_S,
    wrongAttempts: { value: 3, cite: 'M8', says: 'product-facts §4 [M8]: "3 wrong in 1 min"' },
    lockoutWindowMs: { value: 60 * SECOND, cite: 'M8', says: 'product-facts §4 [M8]: "3 wrong in 1 min"' },
    lockoutMs: { value: 60 * SECOND, cite: 'M8', says: 'product-facts §4 [M8]: "60 second keypad lockout"' },
    capacity: THIRTY_CODES,
    minLength: CODES_4_TO_8[0],
    maxLength: CODES_4_TO_8[1],
    programmingTimeoutMs: { value: 6 * SECOND, cite: 'M8', says: 'product-facts §4 [M8]: "Programming timeout after six seconds"' },
  },
  'powerbolt-250': {
    resetHoldMs: { value: 15 * SECOND, cite: 'M9', says: 'product-facts §6 [M9]: "PRESS and HOLD programming button for 15 seconds"' },
    wrongAttempts: { value: 3, cite: 'M9', says: 'product-facts §6 [M9]: "Exceed 3 incorrect User Code attempts — RED×15"' },
    lockoutWindowMs: ASSUMED,
    lockoutMs: ASSUMED,
    capacity: { value: 25, cite: 'S2', says: 'product-facts §6 [S2, unverified]: "up to 25 User Codes"' },
    minLength: ASSUMED,
    maxLength: ASSUMED,
    programmingTimeoutMs: ASSUMED,
  },
  'powerbolt-264': { resetHoldMs: RESET_BUTTON_5_S_264, ...LOCKOUT_ASSUMED, capacity: ASSUMED, minLength: CODES_4_TO_10_264[0], maxLength: CODES_4_TO_10_264[1], programmingTimeoutMs: ASSUMED },
  'powerbolt-92640-001': { resetHoldMs: RESET_BUTTON_5_S_264, ...LOCKOUT_ASSUMED, capacity: ASSUMED, minLength: CODES_4_TO_10_264[0], maxLength: CODES_4_TO_10_264[1], programmingTimeoutMs: ASSUMED },
  'powerbolt-2': {
    resetHoldMs: { value: 5 * SECOND, cite: 'M11', says: 'product-facts §5 [M11]: "Press and hold the \'Reset\' button for 5 seconds"' },
    wrongAttempts: { value: 5, cite: 'M10', says: 'product-facts §5 [M10]: "Five incorrect codes entered within one minute"' },
    lockoutWindowMs: { value: 60 * SECOND, cite: 'M10', says: 'product-facts §5 [M10]: "within one minute"' },
    lockoutMs: { value: 45 * SECOND, cite: 'M10', says: 'product-facts §5 [M10]: "Re-enter code after a 45-second keypad lockout"' },
    capacity: { value: 6, cite: 'K-mirror', says: 'product-facts §5 [K-mirror]: "A total of 6 User Codes"' },
    minLength: { value: 4, cite: 'K-mirror', says: 'product-facts §5 [K-mirror]: "It must be 4-10 digits"' },
    maxLength: { value: 10, cite: 'K-mirror', says: 'product-facts §5 [K-mirror]: "It must be 4-10 digits"' },
    programmingTimeoutMs: { value: 10 * SECOND, cite: 'S1', says: 'product-facts §5 [S1]: "wait 10 seconds until you hear three beeps"' },
  },
  'powerbolt-240': {
    resetHoldMs: HOLD_30_S,
    ...LOCKOUT_ASSUMED,
    capacity: { value: 12, cite: 'M13', says: 'product-facts §5 [M13]: "Add user codes (12 max)"' },
    minLength: CODES_4_TO_8[0],
    maxLength: CODES_4_TO_8[1],
    programmingTimeoutMs: { value: 5 * SECOND, cite: 'M13', says: 'product-facts §5 [M13]: "a time out will occur if the keypad is not pressed for 5 seconds"' },
  },
};

/** Where a profile departs from its facts: a number other than the source's, a source entry that
 * does not name the source, or an assumption the profile does not own up to. Empty when none. */
export function profileMismatches(p: ModelProfile, facts: ModelFacts): string[] {
  const out: string[] = [];
  for (const [name, c] of Object.entries(CHECKED) as [Constant, (typeof CHECKED)[Constant]][]) {
    const fact = facts[name];
    const cited = p.sources[c.source] ?? '';
    if (fact === ASSUMED) {
      if (!/assumed/i.test(cited)) out.push(`${p.id} ${name}: no source states it, but the profile's sources['${c.source}'] does not say it is assumed ("${cited}")`);
      continue;
    }
    const value = c.get(p);
    if (value !== fact.value) out.push(`${p.id} ${name} is ${value}; ${fact.says} → ${fact.value}`);
    if (!cited.includes(fact.cite)) out.push(`${p.id} ${name}: the profile's sources['${c.source}'] ("${cited}") does not cite ${fact.cite}`);
  }
  return out;
}
