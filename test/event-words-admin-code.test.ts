// An event that names the admin code says it as the model's guide does (ModelProfile.adminCodeName;
// product-facts §7): "Mastercode changed" on the Powerbolt 250 and 2, whose menus change their
// Mastercode, "programming code changed" on the 275, 955 and 264 — in `lockstep run`'s terminal
// timeline and the page's "What just happened", every admin-code title and reason on every model.
import { describe as group, expect, it } from 'vitest';
import { join } from 'node:path';
import { MODELS } from '../src/models/index.ts';
import { keyWords } from '../src/troubleshoot/key-words.ts';
import { formatEntry } from '../src/cli/timeline.ts';
import { loadScenarioFile } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import type { LockTraceEntry } from '../src/twin/trace-entry.ts';
import { describe } from '../web/src/describe.ts';
import { REPO_ROOT } from './scenario-files.ts';

const NAMES = ['Mastercode', 'programming code'] as const;
// eslint-disable-next-line no-control-regex
const COLOUR = /\x1b\[[0-9;]*m/g;

/** Every event whose title names the admin code, and every refusal reason that does. */
const NAMING_THE_ADMIN_CODE: Record<string, unknown>[] = [
  { type: 'mastercode-set' },
  { type: 'mastercode-cleared' },
  { type: 'programming-code-changed' },
  { type: 'programming-failed', reason: 'wrong-mastercode' },
  { type: 'programming-failed', reason: 'same-as-programming-code' },
];

function event(v: Record<string, unknown>): LockTraceEntry {
  return { t: 0, ch: 'event', v } as unknown as LockTraceEntry;
}

group('events that name the admin code', () => {
  it('say the model\'s own name for it, never the other family\'s, on every model', () => {
    for (const p of MODELS) {
      const other = NAMES.find((n) => n !== p.adminCodeName)!;
      for (const v of NAMING_THE_ADMIN_CODE) {
        const row = formatEntry(event(v), keyWords(p), p.adminCodeName)!.replace(COLOUR, '');
        const said = describe(p, event(v), null)!.text;
        for (const text of [row, said]) {
          expect(text, `${p.id} ${JSON.stringify(v)}`).toContain(p.adminCodeName);
          expect(text, `${p.id} ${JSON.stringify(v)}`).not.toContain(other);
        }
      }
    }
  });

  it('a real run: the Powerbolt 2 changes its Mastercode, and the timeline says so', () => {
    const result = runScenario(loadScenarioFile(join(REPO_ROOT, 'scenarios/powerbolt-2/menu-keys-two-digits.yaml')));
    const p = result.twin.model;
    const rows = result.twin.trace.entries.filter((e) => e.ch === 'event').map((e) => formatEntry(e, keyWords(p), p.adminCodeName)!.replace(COLOUR, ''));
    expect(rows.some((r) => r.includes('▸ Mastercode changed (at the keypad)'))).toBe(true);
    expect(rows.join('\n')).not.toContain('programming code');
  });
});
