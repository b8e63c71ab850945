// The checks that a signal's part no source gives is cited as assumed, in the profile's source and
// in decode's advice (README, The troubleshooter: a cite says which part is assumed).
import { expect } from 'vitest';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { sourceCite } from '../src/troubleshoot/procedure-kit.ts';
import type { SignalName } from '../src/models/profile.ts';
import { modelOf } from './model-of.ts';

/** The model's source for `signal` says `part` is assumed, beside the reference `ref` that gives the rest. */
export function expectSourceOwnsUp(id: string, signal: SignalName, part: string, ref: string): void {
  const cite = sourceCite(modelOf(id), `signals.${signal}`);
  expect(cite).toContain(`${part}: assumed`);
  expect(cite).toContain(ref);
}

/** decode's advice for `signal` on the model says `part` is assumed. */
export function expectAdviceOwnsUp(id: string, signal: SignalName, part: string): void {
  expect(adviceFor(modelOf(id), signal).cite).toContain(`${part}: assumed`);
}
