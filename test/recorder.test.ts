// Recording on the page (web/src/recorder.ts): what a person does through the page's Session —
// clicks stretched to a real press, holds, the pack, the door, the thumbturn, the clock's
// ticks — exported as a scenario that parses without a file system and replays with
// `lockstep run`'s runner and passes, ending in the very state the page's lock is in, with the
// same lights, beeps, bolt moves and events; on every model, from a lock that was not fresh.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { parseScenario } from '../src/scenario/parse.ts';
import { runScenario } from '../src/scenario/run.ts';
import type { TraceEntry } from '../src/sim/trace.ts';
import { FRESH_PACK_VOLTS } from '../src/hardware/battery.ts';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import { KEY_GAP_MS, PRESS_MS, type Action } from '../src/twin/twin.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { Recorder, compactActions } from '../web/src/recorder.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { colourlessEnv } from './cli-run.ts';

const FRAME_MS = 16; // the page clock's tick at 1×, about one animation frame
const EXPORT_FILE = 'recording.yaml';

/** A page without a screen: a Session, a Recorder, and the clock ticking as frames would. */
function page(modelId: string) {
  const session = new Session(freshTwin(modelId));
  const recorder = new Recorder({ session, adopt: (twin) => session.replace(twin) });
  const seen: TraceEntry[] = [];
  session.onEntries((fresh) => seen.push(...fresh));
  const tick = (ms: number) => {
    for (let left = ms; left > 0; left -= FRAME_MS) session.advance(Math.min(FRAME_MS, left));
  };
  const click = (key: ButtonKey, heldMs = 0) => {
    session.pressStart(key);
    tick(heldMs);
    session.pressEnd(key);
  };
  const typeCode = (digits: string, gapMs: number) => {
    for (const d of digits) {
      click(d as ButtonKey);
      tick(gapMs);
    }
  };
  return { session, recorder, seen, tick, click, typeCode };
}

const lockFacts = (entries: readonly TraceEntry[]) => entries.filter((e) => e.ch !== 'input');

/** The page's lock when the recording ended (now, by default): its whole state and what it showed since `from`. */
function pageNow(p: ReturnType<typeof page>, from: number) {
  return { snapshot: JSON.stringify(p.session.twin.snapshot()), facts: lockFacts(p.seen.slice(from)) };
}

/** Export, parse without a file system, run as `lockstep run` does: it passes and ends where the page did. */
async function replay(p: ReturnType<typeof page>, from: number, ended = pageNow(p, from)) {
  const text = await p.recorder.text();
  const scn = parseScenario(text, EXPORT_FILE);
  const result = runScenario(scn);
  const why = result.failure?.failures.map((f) => `${f.key}: expected ${f.expected}, observed ${f.observed}`).join('; ');
  expect(why, text).toBeUndefined();
  expect(result.ok).toBe(true);
  expect(JSON.stringify(result.twin.snapshot())).toBe(ended.snapshot);
  expect(lockFacts(result.twin.trace.entries)).toEqual(ended.facts);
  return { text, scn };
}

describe('compactActions', () => {
  it('writes waits, presses, timed holds and typing compactly, with the same effect', () => {
    const a: Action[] = [
      { do: 'wait', ms: 16 },
      { do: 'wait', ms: 17 },
      { do: 'hold', key: '1' },
      { do: 'wait', ms: 50 },
      { do: 'wait', ms: PRESS_MS - 50 },
      { do: 'release', key: '1' },
      { do: 'hold', key: '2' },
      { do: 'wait', ms: PRESS_MS },
      { do: 'release', key: '2' },
      { do: 'press', key: '3' },
      { do: 'wait', ms: 0 },
      { do: 'hold', key: 'program' },
      { do: 'wait', ms: 5_000 },
      { do: 'release', key: 'program' },
      { do: 'hold', key: 'program' },
      { do: 'battery-in', volts: FRESH_PACK_VOLTS },
      { do: 'wait', ms: 100 },
      { do: 'release', key: 'program' },
      { do: 'press', key: 'lock' },
      { do: 'press', key: '4' },
    ];
    expect(compactActions(a)).toEqual([
      { do: 'wait', ms: 33 },
      { do: 'type', digits: '123' },
      { do: 'hold-for', key: 'program', ms: 5_000 },
      { do: 'hold', key: 'program' },
      { do: 'battery-in', volts: FRESH_PACK_VOLTS },
      { do: 'wait', ms: 100 },
      { do: 'release', key: 'program' },
      { do: 'press', key: 'lock' },
      { do: 'press', key: '4' },
    ]);
    expect(a[0]).toEqual({ do: 'wait', ms: 16 }); // the input is left as it was
  });

  it("writes the page's pause-less releases as plain ones when the usual pause followed, else with their pause", () => {
    const a: Action[] = [
      { do: 'hold', key: '1' },
      { do: 'wait', ms: PRESS_MS },
      { do: 'release', key: '1', pauseMs: 0 },
      { do: 'wait', ms: 200 },
      { do: 'wait', ms: KEY_GAP_MS - 200 }, // exactly the usual pause: `type`
      { do: 'hold', key: '2' },
      { do: 'wait', ms: PRESS_MS },
      { do: 'release', key: '2', pauseMs: 0 },
      { do: 'wait', ms: KEY_GAP_MS + 50 }, // longer: a press and the rest of the wait
      { do: 'hold', key: 'lock' },
      { do: 'wait', ms: PRESS_MS },
      { do: 'release', key: 'lock', pauseMs: 0 },
      { do: 'wait', ms: 100 }, // shorter: the pause is written
      { do: 'door', state: 'open' },
      { do: 'hold', key: 'program' },
      { do: 'wait', ms: 900 },
      { do: 'release', key: 'program', pauseMs: 0 }, // the end of the recording
    ];
    expect(compactActions(a)).toEqual([
      { do: 'type', digits: '12' },
      { do: 'wait', ms: 50 },
      { do: 'hold', key: 'lock' },
      { do: 'wait', ms: PRESS_MS },
      { do: 'release', key: 'lock', pauseMs: 0 },
      { do: 'wait', ms: 100 },
      { do: 'door', state: 'open' },
      { do: 'hold', key: 'program' },
      { do: 'wait', ms: 900 },
      { do: 'release', key: 'program', pauseMs: 0 },
    ]);
  });
});

