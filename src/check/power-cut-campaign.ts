// The power-cut campaign (issue "Prove it"): every shipped scenario re-run with the pack pulled at
// its event boundaries and in the middle of every EEPROM write, and the store checked after the
// reboot: it must be exactly what the lock durably held just before the cut, or what the write in
// flight was writing — never a mix, never an untrusted store (seed S5; store-codec.ts).
//
// Method, per scenario:
//  1. a reference run records every distinct durable store (decoded from the EEPROM bytes the way
//     a boot loads them: at the start, after every step, after every completed write), the times
//     of its trace entries and step ends (event boundaries) and of its EEPROM writes;
//  2. cut points: the middle of every write (always all of them) plus event boundaries spread
//     evenly up to `maxCuts` in all;
//  3. for each cut point a fresh twin runs the same steps with one extra alarm: at the cut time it
//     notes the durable store and the store the write in flight (if any) would leave, applies
//     {do: 'battery-out'}, and OUTAGE_MS later {do: 'battery-in'} (the same pack, so the
//     scenario's battery level is kept); right after that reboot the store is judged and the
//     run stops (what follows a cut is no longer the scenario). Judged twice: the store the
//     memory holds, read by the checker's own reading (memory-reading.ts, not the firmware's
//     decoder), must be the one before the cut or the one being written; and the store the
//     rebooted firmware holds in RAM must be the one its memory holds — a firmware that loads a
//     torn bank, or the older of two good ones, fails the second though its bytes pass the first.
// Scenarios whose reference run itself corrupts the store (a `fault: store-glitch` step, a write
// started below EEPROM_MIN_WRITE_VOLTS, or an untrusted store at any sample) are "expected
// corruption": their findings are counted apart and never fail the campaign.
// Cut points where the lock is unpowered or the pack is already out are skipped (and counted).

import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findModel } from '../models/index.ts';
import { byCodeUnits } from '../code-unit-order.ts';
import { loadScenarioFile } from '../scenario/load.ts';
import { scenarioFilesUnder } from '../scenario/shipped.ts';
import { applyAt, buildTwin, stepToAction, twinOptionsFromGiven } from '../scenario/run.ts';
import type { Scenario } from '../scenario/types.ts';
import { Twin } from '../twin/twin.ts';
import { EEPROM_MIN_WRITE_VOLTS, EEPROM_PAGE_BYTES, EEPROM_PAGE_WRITE_MS } from '../hardware/eeprom.ts';
import { BLANK_STORE, durableStore, heldStore, UNTRUSTED_STORE } from './durable-store.ts';
import type { FirmwareFactory } from './machine.ts';
import { firmwareNameOf } from './firmware-name.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** How long the pack stays out at a cut. */
export const OUTAGE_MS = 100;
/** Cut points per scenario (mid-write points are always all included, even beyond this). */
export const DEFAULT_MAX_CUTS = 60;
/** Every shipped scenario file (scenarios/<model>/*.yaml, not scenarios/pending/), relative to the repo. */
export function shippedScenarioFiles(root = REPO_ROOT): string[] {
  return scenarioFilesUnder(join(root, 'scenarios')).map((p) => relative(root, p));
}

export interface CutFinding {
  scenario: string;
  cutAt: number;
  midWrite: boolean;
  /** The durable store just before the cut, and what the write in flight would have left. */
  before: string;
  after: string;
  /** What the memory holds after the reboot (the checker's own reading of its bytes). */
  got: string;
  /** What the rebooted firmware holds in RAM: it must be `got`. */
  loaded: string;
  /** Whether `got` is among the stores the reference run ever held. */
  heldByReference: boolean;
}

