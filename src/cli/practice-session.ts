// The practice reset's keys and what they say, apart from the terminal (practice-reset.ts owns
// the raw keys and the timer bar; which keys a model takes is practice-keys.ts). Everything is read from the model and the twin, so every
// gesture gets the same help: the hold as the lock counts it (firmware/reset.ts
// resetHoldCountedMs), "released too early" the moment a counted hold ends short (seed S9) —
// the SmartCode battery-pack hold (S8), the Powerbolt 250's and 955's powered Program hold
// (product-facts M9, K4) and the Reset button of the 264 and Powerbolt 2 (M11) alike — a hint
// when a hold is not counted at all (the SmartCode counts from power-up, S8), and once the lock
// has reset, what it left and what to do next (after-reset.ts nextAfterReset, seed S23) — from the
// codes on where door handing ran by itself and was learned on screen before it (S16). Every
// source it names is printed as the doctor prints it for this model (own-cite.ts ownCiteInProse):
// its own, or said to be borrowed.

import pc from 'picocolors';
import type { ModelProfile } from '../models/profile.ts';
import { keyWords } from '../troubleshoot/key-words.ts';
import { resetGestureKey } from '../models/reset-button.ts';
import { practiceKeysLine, takesKey } from './practice-keys.ts';
import { Twin } from '../twin/twin.ts';
import type { ButtonKey } from '../hardware/buttons.ts';
import type { TraceEntry } from '../sim/trace.ts';
import { nextAfterReset } from '../troubleshoot/after-reset.ts';
import { hasOtherSource, signalWordsBothSources } from '../troubleshoot/procedure-kit.ts';
import { formatEntry } from './timeline.ts';
import { ownCiteInProse } from '../troubleshoot/own-cite.ts';
import { handingHowTo } from '../troubleshoot/handing-how-to.ts';

export const HANDING_WATCH_MS = 10_000; // virtual time to watch after the confirming press
/** Said on the last line where door handing was learned after the reset, on screen, before it. */
const HANDING_LEARNED_WORDS = 'Door handing is learned.';
const MS_PER_S = 1000;
/** The SmartCode reset counts its hold from power-up only. */
const POWER_UP_HOLD_SOURCE = 'seed S8';
/** A hold let go before its time does not register. */
const EARLY_RELEASE_SOURCE = 'seed S9';

/** The codes the practice lock holds before its reset: two that every model accepts — 4 digits,
 * their first four unlike (the 955, 240), and typed with other keys where a key carries two
 * digits (909, 910, Powerbolt 2: 1357 and 2468 are the same five keys there). */
export const PRACTICE_CODES: Readonly<Record<number, string>> = { 1: '1357', 2: '9753' };
/** The Mastercode the practice lock holds, on models where the Program button leads to one. */
export const PRACTICE_MASTERCODE = '86420';

/** The lock to practise on: door open, two codes (and a Mastercode where the model has one), so
 * the reset has something to erase. */
export function practiceTwin(m: ModelProfile, seed: number): Twin {
  return new Twin(m, { seed, doorOpen: true, codes: { ...PRACTICE_CODES }, mastercode: m.programming === 'mastercode-program-button' ? PRACTICE_MASTERCODE : undefined });
}

const secs = (ms: number) => `${(ms / MS_PER_S).toFixed(1)} s`;
const isEvent = (e: TraceEntry, type: string) => e.ch === 'event' && (e.v as { type?: string }).type === type;


/** How the reset goes on model m, and the keys that do it (practice-keys.ts). */
export function practiceInstructions(m: ModelProfile): string[] {
  const hold = `${m.timing.resetHoldMs / MS_PER_S} s`;
  const confirm = m.reset.confirmPress ? ', release, then press Program once more.' : '.';
  switch (m.reset.gesture) {
    case 'power-up-program-hold':
      return [`The ${m.name} reset ${ownCiteInProse(m, POWER_UP_HOLD_SOURCE)}: pull the pack, hold Program, put the pack back while holding, keep holding ${hold}${confirm}`, practiceKeysLine(m)];
    case 'program-hold-powered':
      return [`The ${m.name} reset: hold Program ${hold}${m.reset.requiresBoltRetracted ? ' with the bolt retracted' : ''}${confirm}`, practiceKeysLine(m)];
    case 'reset-button':
      return [`The ${m.name} reset: hold the Reset button ${hold}${confirm}`, practiceKeysLine(m)];
  }
}

