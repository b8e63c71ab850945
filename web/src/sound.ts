// The beeper through Web Audio: each trace `beep` entry plays its count of short or long beeps
// (durations from hardware/indicators.ts, product-facts K3/M14), scaled to the clock's rate, with
// a mute toggle. The AudioContext is made on the first user gesture, as browsers require.
// Beeps queue one after another, and the queue is bounded: a scenario played quickly emits
// beeps faster than they can sound, and a context that is not running (no output device, or
// audio not yet allowed) plays nothing — an unbounded pile of scheduled oscillators there took
// the page's browser down after about a hundred scenarios played in one tab.

import { BEEP_MS, BEEP_GAP_MS, LONG_BEEP_MS } from '../../src/hardware/indicators.ts';

export const BEEP_HZ = 2_800; // a piezo's pitch (assumed)
export const BEEP_GAIN = 0.05;
const MIN_AUDIBLE_MS = 25;
/** How far ahead of the audio clock beeps may be queued; later ones are dropped. */
export const MAX_QUEUED_S = 2;

/** The part of an AudioContext the beeper uses (a test stands in for it). */
export type BeepContext = Pick<AudioContext, 'currentTime' | 'state' | 'destination' | 'createOscillator' | 'createGain' | 'resume'>;

export class Sound {
  muted = false;
  private ctx: BeepContext | null = null;
  /** Audio-clock time at which the last queued beep ends. */
  private queuedUntil = 0;

  constructor(private readonly makeContext: () => BeepContext = () => new AudioContext()) {}

  /** Call from a user gesture: browsers only let audio start after one. */
  unlock(): void {
    if (this.ctx) {
      if (this.ctx.state === 'suspended') void this.ctx.resume().catch(() => {});
      return;
    }
    try {
      this.ctx = this.makeContext(); // throws where the browser has no Web Audio
    } catch {
      this.ctx = null;
    }
  }

  beep(count: number, long: boolean, rate: number): void {
    const ctx = this.ctx;
    if (this.muted || !ctx || count <= 0 || ctx.state !== 'running') return;
    const on = Math.max(MIN_AUDIBLE_MS, (long ? LONG_BEEP_MS : BEEP_MS) / rate) / 1000;
    const gap = Math.max(MIN_AUDIBLE_MS, BEEP_GAP_MS / rate) / 1000;
    let t = Math.max(ctx.currentTime, this.queuedUntil);
    for (let i = 0; i < count; i++) {
      if (t + on > ctx.currentTime + MAX_QUEUED_S) break; // the clock runs ahead of what can sound
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = BEEP_HZ;
      gain.gain.value = BEEP_GAIN;
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + on);
      t += on + gap;
    }
    this.queuedUntil = t;
  }
}
