// Snapshots read from outside are checked whole before a twin is restored from them
// (src/twin/snapshot-check.ts): every field of real snapshots — one mid-write with alarms
// pending, one idle — is damaged in turn (replaced by each of a list of wrong values, or
// deleted), and each damaged snapshot is either refused naming that field, or accepted and then
// restored into a twin that runs on without an error. A reader that checks only the format and
// the model is caught. The CLI refuses a damaged snapshot with exit 2 wherever it reads one:
// `lockstep run` (a scenario's `given: { snapshot }`), `repl --load`, `doctor --snapshot`.
// design/architecture.md "Contracts"; the project's rule on "Bad input".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnapshot, SnapshotError } from '../src/twin/snapshot-check.ts';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { PACK_CAPACITY_MAS } from '../src/hardware/battery.ts';
import { checkFormatOnly } from './fixtures/broken-loader/snapshot-format-only.ts';
import { lockstep } from './cli-run.ts';
import { DELETE, RUN_ON, WRONG_VALUES, damaged, fateOf, fieldName, fieldsOf } from './damage.ts';
import { grouped, readmeText } from './readme-text.ts';
import { midWriteSnapshot } from './snapshot-verdict.ts';

function idleSnapshot(): TwinSnapshot {
  const t = Twin.create('smartcode-275', { seed: 9, codes: { 1: '1357' } });
  t.apply({ do: 'wait', ms: 60_000 });
  return t.snapshot();
}

/** What became of one damaged snapshot: refused (naming a field), or restored into a twin that runs on. */
function fateOfSnapshot(check: (v: unknown) => TwinSnapshot, value: unknown): { refused?: string; crashed?: string } {
  return fateOf(check, value, SnapshotError, (snap) => {
    const twin = Twin.restore(snap, { trace: false });
    for (const a of RUN_ON) twin.applyAnyway(a); // whatever it holds down: a damaged snapshot may hold a key
    twin.snapshot();
  }, 'the restored twin threw');
}

/** Every damage to every field of `snap`, and what became of it. */
function everyDamage(snap: TwinSnapshot, check: (v: unknown) => TwinSnapshot) {
  return fieldsOf(snap).flatMap((path) =>
    [...WRONG_VALUES, DELETE].map((value) => ({ field: fieldName(path), value, ...fateOfSnapshot(check, damaged(snap, path, value)) })),
  );
}