/** Why a hold the lock is not counting does not reset it, and how to start one it counts. */
function notCountingWhy(m: ModelProfile): string {
  const hold = `${m.timing.resetHoldMs / MS_PER_S} s`;
  return m.reset.gesture === 'power-up-program-hold'
    ? `the ${m.name} counts the reset hold only from power-up ${ownCiteInProse(m, POWER_UP_HOLD_SOURCE)}: pull the pack [b], hold Program [h], put the pack back [b] and keep holding ${hold}`
    : `the ${m.name} counts the hold only in normal operation: let go, wait for the lock to go quiet, then hold again ${hold}`;
}

export class PracticeSession {
  readonly twin: Twin;
  readonly holdKey: ButtonKey;
  /** The factory reset happened. */
  done = false;
  private shown: number;
  private heldSince = -1;
  /** When the pack went in during the current hold, or -1: a SmartCode counts its reset hold from
   * there (seed S8), not from the press. */
  private packInDuringHoldAt = -1;
  /** When the reset finished during the current hold (reset-button models), or -1. */
  private doneInHoldAt = -1;
  /** The early release was already said for the current hold. */
  private earlySaid = false;
  /** How much of the hold the lock had counted when it was last released, or -1. */
  private releasedCounted = -1;

  constructor(
    readonly m: ModelProfile,
    seed: number,
    private readonly say: (line: string) => void,
  ) {
    this.twin = practiceTwin(m, seed);
    this.holdKey = resetGestureKey(m);
    this.shown = this.twin.trace.length;
  }

  /** The session is over: the reset is done and nothing is held. */
  get finished(): boolean {
    return this.done && !this.twin.buttons.isHeld(this.holdKey);
  }

  /** The hold as the lock counts it, in ms, for the timer: full once the lock has counted it all
   * (armed, or reset), 0 while it counts none. */
  countedMs(): number {
    const full = this.m.timing.resetHoldMs;
    if (this.twin.mode === 'reset-armed' || this.done) return full;
    return Math.min(Math.max(this.twin.resetHoldCountedMs, 0), full);
  }

  /** Let virtual time pass and say what the lock did. */
  tick(ms: number): void {
    this.twin.apply({ do: 'wait', ms });
    this.flush();
  }

  /** One key press of the practice, one of the model's keys (practice-keys.ts): b, h, r or p.
   * Returns false for a key that does nothing here. */
  key(name: string): boolean {
    if (!takesKey(this.m, name)) return false;
    switch (name) {
      case 'b':
        this.twin.apply(this.twin.battery.present ? { do: 'battery-out' } : { do: 'battery-in' });
        this.packInDuringHoldAt = this.twin.battery.present && this.heldSince >= 0 ? this.twin.sim.now : -1;
        this.say(pc.cyan(this.twin.battery.present ? '› battery pack in' : '› battery pack out'));
        break;
      case 'h':
        this.hold();
        break;
      case 'r':
        this.release();
        break;
      case 'p':
        this.pressProgram();
        break;
    }
    this.flush();
    return true;
  }

  private hold(): void {
    const { twin, holdKey } = this;
    if (twin.buttons.isHeld(holdKey)) {
      this.say(pc.dim(`  (${holdKey} is already held — [r] releases it)`));
      return;
    }
    twin.apply({ do: 'hold', key: holdKey });
    this.heldSince = twin.sim.now;
    this.packInDuringHoldAt = -1;
    this.doneInHoldAt = -1;
    this.earlySaid = false;
    this.say(pc.cyan(`› holding ${holdKey}`));
    // A powered SmartCode does not count a Program hold toward the reset (S8): say so at once.
    if (twin.powered && twin.resetHoldCountedMs < 0 && this.m.reset.gesture === 'power-up-program-hold') {
      this.say(pc.yellow(`  Not counting toward a reset yet: ${notCountingWhy(this.m)}.`));
    }
  }

  private release(): void {
    const { twin, holdKey, m } = this;
    if (!twin.buttons.isHeld(holdKey)) {
      this.say(pc.dim(`  (${holdKey} is not held — [h] holds it)`));
      return;
    }
    const counted = twin.resetHoldCountedMs;
    const downFor = `released ${holdKey} after ${secs(twin.sim.now - this.heldSince)}`;
    const armed = twin.mode === 'reset-armed';
    let after = '';
    if (this.doneInHoldAt >= 0) after = ` — the reset was done at ${secs(this.doneInHoldAt - this.heldSince)}`;
    else if (counted >= 0) after = `, ${secs(counted)} of it counted by the lock`;
    else if (armed && this.packInDuringHoldAt >= 0) after = `, ${secs(twin.sim.now - this.packInDuringHoldAt)} of it since the pack went in (the lock counts from there)`;
    else if (!armed) after = ', none of it counted by the lock';
    this.say(pc.cyan(`› ${downFor}${after}`));
    this.heldSince = -1;
    this.packInDuringHoldAt = -1;
    this.doneInHoldAt = -1;
    const mark = twin.trace.length;
    this.releasedCounted = counted;
    twin.apply({ do: 'release', key: holdKey });
    if (counted >= 0 && counted < m.timing.resetHoldMs) {
      // The firmware's own reset-not-registered (S9) says it first — on every model, but for a 250's
      // or 955's hold too short to be meant as a reset (firmware/early-release.ts), which says none.
      this.flush();
      this.sayEarly(counted);
      this.sayInstead(mark);
    } else if (counted < 0 && !armed && !this.done) {
      this.say(pc.yellow(`  No reset: ${notCountingWhy(m)}.`));
    }
  }

