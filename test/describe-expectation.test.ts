// An `expect:` checkpoint in plain words names the admin code as the model's guide does: the
// programming code on the 955, 264 and 275 family (product-facts §7), the Mastercode elsewhere.
import { describe, it, expect } from 'vitest';
import { describeExpectation } from '../src/scenario/describe-expectation.ts';
import { findModel } from '../src/models/index.ts';

describe('describeExpectation', () => {
  it('names the scenario word `mastercode` as the model names its admin code', () => {
    const programmingCode = findModel('smartcode-955')!.adminCodeName;
    expect(programmingCode).toBe('programming code');
    expect(describeExpectation({ mastercode: '0000' }, programmingCode)).toBe('check: the programming code is 0000');
    expect(describeExpectation({ mastercode: 'none' }, programmingCode)).toBe('check: no programming code');
    expect(describeExpectation({ mastercode: 'set', codes: 1 }, programmingCode)).toBe('check: a programming code is set; 1 code stored');
    expect(describeExpectation({ mastercode: 'none' }, findModel('smartcode-913')!.adminCodeName)).toBe('check: no Mastercode');
  });
});
