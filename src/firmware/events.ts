// Every event the firmware reports (firmware/io.ts LockEvent): the words a scenario's
// `event:` / `noEvent:` expectations and a trace's event entries may use. Each is emitted where
// its behaviour is implemented — the bolt (locked, unlocked, jam; seed S15–S17), entry and the
// lockout (wrong-code, lockout; product-facts S4, M5, M6), programming (programming-opened,
// code-added … ; seed S2–S4; the Mastercode hold's mastercode-sequence-started, M1; a position
// counted by Program presses, slot-selected, M15), the factory reset (reset-armed … ; seed S8,
// S9, S24), door handing (S18) and the pack (battery-low, battery-critical; seed S10, S25). A
// name outside this list is a typo: the compiler refuses it in the firmware, and a scenario
// refuses it at its place.

export const EVENT_TYPES = [
  'locked',
  'unlocked',
  'jam',
  'battery-low',
  'battery-critical',
  'wrong-code',
  'lockout',
  'lockout-ended',
  'secure-screen',
  'one-time-code-used',
  'programming-opened',
  'slot-selected',
  'mastercode-sequence-started',
  'programming-failed',
  'programming-timeout',
  'code-added',
  'code-deleted',
  'all-codes-deleted',
  'one-time-code-added',
  'mastercode-set',
  'mastercode-cleared',
  'programming-code-changed',
  'user-codes-enabled',
  'user-codes-disabled',
  'auto-lock-on',
  'auto-lock-off',
  'auto-lock-delay-set',
  'reset-armed',
  'reset-not-registered',
  'reset-failed',
  'factory-reset',
  'handing-requested',
  'handing-started',
  'handing-learned',
  'handing-failed',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
