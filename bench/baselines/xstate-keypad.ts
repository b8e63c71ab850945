/**
 * XState v5 keypad baseline: the rules of ../workload/keypad-workload.ts written as an
 * idiomatic statechart (states `ready` / `lockedOut`, named guards, `assign` actions),
 * driven one event at a time through `actor.send`.
 *
 * Events:
 *  - { type: 'DIGIT', key, t } for a pressed digit at virtual time t;
 *  - { type: 'TICK', t } for a workload 'wait' marker (time passes; it can end a lockout).
 *
 * A digit that must be handled in two steps (an abandoned stale entry followed by the
 * new digit, or the first digit after a lockout expired) is re-delivered with `raise`
 * after the first step; XState runs the eventless `always` lockout check before the
 * raised event, so a lockout triggered by the first step swallows the digit.
 */
import { assertEvent, assign, createActor, raise, setup } from 'xstate';
import {
  ENTRY_TIMEOUT_MS,
  KEYPAD_CODES,
  LOCKOUT_MS,
  MIN_CODE_LENGTH,
  WRONG_CODE_LIMIT,
  WRONG_CODE_WINDOW_MS,
  type KeypadCounters,
  type KeypadEvent,
} from '../workload/keypad-workload.ts';

export interface KeypadContext extends KeypadCounters {
  buffer: string;
  lastDigitAt: number;
  /** Times of recent wrong codes (only those within WRONG_CODE_WINDOW_MS are kept). */
  wrongAttempts: number[];
  lockoutUntil: number;
}

export type KeypadMachineEvent = { type: 'DIGIT'; key: string; t: number } | { type: 'TICK'; t: number };

/** The wrong-attempt window after a wrong code at time t. */
const recordWrongAttempt = (attempts: number[], t: number): number[] => [
  ...attempts.filter((at) => t - at < WRONG_CODE_WINDOW_MS),
  t,
];

export const keypadMachine = setup({
  types: {
    context: {} as KeypadContext,
    events: {} as KeypadMachineEvent,
  },
  guards: {
    entryTimedOut: ({ context, event }) =>
      context.buffer.length > 0 && event.t - context.lastDigitAt > ENTRY_TIMEOUT_MS,
    completesCode: ({ context, event }) => {
      assertEvent(event, 'DIGIT');
      return KEYPAD_CODES.includes(context.buffer + event.key);
    },
    completesWrongCode: ({ context, event }) => {
      assertEvent(event, 'DIGIT');
      const entry = context.buffer + event.key;
      return entry.length >= MIN_CODE_LENGTH && !KEYPAD_CODES.some((code) => code.startsWith(entry));
    },
    tooManyWrongAttempts: ({ context }) => context.wrongAttempts.length >= WRONG_CODE_LIMIT,
    lockoutOver: ({ context, event }) => event.t >= context.lockoutUntil,
  },
  actions: {
    appendDigit: assign(({ context, event }) => {
      assertEvent(event, 'DIGIT');
      return { buffer: context.buffer + event.key, lastDigitAt: event.t };
    }),
    unlock: assign(({ context, event }) => ({
      unlocks: context.unlocks + 1,
      buffer: '',
      lastDigitAt: event.t,
    })),
    rejectCode: assign(({ context, event }) => ({
      wrongCodes: context.wrongCodes + 1,
      wrongAttempts: recordWrongAttempt(context.wrongAttempts, event.t),
      buffer: '',
      lastDigitAt: event.t,
    })),
    abandonEntry: assign(({ context, event }) => ({
      wrongCodes: context.wrongCodes + 1,
      wrongAttempts: recordWrongAttempt(context.wrongAttempts, event.t),
      buffer: '',
    })),
    startLockout: assign(({ context }) => ({
      lockouts: context.lockouts + 1,
      lockoutUntil: context.wrongAttempts[context.wrongAttempts.length - 1]! + LOCKOUT_MS,
      wrongAttempts: [],
      buffer: '',
    })),
    redeliverDigit: raise(({ event }) => event),
  },
}).createMachine({
  id: 'keypad',
  initial: 'ready',
  context: {
    buffer: '',
    lastDigitAt: -Infinity,
    wrongAttempts: [],
    lockoutUntil: -Infinity,
    unlocks: 0,
    wrongCodes: 0,
    lockouts: 0,
  },
  states: {
    ready: {
      always: { guard: 'tooManyWrongAttempts', target: 'lockedOut' },
      on: {
        DIGIT: [
          { guard: 'entryTimedOut', actions: ['abandonEntry', 'redeliverDigit'] },
          { guard: 'completesCode', actions: 'unlock' },
          { guard: 'completesWrongCode', actions: 'rejectCode' },
          { actions: 'appendDigit' },
        ],
      },
    },
    lockedOut: {
      entry: 'startLockout',
      on: {
        // Digits before lockoutUntil have no matching transition: ignored.
        DIGIT: { guard: 'lockoutOver', target: 'ready', actions: 'redeliverDigit' },
        TICK: { guard: 'lockoutOver', target: 'ready' },
      },
    },
  },
});

/** Converts workload events to machine events (done once, outside timed loops). */
export function toMachineEvents(events: readonly KeypadEvent[]): KeypadMachineEvent[] {
  return events.map((e) => (e.key === 'wait' ? { type: 'TICK', t: e.t } : { type: 'DIGIT', key: e.key, t: e.t }));
}

function countersOf(context: KeypadContext): KeypadCounters {
  return { unlocks: context.unlocks, wrongCodes: context.wrongCodes, lockouts: context.lockouts };
}

/** Runs a whole workload on a fresh actor and returns its counters. */
export function runXStateKeypad(events: readonly KeypadEvent[]): KeypadCounters {
  const actor = createActor(keypadMachine).start();
  for (const event of toMachineEvents(events)) actor.send(event);
  const counters = countersOf(actor.getSnapshot().context);
  actor.stop();
  return counters;
}

/**
 * Harness factory: returns `(iterations) => void` that sends `iterations` events,
 * continuing through `events` across calls. When the workload wraps around, a fresh
 * actor is started (the virtual clock would otherwise run backwards).
 */
export function createXStateKeypadRunner(events: readonly KeypadEvent[]): (iterations: number) => void {
  if (events.length === 0) throw new Error('createXStateKeypadRunner: empty workload');
  const machineEvents = toMachineEvents(events);
  let actor = createActor(keypadMachine).start();
  let i = 0;
  return (iterations) => {
    for (let n = 0; n < iterations; n++) {
      if (i === machineEvents.length) {
        i = 0;
        actor.stop();
        actor = createActor(keypadMachine).start();
      }
      actor.send(machineEvents[i++]!);
    }
  };
}
