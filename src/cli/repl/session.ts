// A REPL session: one live twin, where it started (the model's defaults as a scenario `given:`,
// or a saved snapshot), and every physical action done since — enough to write the session out
// as a scenario that replays it exactly (same model + seed + inputs ⇒ same twin,
// design/architecture.md "Contracts users rely on").

import { FRESH_PACK_VOLTS } from '../../hardware/battery.ts';
import { modelOption } from '../../models/model-named.ts';
import type { ModelProfile } from '../../models/profile.ts';
import { twinOptionsFromGiven } from '../../scenario/run.ts';
import type { Given, Scenario } from '../../scenario/types.ts';
import { Twin, type Action, type TwinSnapshot } from '../../twin/twin.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { readSnapshotFile, SnapshotFileError } from '../snapshot-file.ts';
import { QuotingError } from '../../printable.ts';

const SNAPSHOT_INDENT = 1; // as `lockstep run --save-snapshot`

/** Where the session's story starts: a `given:` block, or a snapshot file (and its text then). */
export type SessionStart = { kind: 'given'; given: Given } | { kind: 'snapshot'; path: string; text: string };

/** A start the session cannot use: unknown model, unreadable or foreign snapshot. */
export class SessionStartError extends QuotingError {
  override name = 'SessionStartError';
}

/** The installed lock as the model ships it, in scenario words (door, codes, pack, …). */
export function defaultGiven(model: ModelProfile): Given {
  const admin = model.defaults.adminCode;
  return {
    door: 'right',
    handed: 'right',
    // A Mastercode printed on a tag comes from the seed: leave it to the twin.
    ...(admin === 'tag' ? {} : { mastercode: admin === '' ? 'none' : admin }),
    codes: { ...model.defaults.userCodes },
    battery: FRESH_PACK_VOLTS,
    doorState: 'closed',
    strike: 'aligned',
    bolt: 'retracted',
  };
}

/** The model `--model name` names: its id, or what is printed on the lock when that is one
 * model; the error names the option, as every command's does. */
export function requireModel(name: string): ModelProfile {
  const named = modelOption(name);
  if (named.problem !== undefined) throw new SessionStartError(named.problem);
  return named.model;
}

/** Read a snapshot file written by `save` or `lockstep run --save-snapshot`; one it cannot use
 * is a bad start. */
function sessionSnapshot(file: string): { snap: TwinSnapshot; text: string; path: string } {
  try {
    return readSnapshotFile(file);
  } catch (err) {
    if (err instanceof SnapshotFileError) throw new SessionStartError(err.message);
    throw err;
  }
}

export class Session {
  /** Physical actions since `start`, in order. */
  readonly actions: Action[] = [];
  /** Trace entries before this index have been shown. */
  shown: number;

  private constructor(
    public twin: Twin,
    public start: SessionStart,
  ) {
    this.shown = twin.trace.length;
  }

  /** A fresh lock of `modelId` as it ships, with `seed`. */
  static fresh(modelId: string, seed: number): Session {
    const model = requireModel(modelId);
    const given = defaultGiven(model);
    const scn: Scenario = { file: '', name: '', model: model.id, seed, given, givenPos: {}, steps: [] };
    return new Session(new Twin(model, twinOptionsFromGiven(scn)), { kind: 'given', given });
  }

  /** The lock saved in a snapshot file. */
  static fromSnapshot(file: string): Session {
    const { snap, text, path } = sessionSnapshot(file);
    return new Session(Twin.restore(snap), { kind: 'snapshot', path, text });
  }

  get modelId(): string {
    return this.twin.model.id;
  }

  /** Do a physical action and remember it for `record`. */
  apply(action: Action): void {
    // What the screen showed is what was typed: the recording says so (`type: "38"`).
    const recorded: Action = action.do === 'type-shown' ? { do: 'type', digits: this.twin.screenDigits } : action;
    this.twin.apply(action);
    this.actions.push(recorded);
  }

  /** A wait in pieces (paced output) is still one step of the story: remember it once. */
  applyWaitPiece(ms: number): void {
    this.twin.apply({ do: 'wait', ms });
  }

  rememberWait(ms: number): void {
    this.actions.push({ do: 'wait', ms });
  }

  save(file: string): void {
    writeFileAtomic(file, JSON.stringify(this.twin.snapshot(), null, SNAPSHOT_INDENT) + '\n');
  }

  /** Replace the twin by a saved one: the story now starts from that snapshot. */
  load(file: string): void {
    const next = Session.fromSnapshot(file);
    this.twin = next.twin;
    this.start = next.start;
    this.actions.length = 0;
    this.shown = this.twin.trace.length;
  }
}
