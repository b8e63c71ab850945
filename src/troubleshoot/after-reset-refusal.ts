// What the decoder says of programming refused right after a factory reset (signal-context.ts:
// "after a reset"). A reset forgets door handing, and no new code or admin code is accepted until
// the handing has run without error (seed S15, S18: "skipping it is why a freshly reset lock
// refuses to cooperate") — so the handing comes first, in the model's own way (handing-how-to.ts),
// before the refusal's usual causes, rather than last among them.

import type { ModelProfile, SignalName } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { joinCites } from './cites.ts';
import { handingHowTo } from './handing-how-to.ts';

/** The refusal's advice after a reset, or null where that is not what was said. */
export function afterResetRefusal(model: ModelProfile, signal: SignalName, obs: Observation, advice: { todo: string; cite: string }): { todo: string; cite: string } | null {
  if (signal !== 'programmingFailed' || !obs.context.includes('after-reset')) return null;
  const refused = model.programming === 'positional' ? 'no code' : `no code or ${model.adminCodeName}`;
  const handing = handingHowTo(model, { afterReset: true });
  return {
    todo: `After a factory reset ${refused} is accepted until door handing has run without error (seed S18): open the door, then ${handing.how}; then program the code again. If it is still refused: ${advice.todo}`,
    cite: joinCites('seed S15, S18', handing.cite, advice.cite),
  };
}
