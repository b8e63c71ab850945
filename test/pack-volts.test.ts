// One set of pack voltage limits (hardware/battery.ts LOWEST_PACK_VOLTS..HIGHEST_PACK_VOLTS) for
// every reader of a pack's volts: a scenario's `battery: { in: V }`, the REPL's `insert V`, an
// action checked from outside (checkAction) and a recorded trace read back (checkTraceEntries) —
// so every trace lockstep writes passes its own trace checker, and nothing it refuses elsewhere
// gets in through another door.
import { describe, expect, it } from 'vitest';
import { HIGHEST_PACK_VOLTS, LOWEST_PACK_VOLTS } from '../src/hardware/battery.ts';
import { parseLine } from '../src/cli/repl/parse.ts';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { ScenarioError } from '../src/scenario/types.ts';
import { checkAction } from '../src/twin/action-check.ts';
import { checkTraceEntries } from '../src/twin/trace-check.ts';

function scenarioInserting(volts: number): string {
  return `name: n\nmodel: smartcode-913\nsteps:\n  - battery: out\n  - battery: { in: ${volts} }\n  - wait: 1s\n  - expect: { bolt: retracted }\n`;
}

describe('pack voltage limits', () => {
  it.each([LOWEST_PACK_VOLTS, 4.6, HIGHEST_PACK_VOLTS])('%s V is taken everywhere, and the trace of a scenario inserting it reads back', (volts) => {
    const result = runScenario(parseScenario(scenarioInserting(volts), 'v.yaml'));
    const entries = JSON.parse(JSON.stringify(result.twin.trace.entries));
    expect(entries).toContainEqual(expect.objectContaining({ ch: 'input', v: { do: 'battery-in', volts } }));
    expect(checkTraceEntries(entries, result.twin.sim.now)).toEqual(result.twin.trace.entries);
    expect(checkAction({ do: 'battery-in', volts })).toEqual({ do: 'battery-in', volts });
    expect(parseLine(`insert ${volts}`)).toEqual({ kind: 'action', action: { do: 'battery-in', volts } });
  });

  it.each([-0.5, HIGHEST_PACK_VOLTS + 0.5, 99])('%s V is refused everywhere', (volts) => {
    expect(() => parseScenario(scenarioInserting(volts), 'v.yaml')).toThrow(ScenarioError);
    expect(() => checkAction({ do: 'battery-in', volts })).toThrow(/^action\.volts: /);
    expect(() => checkTraceEntries([{ t: 0, ch: 'input', v: { do: 'battery-in', volts } }], 0)).toThrow(/volts/);
    expect(() => parseLine(`insert ${volts}`)).toThrow(/battery voltage must be a number from 0 to 7/);
  });
});