export interface ScenarioCampaign {
  file: string;
  model: string;
  expectedCorruption: boolean;
  /** Why the scenario is expected to corrupt its store. */
  expectedWhy: string;
  referenceStores: number;
  writes: number;
  cutsTried: number;
  midWriteCuts: number;
  /** Cuts that found an EEPROM write in flight (torn by the cut). */
  inFlightCuts: number;
  skipped: number;
  /** Cuts where the store before the cut was not one the reference held (determinism check). */
  diverged: number;
  findings: CutFinding[];
  wallMs: number;
}

export interface CampaignOptions {
  maxCuts?: number;
  firmware?: FirmwareFactory;
}

function makeTwin(scn: Scenario, firmware: FirmwareFactory | undefined, trace: boolean): Twin {
  if (!firmware || scn.given.snapshot) {
    const t = buildTwin(scn);
    t.trace.enabled = trace;
    return t;
  }
  const model = findModel(scn.model);
  if (!model) return buildTwin(scn); // throws the loader's error
  return new Twin(model, { ...twinOptionsFromGiven(scn), trace, firmware });
}

interface Reference {
  held: Set<string>;
  boundaries: number[];
  midWrites: number[];
  writes: number;
  expectedWhy: string;
}

function referenceRun(scn: Scenario, firmware: FirmwareFactory | undefined): Reference {
  const twin = makeTwin(scn, firmware, true);
  const cap = twin.model.codes.capacity;
  const ee = twin.eeprom;
  const held = new Set<string>();
  const sample = () => held.add(durableStore(ee.bytes, cap));
  const midWrites = new Set<number>();
  let writes = 0;
  let lowVoltWrite = false;
  const write = ee.write.bind(ee);
  ee.write = (offset: number, data: Uint8Array) => {
    writes++;
    const ms = Math.ceil(data.length / EEPROM_PAGE_BYTES) * EEPROM_PAGE_WRITE_MS;
    midWrites.add(twin.sim.now + Math.floor(ms / 2));
    if (twin.battery.loadedVolts() < EEPROM_MIN_WRITE_VOLTS) lowVoltWrite = true;
    write(offset, data);
  };
  ee.listener = {
    eepromWriteDone: () => {
      sample();
      twin.eepromWriteDone();
    },
    eepromPowerCut: () => twin.eepromPowerCut(),
  };
  sample();
  const boundaries = new Set<number>();
  let glitch = false;
  for (const step of scn.steps) {
    const a = stepToAction(step);
    if (!a) continue;
    if (a.do === 'fault' && a.fault === 'store-glitch') glitch = true;
    applyAt(step, twin, a);
    sample();
    boundaries.add(twin.sim.now);
  }
  for (const e of twin.trace.entries) boundaries.add(e.t);
  const why = [glitch ? 'a store-glitch fault' : '', lowVoltWrite ? `a write below ${EEPROM_MIN_WRITE_VOLTS} V` : '', held.has(UNTRUSTED_STORE) ? 'an untrusted store in the reference run' : '']
    .filter((x) => x !== '')
    .join(', ');
  return { held, boundaries: [...boundaries].sort((a, b) => a - b), midWrites: [...midWrites].sort((a, b) => a - b), writes, expectedWhy: why };
}

/** Every mid-write point, then event boundaries spread evenly up to maxCuts in all. */
export function chooseCuts(midWrites: number[], boundaries: number[], maxCuts: number): { at: number; midWrite: boolean }[] {
  const mid = new Set(midWrites);
  const rest = boundaries.filter((t) => !mid.has(t));
  const room = Math.max(0, maxCuts - mid.size);
  let picked: number[];
  if (rest.length <= room) picked = rest;
  else if (room === 0) picked = [];
  else if (room === 1) picked = [rest[0]];
  else {
    const idx = new Set<number>();
    for (let i = 0; i < room; i++) idx.add(Math.round((i * (rest.length - 1)) / (room - 1)));
    picked = [...idx].map((i) => rest[i]);
  }
  return [...[...mid].map((at) => ({ at, midWrite: true })), ...picked.map((at) => ({ at, midWrite: false }))].sort((a, b) => a.at - b.at);
}

