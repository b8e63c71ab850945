// `lockstep check --power-cut-campaign [--model X] [--max-cuts N] [--json]`: run the power-cut
// campaign (power-cut-campaign.ts) over every shipped scenario (or one model's), print the cut
// points tried and the corruptions found per model, and exit 0 when none is found, 1 when one
// is, 2 on bad input.

import pc from 'picocolors';
import { errColours } from '../cli/colour.ts';
import { modelOption } from '../models/model-named.ts';
import { EXIT_BAD_INPUT, EXIT_EXPECTATION_FAILED, EXIT_OK } from '../cli/exit-codes.ts';
import { processIo, type CheckIo } from './check-command.ts';
import type { FirmwareFactory } from './machine.ts';
import { DEFAULT_MAX_CUTS, OUTAGE_MS, runCampaign, type CampaignResult } from './power-cut-campaign.ts';
import { wholeNumberOption } from '../cli/whole-number.ts';

const MAX_CUTS_LIMIT = 100_000;

export interface CampaignCommandOptions {
  model?: string;
  all?: boolean;
  json?: boolean;
  maxCuts?: string;
  /** Internal (tests, fixtures): run a firmware variant instead of the standard one. */
  firmware?: FirmwareFactory;
  firmwareName?: string;
  /** Internal (tests): only these scenario files. */
  files?: string[];
}

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

export function formatCampaign(r: CampaignResult): string[] {
  const out: string[] = [];
  out.push(
    pc.dim(
      `power-cut campaign (${r.firmware}): each shipped scenario re-run with the pack pulled for ${r.outageMs} ms at the middle of every EEPROM write ` +
        `and at event boundaries (up to ${r.maxCuts} cut points per scenario; 'torn': cuts that caught a write in flight); after the reboot the memory must hold the store held before the cut or the one being written, and the firmware must hold what its memory holds`,
    ),
  );
  const head = `  ${pad('model', 20)} ${pad('scenarios', 9, true)} ${pad('cuts', 6, true)} ${pad('mid-write', 9, true)} ${pad('torn', 5, true)} ${pad('skipped', 7, true)} ${pad('corruptions', 11, true)} ${pad('expected*', 9, true)} ${pad('time', 8, true)}`;
  out.push(pc.dim(head));
  const row = (name: string, m: CampaignResult['total']) => {
    const bad = m.corruptions > 0;
    const line = `  ${pad(name, 20)} ${pad(m.scenarios, 9, true)} ${pad(m.cutsTried, 6, true)} ${pad(m.midWriteCuts, 9, true)} ${pad(m.inFlightCuts, 5, true)} ${pad(m.skipped, 7, true)} ${pad(m.corruptions, 11, true)} ${pad(m.expectedCorruptions, 9, true)} ${pad(`${Math.round(m.wallMs)} ms`, 8, true)}`;
    return bad ? pc.red(line) : line;
  };
  for (const m of r.models) out.push(row(m.model, m));
  out.push(pc.bold(row('total', { ...r.total, wallMs: r.wallMs })));
  const expected = r.scenarios.filter((s) => s.expectedCorruption);
  if (expected.length > 0) {
    out.push(pc.dim(`  * expected corruption (the scenario corrupts its store on purpose; not failures):`));
    for (const s of expected) out.push(pc.dim(`    ${s.file}: ${s.expectedWhy}; ${s.findings.length} cut(s) ended untrusted or changed`));
  }
  const diverged = r.total.diverged;
  if (diverged > 0) out.push(pc.yellow(`  warning: ${diverged} cut(s) found a store before the cut that the reference run never held (non-determinism?)`));
  for (const f of r.corruptions) {
    const loaded = f.loaded === f.got ? '' : `; the firmware loaded ${f.loaded}`;
    out.push(pc.red(`  CORRUPTION ${f.scenario} at ${f.cutAt} ms${f.midWrite ? ' (mid-write)' : ''}: got ${f.got}${loaded}; before the cut ${f.before}; being written ${f.after}`));
  }
  return out;
}

export function campaignJson(r: CampaignResult): unknown {
  return {
    firmware: r.firmware,
    maxCuts: r.maxCuts,
    outageMs: r.outageMs,
    wallMs: Math.round(r.wallMs),
    total: { ...r.total, wallMs: Math.round(r.wallMs) },
    models: r.models.map((m) => ({ ...m, wallMs: Math.round(m.wallMs) })),
    corruptions: r.corruptions,
    expectedCorruption: r.scenarios.filter((s) => s.expectedCorruption).map((s) => ({ file: s.file, why: s.expectedWhy, findings: s.findings })),
    scenarios: r.scenarios.map((s) => ({
      file: s.file,
      model: s.model,
      expectedCorruption: s.expectedCorruption,
      writes: s.writes,
      referenceStores: s.referenceStores,
      cutsTried: s.cutsTried,
      midWriteCuts: s.midWriteCuts,
      inFlightCuts: s.inFlightCuts,
      skipped: s.skipped,
      findings: s.findings.length,
      wallMs: Math.round(s.wallMs),
    })),
  };
}

export function campaignCommand(opts: CampaignCommandOptions, io: CheckIo = processIo()): number {
  if (opts.model && opts.all) {
    io.err(errColours.red('error: give --model <model> or --all (or neither: every model), not both'));
    return EXIT_BAD_INPUT;
  }
  if (opts.model === '') {
    io.err(errColours.red('error: --model: the model name is empty (give a model id, as `lockstep models` lists them, or neither: every model)'));
    return EXIT_BAD_INPUT;
  }
  const named = opts.model ? modelOption(opts.model) : undefined;
  if (named?.problem !== undefined) {
    io.err(errColours.red(`error: ${named.problem}`));
    return EXIT_BAD_INPUT;
  }
  let maxCuts = DEFAULT_MAX_CUTS;
  if (opts.maxCuts !== undefined) {
    const n = wholeNumberOption(opts.maxCuts, '--max-cuts', MAX_CUTS_LIMIT);
    if (typeof n === 'string') {
      io.err(errColours.red(`error: ${n}`));
      return EXIT_BAD_INPUT;
    }
    maxCuts = n;
  }
  const r = runCampaign({
    model: named?.model.id,
    files: opts.files,
    maxCuts,
    firmware: opts.firmware,
    firmwareName: opts.firmwareName,
    onScenario: io.progress ? (s, done, of) => io.progress!(`${done}/${of} ${s.file}: ${s.cutsTried} cuts`) : undefined,
  });
  if (io.progress) io.progress('');
  if (opts.json) io.out(JSON.stringify(campaignJson(r), null, 1));
  else {
    for (const l of formatCampaign(r)) io.out(l);
    io.out(
      r.corruptions.length > 0
        ? pc.red(`\n${r.corruptions.length} power cut(s) corrupted the store.`)
        : pc.green(`\nNo power cut corrupted the store (${r.total.cutsTried} cuts, ${r.total.midWriteCuts} mid-write, outage ${OUTAGE_MS} ms).`),
    );
  }
  return r.corruptions.length > 0 ? EXIT_EXPECTATION_FAILED : EXIT_OK;
}
