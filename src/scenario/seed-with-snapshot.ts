// One rule, in one set of words, for a seed given beside a snapshot: refused wherever it is given
// (a scenario's `seed:` line beside `given: { snapshot }`, `lockstep run --seed` on a scenario that
// starts from a snapshot, `lockstep repl --seed` with `--load`), exit 2. A run from a snapshot
// goes on with the random streams the snapshot carries (design/architecture.md "Contracts": a
// twin's state snapshots to JSON and restores exactly), so the seed asked for would not be the one
// used; the run is refused rather than the seed ignored, as a run at a seed it did not use would
// be reported as if it had. Implements no seed claim or product fact: a rule of the tool.

/** What is wrong with a seed given beside a snapshot, after the seed's own name. */
export const SEED_WITH_SNAPSHOT = 'cannot be given with a snapshot: the snapshot carries its own random streams';

/** The refusal of a seed named `seedName` (`"seed"`, `--seed`) given beside a snapshot, and what to do instead. */
export function seedWithSnapshotMessage(seedName: string, remedy?: string): string {
  return `${seedName} ${SEED_WITH_SNAPSHOT}${remedy === undefined ? '' : ` (${remedy})`}`;
}
