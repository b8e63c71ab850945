// The scenario language, as typed values (design/architecture.md "Scenario files").
// A scenario is the installed lock (`given`), then physical `steps`, with `expect` checkpoints.
// Every step keeps the position of the YAML node it came from, so that the runner can name
// file:line:col when an expectation fails.

import { printable } from '../printable.ts';
import type { AutoLockState, UserCodesState } from '../firmware/store-rules.ts';
import type { EventType } from '../firmware/events.ts';
import type { EventWhy } from '../firmware/event-why.ts';
import type { FwMode } from '../firmware/state.ts';

export interface SourcePos {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
}

/** The first line and column of a file: where an error about the file as a whole is placed. */
export const FILE_START = { line: 1, col: 1 } as const;

export type KeyName =
  | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
  | 'lock' // the exterior Lock / Kwikset / checkmark button
  | 'program' // the interior Program button
  | 'reset'; // the Reset button, on the models that have one

export type Handing = 'left' | 'right';

/** The installed lock, before the first step. Every field is optional; the model supplies defaults. */
export interface Given {
  door?: Handing; // how the lock is installed on the door
  handed?: Handing | 'none'; // what the firmware has learned
  mastercode?: string | 'none'; // Mastercode / programming code
  codes?: Record<number, string>; // slot -> user code
  battery?: number; // pack open-circuit voltage
  doorState?: 'open' | 'closed'; // YAML word: `doorState` (default closed)
  strike?: 'aligned' | 'misaligned';
  bolt?: 'extended' | 'retracted';
  switches?: Partial<Record<1 | 2 | 3 | 4, boolean>>;
  tag?: string; // programming-tag code printed on the lock (models that ship one)
  userCodes?: UserCodesState; // every user code disabled (product-facts M9, K6: 955, Powerbolt 250)
  oneTimeCode?: number; // the slot holding a one-time code (K5, K6: 955)
  autoLock?: AutoLockState; // the menu-set auto-lock on or off (product-facts M9: Powerbolt 250)
  autoLockDelay?: number; // its delay in ms, one the model's menu offers (M9: 30 s … 10 min)
  snapshot?: string; // path of a saved snapshot (JSON) to start from, relative to the scenario file
}

export type Step =
  | { do: 'press'; key: KeyName; pos: SourcePos }
  | { do: 'hold'; key: KeyName; pos: SourcePos } // press and keep pressed
  | { do: 'release'; key: KeyName; pauseMs?: number; pos: SourcePos } // release: K | { key: K, pause: 0ms }
  | { do: 'hold-for'; key: KeyName; ms: number; pos: SourcePos } // hold: { key: K, for: 5s }
  | { do: 'type'; digits: string; force?: 'firm' | 'light'; pos: SourcePos }
  | { do: 'type-shown'; pos: SourcePos } // `type: shown` — the digits a SecureScreen shows now
  | { do: 'battery-out'; pos: SourcePos }
  | { do: 'battery-in'; volts?: number; pos: SourcePos }
  | { do: 'door'; state: 'open' | 'closed'; pos: SourcePos }
  | { do: 'strike'; state: 'aligned' | 'misaligned'; pos: SourcePos }
  | { do: 'exterior'; state: 'connected' | 'disconnected'; pos: SourcePos } // the exterior assembly's cable
  | { do: 'thumbturn'; dir: 'lock' | 'unlock'; pos: SourcePos }
  | { do: 'key'; dir: 'lock' | 'unlock'; pos: SourcePos }
  | { do: 'push-bolt'; pos: SourcePos } // `bolt: push` — someone pushes the bolt by hand
  | { do: 'switch'; n: 1 | 2 | 3 | 4; on: boolean; pos: SourcePos } // `switch: { 2: on }`
  | { do: 'wait'; ms: number; pos: SourcePos }
  | { do: 'fault'; fault: FaultName; pos: SourcePos }
  | { do: 'expect'; expect: Expectation; pos: SourcePos; keyPos: Partial<Record<keyof Expectation, SourcePos>>; itemPos?: EventItemPos };

