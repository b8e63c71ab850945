// A factory reset let go before its hold time, in the owner's words: it does not register and the
// lock gives no light or sound for it (seed S9) — the twin's `reset-not-registered` event
// (firmware/early-release.ts), which `lockstep decode --meaning` reads by its words ("factory reset
// not registered", "released early") as no signal rather than the reset's own signals; and the
// hold to make instead, which decode's reading of a reset that did not take gives as one cause
// (reset-failure-reading.ts). Where the lock takes the release for another gesture, that is said
// with its signal: a press of Program opening the Powerbolt 250's or 955's menu while no admin code
// is set (product-facts M9, K5), the Home Connect 620's door handing armed (M8).

import type { ModelProfile } from '../models/profile.ts';
import { resetGestureKey } from '../models/reset-button.ts';
import { poweredProgramHoldResets } from '../firmware/reset.ts';
import { keyWords } from './key-words.ts';
import { ownedAssumptionsCite, signalWords, sourceCite } from './procedure-kit.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';

const MS_PER_S = 1000;
/** Letting go early, even for half a second, and the reset does not register. */
export const EARLY_RELEASE_SOURCE = 'seed S9';

/** Words that name a reset let go early, or the event that tells one: "factory reset not
 * registered", "reset-not-registered", "released early", "let go too early", "early release". */
const EARLY_RELEASE_WORDS = /\bnot[\s-]+register(?:ed)?\b|\breleased?[\s-]+(?:too[\s-]+)?early\b|\blet[\s-]+go[\s-]+(?:too[\s-]+)?early\b|\bearly[\s-]+release\b/i;

/** Whether `word` names a reset let go early (or the event telling one). */
export function namesEarlyRelease(word: string): boolean {
  return EARLY_RELEASE_WORDS.test(word);
}

/** What to do instead of letting go early: hold the whole time, until the lock answers. */
export function holdTheWholeTime(p: ModelProfile): { says: string; cite: string } {
  const hold = `${p.timing.resetHoldMs / MS_PER_S} s`;
  const button = keyWords(p)(resetGestureKey(p));
  const until = p.reset.confirmPress ? `${signalWords(p, 'resetArmed')}, then let go and press ${button} once more: that press erases every code` : signalWords(p, 'resetDone');
  const untilCite = ownedAssumptionsCite(p, p.reset.confirmPress ? 'signals.resetArmed' : 'signals.resetDone');
  return {
    says: `${button} let go before the full ${hold}: even half a second early and the reset does not register — nothing happens. Hold it the whole ${hold}, until ${until}.`,
    cite: ownCite(p, joinCites(EARLY_RELEASE_SOURCE, sourceCite(p, 'timing.resetHoldMs'), untilCite)),
  };
}

/** What the lock does show at such a release, where it takes it for another gesture; else null. */
function takenInstead(p: ModelProfile): string | null {
  const button = keyWords(p)(resetGestureKey(p));
  if (poweredProgramHoldResets(p) && p.programButton === 'menu-without-admin') {
    const cite = ownCite(p, sourceCite(p, 'signals.menuEnter'));
    return `Let go early, the hold is a press of ${button}: where no ${p.adminCodeName} is set, the programming menu opens — ${signalWords(p, 'menuEnter')} (${cite}) — and closes by itself.`;
  }
  if (p.handing.trigger === 'program-tap-at-power-up') {
    const cite = ownCite(p, sourceCite(p, 'handing.trigger', 'signals.handingArmed'));
    return `Let go shortly after the pack goes in, the same gesture arms door handing instead: ${signalWords(p, 'handingArmed')} (${cite}); take the pack out to leave it.`;
  }
  return null;
}

/** `decode --meaning` for a reset let go early: no signal of its own, what the lock may show
 * instead, and the hold to make. */
export function earlyReleaseMeaning(p: ModelProfile): { why: string; next: string } {
  const instead = takenInstead(p);
  const hold = holdTheWholeTime(p);
  return {
    why: `Nothing on the ${p.name} shows a factory reset let go early: it does not register, and the lock gives no light or sound for it (${ownCite(p, EARLY_RELEASE_SOURCE)}).${instead === null ? '' : ` ${instead}`}`,
    next: `${hold.says} (${hold.cite})`,
  };
}
