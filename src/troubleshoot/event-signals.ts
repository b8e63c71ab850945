// Which of a model's signals each firmware event goes with: where the firmware shows a signal for
// what it did, it reports the event at the same virtual moment — a factory reset's resetDone and
// `factory-reset` (firmware/reset.ts eraseComplete; seed S8, product-facts K1, M9), a wrong code's
// red flashes and `wrong-code` (entry.ts; M4, S4), a programming step's green and `code-added` …
// (programming-*.ts; M14, K5), a jam (bolt-control.ts; S17), door handing (handing.ts; S16). The
// lights alone cannot tell several signals apart (green ×1 is a reset done or a programming step
// on the Powerbolt 250); the event beside a light can. A bolt the motor moves reports `unlocked`
// or `locked` once it has stopped, after its green or amber flash (bolt-control.ts; product-facts
// K3): the page reads those with the light they followed (web/src/light-events.ts). Program's
// press reports `programming-opened` on every family — the menu (K5, M9), the Mastercode gate's
// green and three beeps or the open programming of the 913 family (M14, S19), the positional
// models' first position (M15, M13) — a later press counting positions `slot-selected` (M15), and
// the Mastercode hold `mastercode-sequence-started` (M1). Signals shown with no event (the reset's
// reminder) are in no row.

import type { EventType } from '../firmware/events.ts';
import type { WhyOf } from '../firmware/event-why.ts';
import type { SignalName } from '../models/profile.ts';

/** The motion a jam cut short, named by the event it would have reported had the bolt arrived:
 * its why says where the bolt was sent (bolt-control.ts motionStopped; seed S15, S17). The light
 * that sent it was that motion's — a right code's green on a lock whose handing runs backwards. */
export const JAM_CUT_SHORT: Readonly<Record<WhyOf<'jam'>, EventType>> = {
  'bolt-not-retracted': 'unlocked',
  'bolt-not-extended': 'locked',
};

const PROGRAMMING_STEP: readonly SignalName[] = ['codeAccepted'];

export const EVENT_SIGNALS: Partial<Record<EventType, readonly SignalName[]>> = {
  unlocked: ['unlocked'],
  locked: ['locked'],
  'factory-reset': ['resetDone'],
  'reset-armed': ['resetArmed'],
  // a reset refused: the 250's bolt out (M9), or a pack too weak to erase (S10)
  'reset-failed': ['programmingFailed', 'lowBattery'],
  'wrong-code': ['wrongCode', 'noUserCode'],
  lockout: ['lockout'],
  jam: ['jammed'],
  'battery-low': ['lowBattery'],
  'battery-critical': ['lowBattery'],
  // each family's Program press opens programming with its own light (one a model)
  'programming-opened': ['menuEnter', 'programEnter', 'programEnterAuth', 'slotSelected'],
  'slot-selected': ['slotSelected'],
  'mastercode-sequence-started': ['mastercodeSetEnter'],
  'programming-failed': ['programmingFailed'],
  'programming-timeout': ['programmingTimeout'],
  'code-added': PROGRAMMING_STEP,
  'code-deleted': PROGRAMMING_STEP,
  'all-codes-deleted': PROGRAMMING_STEP,
  'one-time-code-added': PROGRAMMING_STEP,
  'programming-code-changed': PROGRAMMING_STEP,
  'user-codes-enabled': PROGRAMMING_STEP,
  'user-codes-disabled': PROGRAMMING_STEP,
  'auto-lock-on': PROGRAMMING_STEP,
  'auto-lock-off': PROGRAMMING_STEP,
  'auto-lock-delay-set': PROGRAMMING_STEP,
  'mastercode-set': ['mastercodeSet'],
  'mastercode-cleared': ['mastercodeSet'],
  // the one-time code opens the lock (product-facts M9) as it is used up
  'one-time-code-used': ['unlocked'],
  'handing-learned': ['handingDone'],
  'handing-failed': ['handingFailed'],
};

/** Of the signals a light may be, those the events reported at its moment show; all of them
 * when those events say nothing about it. */
export function settleByEvents(names: readonly SignalName[], events: readonly string[]): SignalName[] {
  const shown = new Set(events.flatMap((e) => EVENT_SIGNALS[e as EventType] ?? []));
  const settled = names.filter((n) => shown.has(n));
  return settled.length ? settled : [...names];
}
