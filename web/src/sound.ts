// The beeper through Web Audio: each trace `beep` entry plays its count of short or long beeps
// (durations from hardware/indicators.ts, product-facts K3/M14), scaled to the clock's rate, with
// a mute toggle. The AudioContext is made on the first user gesture, as browsers require.

import { BEEP_MS, BEEP_GAP_MS, LONG_BEEP_MS } from '../../src/hardware/indicators.ts';

export const BEEP_HZ = 2_800; // a piezo's pitch (assumed)
export const BEEP_GAIN = 0.05;
const MIN_AUDIBLE_MS = 25;

export class Sound {
  muted = false;
  private ctx: AudioContext | null = null;

  /** Call from a user gesture: browsers only let audio start after one. */
  unlock(): void {
    if (this.ctx || typeof AudioContext === 'undefined') return;
    try {
      this.ctx = new AudioContext();
    } catch {
      this.ctx = null;
    }
  }

  beep(count: number, long: boolean, rate: number): void {
    const ctx = this.ctx;
    if (this.muted || !ctx || count <= 0) return;
    const on = Math.max(MIN_AUDIBLE_MS, (long ? LONG_BEEP_MS : BEEP_MS) / rate) / 1000;
    const gap = Math.max(MIN_AUDIBLE_MS, BEEP_GAP_MS / rate) / 1000;
    let t = ctx.currentTime;
    for (let i = 0; i < count; i++) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = BEEP_HZ;
      gain.gain.value = BEEP_GAIN;
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + on);
      t += on + gap;
    }
  }
}
