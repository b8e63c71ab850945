// The status LED at a moment of virtual time: the last light pattern from the trace, flashed with
// the model's own on/off timing (product-facts K3, M14; seed S8 "the status LED flashes red"),
// else the slow status blink (green unlocked, amber locked, red low battery — product-facts K3).

import type { ModelProfile } from '../../src/models/profile.ts';
import { matchSignals, type LedEntry } from './signals.ts';

export const DEFAULT_FLASH_MS = 250; // when no profile signal matches the pattern (assumed)
export const STATUS_BLINK_ON_MS = 150; // the status blink is a short flash (assumed)

export interface Pattern {
  t: number;
  color: string;
  alt?: string;
  count: number;
  onMs: number;
  offMs: number;
  solidMs: number;
}

export interface StatusBlink {
  t: number;
  color: string | null;
  everyMs: number;
}

export function patternFrom(model: ModelProfile, t: number, led: LedEntry, beeps: number | null): Pattern {
  const name = matchSignals(model, led, beeps)[0];
  const sig = name ? model.signals[name] : undefined;
  return {
    t,
    color: led.color,
    alt: led.alt,
    count: led.flashes ?? 0,
    onMs: sig?.onMs || DEFAULT_FLASH_MS,
    offMs: sig?.offMs || DEFAULT_FLASH_MS,
    solidMs: led.solidMs ?? 0,
  };
}

/** The colour showing at `now`, or null when dark. */
export function ledAt(p: Pattern | null, status: StatusBlink | null, now: number): string | null {
  if (p) {
    const dt = now - p.t;
    if (p.count === 0) {
      if (dt >= 0 && dt < p.solidMs) return p.color;
    } else {
      const period = p.onMs + p.offMs;
      const i = Math.floor(dt / period);
      if (dt >= 0 && i < p.count) return dt - i * period < p.onMs ? (p.alt && i % 2 === 1 ? p.alt : p.color) : null;
    }
  }
  if (status?.color && status.everyMs > 0) {
    const phase = (now - status.t) % status.everyMs;
    if (phase >= 0 && phase < STATUS_BLINK_ON_MS) return status.color;
  }
  return null;
}