describe('the recorder', () => {
  it('records a code typed, the pack pulled and put back, the door and thumbturn, and the export replays', async () => {
    const p = page('smartcode-913');
    // Not a fresh lock: time has passed and programming is half-way when recording begins.
    p.tick(2_000);
    p.click('program');
    p.typeCode('73', 300);
    const from = p.seen.length;
    p.recorder.begin();
    expect(p.recorder.recording).toBe(true);
    expect(p.recorder.notes.join(' ')).toMatch(/busy \(prog-auth\)/);
    expect(p.session.now).toBe(0);
    p.tick(500);
    p.typeCode('1111', 0); // the inherited lock's code for slot 1, the clock paused
    p.tick(3_000);
    p.recorder.checkpoint();
    p.session.apply({ do: 'door', state: 'open' });
    p.session.apply({ do: 'thumbturn', dir: 'lock' });
    p.tick(1_000);
    p.session.apply({ do: 'battery-out' });
    p.tick(2_000);
    p.session.apply({ do: 'battery-in', volts: FRESH_PACK_VOLTS });
    p.tick(4_000);
    p.click('lock', 300); // a slow click: a timed hold
    p.tick(3_000);
    p.recorder.stop();
    expect(p.recorder.recording).toBe(false);
    const ended = pageNow(p, from);
    p.tick(5_000); // the page clock runs on; the recording has ended
    const { text, scn } = await replay(p, from, ended);
    expect(text).toMatch(/^# Recorded in the lockstep browser twin/);
    expect(text).toContain('restarted its lock from the `given:` below');
    expect(text).toContain('type: "1111"');
    expect(text).toContain('battery: out');
    expect(text).toContain('hold: { key: lock, for: 300ms }');
    expect(text).toContain('codes: { 1: "1111", 2: "8080", 3: "246810", 4: "9731" }');
    const expects = scn.steps.filter((s) => s.do === 'expect');
    expect(expects).toHaveLength(2);
    expect(expects[0].expect).toMatchObject({ led: { color: 'green' }, event: ['unlocked'], bolt: 'retracted' });
    expect(expects[1].expect).toMatchObject({ bolt: 'extended', led: { color: 'amber' } });

    // `lockstep run` itself, from a file, passes it.
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-recording-'));
    try {
      const file = join(dir, EXPORT_FILE);
      writeFileSync(file, text);
      const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'lockstep.js'), 'run', '--quiet', file], { encoding: 'utf8', env: colourlessEnv() });
      expect(cli.stdout + cli.stderr).toContain(`PASS ${file}`);
      expect(cli.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts from a pack that is out with a first step that pulls it, and replays exactly', async () => {
    const p = page('smartcode-913');
    p.session.apply({ do: 'battery-out' });
    p.tick(1_000);
    const from = p.seen.length;
    p.recorder.begin();
    expect(p.session.twin.battery.present).toBe(false);
    p.session.pressStart('program');
    p.tick(200);
    p.session.apply({ do: 'battery-in', volts: FRESH_PACK_VOLTS });
    p.tick(31_000);
    p.session.pressEnd('program');
    p.tick(600);
    p.click('program');
    p.tick(8_000);
    const { text } = await replay(p, from);
    expect(text).toContain('The pack was out when recording began: the first step pulls it.');
    expect(text).toMatch(/steps:\n {2}- battery: out\n/);
    expect(text).toMatch(/event: \[.*factory-reset.*\]/);
  });

  for (const model of MODELS) {
    it(`round-trips a recording on ${model.id}`, async () => {
      const p = page(model.id);
      p.tick(700);
      p.session.apply({ do: 'switch', n: 2, on: true });
      const from = p.seen.length;
      p.recorder.begin();
      p.tick(300);
      p.typeCode('1234', 200);
      p.click('lock');
      p.recorder.checkpoint();
      p.session.apply({ do: 'key', dir: 'unlock' });
      p.session.apply({ do: 'strike', state: 'misaligned' });
      p.click('lock');
      p.tick(2_500);
      const { text } = await replay(p, from); // exported while still recording: closed by the state now
      expect(text).toContain('switches: { 1: ');
      expect(text).toMatch(/2: on/);
      if (model.defaults.adminCode === 'tag') expect(text).toContain(`tag: "${p.session.twin.tag}"`);
    });
  }

  it('stops when the page puts another lock in its place, keeping what was recorded', async () => {
    const p = page('smartcode-913');
    p.recorder.begin();
    p.typeCode('1111', 100);
    p.tick(2_000);
    const recorded = p.session.twin;
    p.session.replace(freshTwin('smartcode-275'));
    expect(p.recorder.recording).toBe(false);
    expect(p.recorder.endedBecause).toMatch(/replaced/);
    p.typeCode('999', 100); // on the other lock: not recorded
    const scn = parseScenario(await p.recorder.text(), EXPORT_FILE);
    expect(scn.model).toBe('smartcode-913');
    const r = runScenario(scn);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r.twin.snapshot())).toBe(JSON.stringify(recorded.snapshot()));
  });
});
