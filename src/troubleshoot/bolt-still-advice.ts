// The "right code" or "locking" answer when the owner says the bolt did not move with it ("the
// bolt doesn't move"; "green and a beep but it won't unlock", "amber but it won't lock"): the
// lock took the press, so the motor is what failed — first a battery question (seed S25: "the
// lock beeps but the bolt won't move: change the batteries first"), then the bolt binding on the
// strike (seed S17). The signal's own advice ("Nothing to do") reads as if all were well. With
// new batteries just fitted, the battery step is the reseat of that pack (fresh-pack-advice.ts).

import type { ModelProfile, SignalName } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';
import { freshPackSaid, RESEAT_STEP } from './fresh-pack-advice.ts';

/** The signals that say the bolt is about to move. */
const MOTION_SIGNALS: ReadonlySet<SignalName> = new Set(['unlocked', 'locked']);

export interface BoltStillAdvice {
  says: string;
  todo: string;
  cite: string;
}

/** What the owner said of the bolt beside the motion signal, in words the advice repeats: "the
 * bolt doesn't move", or "won't unlock" with the unlocking answer ("won't lock" with the locking
 * one). Null when nothing was said against it. */
function boltNotFollowing(signal: SignalName, obs: Observation): string | null {
  if (obs.symptoms.includes('no-motion')) return 'the bolt did not move';
  if (signal === 'unlocked' && obs.symptoms.includes('wont-unlock')) return 'it would not unlock';
  if (signal === 'locked' && obs.symptoms.includes('wont-lock')) return 'it would not lock';
  return null;
}

/** The advice for a motion signal the owner says the bolt did not follow; null otherwise. */
export function boltStillAdvice(model: ModelProfile, signal: SignalName, obs: Observation, signalCite: string): BoltStillAdvice | null {
  if (!MOTION_SIGNALS.has(signal)) return null;
  const said = boltNotFollowing(signal, obs);
  if (said === null) return null;
  const way = signal === 'unlocked' ? 'draw the bolt back' : 'throw the bolt';
  return {
    says: `The ${model.name} took the press, but you say ${said}: the motor could not ${way}.`,
    todo:
      (freshPackSaid(obs) ? `You say new batteries just went in: ${RESEAT_STEP} (seed S25); codes are kept. ` : 'Put in four fresh AA batteries first: a weak pack still lights and beeps but cannot turn the motor (seed S25); codes are kept. ') +
      'If the bolt still does not move, open the door and try again: a bolt that runs with the door open is binding on the strike plate, which needs lining up (seed S17).',
    cite: ownCite(model, joinCites(signalCite, 'seed S25', 'seed S17')),
  };
}
