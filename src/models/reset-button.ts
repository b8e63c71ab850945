// Which button a model's factory reset is held on: a Reset button of its own on the Powerbolt 264
// and Powerbolt 2 families (product-facts M11), Program everywhere else (seed S8; product-facts M9,
// K4). The scenario reader, the twin's refusals, the checker and practice-reset all ask here.
import type { ModelProfile } from './profile.ts';

export function hasResetButton(p: ModelProfile): boolean {
  return p.reset.gesture === 'reset-button';
}

/** The key whose hold is the model's reset gesture. */
export function resetGestureKey(p: ModelProfile): 'program' | 'reset' {
  return hasResetButton(p) ? 'reset' : 'program';
}
