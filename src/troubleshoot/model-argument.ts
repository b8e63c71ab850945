// The model a library function is given (README "Use it from code": `addCodeSequence(twin.model,
// …)`), looked at before it is read: a program in plain JavaScript may pass the model's id, or
// nothing, and would otherwise get a TypeError about a property deep inside ("reading
// 'minLength'") — the project's rule on bad input: a clear error naming what was wrong and where.

import type { ModelProfile } from '../models/profile.ts';
import { findModel } from '../models/index.ts';
import { quoted, shown } from '../printable.ts';

/** Throws a TypeError, named by the function `fn`, unless `p` is a model profile (its id a known
 * model's, with the parts a sequence reads). */
export function checkModelArgument(p: ModelProfile, fn: string): void {
  const v: unknown = p;
  if (typeof v === 'string' && findModel(v) !== undefined) {
    throw new TypeError(`${fn}: model ${quoted(v)} is a model's id, not its profile: pass twin.model or findModel(${quoted(v)})`);
  }
  const parts = typeof v === 'object' && v !== null ? (v as Partial<Record<keyof ModelProfile, unknown>>) : {};
  const looksLikeOne = typeof parts.id === 'string' && findModel(parts.id) !== undefined && typeof parts.codes === 'object' && typeof parts.keypad === 'object';
  if (!looksLikeOne) throw new TypeError(`${fn}: model ${shown(v)} is no model profile: pass twin.model or findModel(id)`);
}
