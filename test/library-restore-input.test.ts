// Twin.restore given what is no checked snapshot — its JSON text, a value of no object, an object
// without the snapshot's format or model — refuses it as a SnapshotError naming what is wrong
// (README "Use it from code"), rather than "snapshot names unknown model "undefined"" or a twin
// half restored from it. It looks only at the snapshot's outline, at a constant cost; the whole
// check is checkSnapshot's.
import { describe, expect, it } from 'vitest';
import { SnapshotError, Twin, checkSnapshot, type TwinSnapshot } from '../src/index.ts';

/** `value` as the snapshot a caller in plain JavaScript may pass, no type check on it. */
const untyped = (value: unknown): TwinSnapshot => value as TwinSnapshot;

function refused(value: unknown, message: RegExp): void {
  expect(() => Twin.restore(untyped(value))).toThrow(SnapshotError);
  expect(() => Twin.restore(untyped(value))).toThrow(message);
}

const snap = Twin.create('smartcode-913', { codes: { 1: '1357' } }).snapshot();

describe('Twin.restore refuses what is no snapshot, saying what is wrong', () => {
  it('the snapshot as JSON text: parse it and check it first', () => {
    refused(JSON.stringify(snap), /^the snapshot is a string \(JSON text\?\): parse it \(JSON\.parse\) and pass it through checkSnapshot first$/);
  });

  it('a value that is no object', () => {
    refused(null, /^not a lockstep snapshot \(a JSON object with "format": 1\), got null$/);
    refused(42, /^not a lockstep snapshot .*, got 42$/);
    refused([snap], /^not a lockstep snapshot .*, got a list$/);
  });

  it('an object without the format or the model', () => {
    refused({}, /^format: missing: not a lockstep snapshot of format 1; pass a snapshot read from outside through checkSnapshot first$/);
    refused({ ...snap, format: 2 }, /^format: 2: not a lockstep snapshot of format 1;/);
    const { model: _model, ...noModel } = snap;
    refused(noModel, /^model: missing: a snapshot names its model's id; pass a snapshot read from outside through checkSnapshot first$/);
    refused({ ...snap, model: 913 }, /^model: 913: a snapshot names its model's id;/);
  });

  it('an unknown model, naming the field', () => {
    refused({ ...snap, model: 'smartcode-999' }, /^model: unknown model "smartcode-999" \(known: .*smartcode-913/);
  });

  it('a seed, a tag or a part of the lock missing or of another kind', () => {
    refused({ ...snap, seed: 2 ** 32 }, /^seed: 4294967296: a seed is a whole number from 0 to 4294967295;/);
    refused({ ...snap, tag: undefined }, /^tag: missing: a snapshot holds the programming tag's code;/);
    const { firmware: _firmware, ...noFirmware } = snap;
    refused(noFirmware, /^firmware: missing: a snapshot holds this part of the lock as an object; pass a snapshot read from outside through checkSnapshot first$/);
    refused({ ...snap, eeprom: 'x' }, /^eeprom: "x": a snapshot holds this part of the lock as an object;/);
    refused({ ...snap, switches: {} }, /^switches: an object: a snapshot holds the four switches as a list;/);
  });

  it('a checked snapshot restores as before', () => {
    expect(Twin.restore(checkSnapshot(JSON.parse(JSON.stringify(snap)))).snapshot()).toEqual(snap);
  });
});