  private pressProgram(): void {
    const { twin } = this;
    if (twin.buttons.isHeld('program')) {
      this.say(pc.yellow('  Program is still held: release it first [r], then press it [p].'));
      return;
    }
    twin.apply({ do: 'press', key: 'program' });
    this.say(pc.cyan('› press Program'));
    twin.apply({ do: 'wait', ms: HANDING_WATCH_MS });
  }

  /** The S9 warning, once per hold, with how much the lock had counted (when known: ≥ 0). */
  private sayEarly(counted: number): void {
    if (this.earlySaid) return;
    this.earlySaid = true;
    const key = this.holdKey === 'reset' ? 'Reset' : 'Program';
    const howLong = counted >= 0 ? ` — ${key} counted ${secs(counted)} of ${this.m.timing.resetHoldMs / MS_PER_S} s` : '';
    this.say(pc.red(pc.bold(`  ✗ Released too early: the reset did not register ${ownCiteInProse(this.m, EARLY_RELEASE_SOURCE)}${howLong}. Start again from the beginning.`)));
  }

  /** What the lock took an early release for instead, where it did something (a short press). */
  private sayInstead(mark: number): void {
    const after = this.twin.trace.entries.slice(mark);
    if (after.some((e) => isEvent(e, 'programming-opened'))) {
      this.say(pc.dim(`  (Let go that early, the hold was a press of Program: the programming menu opened; it closes by itself after ${this.m.timing.programmingTimeoutMs / MS_PER_S} s.)`));
    } else if (this.twin.mode === 'handing-armed') {
      // The gesture is the model's door handing (handing-how-to.ts: the Home Connect 620's, M8).
      this.say(pc.dim(`  (Let go that early, the lock took it for the door-handing gesture ${ownCiteInProse(this.m, handingHowTo(this.m).cite)}: press Program [p] to run handing, or pull the pack [b] to abandon it.)`));
    }
  }

  /** Print what the lock did since last time, with the practice's own words where it matters. */
  private flush(): void {
    const { twin, m } = this;
    let resetNow = false;
    let handingLearned = false;
    for (const e of twin.trace.entries.slice(this.shown)) {
      if (e.ch === 'mode' || e.ch === 'input') continue;
      const line = formatEntry(e, keyWords(twin.model), twin.model.adminCodeName);
      if (line) this.say(line);
      if (isEvent(e, 'reset-not-registered')) this.sayEarly(this.releasedCounted);
      if (isEvent(e, 'reset-armed')) this.say(pc.green(`  ✓ Held long enough: release, then press Program once more [p].`));
      if (isEvent(e, 'reset-failed')) this.say(pc.red(`  ✗ The reset failed: ${(e.v as { reason?: string }).reason ?? ''}`));
      if (isEvent(e, 'handing-learned') && resetNow) handingLearned = true;
      if (isEvent(e, 'factory-reset')) {
        resetNow = true;
        if (twin.buttons.isHeld(this.holdKey)) this.doneInHoldAt = e.t;
      }
    }
    this.shown = twin.trace.length;
    if (resetNow && !this.done) {
      this.done = true;
      const next = nextAfterReset(m);
      // Where the sources give the reset's signal another sound or light (the 909, 913, 914 and
      // 910: product-facts conflict 1), the line names them all, as the doctor's step does.
      const heard = hasOtherSource(m, 'resetDone') ? `: ${signalWordsBothSources(m, 'resetDone')}` : '';
      // Door handing that ran by itself in the watched time (seed S16) and was learned on screen
      // is done: the line goes on from there, with what follows it (seed S23).
      const todo = handingLearned ? `${HANDING_LEARNED_WORDS} ${next.afterHanding}` : next.todo;
      this.say(pc.green(pc.bold(`  ✓ Factory reset done${heard}. ${next.says} ${todo} (${next.cite})`)));
      if (twin.buttons.isHeld(this.holdKey)) this.say(pc.green(`  Let go of ${this.holdKey === 'reset' ? 'Reset' : 'Program'} [r].`));
    }
  }
}
