// The installed lock a scenario starts from: its `given:` as twin options, or the saved snapshot
// it names (design/architecture.md "Contracts": a twin's state snapshots to JSON and restores
// exactly). Reading the snapshot's text is left to the caller — a file on the command line
// (run.ts), a bundled text in the browser — so this module runs anywhere.

import { parseSnapshotJson } from '../twin/snapshot-json.ts';
import { findModel, unknownModelMessage } from '../models/index.ts';
import { Twin, type TwinOptions, type TwinSnapshot } from '../twin/twin.ts';
import { checkSnapshot, SnapshotError } from '../twin/snapshot-check.ts';
import { FILE_START, ScenarioError, type Scenario } from './types.ts';

/** The text of the snapshot file at `path`; throws (any Error) when it cannot be had. */
export type SnapshotReader = (path: string) => string;

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
  if (scn.given.snapshot) {
    const pos = scn.givenPos.snapshot ?? start;
    let text: string;
    try {
      text = readSnapshot(scn.given.snapshot);
    } catch (err) {
      throw new ScenarioError(`cannot read snapshot ${scn.given.snapshot}: ${(err as Error).message}`, pos);
    }
    let snap: TwinSnapshot;
    try {
      snap = checkSnapshot(parseSnapshotJson(text));
    } catch (err) {
      if (!(err instanceof SyntaxError || err instanceof SnapshotError)) throw err;
      throw new ScenarioError(`snapshot ${scn.given.snapshot}: ${err.message}`, pos);
    }
    if (snap.model !== scn.model) throw new ScenarioError(`snapshot ${scn.given.snapshot} is of a ${snap.model}, not of ${scn.model}`, pos);
    return Twin.restore(snap);
  }
  try {
    return new Twin(model, twinOptionsFromGiven(scn));
  } catch (err) {
    throw new ScenarioError((err as Error).message, scn.givenPos.codes ?? start);
  }
}
