// The lockout property judged only where it was seen to bite. Its monitor (monitors.ts) counts the
// wrong entries the firmware reports and holds the firmware to at most the model's wrong attempts
// within the lockout's span (product-facts M4, M10); a firmware that reports no wrong entry gives
// it nothing to count, and the property held vacuously — with the guessing bound printed from the
// profile's figures for a keypad that never locked (the fixture `lockout-gone-unreported`). So an
// exploration proving the lockout that was searched completely to a depth holding the model's
// wrong attempts as whole wrong codes in a row (guess-reach.ts stepsPerGuess: the steps one takes
// there) must have reached a state whose monitor held that many wrong entries within the span: the
// lockout engaged. Where none is that deep nothing is asked (the property then says only what it
// saw, and the report already gives the guessing bound as not reached).

import type { ModelProfile } from '../models/profile.ts';
import type { ExplorationResult } from './explore.ts';
import { stepsPerGuess } from './guess-reach.ts';
import { lockoutSpanMs } from './lockout-span.ts';

/** Why the lockout property cannot pass — an exploration deep enough to set the lockout off never
 * saw it engage — or null. The first such exploration in `results`' order is named. */
export function lockoutNeverSeen(model: ModelProfile, codeLength: number, results: readonly ExplorationResult[]): { exploration: ExplorationResult; message: string } | null {
  const attempts = model.lockout.wrongAttempts;
  for (const r of results) {
    if (!r.properties.includes('lockout') || r.lockoutSeen) continue;
    const per = stepsPerGuess(r.name, model, codeLength);
    if (per === null || r.completeDepth < attempts * per) continue;
    return {
      exploration: r,
      message:
        `the lockout was never seen to engage: the ${r.name} exploration, searched completely to depth ${r.completeDepth}, ` +
        `holds ${attempts} wrong ${codeLength}-digit codes in a row (${attempts * per} steps), yet no state it reached held ${attempts} wrong entries ` +
        `reported by the firmware within ${lockoutSpanMs(model)} ms — with nothing reported there is nothing to limit, and no bound on guessing is shown ` +
        `(no counterexample: what is missing is the firmware's report, not a step)`,
    };
  }
  return null;
}
