// The installed lock a scenario starts from: its `given:` as twin options, or the saved snapshot
// it names (design/architecture.md "Contracts": a twin's state snapshots to JSON and restores
// exactly). Reading the snapshot's text is left to the caller — a file on the command line
// (run.ts), a bundled text in the browser — so this module runs anywhere.

import { findModel, unknownModelMessage } from '../models/index.ts';
import { Twin, type TwinOptions } from '../twin/twin.ts';
import { givenSnapshot, type SnapshotReader } from './given-snapshot.ts';
import { FILE_START, ScenarioError, type Scenario } from './types.ts';

export type { SnapshotReader } from './given-snapshot.ts';

export function twinOptionsFromGiven(scn: Scenario): TwinOptions {
  const g = scn.given;
  return {
    seed: scn.seed,
    door: g.door,
    handed: g.handed,
    mastercode: g.mastercode,
    codes: g.codes,
    battery: g.battery,
    doorOpen: g.doorState === undefined ? undefined : g.doorState === 'open',
    strikeAligned: g.strike === undefined ? undefined : g.strike === 'aligned',
    boltExtended: g.bolt === 'extended',
    switches: g.switches,
    tag: g.tag,
    userCodes: g.userCodes,
    oneTimeCode: g.oneTimeCode,
    autoLock: g.autoLock,
    autoLockDelay: g.autoLockDelay,
  };
}

/** Build the twin a scenario starts from; a bad model or snapshot is a ScenarioError. */
export function buildTwinWith(scn: Scenario, readSnapshot: SnapshotReader): Twin {
  const model = findModel(scn.model);
  const start = { file: scn.file, ...FILE_START };
  // A parsed file's model was checked at its `model:` line (top-level.ts); this catches a
  // scenario built in code.
  if (!model) throw new ScenarioError(unknownModelMessage(scn.model), start);
  if (scn.given.snapshot) return Twin.restore(givenSnapshot(scn.given.snapshot, scn.model, scn.givenPos.snapshot ?? start, readSnapshot));
  try {
    return new Twin(model, twinOptionsFromGiven(scn));
  } catch (err) {
    throw new ScenarioError((err as Error).message, scn.givenPos.codes ?? start);
  }
}
