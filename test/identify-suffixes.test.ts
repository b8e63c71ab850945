// Identifying a lock (seed S13) from a model number read with the letters and numbers printed after
// it on the lock or its box ("914TRL", "275 CNT 15", "916TRLZW500"): whatever follows the number,
// glued to it or not, does not stop the number naming its model. No source lockstep knows says
// what those letters and numbers mean, so they tell no model apart.
import { describe, expect, it } from 'vitest';
import { identify } from '../src/models/identify.ts';

const best = (text: string) => {
  const found = identify(text);
  return found.filter((f) => f.score === found[0]?.score).map((f) => f.model.id).sort();
};

describe('identify: a model number with letters and numbers after it', () => {
  it.each([
    ['914TRL', 'smartcode-914'],
    ['914 TRL 15', 'smartcode-914'],
    ['914TRL15', 'smartcode-914'],
    ['914TRL-15', 'smartcode-914'],
    ['913TRL15', 'smartcode-913'],
    ['916TRL', 'smartcode-916'],
    ['916 TRL ZW500', 'smartcode-916'],
    ['916TRLZW500', 'smartcode-916'],
    ['275 CNT', 'smartcode-275'],
    ['275CNT15', 'smartcode-275'],
    ['275CNT 11P', 'smartcode-275'],
    ['909CNT', 'smartcode-909'],
    ['910TRLZW514', 'smartcode-910'],
    ['620TRLZW700-15S', 'homeconnect-620'],
  ])('%s is the %s', (text, id) => {
    expect(best(text)).toEqual([id]);
  });

  it('the same number glued to its letters or apart finds the same models', () => {
    const ids = (text: string) => identify(text).map((f) => f.model.id);
    expect(ids('914TRL')).toEqual(ids('914 TRL'));
    expect(ids('916TRLZW500')).toEqual(ids('916 TRL ZW500'));
  });

  it('a part number no source ties to a model is not read as one: 99140-001 is not taken for the 914', () => {
    expect(identify('99140-001')).toEqual([]);
  });
});
