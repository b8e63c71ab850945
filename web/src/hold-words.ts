// The words beside the reset ring and the admin-code row of the "Now" panel, from the model's
// data. The ring's line: the hold as the lock counts it (firmware/reset.ts resetHoldCountedMs —
// from power-up on a SmartCode, seed S8, K1; a powered Program hold on the 913 family is a
// Mastercode hold, M1), its button (Reset on the 264 / Powerbolt 2, product-facts M11), and the
// Powerbolt 250's condition: the bolt retracted (M9); before a power-up hold, the door open for the
// handing that follows by itself (S16), or, where it does not (909 M15, 620 M8), no such promise.
// A hold held on past the lock's answer to it (hold-answered.ts): let go, not hold again.
// The line said aloud (holdAnnouncement): the same words, the running count in 5 s steps.
// The admin-code row: named as the model's guide names it (product-facts §7), and on the
// positional models (909, 910, 240: codes by position, M15, M13), which have none, said so rather
// than "none" as if it were merely unset.

import type { ModelProfile } from '../../src/models/profile.ts';
import type { HoldAnswer } from './hold-answered.ts';

const MS_PER_S = 1000;
/** How often a running hold's count is said aloud: the line on the page redraws it every frame,
 * which a screen reader would queue as hundreds of announcements through a 30 s hold. */
export const ANNOUNCE_EVERY_MS = 5_000;

export interface HoldSeen {
  /** The reset is armed: the full hold was counted. */
  armed: boolean;
  /** The hold as the lock counts it, in ms, or -1 when it counts none. */
  counted: number;
  /** The reset gesture's button is down. */
  down: boolean;
  boltRetracted: boolean;
  /** The lock's answer to this hold already given (hold-answered.ts): reset, resetting or refused. */
  answered?: HoldAnswer | null;
}

/** What the line says of a hold the lock has already answered: let go — never hold it again. */
const ANSWERED: Record<HoldAnswer, string> = {
  reset: ': the lock is reset',
  resetting: ': the reset is under way',
  refused: ', and the lock refused the reset (What just happened says why)',
};

/** The line beside the ring. */
export function holdWords(m: ModelProfile, h: HoldSeen): string {
  const target = m.timing.resetHoldMs / MS_PER_S;
  const name = m.reset.gesture === 'reset-button' ? 'Reset' : 'Program';
  const retracted = m.reset.requiresBoltRetracted ? ' with the bolt retracted' : '';
  const boltOut = m.reset.requiresBoltRetracted && !h.boltRetracted ? ' — retract the bolt first: with it out this reset fails' : '';
  if (h.armed) return `Held the full ${target} s: release ${name}, then press it once more`;
  if (h.down && h.answered) return `${name} held the full ${target} s${ANSWERED[h.answered]} — let go of ${name}`;
  if (h.counted >= 0) return `${name} held ${(h.counted / MS_PER_S).toFixed(1)} s of ${target} s${boltOut}`;
  if (h.down) {
    // A powered hold counts only from a press begun in normal operation (firmware/reset.ts): one
    // begun in a menu counts nothing (one held on past the reset it made is ANSWERED, above).
    const why = m.reset.gesture === 'power-up-program-hold' ? `the ${target} s count starts as the pack goes in with ${name} held` : `the lock counts only a hold begun in normal operation — let go and hold ${name} again`;
    return `${name} down, not counting toward a reset: ${why}`;
  }
  // Two hands on the real lock; one pointer here: the keyboard holds Program while Enter inserts.
  // Door handing follows the reset by itself only where its trigger is `auto` (seed S16, G1/G2):
  // the 909 learns it by Lock held at power-up (M15), the 620 by the gesture released early (M8).
  if (m.reset.gesture === 'power-up-program-hold') {
    // An instruction, not a state: said beside a lock that may well be locked and shut.
    const first = m.handing.trigger === 'auto' ? 'Unlock and open the door first (door handing follows the reset by itself), then pull' : 'Pull';
    const handing = m.handing.trigger === 'auto' ? '' : '; door handing is a step of its own after it';
    return `${first} the pack, hold ${name}, put the pack back: ${target} s for the reset${handing} (with a mouse: Tab to ${name}, hold Space, Tab on and Enter on “Insert fresh”)`;
  }
  return `Hold ${name} ${target} s${retracted} for the reset`;
}

/** The ring's line as said aloud: the same words, with a running count in whole ANNOUNCE_EVERY_MS steps. */
export function holdAnnouncement(m: ModelProfile, h: HoldSeen): string {
  const counted = h.counted < 0 ? h.counted : Math.floor(h.counted / ANNOUNCE_EVERY_MS) * ANNOUNCE_EVERY_MS;
  return holdWords(m, { ...h, counted });
}

/** The "Now" panel's admin-code row: its name as the model's guide says it, and its state. */
export function adminCodeRow(m: ModelProfile, adminCode: string): [string, string] {
  if (m.programming === 'positional') return ['Mastercode', 'not on this model (codes by position)'];
  return [m.adminCodeName === 'Mastercode' ? 'Mastercode' : 'Programming code', adminCode ? 'set' : 'none'];
}
