// A snapshot's key debounce is one the firmware leaves (src/twin/snapshot-debounce.ts): a key
// settling with the deadline its edge set, its quiet time plus the model's debounce time, that
// quiet time no more than the bounce window after the clock. Real snapshots mid-press are
// accepted; each disagreement edited into one (the firmware's alarm moved with its deadline, so
// only the disagreement is at fault) is refused naming the field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNCE_WINDOW_MS } from '../src/hardware/buttons.ts';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';
import { editedDeadlines, verdict } from './snapshot-verdict.ts';

const DEBOUNCE_MS = 20; // the 913's (models/smartcode-913.ts timing.debounceMs)

function idle(): Twin {
  const t = Twin.create('smartcode-913', { seed: 0, trace: false, doorOpen: true });
  t.apply({ do: 'wait', ms: 10_000 });
  return t;
}

/** A 913 with a digit just pressed: the digit settling. */
function pressing(): TwinSnapshot {
  const t = idle();
  t.apply({ do: 'hold', key: '5' });
  return t.snapshot();
}

/** A 913 with Program held and a digit pressed at the same instant: the digit settling, its
 * bounce ending after the clock (seed 0 draws it the bounce window's length). */
function bothAtOnce(): TwinSnapshot {
  const t = idle();
  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'hold', key: '5' });
  return t.snapshot();
}

const settling = pressing();
const now = settling.sim.now;

describe("a key settles at the deadline its edge set, the model's debounce time after the contact went quiet", () => {
  it('accepts real snapshots mid-press, one whose contact goes quiet the bounce window after the clock', () => {
    expect(settling.firmware.debounceKey).toBe('5');
    expect(settling.firmware.tDebounce).toBe(settling.firmware.debounceQuietFrom + DEBOUNCE_MS);
    expect(verdict(settling)).toBe('accepted');
    const late = bothAtOnce();
    expect(late.firmware.debounceQuietFrom).toBe(late.sim.now + BOUNCE_WINDOW_MS);
    expect(verdict(late)).toBe('accepted');
    const settled = idle().snapshot();
    expect(settled.firmware.debounceKey).toBe('');
    expect(verdict(settled)).toBe('accepted');
  });

  it('refuses a deadline with no key settling', () => {
    const snap = idle().snapshot();
    expect(verdict(editedDeadlines(snap, (s) => (s.firmware.tDebounce = snap.sim.now + 5)))).toBe(
      `firmware.tDebounce: armed for ${snap.sim.now + 5} ms, but no key is settling (firmware.debounceKey ''): the deadline is set only as a contact's edge names its key`,
    );
  });

  it('refuses a key settling with no deadline', () => {
    expect(verdict(editedDeadlines(settling, (s) => (s.firmware.tDebounce = -1)))).toBe(`firmware.debounceKey: "5" settling, but no deadline to settle it (firmware.tDebounce -1): a contact's edge sets both`);
  });

  it('refuses a deadline other than the debounce time after the contact went quiet', () => {
    const quiet = settling.firmware.debounceQuietFrom;
    for (const at of [quiet + DEBOUNCE_MS + 1, quiet + DEBOUNCE_MS - 1, now]) {
      expect(verdict(editedDeadlines(settling, (s) => (s.firmware.tDebounce = at)))).toBe(
        `firmware.tDebounce: ${at} ms, not ${DEBOUNCE_MS} ms after the contact went quiet (firmware.debounceQuietFrom at ${quiet} ms): a smartcode-913 reads "5" at ${quiet + DEBOUNCE_MS} ms`,
      );
    }
  });

  it('refuses a contact gone quiet more than the bounce window after the clock', () => {
    const quiet = now + BOUNCE_WINDOW_MS + 1;
    const edit = (s: TwinSnapshot): void => {
      s.firmware.debounceQuietFrom = quiet;
      s.firmware.tDebounce = quiet + DEBOUNCE_MS;
    };
    expect(verdict(editedDeadlines(settling, edit))).toBe(
      `firmware.debounceQuietFrom: ${quiet} ms, more than ${BOUNCE_WINDOW_MS} ms after the clock (sim.now) at ${now} ms: a contact's bounce ends at most the bounce window after its edge`,
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-debounce-'));
  const file = join(dir, 'debounce.json');
  writeFileSync(file, JSON.stringify(editedDeadlines(settling, (s) => (s.firmware.tDebounce = -1))));
  const scenario = join(dir, 'from-debounce.yaml');
  writeFileSync(scenario, 'name: from an edited snapshot\nmodel: smartcode-913\ngiven: { snapshot: debounce.json }\nsteps:\n  - release: 5\n');
  const run = lockstep('run', scenario);
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.debounceKey: "5" settling, but no deadline`);
});
