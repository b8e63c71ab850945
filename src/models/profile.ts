// The shape of a model profile: everything that differs between products is data here, with the
// source of each fact (design/architecture.md "models/"). The firmware reads these values and
// chooses among named strategies; it never asks which model it is.

/** A radio a lock can carry, as an owner names it (seed S13: what the box says). */
export type Radio = 'Z-Wave' | 'Zigbee' | 'Wi-Fi' | 'Bluetooth';

/** A style a source names a model in: the Weiser SmartCode 5's Contemporary and Traditional
 * (product-facts M15, M16), the 916's Traditional (M5), the SmartCode/Contemporary 275 (seed S12). */
export type Style = 'Contemporary' | 'Traditional';

export type LedColor = 'red' | 'green' | 'amber' | 'white';

/** A light pattern: `count` flashes of `onMs` on / `offMs` off, or a solid light when count is 0. */
export interface SignalPattern {
  color: LedColor;
  /** A second colour the flashes alternate with (Powerbolt 250 jam: red/white [M9]). */
  altColor?: LedColor;
  count: number;
  onMs: number;
  offMs: number;
  solidMs?: number;
  beeps: number;
  longBeep?: boolean;
  /** The sound another source gives the same signal, where the sources disagree (the 916's low
   * battery: five beeps [M6], "a long continuous beep" [M5], product-facts conflict 5; the 909's
   * reset done: two beeps [K1], a long beep after 15 s [S3], conflict 1). The twin sounds `beeps`;
   * the decoder takes either as what a person heard, and every place that tells of the signal
   * names the other too, with the number of the conflict in product-facts' list and, where that
   * source has the signal come later than the twin does, how much later. */
  otherSound?: { beeps: number; longBeep?: boolean; conflict: number; afterMs?: number };
  /** What a further source shows for the same signal where it cannot be drawn as a pattern, in
   * words (the 913/914/910's reset done: the status LED flashing "green and red several times"
   * [G1][G2], conflict 1 — no count of flashes, no sound). Every place that names `otherSound`
   * names it too; the decoder does not match it: "several" is no count, and red and green taking
   * turns is the 620's door handing armed (M8). */
  otherLight?: { words: string; conflict: number };
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
  | 'noUserCode' // a code typed on a lock with no user codes
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
  | 'mastercodeSetEnter' // Program held ~5 s: keypad flashes green
  | 'mastercodeSet' // the new Mastercode taken: green once, one beep (M1)
  | 'handingArmed' // 620: Program tapped at power-up; one more press starts handing
  | 'slotSelected' // positional models: one Program press = one slot further
  | 'exteriorDisconnected'; // the exterior assembly's cable is unplugged (915/916: the lock beeps continuously)

/** How programming starts and what it asks for. */
export type ProgrammingStrategy =
  /** SmartCode 913 family: interior Program button, optional Mastercode entered first. */
  | 'mastercode-program-button'
  /** 955 / 264 / 275 / 250 family: a numbered menu, opened by the programming code + Kwikset
   * button at the keypad (and, on some models, by the interior Program button). */
  | 'programming-code-menu'
  /** 909 / 910 / 240 family: the code's slot is chosen first (Program pressed N times, or a slot digit). */
  | 'positional';

/** The factory-reset gesture (seed S8; product-facts K1, M9, K4, M11). */
export type ResetGesture =
  /** Pack out, hold Program while reinserting, keep holding (SmartCode). */
  | 'power-up-program-hold'
  /** Hold Program while powered (Powerbolt 250: 15 s with the bolt retracted; 955: 30 s). */
  | 'program-hold-powered'
  /** Hold the Reset button (264, Powerbolt 2: 5 s). */
  | 'reset-button';

/** What starts door handing (seed S16; product-facts G1/G2, K10, M15, M8, M9, S1). */
export type HandingTrigger =
  /** By itself after a reset and at every power-up while unlearned. */
  | 'auto'
  /** Hold Lock while inserting the pack (909/910 [M15]). */
  | 'lock-held-at-power-up'
  /** A short Program hold at pack insertion, then one press of Program (620 [M8]). */
  | 'program-tap-at-power-up'
  /** A menu item (Powerbolt 250: Program, 0, Kwikset [S2]; Powerbolt 2: 0000, Lock, 0, Lock [S1]). */
  | 'menu';

export interface MenuDigits {
  add: string;
  delete: string;
  changeAdmin: string | null;
  handing: string | null;
  /** Disable / enable all user codes: the lock then opens with the key only (M9, K6). */
  disableAll: string | null;
  /** Delete asks for the code twice (§9) or once (Powerbolt 2 [K-mirror]). */
  deleteTwice: boolean;
  /** Add a one-time user code, deleted as soon as it has opened the lock (955 [K5][K6]), or null. */
  oneTime: string | null;
  /** Turn auto-lock on or off, each time the item is chosen (Powerbolt 250 [M9]: "Repeat the
   * programming steps to disable the auto-lock"), or null. Where the menu has it, auto-lock is a
   * stored setting and switch 2 is not read. */
  autoLock: string | null;
  /** Choose the auto-lock delay: the item, then a key 1..n for the n-th delay, then Kwikset
   * (Powerbolt 250 [M9]: 1 = 30 s … 5 = 10 min), or null. */
  autoLockDelay: { item: string; choicesMs: readonly number[] } | null;
}

export interface ModelProfile {
  id: string;
  name: string;
  family: string;
  /** What the model's own guide calls its admin code: the SmartCodes' and Powerbolt 2's
   * "Mastercode" (seed S2, S11; M11), the programming-code menu family's "programming code"
   * (product-facts §7). Every word a person reads about that code uses it. */
  adminCodeName: 'Mastercode' | 'programming code';
  /** What a person can find on the lock or its box to identify it (seed S13). */
  identifiers: string[];
  programming: ProgrammingStrategy;
  /** Menu digits (programming-code-menu family), or null. */
  menu: MenuDigits | null;
  /** The Lock/Kwikset button works only while user codes exist and are enabled (Powerbolt 250:
   * "the lock can only be locked or unlocked manually with the key" [M9]). */
  lockButtonNeedsCodes: boolean;
  /** What a short press of the interior Program button does in normal operation. */
  programButton: 'programming' | 'menu' | 'menu-without-admin' | 'slot' | 'nothing';
  /** 'slot': positional models choose the slot by pressing Program N times ('presses') or by a digit ('digit'). */
  slotSelection: 'presses' | 'digit' | null;
  codes: {
    capacity: number;
    minLength: number;
    maxLength: number;
    adminMinLength: number;
    adminMaxLength: number;
    /** The code that deletes every user code when entered twice in the delete sequence. */
    deleteAllCode: string | null;
    /** Codes must differ in their first N digits (0 = the whole code must differ). */
    uniquePrefixLength: number;
  };
  defaults: {
    /** Admin code out of the box ('' = none). 'tag' = the code printed on the programming tag. */
    adminCode: string | 'tag';
    /** Admin code after a factory reset ('' = none). */
    adminCodeAfterReset: string;
    userCodes: Record<number, string>;
    /** User codes after a factory reset (264 / Powerbolt 2 restore 1-2-3-4). */
    userCodesAfterReset: Record<number, string>;
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
  battery: {
    lowVolts: number;
    criticalVolts: number;
    resetMinVolts: number;
    /** The status LED's low-battery red blink shows with switch 1 (the status LED) off too: the
     * Weiser SmartCode 5 / 909 guide, "The low battery RED LED cannot be disabled" (product-facts M16). */
    lowBlinkIgnoresLedSwitch: boolean;
  };
  bolt: { travelMs: number };
  keypad: {
    minForceN: number;
    /** 2 on the five-button keypads where each button carries two digits (product-facts §3, M10). */
    digitsPerKey: 1 | 2;
    /** What the model's own guide calls the confirm / one-touch-lock button, where it differs from its family's (Kwikset on the menu family, else Lock). */
    lockKeyLabel?: 'Lock' | 'Kwikset';
    /** The touchscreen's checkmark and Lock symbol, one key on the twin (915/916, product-facts
     * M7): the key is drawn, and named in every step, "✓ Lock". */
    lockKeyCheckmark?: boolean;
    /** How a user code opens the lock: as its last digit is pressed (SmartCode, product-facts
     * §9), or only once the Lock button is pressed after it (Powerbolt 2: "Enter your user code.
     * Press the Lock Button once." [M10]); the entry is then judged at that press. */
    unlockWith: 'last-digit' | 'lock-button';
    /** SecureScreen (915/916, switch 4 [M5][M7]): while the switch is on, the touch that starts an
     * entry shows this many random digits, to be touched before the code; absent on the others. */
    secureScreenDigits?: number;
  };
  reset: {
    gesture: ResetGesture;
    /** A confirming press of Program after the hold (product-facts K1 step 3, M9, K4). */
    confirmPress: boolean;
    /** The bolt must be retracted (Powerbolt 250 [M9]). */
    requiresBoltRetracted: boolean;
    /** Whether the learned handing is erased (seed S15 for the SmartCode line). */
    forgetsHanding: boolean;
  };
  handing: { trigger: HandingTrigger };
  /**
   * The cable from the exterior assembly (keypad and Lock button) to the interior one. Unplugged,
   * no exterior key reaches the firmware; `alertEveryMs`: the firmware sounds the
   * exteriorDisconnected signal this often while it stays unplugged (915/916: "Lock beeps
   * continuously — Interior assembly is disconnected from exterior" [M5][M6]); null: no alert is
   * documented, and the lock just ignores the keypad.
   */
  exteriorLink: { alertEveryMs: number | null };
  /** How to tell this model from its look-alikes (seed S13). */
  distinguish: string;
  /** What an owner sees of it beyond its numbers, for `identify` (seed S13): a keypad of buttons
   * (ten, or five of two digits each: `keypad.digitsPerKey`) or a touchscreen (915/916 [M5][M7]),
   * the radios it carries (none on the plain keypads), and the styles a source names it in (none
   * listed where no source names one: unknown, not styleless). */
  look: { keypad: 'buttons' | 'touchscreen'; radios: readonly Radio[]; styles: readonly Style[] };
  signals: Record<SignalName, SignalPattern>;
  /** Where each fact came from: a dotted field path -> `seed S8`, `product-facts K1`, or `assumed: …`.
   * `look.*` keys grade what an owner sees, for `identify` (described-look.ts): `look.keypad`,
   * `look.radios`, `look.styles`, and the buttons by name — `look.lockKey` (the exterior key's
   * name, Lock or Kwikset), `look.resetButton` (a Reset button, or the reset held on Program) and
   * `look.programButton`. */
  sources: Record<string, string>;
  /** The product-facts references that document this model or its family, as product-facts
   * groups them (its section, "§6", and the pages and guides listed there): the troubleshooter
   * cites these as the model's own, and any other as borrowed ("assumed from product-facts M4"). */
  documentedBy: readonly string[];
  /** What differs from the seed or between sources, in plain words. */
  notes: string[];
}
