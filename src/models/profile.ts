// The shape of a model profile: everything that differs between products is data here, with the
// source of each fact (design/architecture.md "models/"). The firmware reads these values and
// chooses among named strategies; it never asks which model it is.

export type LedColor = 'red' | 'green' | 'amber';

/** A light pattern: `count` flashes of `onMs` on / `offMs` off, or a solid light when count is 0. */
export interface SignalPattern {
  color: LedColor;
  count: number;
  onMs: number;
  offMs: number;
  solidMs?: number;
  beeps: number;
  longBeep?: boolean;
  /** Plain words for what it means, for the timeline and the decoder. */
  meaning: string;
}

export type SignalName =
  | 'unlocked'
  | 'locked'
  | 'codeAccepted' // a programming step succeeded
  | 'programmingFailed'
  | 'programmingTimeout'
  | 'wrongCode'
  | 'lockout'
  | 'lowBattery'
  | 'jammed'
  | 'handingFailed'
  | 'handingDone'
  | 'resetArmed' // Program held the full time after power-up
  | 'resetArmedReminder' // a half-finished reset waiting for its confirming press
  | 'resetDone'
  | 'programEnter' // Program pressed, no admin code enabled
  | 'programEnterAuth' // Program pressed, admin code must be entered
  | 'menuEnter' // programming code accepted (programming-code menu family)
  | 'mastercodeSetEnter'; // Program held ~5 s: keypad flashes green

/** How programming starts and what it asks for. */
export type ProgrammingStrategy =
  /** SmartCode 913 family: interior Program button, optional Mastercode entered first. */
  | 'mastercode-program-button'
  /** 955 / 264 / 275 family: programming code + Kwikset button at the keypad opens a numbered menu. */
  | 'programming-code-menu';

export interface ModelProfile {
  id: string;
  name: string;
  family: string;
  /** What a person can find on the lock or its box to identify it (seed S13). */
  identifiers: string[];
  programming: ProgrammingStrategy;
  codes: {
    capacity: number;
    minLength: number;
    maxLength: number;
    adminMinLength: number;
    adminMaxLength: number;
    /** The code that deletes every user code when entered twice in the delete sequence. */
    deleteAllCode: string | null;
  };
  defaults: {
    /** Admin code out of the box ('' = none). 'tag' = the code printed on the programming tag. */
    adminCode: string | 'tag';
    /** Admin code after a factory reset ('' = none). */
    adminCodeAfterReset: string;
    userCodes: Record<number, string>;
    switches: [boolean, boolean, boolean, boolean];
  };
  timing: {
    programmingTimeoutMs: number;
    entryTimeoutMs: number;
    resetHoldMs: number;
    mastercodeHoldMs: number;
    handingStartDelayMs: number;
    resetArmedReminderMs: number;
    autoLockDelayMs: number;
    statusBlinkPeriodMs: number;
    debounceMs: number;
  };
  lockout: { wrongAttempts: number; windowMs: number; durationMs: number };
  battery: { lowVolts: number; criticalVolts: number; resetMinVolts: number };
  bolt: { travelMs: number };
  keypad: { minPressMs: number; minForceN: number };
  reset: {
    /** Pack out, hold Program while reinserting, keep holding (seed S8 / product-facts K1). */
    gesture: 'power-up-program-hold';
    /** A confirming press of Program after the hold (product-facts K1 step 3). */
    confirmPress: boolean;
  };
  signals: Record<SignalName, SignalPattern>;
  /** Where each fact came from: a dotted field path -> `seed S8`, `product-facts K1`, or `assumed: …`. */
  sources: Record<string, string>;
  /** What differs from the seed or between sources, in plain words. */
  notes: string[];
}
