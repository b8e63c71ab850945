// What a jammed bolt rests on, on one model: seed S17 (a bolt stopped by the strike or the frame)
// and the model's own source for its jam warning (profile `signals.jammed`: the Powerbolt 250's
// guide M9, the Home Connect 620's sheet M8, the 916's guides M5 and M6, the 909's table M4,
// borrowed where a model's guides list no jam), as own-cite.ts prints it. The one source of truth
// wherever the doctor tells of a jam: the cause its interview names (symptoms.ts), the condition
// read off a twin (conditions.ts) and the strike-plate step of the repair (procedures.ts).

import type { ModelProfile } from '../models/profile.ts';
import { sourceCite } from './procedure-kit.ts';
import { joinCites } from './cites.ts';

/** A bolt stopped part-way by the strike plate or the door frame. */
const JAM_CLAIM = 'seed S17';

/** The bolt jam on model p: "seed S17; product-facts M9" on a Powerbolt 250. */
export function jamCite(p: ModelProfile): string {
  return joinCites(JAM_CLAIM, sourceCite(p, 'signals.jammed'));
}