describe('checkSnapshot', () => {
  const snapshots = { 'mid-write 913': midWriteSnapshot(), 'idle 275': idleSnapshot() };

  it('accepts real snapshots as they are, and the twin restores from them exactly', () => {
    for (const snap of Object.values(snapshots)) {
      expect(checkSnapshot(JSON.parse(JSON.stringify(snap)))).toEqual(snap);
      expect(Twin.restore(checkSnapshot(snap)).snapshot()).toEqual(snap);
    }
    expect(snapshots['mid-write 913'].eeprom.writing).not.toBeNull();
    expect(Object.keys(snapshots['mid-write 913'].sim.alarms)).toContain('eeprom');
  });

  // The README gave 13 wrong values (12, and the field deleted) and the damaged snapshots of
  // snapshots five fields smaller than these.
  it('the README gives how many damaged snapshots this test tries', () => {
    const counts = Object.values(snapshots).map((snap) => grouped(fieldsOf(snap).length * (WRONG_VALUES.length + 1)));
    const said = `damages every field of two real snapshots in turn (${WRONG_VALUES.length} wrong values each, or deleted: ${counts.join(' and ')} damaged snapshots)`;
    expect(readmeText().includes(said), said).toBe(true);
  });

  for (const [name, snap] of Object.entries(snapshots)) {
    it(`${name}: every damaged field is refused by name, or restores into a twin that runs on`, () => {
      const fates = everyDamage(snap, checkSnapshot);
      const crashed = fates.filter((f) => f.crashed);
      expect(crashed.map((f) => `${f.field} = ${JSON.stringify(f.value) ?? 'deleted'}: ${f.crashed}`)).toEqual([]);
      for (const f of fates) {
        if (f.refused === undefined) continue;
        // Named at the field, a field inside it, or the field holding it (a deleted array item
        // shortens its array; a record's keys are checked against the model's); or, where two
        // fields must agree, at the other one, naming this one.
        const named = f.refused.split(':')[0]!;
        expect(f.field.startsWith(named) || named.startsWith(f.field) || f.refused.includes(f.field), `${f.field}: ${f.refused}`).toBe(true);
      }
      expect(fates.filter((f) => f.refused).length).toBeGreaterThan(fates.length / 2);
    });
  }

  it('catches a reader that checks only the format and the model', () => {
    // A few damages, not every one: trusting the rest of the file, the broken reader lets some
    // through that make the twin run forever (a clock at 1.5 ms), which no test could wait out.
    const snap = snapshots['mid-write 913'];
    const damages: [(string | number)[], unknown][] = [
      [['firmware', 'codes'], null],
      [['eeprom', 'writing'], null],
      [['prng'], null],
    ];
    for (const [path, value] of damages) {
      expect(fateOfSnapshot(checkFormatOnly, damaged(snap, path, value)).crashed, fieldName(path)).toBeDefined();
      expect(fateOfSnapshot(checkSnapshot, damaged(snap, path, value)).refused, fieldName(path)).toMatch(new RegExp(`^${fieldName(path).replace(/[.[\]]/g, '\\$&')}: `));
    }
  });

  it("refuses a random stream or alarm named like an object's own property (constructor, __proto__), naming it", () => {
    // Looked up with `in`, such a name was found on every object's prototype: the check passed
    // it and the restore then threw a TypeError.
    const snap = snapshots['mid-write 913'];
    for (const name of ['constructor', 'hasOwnProperty', 'toString', '__proto__']) {
      // JSON.parse makes `__proto__` an own key, as a file read from disk has it.
      const withStream = JSON.parse(JSON.stringify(snap).replace('"prng":{', `"prng":{"${name}":[1,2,3,4],`));
      expect(() => checkSnapshot(withStream), name).toThrow(new SnapshotError(`prng.${name}: a smartcode-913 twin has no random stream "${name}"`));
      const withAlarm = JSON.parse(JSON.stringify(snap).replace('"alarms":{', `"alarms":{"${name}":[${snap.sim.now + 1},1],`));
      expect(() => checkSnapshot(withAlarm), name).toThrow(new SnapshotError(`sim.alarms.${name}: a smartcode-913 twin has no alarm "${name}"`));
    }
  });

  it("refuses a negative load on the pack, which would charge it as it drained (a part's load is 0 or the current it draws)", () => {
    const snap = snapshots['mid-write 913'];
    expect(snap.battery.loads.some((mA) => mA > 0)).toBe(true);
    for (const i of [0, 1, 2]) {
      expect(() => checkSnapshot(damaged(snap, ['battery', 'loads', i], -50)), `loads[${i}]`).toThrow(
        new SnapshotError(`battery.loads[${i}]: a load draws current from the pack, never gives it: must be 0 mA or more`),
      );
    }
  });

  it("refuses a pack holding more than a full pack's charge: a pack put in is read as full at most, and only drains", () => {
    const snap = snapshots['mid-write 913'];
    const full = Twin.create('smartcode-913', { battery: 7, trace: false }); // above a full pack's 6.4 V: read as full
    expect(full.battery.chargeMAs).toBe(PACK_CAPACITY_MAS);
    expect(checkSnapshot(damaged(snap, ['battery', 'chargeMAs'], PACK_CAPACITY_MAS)).battery.chargeMAs).toBe(PACK_CAPACITY_MAS);
    expect(() => checkSnapshot(damaged(snap, ['battery', 'chargeMAs'], PACK_CAPACITY_MAS + 1))).toThrow(
      new SnapshotError(`battery.chargeMAs: a pack holds at most a full pack's charge, ${PACK_CAPACITY_MAS} mA·s (hardware/battery.ts)`),
    );
  });

  it('refuses what is not a snapshot at all, and a model it does not know', () => {
    expect(() => checkSnapshot(null)).toThrow('not a lockstep snapshot (a JSON object with "format": 1)');
    expect(() => checkSnapshot([1])).toThrow('not a lockstep snapshot (a JSON object with "format": 1)');
    expect(() => checkSnapshot({ format: 2 })).toThrow('format: 2: not a lockstep snapshot of format 1');
    const snap = { ...snapshots['idle 275'], model: 'smartcode-000' };
    expect(() => checkSnapshot(snap)).toThrow('model: unknown model "smartcode-000"');
    // quoted with its control characters escaped: a damaged file cannot drive the terminal
    expect(() => checkSnapshot({ ...snap, model: 'smart\x1b[2Jcode' })).toThrow('model: unknown model "smart\\x1b[2Jcode"');
  });
});

describe('the CLI refuses a damaged snapshot with exit 2, naming the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-damaged-'));
  const snap = midWriteSnapshot();
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify(damaged(snap, ['firmware', 'codes', 3], null)));
  const scenario = join(dir, 'from-bad.yaml');
  writeFileSync(scenario, 'name: from a damaged snapshot\nmodel: smartcode-913\ngiven: { snapshot: bad.json }\nsteps:\n  - press: 1\n');
  const FIELD = 'firmware.codes[3]: Invalid input: expected string, received null';

  it('lockstep run', () => {
    const r = lockstep('run', scenario);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${scenario}:3:20: snapshot ${bad}: ${FIELD}`);
  });

  it('lockstep run: a random stream named "constructor" is refused (exit 2), and the next file still runs', () => {
    const ctor = join(dir, 'ctor.json');
    writeFileSync(ctor, JSON.stringify(snap).replace('"prng":{', '"prng":{"constructor":[1,2,3,4],'));
    const fromCtor = join(dir, 'from-ctor.yaml');
    writeFileSync(fromCtor, 'name: from a snapshot with a stream named constructor\nmodel: smartcode-913\ngiven: { snapshot: ctor.json }\nsteps:\n  - wait: 1s\n');
    const fine = join(dir, 'fine.yaml');
    writeFileSync(fine, 'name: a fresh lock\nmodel: smartcode-913\nsteps:\n  - wait: 1s\n');
    const r = lockstep('run', fromCtor, fine);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`snapshot ${ctor}: prng.constructor: a smartcode-913 twin has no random stream "constructor"`);
    expect(r.err).not.toContain('internal error');
    expect(r.out).toContain(`PASS ${fine}`);
    const repl = lockstep('repl', '--load', ctor);
    expect(repl.code).toBe(2);
    expect(repl.err).toContain('prng.constructor: a smartcode-913 twin has no random stream "constructor"');
  });

  it('lockstep repl --load', () => {
    const r = lockstep('repl', '--load', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(FIELD);
  });

  it('lockstep doctor --snapshot', () => {
    const r = lockstep('doctor', '--snapshot', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(FIELD);
  });
});
