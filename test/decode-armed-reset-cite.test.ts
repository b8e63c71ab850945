// decode's advice on a reset waiting for its confirming press (seed S24) offers two ways out:
// the press that finishes it, or the battery pack pulled to abandon it. The second rests on what
// the doctor's cancel rests on — the codes kept while the pack is out (product-facts S11) and,
// since no source says a pack cycle ends the waiting reset, an assumption said as one — so the
// advice cites it as the doctor does (reset-intent.ts cancelResetCite), on every model whose
// reset waits for that press.

import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { cancelResetCite } from '../src/troubleshoot/reset-intent.ts';
import { ownCite } from '../src/troubleshoot/own-cite.ts';
import { lockstep } from './cli-run.ts';

const confirming = MODELS.filter((m) => m.reset.confirmPress);
/** The references of a cite, each with its source: "product-facts S11", "seed S24". */
function refs(cite: string): string[] {
  return cite.split(';').flatMap((clause) => {
    const c = clause.trim();
    const at = c.search(/\b(S|K|M|G)\d+|§\d/);
    if (at < 0) return [c];
    const source = c.slice(0, at).trim();
    return c.slice(at).split(',').map((x) => `${source} ${x.trim()}`);
  });
}

describe('decode\'s advice to abandon a half-finished reset by the pack', () => {
  it.each(confirming.map((m) => [m.id, m] as const))('%s: cites it as the doctor\'s cancel does', (_id, m) => {
    for (const name of ['resetArmed', 'resetArmedReminder'] as const) {
      const a = adviceFor(m, name);
      expect(a.todo, name).toMatch(/pull the battery pack to abandon it/);
      for (const ref of refs(ownCite(m, cancelResetCite(m)))) expect(refs(a.cite), `${name}: ${ref}`).toContain(ref);
    }
    expect(adviceFor(m, 'resetArmedReminder').cite).toBe(ownCite(m, cancelResetCite(m)));
  });

  it('lockstep decode prints it', () => {
    const r = lockstep('decode', '--model', 'smartcode-275', 'after holding program for 30 seconds it flashed red and beeped');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(seed S8, S24, S12; product-facts K1, S11; the pack cycle cancelling it: assumed)');
    expect(findModel('smartcode-275')!.reset.confirmPress).toBeTruthy();
  });
});
