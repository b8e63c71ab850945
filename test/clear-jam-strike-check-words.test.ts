// The clear-jam procedure's strike check ("with the door open, press Lock: the bolt must run all
// the way out …", seed S17) named the jam's signal after "with no", which read "with no a red flash
// and a beep" on every model whose jam is one flash. It now says "and no jam signal (…)", which
// reads for every shape of signal: one flash, a count, a solid light.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { buildProcedure } from '../src/troubleshoot/procedures.ts';
import { signalWords } from '../src/troubleshoot/procedure-kit.ts';
import { factsVariants } from './cite-walks.ts';

describe('the strike check of clear-jam (seed S17)', () => {
  it.each(MODELS.map((m) => [m.id]))('%s: names the jam signal in plain words', (id) => {
    const model = MODELS.find((m) => m.id === id)!;
    const steps = buildProcedure('clear-jam', model, factsVariants()[0]).procedure.steps;
    const check = steps.find((s) => s.action?.do === 'press' && s.says.includes('the bolt must run all the way out'));
    expect(check, id).toBeDefined();
    expect(check!.says, id).not.toMatch(/\bno an? /);
    expect(check!.says, id).toContain(`, and no jam signal (${signalWords(model, 'jammed')}).`);
  });
});
