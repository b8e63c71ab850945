// A model profile by id for the tests, failing loudly on an id no profile has.
import { findModel } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';

export function modelOf(id: string): ModelProfile {
  const m = findModel(id);
  if (!m) throw new Error(`no model ${id}`);
  return m;
}
