// The model registry: every profile lockstep can run, by id.
import type { ModelProfile } from './profile.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { SMARTCODE_914, SMARTCODE_916 } from './smartcode-914-916.ts';
import { SMARTCODE_275 } from './smartcode-275.ts';
import { SMARTCODE_955 } from './smartcode-955.ts';
import { SMARTCODE_909, SMARTCODE_910 } from './smartcode-909-910.ts';
import { HOMECONNECT_620 } from './homeconnect-620.ts';
import { POWERBOLT_250 } from './powerbolt-250.ts';
import { POWERBOLT_264, POWERBOLT_92640_001 } from './powerbolt-264.ts';
import { POWERBOLT_2 } from './powerbolt-2.ts';
import { POWERBOLT_240 } from './powerbolt-240.ts';
import { quoted } from '../printable.ts';

export const MODELS: readonly ModelProfile[] = [
  SMARTCODE_913,
  SMARTCODE_914,
  SMARTCODE_916,
  SMARTCODE_275,
  SMARTCODE_955,
  SMARTCODE_909,
  SMARTCODE_910,
  HOMECONNECT_620,
  POWERBOLT_250,
  POWERBOLT_264,
  POWERBOLT_92640_001,
  POWERBOLT_2,
  POWERBOLT_240,
];

export function findModel(id: string): ModelProfile | undefined {
  return MODELS.find((m) => m.id === id);
}

/** The message for an id that names no model of ours, listing the ones there are. */
export function unknownModelMessage(id: string): string {
  return `unknown model ${quoted(id)} (known: ${MODELS.map((m) => m.id).join(', ')})`;
}
