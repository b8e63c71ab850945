// Test helpers for the snapshot checks (src/twin/snapshot-check.ts, snapshot-fit.ts,
// snapshot-clock.ts): a real snapshot edited by hand, and what the check says of it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { nextDeadline, type FwState } from '../src/firmware/state.ts';
import { checkSnapshot, SnapshotError } from '../src/twin/snapshot-check.ts';
import { FIRMWARE_ALARM, Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';

/** A copy of `snap`, edited. */
export function edited(snap: TwinSnapshot, edit: (s: TwinSnapshot) => void): TwinSnapshot {
  const copy = JSON.parse(JSON.stringify(snap)) as TwinSnapshot;
  edit(copy);
  return copy;
}

/** A copy of `snap` with its firmware's deadlines edited, the firmware's alarm set for the
 * earliest as the twin sets it (or gone with none armed): only what the edit made is at fault. */
export function editedDeadlines(snap: TwinSnapshot, edit: (s: TwinSnapshot) => void): TwinSnapshot {
  return edited(snap, (s) => {
    edit(s);
    const next = nextDeadline({ ...s.firmware, tExterior: s.firmware.tExterior ?? -1 } as FwState);
    const set = s.sim.alarms[FIRMWARE_ALARM];
    if (next < 0) delete s.sim.alarms[FIRMWARE_ALARM];
    else if (set) set[0] = next;
    else s.sim.alarms[FIRMWARE_ALARM] = [next, ++s.sim.seq]; // set anew: the counter's next number
  });
}

/** What checkSnapshot says of `snap`: 'accepted', or the SnapshotError's message. */
export function verdict(snap: unknown): string {
  try {
    checkSnapshot(JSON.parse(JSON.stringify(snap)));
    return 'accepted';
  } catch (err) {
    expect(err).toBeInstanceOf(SnapshotError);
    return (err as Error).message;
  }
}

/** A 913 with a code just confirmed: its EEPROM write in flight, LED, beeper and EEPROM alarms
 * pending (with the twin's trace on or off). */
export function midWriteSnapshot(trace = true): TwinSnapshot {
  const t = Twin.create('smartcode-913', { seed: 3, trace, doorOpen: true });
  t.apply({ do: 'press', key: 'program' });
  for (const k of ['2', '4', '6', '8'] as const) t.apply({ do: 'press', key: k });
  t.apply({ do: 'hold', key: 'lock' });
  for (;;) {
    t.apply({ do: 'wait', ms: 5 });
    const s = t.snapshot();
    if (s.eeprom.writing) return s;
  }
}

/** `lockstep run` of a one-step scenario starting from `snap` (written to a file of its own, the
 * scenario naming `model`): what the command line makes of a snapshot, and the file it read. */
export function runFromSnapshot(snap: TwinSnapshot, model: string): { run: ReturnType<typeof lockstep>; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-snapshot-'));
  const file = join(dir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snap));
  const scenario = join(dir, 'from-snapshot.yaml');
  writeFileSync(scenario, `name: from an edited snapshot\nmodel: ${model}\ngiven: { snapshot: snapshot.json }\nsteps:\n  - wait: 1s\n`);
  return { run: lockstep('run', scenario), file };
}
