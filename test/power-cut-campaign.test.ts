// The power-cut campaign (src/check/power-cut-campaign.ts) over every shipped scenario of every
// model, exactly as `lockstep check --power-cut-campaign` runs it (seed S5), and the non-atomic
// store fixture it must catch.
import { describe, expect, it } from 'vitest';
import { campaignScenario, chooseCuts, runCampaign, shippedScenarioFiles } from '../src/check/power-cut-campaign.ts';
import { campaignCommand } from '../src/check/power-cut-command.ts';
import type { CheckIo } from '../src/check/check-command.ts';
import { NonAtomicStoreFirmware } from './fixtures/broken-firmware/non-atomic-store.ts';
import { ReplugRewritesStoreInPlaceFirmware } from './fixtures/broken-firmware/replug-rewrites-store-in-place.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';
import { join } from 'node:path';
import { grouped, readmeText } from './readme-text.ts';

const ALL = shippedScenarios();
const BROKEN_SCENARIO = 'scenarios/smartcode-913/s01-code-change-is-software-reset-is-physical.yaml';

function captureIo(): CheckIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), progress: null };
}

describe('power-cut campaign', () => {
  it('lists the same shipped scenarios as the tests do', () => {
    expect(shippedScenarioFiles()).toEqual(shippedScenarios());
  });

  it('chooses every mid-write point and spreads event boundaries up to the bound', () => {
    const boundaries = Array.from({ length: 500 }, (_, i) => i * 10);
    const cuts = chooseCuts([13, 57, 902], boundaries, 60);
    expect(cuts.filter((c) => c.midWrite).map((c) => c.at)).toEqual([13, 57, 902]);
    expect(cuts).toHaveLength(60);
    expect(cuts[0].at).toBe(0);
    expect(cuts.at(-1)!.at).toBe(4990);
    expect(cuts.map((c) => c.at)).toEqual([...cuts.map((c) => c.at)].sort((a, b) => a - b));
    // Mid-write points are kept even beyond the bound.
    expect(chooseCuts([1, 2, 3], [5, 6], 2).map((c) => c.at)).toEqual([1, 2, 3]);
  });

  it(`finds no corruption with the standard firmware (all ${ALL.length} shipped scenarios)`, () => {
    const r = runCampaign({ files: ALL, root: REPO_ROOT });
    expect(r.scenarios).toHaveLength(ALL.length);
    expect(r.corruptions).toEqual([]);
    expect(r.total.corruptions).toBe(0);
    expect(r.total.diverged).toBe(0); // the run up to a cut is the reference run
    expect(r.total.midWriteCuts).toBeGreaterThan(100);
    expect(r.total.inFlightCuts).toBeGreaterThanOrEqual(r.total.midWriteCuts); // every mid-write cut tears a write
    expect(r.total.cutsTried).toBeGreaterThan(1000);
    for (const s of r.scenarios) if (!s.expectedCorruption) expect(s.cutsTried, s.file).toBeGreaterThan(0);
    // The S5 scenarios that corrupt the store on purpose are reported apart.
    const expected = r.scenarios.filter((s) => s.expectedCorruption).map((s) => s.file);
    expect(expected).toEqual(
      expect.arrayContaining([
        'scenarios/smartcode-275/s05-corrupted-store.yaml',
        'scenarios/smartcode-913/s05-corrupted-code-store.yaml',
        'scenarios/smartcode-913/s05-low-battery-writes-corrupt-store.yaml',
      ]),
    );
    for (const m of r.models) expect(m.corruptions, m.model).toBe(0);
    // The README's last run is this run: its counts are the seed's, not the machine's. It said
    // 6 374 cuts after the 955's reset scenario came to wait for the contact's bounce (6 375).
    const said = `Last run (2-core machine): ${grouped(ALL.length)} scenarios, ${grouped(r.total.cutsTried)} cuts — ${grouped(r.total.midWriteCuts)} aimed at the middle of a write, ${grouped(r.total.inFlightCuts)} that caught one in flight — 0 corruptions`;
    expect(readmeText().includes(said), said).toBe(true);
  });

  it('catches the non-atomic store fixture (in-place writes) on one scenario', () => {
    const s = campaignScenario(join(REPO_ROOT, BROKEN_SCENARIO), { firmware: (m, io) => new NonAtomicStoreFirmware(m, io) });
    expect(s.expectedCorruption).toBe(false);
    expect(s.findings.length).toBeGreaterThan(0);
    const f = s.findings.find((x) => x.midWrite)!;
    expect(f).toBeDefined();
    // The torn bank is the one the lock booted from; the other holds the store written before it
    // (the installed lock's older store: src/twin/twin.ts writeInitialStore), which the next
    // power-up falls back to: neither the store before the cut nor the one being written.
    expect(f.got).toMatch(/^store ok /);
    expect(f.got).not.toBe(f.before);
    expect(f.got).not.toBe(f.after);
    expect(f.heldByReference).toBe(false);
    // The same scenario with the standard firmware: clean.
    expect(campaignScenario(join(REPO_ROOT, BROKEN_SCENARIO)).findings).toEqual([]);
  });

  it('catches a rewrite in place at a replug (replug-rewrites-store-in-place) on the shipped scenario that replugs the exterior', () => {
    const file = join(REPO_ROOT, 'scenarios', 'smartcode-913', 's02-mastercode-gates-with-keypad-unplugged.yaml');
    const s = campaignScenario(file, { firmware: (m, io) => new ReplugRewritesStoreInPlaceFirmware(m, io) });
    const f = s.findings.find((x) => x.midWrite);
    expect(f).toBeDefined();
    expect(f!.got).not.toBe(f!.before);
    expect(f!.got).not.toBe(f!.after);
    expect(campaignScenario(file).findings).toEqual([]);
  });

  it('the command exits 1 on a corruption and prints it; 0 and JSON when clean; 2 on bad input', () => {
    const bad = captureIo();
    const code = campaignCommand({ files: [BROKEN_SCENARIO], firmware: (m, io) => new NonAtomicStoreFirmware(m, io), firmwareName: 'non-atomic-store' }, bad);
    expect(code).toBe(1);
    expect(bad.lines.join('\n')).toMatch(/CORRUPTION .*s01-code-change.* \(mid-write\): got store ok \(/);

    const ok = captureIo();
    expect(campaignCommand({ files: [BROKEN_SCENARIO], json: true }, ok)).toBe(0);
    const json = JSON.parse(ok.lines.join('\n')) as { total: { corruptions: number; cutsTried: number }; models: { model: string }[] };
    expect(json.total.corruptions).toBe(0);
    expect(json.total.cutsTried).toBeGreaterThan(0);
    expect(json.models.map((m) => m.model)).toEqual(['smartcode-913']);

    const err = captureIo();
    expect(campaignCommand({ model: 'no-such-lock' }, err)).toBe(2);
    expect(campaignCommand({ maxCuts: '0' }, err)).toBe(2);
  });
});
