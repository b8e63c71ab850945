// Every event that says why it happened carries `why`, an id a program can match on
// (firmware/event-why.ts), beside its `reason` in words: across every shipped scenario each such
// event has one, of its own type's list, and every id of every list is given by the lock somewhere
// — the shipped scenarios, and a door handing run on a pack too weak for it (S25). The words
// stay as they were; the ids say the same thing.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { Twin } from '../src/twin/twin.ts';
import { loadScenarioFile, runScenario } from '../src/index.ts';
import { EVENT_WHYS, isWhyOf } from '../src/firmware/event-why.ts';
import type { LockEvent } from '../src/firmware/io.ts';
import { checkTraceEntries, TraceError } from '../src/twin/trace-check.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';

/** The events of a trace that give a reason. */
function reasoned(entries: readonly { ch: string; v: unknown }[]): LockEvent[] {
  return entries.filter((e) => e.ch === 'event').map((e) => e.v as LockEvent).filter((v) => v.reason !== undefined);
}

/** A 913 not yet handed, its pack too weak to run the bolt: the handing it starts at power-up fails. */
function weakPackHanding(): LockEvent[] {
  const twin = Twin.create('smartcode-913', { doorOpen: true, handed: 'none' });
  twin.apply({ do: 'battery-out' });
  twin.apply({ do: 'battery-in', volts: 4.4 });
  twin.apply({ do: 'wait', ms: 60_000 });
  return reasoned(twin.trace.entries);
}

describe("events' why", () => {
  it('is on every event that gives a reason, one of its type, and every id is given', () => {
    const events = shippedScenarios().flatMap((f) => reasoned(runScenario(loadScenarioFile(resolve(REPO_ROOT, f))).twin.trace.entries));
    events.push(...weakPackHanding());
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.why !== undefined && isWhyOf(e.type, e.why), JSON.stringify(e)).toBe(true);
    const given = new Set(events.map((e) => `${e.type} ${e.why}`));
    const listed = Object.entries(EVENT_WHYS).flatMap(([type, ids]) => ids.map((id) => `${type} ${id}`));
    expect(listed.filter((pair) => !given.has(pair))).toEqual([]);
  });

  it('says in an id what the words say', () => {
    const byWords = new Map<string, string>();
    for (const f of shippedScenarios()) {
      for (const e of reasoned(runScenario(loadScenarioFile(resolve(REPO_ROOT, f))).twin.trace.entries)) byWords.set(`${e.type}: ${e.reason}`, e.why!);
    }
    expect(byWords.get('lockout: 3 wrong codes within 60 s')).toBe('too-many-wrong-codes');
    expect(byWords.get('lockout: 5 wrong codes within 60 s')).toBe('too-many-wrong-codes');
    expect(byWords.get('reset-not-registered: Program released early')).toBe('released-early');
    expect(byWords.get('reset-not-registered: Reset released early')).toBe('released-early');
    expect(byWords.get('reset-failed: battery too weak')).toBe('battery');
    expect(byWords.get('reset-failed: bolt must be retracted')).toBe('bolt-not-retracted');
    expect(byWords.get('jam: bolt retracted after lock')).toBe('bolt-not-extended');
    expect(byWords.get('jam: bolt extended after unlock')).toBe('bolt-not-retracted');
    expect(byWords.get('programming-failed: expected Lock')).toBe('unexpected-entry');
    expect(byWords.get('programming-failed: expected a delay key 1–5')).toBe('unexpected-entry');
    expect(byWords.get('programming-failed: duplicate')).toBe('duplicate');
    expect(byWords.get('handing-failed: jam')).toBe('jam');
  });

  it('is checked in a trace read back: an id of its own type is taken, another refused', () => {
    const entry = (v: object) => [{ t: 0, ch: 'event', v }];
    expect(checkTraceEntries(entry({ type: 'lockout', reason: '3 wrong codes within 60 s', why: 'too-many-wrong-codes' }), 0)).toHaveLength(1);
    expect(() => checkTraceEntries(entry({ type: 'lockout', reason: '3 wrong codes within 60 s', why: 'released-early' }), 0)).toThrow(TraceError);
    expect(() => checkTraceEntries(entry({ type: 'lockout', why: 'lockout-now' }), 0)).toThrow(/why/);
    // A trace written before events carried why is still read.
    expect(checkTraceEntries(entry({ type: 'lockout', reason: '3 wrong codes within 60 s' }), 0)).toHaveLength(1);
  });
});
