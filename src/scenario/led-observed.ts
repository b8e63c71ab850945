// What a failed `led` expectation says it observed (README "Expectations"): the light patterns —
// flashes and solid lights — shown since the previous expect, the only ones `led` compares; never
// the status LED's slow blink, which is no light pattern (`status` checks it). Where none began
// in that stretch, it says so in those words, and names a pattern begun before it that is still
// showing, so that a solid light still lit is not reported as no light. What it expected is said
// in the same words ("red ×2", not `{"color":"red","flashes":2}`).

import type { TraceEntry } from '../sim/trace.ts';
import type { Twin } from '../twin/twin.ts';

/** A `led` trace entry's value: a light pattern, or the status blink (`status`). */
export interface LedSeen {
  color?: string;
  alt?: string;
  flashes?: number;
  solidMs?: number;
  status?: string | null;
}

const MS_PER_S = 1000;
const NONE_SINCE = 'no light pattern since the previous expect';
const NONE_NEW = 'no new light pattern since the previous expect';

/** Whether a `led` entry's value is a light pattern (not the status blink). */
export function isPattern(l: LedSeen): boolean {
  return l.status === undefined;
}

/** "red solid 5 s", "red/white ×5", "green ×1". */
function patternWords(l: LedSeen): string {
  return l.solidMs ? `${l.color} solid ${l.solidMs / MS_PER_S} s` : `${l.color}${l.alt ? `/${l.alt}` : ''} ×${l.flashes}`;
}

/** A `led` expectation in the words of the patterns it is compared with: "red", "red ×2",
 * "red solid", "red flashing"; `off` as it is written. */
export function expectedLedWords(want: string | { color: string; flashes?: number; solid?: boolean }): string {
  const { color, flashes, solid } = typeof want === 'string' ? { color: want, flashes: undefined, solid: undefined } : want;
  if (flashes !== undefined) return `${color} ×${flashes}`;
  return solid === undefined ? color : `${color} ${solid ? 'solid' : 'flashing'}`;
}

/** The pattern showing now, with when it began, when the twin's trace still holds it: the last
 * pattern traced, since each pattern shown is traced as it begins. */
function showingNow(twin: Twin): TraceEntry | undefined {
  if (!twin.indicators.lit) return undefined;
  const entries = twin.trace.entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.ch === 'led' && isPattern(e.v as LedSeen)) return e;
  }
  return undefined;
}

/** The patterns seen since the previous expect, or that none began and what still shows. */
export function ledObserved(twin: Twin, since: readonly LedSeen[]): string {
  const patterns = since.filter(isPattern);
  if (patterns.length > 0) return patterns.map(patternWords).join(', ');
  if (!twin.indicators.lit) return NONE_SINCE;
  const showing = showingNow(twin);
  if (!showing) return `${NONE_NEW} (one begun before it still showing)`;
  const l = showing.v as LedSeen;
  return `${NONE_NEW} (${patternWords(l)}, lit since ${showing.t / MS_PER_S} s, still ${l.solidMs ? 'on' : 'flashing'})`;
}
