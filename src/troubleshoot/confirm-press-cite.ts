// What the confirming press of a factory reset rests on, on one model: the model's own source for
// it (profile `reset.confirmPress`: the SmartCode page K1 step 3 on a 913, the 955's page K4, the
// Powerbolt 250's guide M9, the 909's S3), as own-cite.ts prints it. The one source of truth for
// the half-finished reset of seed S24 wherever it is told — the doctor's cause (symptoms.ts), the
// condition read off a twin (conditions.ts), decode's reading of a reset that did not take
// (reset-failure-reading.ts) — and for the press the reset procedures end with (procedures.ts).

import type { ModelProfile } from '../models/profile.ts';
import { sourceCite } from './procedure-kit.ts';
import { joinCites } from './cites.ts';

/** A reset held the full time and never confirmed. */
const HALF_FINISHED_SOURCE = 'seed S24';

/** The model's own source for the reset's confirming press: "product-facts M9" on a Powerbolt 250. */
export function confirmPressCite(p: ModelProfile): string {
  return sourceCite(p, 'reset.confirmPress');
}

/** The half-finished reset on model p: "seed S24; product-facts K4" on a 955. */
export function halfFinishedCite(p: ModelProfile): string {
  return joinCites(HALF_FINISHED_SOURCE, confirmPressCite(p));
}
