// Shared by the two default-scope test files (split by model line so that vitest runs them on
// both cores): `lockstep check` on a model's default scope (src/check/scope.ts defaultDepth) —
// every property holds (seed S1, S2/S3, S8/S9, S18, the lockout, no bricking, power cuts), every
// exploration reaches its depth bound below the state cap, i.e. the scope is explored exhaustively.
import { expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { findModel } from '../src/models/index.ts';
import { defaultDepth, type ExplorationName } from '../src/check/scope.ts';

/** A whole default scope takes up to about a minute on one core; slower when the suite shares it. */
const DEFAULT_SCOPE_TIMEOUT_MS = 300_000;
const ALL_PROPERTIES = ['S1', 'S2/S3', 'S4/S11', 'S8/S9', 'S18', 'lockout', 'no-bricking', 'power-cut', 'battery-change'];

interface ExplorationJson {
  name: ExplorationName;
  depthBound: number;
  maxDepth: number;
  truncated: 'depth' | 'cap' | null;
  states: number;
}

export function defaultScopeTest(modelId: string): void {
  it(
    `${modelId}: every property holds on the default scope, explored to its depth below the state cap`,
    async () => {
      const model = findModel(modelId)!;
      const lines: string[] = [];
      const io: CheckIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
      const out = mkdtempSync(join(tmpdir(), 'lockstep-check-default-'));
      try {
        expect(await checkCommand({ model: modelId, json: true, out }, io)).toBe(0);
        const m = JSON.parse(lines.join('\n')).models[0];
        const want = defaultDepth(model);
        for (const e of m.explorations as ExplorationJson[]) {
          expect(e.depthBound, e.name).toBe(want[e.name]);
          expect(e.truncated, `${e.name} stopped at the state cap`).not.toBe('cap');
          expect(e.maxDepth, e.name).toBe(e.depthBound);
        }
        const passed = m.properties.filter((p: { verdict: string }) => p.verdict === 'PASS').map((p: { id: string }) => p.id);
        const expected = model.programming === 'positional' ? ALL_PROPERTIES.filter((p) => p !== 'S2/S3') : ALL_PROPERTIES;
        expect(passed).toEqual(expected);
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    DEFAULT_SCOPE_TIMEOUT_MS,
  );
}
