// The words of the doctor's causes that point back at the steps ranked before them, said in the
// order they are given: batteries nobody has checked (seed S25, S7) are checked "first" only
// where they rank first, "next" after a cheaper step (firm presses S14, the Lock press M10, the
// lockout M4, a half-finished reset S24); and the corrupted code store (seed S5, S7) names fresh
// batteries as what did not help only where a battery step comes before it — not after an owner
// said the batteries are recent, nor after a plan that never fitted any. Applied to the ranked
// list (symptoms.ts) and to a twin's list, its own findings first (doctor.ts), so that "if it
// persists" follows the plan actually given.

import type { ModelProfile } from '../models/profile.ts';
import { signalWords, type DoctorProcedureId } from './procedure-kit.ts';
import type { Answers } from './symptoms.ts';

/** What the owner did before a cause, as its words name it. */
type StepBefore = 'none' | 'batteries' | 'other';

/** The battery step, whatever the battery cause that asks for it. */
const BATTERY_FIX: DoctorProcedureId = 'replace-batteries';

/** The batteries' age as told, where not recent: "The batteries are old", or "of unknown age". */
export function batteryAgeWords(batteriesChanged: Answers['batteriesChanged']): string {
  return `The batteries are ${batteriesChanged === 'old' ? 'old' : 'of unknown age'}`;
}

/** Batteries old or of unknown age (S25): checked first where they rank first, else next. */
export function batteryUncheckedSays(batteriesChanged: Answers['batteriesChanged'], first: boolean): string {
  return `${batteryAgeWords(batteriesChanged)}: a weak pack masquerades as a failed lock. Check them ${first ? 'first' : 'next'} — it costs nothing and erases nothing.`;
}

/** The corrupted store (S5), said after what came before it. */
export function storeCorruptedSays(p: ModelProfile, before: StepBefore): string {
  const lead = before === 'batteries' ? 'If fresh batteries do not help and codes that worked get' : before === 'other' ? 'If codes that worked still get' : 'If codes that worked get';
  return `${lead} ${signalWords(p, 'wrongCode')}: the lock's code memory is corrupted (a glitch or a low-battery event). Re-entering the codes does not help; a factory reset does.`;
}

/** The causes with the words that point back said after the causes ranked before each. */
export function inRankOrder<T extends { id: string; says: string; fix: DoctorProcedureId }>(p: ModelProfile, batteriesChanged: Answers['batteriesChanged'], causes: readonly T[]): T[] {
  return causes.map((c, i) => {
    if (c.id === 'battery-unchecked') return { ...c, says: batteryUncheckedSays(batteriesChanged, i === 0) };
    if (c.id !== 'store-corrupted') return c;
    const before = causes.slice(0, i);
    const step: StepBefore = before.some((b) => b.fix === BATTERY_FIX) ? 'batteries' : before.length ? 'other' : 'none';
    return { ...c, says: storeCorruptedSays(p, step) };
  });
}