/** Where each event type of an `event:` or `noEvent:` list written in place stands, so that a
 * failed one is reported at its item rather than at the list's `[`. */
export type EventItemPos = Partial<Record<'event' | 'noEvent', Partial<Record<EventType, SourcePos>>>>;

export type FaultName =
  | 'store-glitch' // a firmware glitch corrupts the code store (seed S5)
  | 'power-cut-mid-write'; // the next NVM write is interrupted by a power cut

export type LedColor = 'red' | 'green' | 'amber' | 'white' | 'off';
/** The status blink's colours (product-facts K3: green unlocked, amber locked, red low battery), or off. */
export type StatusColor = 'red' | 'green' | 'amber' | 'off';

/**
 * Expectations. `led`, `beep`, `beeps` speak of what was seen/heard since the previous expect
 * (or the start); the rest speak of the state now.
 */
export interface Expectation {
  /** A light pattern shown: `solid: true` a solid light, `solid: false` a flash pattern. */
  led?: LedColor | { color: LedColor; flashes?: number; solid?: boolean };
  /** The status LED's slow blink now (switch 1; product-facts K3, M16): its colour, or off, or
   * `{ color, every }` with how often it blinks, a duration as written (`5s`). */
  status?: StatusColor | { color: StatusColor; every: string };
  beep?: boolean; // any beep heard (true) / none heard (false)
  beeps?: number; // the number of beeps heard
  bolt?: 'extended' | 'retracted' | 'moving' | 'jammed' | 'partial';
  locked?: boolean;
  handed?: Handing | 'none';
  codes?: number | Record<number, string | null>; // a count, or a slot map (null = empty slot)
  mastercode?: string | 'none' | 'set';
  lockout?: boolean;
  mode?: FwMode; // the firmware's mode name (e.g. 'idle', 'reset-armed', 'handing')
  store?: 'ok' | 'untrusted';
  userCodes?: UserCodesState; // every user code enabled, or all disabled (key only; product-facts M9, K6)
  oneTimeCode?: number | 'none'; // the slot holding a one-time code (product-facts K5, K6), or none
  autoLock?: AutoLockState; // the menu-set auto-lock on or off (product-facts M9: Powerbolt 250)
  autoLockDelay?: number; // its delay in ms (M9); written as a duration, 3min
  power?: 'on' | 'off';
  event?: EventType | EventType[]; // events of these types were emitted since the previous expect (e.g. 'factory-reset')
  noEvent?: EventType | EventType[]; // no event of these types was emitted since the previous expect
  /** The other words are judged only if events of these types were emitted since the previous
   * expect; otherwise the checkpoint holds as it stands. What a factory reset must leave is said
   * `ifEvent: factory-reset, handed: none`: it holds on a lock that did not reset there. */
  ifEvent?: EventType | EventType[];
  /** An event giving this `why` (firmware/event-why.ts) was emitted since the previous expect —
   * one of the `event` types, when `event` is given. */
  why?: EventWhy;
}

export interface Scenario {
  file: string;
  name: string;
  model: string;
  seed: number;
  given: Given;
  givenPos: Partial<Record<keyof Given, SourcePos>>;
  steps: Step[];
}

/** An input the tooling could not accept. Exit code 2 at the CLI. */
export class ScenarioError extends Error {
  /** What was wrong, without its place (the message leads with file:line:col). */
  readonly why: string;

  constructor(
    message: string,
    readonly pos: SourcePos,
    /** The mistakes found after this one in the same reading of a file, by position (mistakes.ts). */
    readonly more: readonly ScenarioError[] = [],
  ) {
    super(printable(`${pos.file}:${pos.line}:${pos.col}: ${message}`));
    this.name = 'ScenarioError';
    this.why = printable(message);
  }
}