const STOP = Symbol('cut judged');

type CutOutcome = { skipped: true } | { skipped: false; before: string; after: string; got: string; loaded: string; inFlight: boolean };

function cutRun(scn: Scenario, firmware: FirmwareFactory | undefined, at: number): CutOutcome {
  const twin = makeTwin(scn, firmware, false);
  const cap = twin.model.codes.capacity;
  const ee = twin.eeprom;
  let outcome: CutOutcome | null = null;
  let before = '';
  let after = '';
  let inFlight = false;
  let phase = 0;
  const alarm = twin.sim.createAlarm('power-cut-campaign', () => {
    if (phase === 0) {
      if (!twin.battery.present || !twin.powered) {
        outcome = { skipped: true };
        throw STOP;
      }
      before = durableStore(ee.bytes, cap);
      const w = ee.snapshot().writing;
      inFlight = w !== null;
      if (w) {
        const next = ee.bytes.slice();
        next.set(Buffer.from(w.data, 'hex'), w.offset);
        after = durableStore(next, cap);
      } else after = before;
      twin.applyAnyway({ do: 'battery-out' });
      phase = 1;
      alarm.schedule(OUTAGE_MS);
    } else {
      twin.applyAnyway({ do: 'battery-in' });
      const got = durableStore(ee.bytes, cap);
      // What the firmware loaded at the reboot, spelled as the memory's store is; blank memory
      // loads the model's defaults, which no image spells, so there the bytes stand for it.
      const loaded = twin.powered && got !== BLANK_STORE ? heldStore(twin.store()) : got;
      outcome = { skipped: false, before, after, got, loaded, inFlight };
      throw STOP;
    }
  });
  alarm.scheduleAt(at);
  try {
    for (const step of scn.steps) {
      const a = stepToAction(step);
      // The cut darkened SecureScreen: there is nothing to type until a touch wakes it again.
      // The steps go on through the outage, the pack pulled under them: each is done as the
      // hardware would (applyAnyway), a pack the file pulls then already out, its own put in
      // before the campaign's.
      if (a && !(a.do === 'type-shown' && twin.screenDigits === '')) twin.applyAnyway(a);
    }
    twin.apply({ do: 'wait', ms: Math.max(0, at - twin.sim.now) + 2 * OUTAGE_MS });
  } catch (err) {
    if (err !== STOP) throw err;
  }
  if (!outcome) throw new Error(`power-cut campaign: the cut at ${at} ms in ${scn.file} never ran`);
  return outcome;
}

export function campaignScenario(file: string, opts: CampaignOptions = {}): ScenarioCampaign {
  const started = performance.now();
  const scn = loadScenarioFile(file);
  const ref = referenceRun(scn, opts.firmware);
  const cuts = chooseCuts(ref.midWrites, ref.boundaries, opts.maxCuts ?? DEFAULT_MAX_CUTS);
  const res: ScenarioCampaign = {
    file,
    model: scn.model,
    expectedCorruption: ref.expectedWhy !== '',
    expectedWhy: ref.expectedWhy,
    referenceStores: ref.held.size,
    writes: ref.writes,
    cutsTried: 0,
    midWriteCuts: 0,
    inFlightCuts: 0,
    skipped: 0,
    diverged: 0,
    findings: [],
    wallMs: 0,
  };
  for (const cut of cuts) {
    const o = cutRun(scn, opts.firmware, cut.at);
    if (o.skipped) {
      res.skipped++;
      continue;
    }
    res.cutsTried++;
    if (cut.midWrite) res.midWriteCuts++;
    if (o.inFlight) res.inFlightCuts++;
    if (!ref.held.has(o.before)) res.diverged++;
    if ((o.got !== o.before && o.got !== o.after) || o.loaded !== o.got) {
      res.findings.push({ scenario: file, cutAt: cut.at, midWrite: cut.midWrite, before: o.before, after: o.after, got: o.got, loaded: o.loaded, heldByReference: ref.held.has(o.got) });
    }
  }
  res.wallMs = performance.now() - started;
  return res;
}

