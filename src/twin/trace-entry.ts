// A twin's trace entries as their channels hold them (design/architecture.md "sim/": outputs
// are appended to a trace of (t, channel, value)): what a program reading `twin.trace.entries`
// narrows by `ch` — an `event` entry's value is a LockEvent, a `power` entry's one of
// POWER_ENTRIES — rather than a value of no known type. The same shapes trace-check.ts checks a
// saved trace against (its ENTRY schema is held to this type).

import type { TraceEntry } from '../sim/trace.ts';
import type { TracedAction } from './action-entry.ts';
import type { PowerEntry } from './twin.ts';
import type { LightColor } from '../hardware/indicators.ts';
import type { BoltState } from '../hardware/motor-bolt.ts';
import type { FwMode } from '../firmware/state.ts';
import type { LockEvent } from '../firmware/io.ts';

/** hardware/indicators.ts: a status blink (or none; `everyMs` 0), a solid light, flashes of one colour or two alternating. */
export type LedEntry =
  | { status: LightColor | null; everyMs: number }
  | { color: LightColor; solidMs: number }
  | { color: LightColor; alt: LightColor; flashes: number }
  | { color: LightColor; flashes: number };

/** hardware/indicators.ts: beeps, long ones marked. */
export interface BeepEntry {
  count: number;
  long?: true;
}

/** hardware/motor-bolt.ts: the motor starting, the bolt moved by hand, the bolt coming to rest. */
export type BoltEntry =
  | { motor: 'cw' | 'ccw'; bolt: 'throwing' | 'withdrawing' }
  | { manual: 'throw' | 'withdraw'; state: BoltState }
  | { stopped: BoltState };

/** One entry of a twin's trace, its value as its channel holds it. */
export type LockTraceEntry =
  | { t: number; ch: 'input'; v: TracedAction }
  | { t: number; ch: 'led'; v: LedEntry }
  | { t: number; ch: 'beep'; v: BeepEntry }
  | { t: number; ch: 'bolt'; v: BoltEntry }
  | { t: number; ch: 'power'; v: PowerEntry }
  | { t: number; ch: 'mode'; v: FwMode }
  | { t: number; ch: 'event'; v: LockEvent };

// Every channel of the trace has its entry above.
const EVERY_CHANNEL: Exclude<TraceEntry['ch'], LockTraceEntry['ch']> extends never ? true : never = true;
void EVERY_CHANNEL;
