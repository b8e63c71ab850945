// What the decoder advises when every code is said to fail ("none of my codes work",
// every-code-fails-words.ts): seed S7's second row — the lock unresponsive to all codes wants a
// factory reset — after the battery check seed S25 puts first ("low battery masquerades as
// failure"; codes are kept when the pack is changed), the code memory lost to a glitch or a
// low-battery event (seed S5: re-entering the codes does not help, a reset does), in the words of
// the doctor's corrupted-store cause (rank-order-words.ts). The reset erases every code (seed S6).
// Read for the wrong code's answer (its own step for one code or every code is replaced) and the
// low battery's (the reset said after it, if fresh batteries do not help).

import type { ModelProfile, SignalName } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { CHECK_BATTERIES_STEP, ONE_OR_EVERY_CODE_STEP } from './advice.ts';
import { joinCites } from './cites.ts';
import { storeCorruptedSays } from './rank-order-words.ts';

/** Where the seed says so: every code failing (S7, S5), the batteries first (S25), the reset total (S6). */
const EVERY_CODE_CITE = 'seed S5, S6, S7, S25';
/** The reset's cost, said where it is advised (seed S6). */
const RESET_ERASES = 'It erases every code: add them again afterwards.';

export function everyCodeFailsSaid(obs: Observation): boolean {
  return obs.symptoms.includes('codes-fail');
}

/** The answer's advice when every code is said to fail; null for other signals or words. */
export function everyCodeFailsAdvice(model: ModelProfile, signal: SignalName, obs: Observation, advice: { todo: string; cite: string }): { todo: string; cite: string } | null {
  if (!everyCodeFailsSaid(obs)) return null;
  const reset = `${storeCorruptedSays(model, 'batteries')} ${RESET_ERASES}`;
  if (signal === 'wrongCode') {
    const first = `You say every code fails: ${CHECK_BATTERIES_STEP} (a weak pack masquerades as a failed lock; codes are kept).`;
    return { todo: `${advice.todo.replace(ONE_OR_EVERY_CODE_STEP, first)} ${reset}`, cite: joinCites(advice.cite, EVERY_CODE_CITE) };
  }
  if (signal === 'lowBattery') return { todo: `${advice.todo} ${reset}`, cite: joinCites(advice.cite, EVERY_CODE_CITE) };
  return null;
}
