/**
 * Key press → status LED latency of the built browser twin in headless Chromium
 * (playwright-core driving /usr/bin/chromium, a fresh user-data directory per run). The
 * measuring happens inside the page (./web-latency-probe.js): Node only starts the trials and
 * collects the timings, so the DevTools round trip is never inside a measured interval.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../test/browser/static-server.ts';
import { ARGS, CHROMIUM, HAVE_CHROMIUM } from '../test/browser/chromium.ts';

const PHONE = { width: 390, height: 900 };
const PROBE = fileURLToPath(new URL('./web-latency-probe.js', import.meta.url));
const FRAME_SAMPLES = 120;

/** One timed press: performance.now() ms in the page. */
export interface Trial {
  t0: number;
  /** When the twin's LED trace entry reached the page (its timeline line appeared). */
  tEmit: number | null;
  /** The entry was emitted inside the press's own event handlers. */
  emittedInTap: boolean;
  /** The LED element's data-color changed. */
  tDom: number;
  /** The first task after that change: after the frame's rendering update. */
  tAfter: number;
  /** Frame time (document.timeline) at the change minus at the press, ms. */
  frames: number;
}

export interface Series {
  label: string;
  /** Presses made, warm-up included. */
  attempts: number;
  /** The timed presses whose LED change was seen. */
  trials: Trial[];
  /** One line per press whose LED change was not seen, warm-up included. */
  errors: string[];
}

export interface LatencyRun {
  frameIntervalMs: number;
  series: Series[];
  chromium: string;
}

/** One row of presses: type `code`, time its last digit until the LED shows `color`. */
export interface LatencyRow {
  label: string;
  code: string;
  color: 'red' | 'green';
  mode: 'hold' | 'tap';
  timeoutMs: number;
}

export interface LatencyPlan {
  model: string;
  rows: LatencyRow[];
  trials: number;
  warmup: number;
}

async function series(label: string, n: number, warmup: number, run: () => Promise<Trial | { error: string }>): Promise<Series> {
  const out: Series = { label, attempts: warmup + n, trials: [], errors: [] };
  for (let i = 0; i < warmup + n; i++) {
    const r = await run();
    if ('error' in r) out.errors.push(r.error);
    else if (i >= warmup) out.trials.push(r);
  }
  return out;
}

/** Why the latency run cannot happen here, or null. */
export function latencySkipReason(): string | null {
  return HAVE_CHROMIUM ? null : `${CHROMIUM} is absent (apt-get install chromium)`;
}

export async function measureLatency(dist: string, plan: LatencyPlan): Promise<LatencyRun> {
  const server = await serve(dist);
  const profile = mkdtempSync(join(tmpdir(), 'lockstep-bench-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: PHONE });
  try {
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#lock[data-vtime]');
    if ((await page.getAttribute('#lock', 'data-model')) !== plan.model) {
      await page.selectOption('#model', plan.model);
      await page.waitForSelector(`#lock[data-model="${plan.model}"]`);
    }
    await page.addScriptTag({ path: PROBE });
    const probe = (fn: 'trial' | 'floorTrial' | 'frameInterval', ...args: unknown[]) =>
      page.evaluate(([f, a]) => (window as unknown as { lockstepProbe: Record<string, (...x: unknown[]) => Promise<unknown>> }).lockstepProbe[f](...a), [fn, args] as const);
    const timed = (fn: 'trial' | 'floorTrial', ...args: unknown[]) => probe(fn, ...args) as Promise<Trial | { error: string }>;
    const frameIntervalMs = (await probe('frameInterval', FRAME_SAMPLES)) as number;
    const { trials: n, warmup } = plan;
    const result: Series[] = [await series('floor: bare element, next-frame update', n, warmup, () => timed('floorTrial'))];
    for (const r of plan.rows) result.push(await series(r.label, n, warmup, () => timed('trial', r.code, r.color, r.mode, r.timeoutMs)));
    const ua = await page.evaluate(() => navigator.userAgent);
    return { frameIntervalMs, series: result, chromium: /(?:Headless)?Chrome\/[\d.]+/.exec(ua)?.[0] ?? ua };
  } finally {
    await ctx.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
