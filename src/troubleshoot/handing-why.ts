// Why door handing failed, read from the twin: a closed door (strike friction above the tight
// current limit handing uses), a misaligned strike plate (seed S17), someone pushing the bolt
// while it ran (S16), or a pack too weak to run it (S25). Read from the trace — the last
// handing-failed event and what the door and strike were at that moment — or, for a twin
// restored from a snapshot (no trace), from the door as it is now.

import type { Twin } from '../twin/twin.ts';
import type { TraceEntry } from '../sim/trace.ts';

export type HandingFailure = 'door-closed' | 'strike-misaligned' | 'bolt-pushed' | 'battery' | 'unknown';

export interface HandingWhy {
  reason: HandingFailure;
  says: string;
  cite: string;
  /** Virtual time of the failure, when the trace shows it. */
  at?: number;
}

const SAYS: Record<HandingFailure, string> = {
  'door-closed': 'Door handing failed because the door was closed: the bolt met the strike and stalled part-way. Handing needs the door open.',
  'strike-misaligned': 'Door handing failed because the strike plate is out of line: the bolt hit its edge and stalled part-way. Move the plate so that the bolt runs in freely, and keep the door open while the lock learns.',
  'bolt-pushed': 'Door handing failed because the bolt was held or pushed while it ran: hands off until it has run out and back.',
  battery: 'Door handing failed because the batteries were too weak to run the bolt: fresh batteries first.',
  unknown: 'Door handing did not complete.',
};

const CITES: Record<HandingFailure, string> = {
  'door-closed': 'seed S17',
  'strike-misaligned': 'seed S17',
  'bolt-pushed': 'seed S16',
  battery: 'seed S25, S10',
  unknown: 'seed S15, S18',
};

interface InputV {
  do?: string;
  state?: string;
}

/** What a physical setting (door / strike) was at time t: the last change before it, or — when it
 * changed only afterwards — the opposite of that first change, or else what it is now. */
function settingAt(trace: readonly TraceEntry[], what: 'door' | 'strike', t: number, now: string, opposite: Record<string, string>): string {
  let before: string | undefined;
  let after: string | undefined;
  for (const e of trace) {
    const v = e.v as InputV;
    if (e.ch !== 'input' || v.do !== what || v.state === undefined) continue;
    if (e.t <= t) before = v.state;
    else if (after === undefined) after = v.state;
  }
  if (before !== undefined) return before;
  if (after !== undefined) return opposite[after];
  return now;
}

function why(reason: HandingFailure, at?: number): HandingWhy {
  return at === undefined ? { reason, says: SAYS[reason], cite: CITES[reason] } : { reason, says: SAYS[reason], cite: CITES[reason], at };
}

export function whyHandingFailed(twin: Twin): HandingWhy | null {
  const trace = twin.trace.entries;
  let failedAt = -1;
  let failReason = '';
  let startedAt = -1;
  for (const e of trace) {
    if (e.ch !== 'event') continue;
    const v = e.v as { type?: string; reason?: string };
    if (v.type === 'handing-started') startedAt = e.t;
    if (v.type === 'handing-failed') {
      failedAt = e.t;
      failReason = v.reason ?? '';
    }
    if (v.type === 'handing-learned') failedAt = -1;
  }
  const doorNow = twin.door.open ? 'open' : 'closed';
  const strikeNow = twin.door.strikeAligned ? 'aligned' : 'misaligned';
  if (failedAt < 0) {
    // No failure in the trace (a restored snapshot): judge by the door as it stands.
    if (twin.store().handed !== 'none' || twin.mode !== 'idle') return null;
    if (twin.bolt.state() !== 'jammed') return null;
    return why(strikeNow === 'misaligned' ? 'strike-misaligned' : doorNow === 'closed' ? 'door-closed' : 'unknown');
  }
  if (failReason === 'battery') return why('battery', failedAt);
  const pushed = trace.some((e) => e.ch === 'input' && (e.v as InputV).do === 'push-bolt' && e.t >= startedAt && e.t <= failedAt);
  if (pushed) return why('bolt-pushed', failedAt);
  const door = settingAt(trace, 'door', failedAt, doorNow, { open: 'closed', closed: 'open' });
  const strike = settingAt(trace, 'strike', failedAt, strikeNow, { aligned: 'misaligned', misaligned: 'aligned' });
  if (door === 'closed' && strike === 'misaligned') return why('strike-misaligned', failedAt);
  if (door === 'closed') return why('door-closed', failedAt);
  return why('unknown', failedAt);
}
