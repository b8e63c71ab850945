// What Twin.restore refuses before it builds anything (README "Use it from code"; the project's
// rule on bad input: a clear error naming what was wrong and where): a value whose outline is no
// snapshot's, as a program can pass one that forgot checkSnapshot — the snapshot's JSON text, a
// value of no object, an object without the format, the model or a part of the lock, a model
// there is none of. A cheap look at a fixed handful of fields, at a constant cost: the whole
// check, field by field against the model, is checkSnapshot's (snapshot-check.ts).

import type { TwinSnapshot } from './twin.ts';
import type { ModelProfile } from '../models/profile.ts';
import { findModel, unknownModelMessage } from '../models/index.ts';
import { isSeed, SEED_RULE } from '../sim/seed.ts';
import { shown } from '../printable.ts';
import { SnapshotError } from './snapshot-error.ts';

/** The snapshot format this version writes and reads (snapshot-check.ts checks it whole). */
export const SNAPSHOT_FORMAT = 1;

/** The parts of the lock a snapshot holds each as an object, by field. */
const OBJECT_PARTS = ['sim', 'battery', 'door', 'bolt', 'buttons', 'indicators', 'eeprom', 'firmware', 'prng'] as const satisfies readonly (keyof TwinSnapshot)[];

/** What a caller holding a snapshot from outside is to do first. */
const CHECK_FIRST = 'pass a snapshot read from outside through checkSnapshot first';

function refuse(field: string, value: unknown, why: string): never {
  throw new SnapshotError(`${field}: ${value === undefined ? 'missing' : shown(value)}: ${why}; ${CHECK_FIRST}`);
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The model of `value` when its outline is a snapshot's; a SnapshotError naming what is wrong otherwise. */
export function snapshotModel(value: unknown): ModelProfile {
  if (typeof value === 'string') throw new SnapshotError('the snapshot is a string (JSON text?): parse it (JSON.parse) and pass it through checkSnapshot first');
  if (!isObject(value)) throw new SnapshotError(`not a lockstep snapshot (a JSON object with "format": ${SNAPSHOT_FORMAT}), got ${shown(value)}`);
  const snap = value as Partial<Record<keyof TwinSnapshot, unknown>>;
  if (snap.format !== SNAPSHOT_FORMAT) refuse('format', snap.format, `not a lockstep snapshot of format ${SNAPSHOT_FORMAT}`);
  if (typeof snap.model !== 'string') refuse('model', snap.model, "a snapshot names its model's id");
  const model = findModel(snap.model);
  if (!model) throw new SnapshotError(`model: ${unknownModelMessage(snap.model)}`);
  if (typeof snap.seed !== 'number' || !isSeed(snap.seed)) refuse('seed', snap.seed, `a seed is ${SEED_RULE}`);
  if (typeof snap.tag !== 'string') refuse('tag', snap.tag, "a snapshot holds the programming tag's code");
  for (const part of OBJECT_PARTS) if (!isObject(snap[part])) refuse(part, snap[part], 'a snapshot holds this part of the lock as an object');
  if (!Array.isArray(snap.switches)) refuse('switches', snap.switches, 'a snapshot holds the four switches as a list');
  return model;
}
