// The model registry: every profile lockstep can run, by id.
import type { ModelProfile } from './profile.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { SMARTCODE_275 } from './smartcode-275.ts';

export const MODELS: readonly ModelProfile[] = [SMARTCODE_913, SMARTCODE_275];

export function findModel(id: string): ModelProfile | undefined {
  return MODELS.find((m) => m.id === id);
}