export interface ModelCampaign {
  model: string;
  scenarios: number;
  expectedCorruptionScenarios: number;
  cutsTried: number;
  midWriteCuts: number;
  inFlightCuts: number;
  skipped: number;
  corruptions: number;
  expectedCorruptions: number;
  diverged: number;
  wallMs: number;
}

export interface CampaignResult {
  firmware: string;
  maxCuts: number;
  outageMs: number;
  scenarios: ScenarioCampaign[];
  models: ModelCampaign[];
  total: Omit<ModelCampaign, 'model'>;
  /** Findings in scenarios not expected to corrupt their store: each one a real failure. */
  corruptions: CutFinding[];
  wallMs: number;
}

export function summarize(scenarios: ScenarioCampaign[], firmware: string, maxCuts: number, wallMs: number): CampaignResult {
  const byModel = new Map<string, ModelCampaign>();
  for (const s of scenarios) {
    let m = byModel.get(s.model);
    if (!m) {
      m = { model: s.model, scenarios: 0, expectedCorruptionScenarios: 0, cutsTried: 0, midWriteCuts: 0, inFlightCuts: 0, skipped: 0, corruptions: 0, expectedCorruptions: 0, diverged: 0, wallMs: 0 };
      byModel.set(s.model, m);
    }
    m.scenarios++;
    if (s.expectedCorruption) m.expectedCorruptionScenarios++;
    m.cutsTried += s.cutsTried;
    m.midWriteCuts += s.midWriteCuts;
    m.inFlightCuts += s.inFlightCuts;
    m.skipped += s.skipped;
    m.diverged += s.diverged;
    if (s.expectedCorruption) m.expectedCorruptions += s.findings.length;
    else m.corruptions += s.findings.length;
    m.wallMs += s.wallMs;
  }
  const models = [...byModel.values()].sort((a, b) => byCodeUnits(a.model, b.model));
  const total = { scenarios: 0, expectedCorruptionScenarios: 0, cutsTried: 0, midWriteCuts: 0, inFlightCuts: 0, skipped: 0, corruptions: 0, expectedCorruptions: 0, diverged: 0, wallMs: 0 };
  for (const m of models) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += m[k];
  return {
    firmware,
    maxCuts,
    outageMs: OUTAGE_MS,
    scenarios,
    models,
    total,
    corruptions: scenarios.filter((s) => !s.expectedCorruption).flatMap((s) => s.findings),
    wallMs,
  };
}

export interface RunCampaignOptions extends CampaignOptions {
  /** Scenario files (relative to `root` or absolute); default: every shipped scenario. */
  files?: string[];
  /** Only scenarios for this model. */
  model?: string;
  firmwareName?: string;
  root?: string;
  onScenario?: (s: ScenarioCampaign, done: number, of: number) => void;
}

export function runCampaign(opts: RunCampaignOptions = {}): CampaignResult {
  const started = performance.now();
  const root = opts.root ?? REPO_ROOT;
  let files = opts.files ?? shippedScenarioFiles(root);
  const results: ScenarioCampaign[] = [];
  const scns = files.map((f) => ({ f, path: f.startsWith('/') ? f : join(root, f) }));
  let list = scns;
  if (opts.model) list = scns.filter((x) => loadScenarioFile(x.path).model === opts.model);
  files = list.map((x) => x.f);
  list.forEach((x, i) => {
    const r = campaignScenario(x.path, opts);
    r.file = x.f;
    for (const f of r.findings) f.scenario = x.f;
    results.push(r);
    opts.onScenario?.(r, i + 1, list.length);
  });
  return summarize(results, firmwareNameOf(opts.firmwareName), opts.maxCuts ?? DEFAULT_MAX_CUTS, performance.now() - started);
}
