// The title a person reads for the procedure a cause calls for ("Replace the batteries"): the one
// its builder gives it (procedures.ts), as the plan heads its steps and names what it leaves out —
// never the internal id. The doctor's causes, its "if it persists" and `doctor --json`'s
// `fixTitle` all say it this way.

import type { ModelProfile } from '../models/profile.ts';
import type { DoctorProcedureId } from './procedure-kit.ts';
import type { Plan } from './plan.ts';
import { buildProcedure } from './procedures.ts';

/** The plan's own title for it where the plan has it, done or left out; else its builder's on this model. */
export function fixTitle(p: ModelProfile, fix: DoctorProcedureId, plan: Plan): string {
  return plan.titles[fix] ?? plan.unavailable.find((u) => u.id === fix)?.title ?? buildProcedure(fix, p, plan.facts).procedure.title;
}
