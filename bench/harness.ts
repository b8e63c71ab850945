/**
 * Minimal micro-benchmark harness for `npm run bench`.
 *
 *  - measureOpsPerSecond: warm-up, then N timed rounds (process.hrtime.bigint), each at
 *    least minTimeMs long; reports median / min / max ops per second over the rounds.
 *  - measureHeapPerItem: retained heap bytes per created item. Needs `global.gc`, so the
 *    bench must run with --expose-gc, e.g. `node --expose-gc --import tsx bench/main.ts`
 *    (or `NODE_OPTIONS=--expose-gc npm run bench`).
 *  - formatTable: aligned plain-text table for printing results.
 */

export interface BenchOptions {
  /** Minimum duration of each timed round (default 300 ms). */
  minTimeMs?: number;
  /** Warm-up duration before the timed rounds (default 200 ms). */
  warmupMs?: number;
  /** Number of timed rounds (default 5). */
  rounds?: number;
}

export interface BenchResult {
  label: string;
  opsPerSec: { median: number; min: number; max: number };
  /** Number of timed rounds. */
  rounds: number;
}

/** A benchmark body: performs `iterations` operations per call. */
export type BenchRun = (iterations: number) => void;

const NS_PER_MS = 1e6;

/** Wall-clock milliseconds taken by run(iterations). */
function timeMs(run: BenchRun, iterations: number): number {
  const start = process.hrtime.bigint();
  run(iterations);
  return Number(process.hrtime.bigint() - start) / NS_PER_MS;
}

/** The median of some numbers (not changed): of a round's rates here, and of isolates' medians
 * (./isolated-measure.ts, ./household-year.ts). */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) throw new Error('medianOf: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Measures throughput of the body returned by `setup()` (setup cost is not timed).
 * Warm-up doubles the batch size until warmupMs has elapsed, which both lets the JIT
 * settle and estimates the rate used to size each round to take >= minTimeMs; a round
 * that still finishes early is topped up with further batches.
 */
export function measureOpsPerSecond(label: string, setup: () => BenchRun, opts: BenchOptions = {}): BenchResult {
  const minTimeMs = opts.minTimeMs ?? 300;
  const warmupMs = opts.warmupMs ?? 200;
  const rounds = opts.rounds ?? 5;
  if (!(minTimeMs > 0) || !(warmupMs >= 0) || !(Number.isInteger(rounds) && rounds >= 1)) {
    throw new Error(`measureOpsPerSecond(${label}): invalid options ${JSON.stringify(opts)}`);
  }
  const run = setup();

  // Warm-up and calibration.
  let batch = 1;
  let warmedMs = 0;
  let lastRate = 0; // ops per ms of the latest (largest) warm-up batch
  do {
    const ms = timeMs(run, batch);
    warmedMs += ms;
    if (ms > 0) lastRate = batch / ms;
    if (ms < minTimeMs / 10) batch *= 2;
  } while (warmedMs < warmupMs || lastRate === 0);
  const roundBatch = Math.max(1, Math.ceil(lastRate * minTimeMs * 1.05));

  // Timed rounds.
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let ops = 0;
    let ms = 0;
    while (ms < minTimeMs) {
      // Top-up batches are sized from the rate observed so far in this round.
      const step = ops === 0 ? roundBatch : ms > 0 ? Math.ceil((ops / ms) * (minTimeMs - ms) * 1.05) : ops * 2;
      ms += timeMs(run, step);
      ops += step;
    }
    rates.push((ops / ms) * 1000);
  }
  rates.sort((a, b) => a - b);
  return {
    label,
    opsPerSec: { median: medianOf(rates), min: rates[0]!, max: rates[rates.length - 1]! },
    rounds,
  };
}

export interface HeapResult {
  label: string;
  count: number;
  bytesPerItem: number;
}

/** Returns global.gc or throws a clear error telling how to enable it. */
function requireGc(): () => void {
  const gc = globalThis.gc;
  if (typeof gc !== 'function') {
    throw new Error(
      'measureHeapPerItem needs global.gc: run node with --expose-gc ' +
        '(e.g. `node --expose-gc --import tsx bench/main.ts` or NODE_OPTIONS=--expose-gc)',
    );
  }
  return () => {
    gc();
    gc(); // a second pass collects objects freed by finalization of the first
  };
}

/**
 * Retained heap bytes per item: gc, read heapUsed, create `count` items with make()
 * and hold them in a pre-sized array (its slots are allocated before the baseline
 * reading, so they are not charged to the items), gc, read heapUsed again.
 */
export function measureHeapPerItem(label: string, count: number, make: () => unknown): HeapResult {
  if (!(Number.isInteger(count) && count > 0)) throw new Error(`measureHeapPerItem(${label}): bad count ${count}`);
  const collect = requireGc();
  const items: unknown[] = new Array<unknown>(count).fill(0);
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) items[i] = make();
  collect();
  const after = process.memoryUsage().heapUsed;
  if (items.length !== count) throw new Error('unreachable: keeps items alive until after the reading');
  return { label, count, bytesPerItem: (after - before) / count };
}

/** Formats numbers for tables: en-US digit grouping, at most 2 decimals. */
function formatCell(value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : value;
}

/**
 * Renders rows as an aligned plain-text table. Columns are the union of row keys in
 * first-seen order; numbers are right-aligned, strings left-aligned, missing cells blank.
 */
export function formatTable(rows: Array<Record<string, string | number>>): string {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  if (columns.length === 0) return '';
  const cells = rows.map((row) => columns.map((c) => (row[c] === undefined ? '' : formatCell(row[c]!))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const rightAlign = columns.map((c) => rows.some((row) => typeof row[c] === 'number'));
  const line = (values: string[]): string =>
    values
      .map((v, i) => (rightAlign[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map((r) => line(r))].join('\n');
}
