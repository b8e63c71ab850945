// The answer to the reset's confirming press, where the sources disagree (product-facts conflict
// 1): the twin gives the green flash and two beeps of Kwikset's SmartCode pages (K1, K2) at once.
// On the 909 a page (S3, unverified) says "wait 15 seconds… green flash and… long beep"; on the
// 913, 914 and 910 a page on the 913 (S10, unverified) says "one beep" after "20 seconds", and the
// Z-Wave documents (G1, G2) that the status LED flashes "green and red several times" before door
// handing starts — a light with no count and no sound, named in words only. What the twin does,
// and every place that tells of it — decode, the doctor's reset step, practice-reset's last line
// and the page's timeline — says so, with both sources.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { Twin } from '../src/twin/twin.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { decodeObservation, looksLike } from '../src/troubleshoot/decode.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { buildPlan } from '../src/troubleshoot/plan.ts';
import { factsFromTwin } from '../src/troubleshoot/doctor.ts';
import { PracticeSession } from '../src/cli/practice-session.ts';
import { describe as describeEntry } from '../web/src/describe.ts';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { modelOf } from './model-of.ts';

interface Case {
  id: string;
  /** Says the twin's version with its source, the other with its own, and that they conflict. */
  both: RegExp;
  /** How decode shows the signal, both versions in it. */
  looks: string;
  /** How the doctor's step and practice-reset's last line say the signal. */
  words: string;
  /** What a person who heard the other source's version says. */
  heard: string[];
}

const Z_WAVE_LIGHT = 'the status LED flashing green and red several times, door handing starting a few seconds later';
const ON_913 = (id: string): Case => ({
  id,
  both: /two beeps[\s\S]*K1[\s\S]*one beep after 20 seconds[\s\S]*S10[\s\S]*green and red several times[\s\S]*G\d[\s\S]*conflict 1/,
  looks: `green ×1 with 2 beeps (or 1 beep, about 20 s later; or ${Z_WAVE_LIGHT}: product-facts conflict 1)`,
  words: `a green flash and two beeps (or, by another source, a beep about 20 s later; or, by another, ${Z_WAVE_LIGHT}: product-facts conflict 1)`,
  heard: ['one beep after 20 seconds', 'it beeped once after about 20 seconds', 'a single beep 20 seconds later', 'green flash and two beeps'],
});

const CASES: Case[] = [
  {
    id: 'smartcode-909',
    both: /two beeps[\s\S]*K1[\s\S]*long beep[\s\S]*S3[\s\S]*conflict 1|long beep[\s\S]*S3[\s\S]*two beeps[\s\S]*K1[\s\S]*conflict 1/,
    looks: 'green ×1 with 2 beeps (or 1 long beep, about 15 s later: product-facts conflict 1)',
    words: 'a green flash and two beeps (or, by another source, a long beep about 15 s later: product-facts conflict 1)',
    heard: ['green flash and two beeps', 'green flash and a long beep', 'one green flash, one long beep', 'a long beep after 15 seconds'],
  },
  ON_913('smartcode-913'),
  ON_913('smartcode-914'),
  ON_913('smartcode-910'),
];

/** A reset, pack out, Program held 31 s through reinsertion, released, pressed: the trace from the press on. */
function confirmOn(m: ModelProfile) {
  const twin = new Twin(m, { seed: 1, doorOpen: true, codes: { 1: '1357' } });
  for (const a of [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: 31_000 }, { do: 'release', key: 'program' }] as const) twin.apply(a);
  const mark = twin.trace.length;
  twin.apply({ do: 'press', key: 'program' });
  twin.apply({ do: 'wait', ms: 2_000 });
  return { twin, after: twin.trace.entries.slice(mark) };
}

const escaped = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

for (const c of CASES) {
  const m = modelOf(c.id);
  describe(`the ${m.name}'s reset confirmation (product-facts conflict 1)`, () => {
    it('the twin answers the press with a green flash and two beeps, within a second', () => {
      const { after } = confirmOn(m);
      const led = after.find((e) => e.ch === 'led' && (e.v as { color?: string }).color === 'green');
      const beep = after.find((e) => e.ch === 'beep');
      expect(led?.v).toMatchObject({ color: 'green', flashes: 1 });
      expect(beep?.v).toMatchObject({ count: 2 });
      expect(led!.t - after[0].t).toBeLessThan(1_000);
    });

    it("decode takes either source's words for it, and says which the twin gives and that they conflict", () => {
      for (const text of c.heard) {
        expect(decodeObservation(m, parseSignalText(text))[0], text).toMatchObject({ signal: 'resetDone', quality: 'exact' });
      }
      expect(looksLike(m, 'resetDone')).toBe(c.looks);
      expect(adviceFor(m, 'resetDone').meaning).toMatch(c.both);
    });

    it("the doctor's reset step names the twin's signal and the other source's", () => {
      const twin = Twin.create(c.id, { doorOpen: true, codes: { 1: '1357' } });
      const plan = buildPlan(m, ['factory-reset'], factsFromTwin(twin));
      const confirm = plan.steps.find((s) => /^Press Program once more/.test(s.says));
      expect(confirm?.says).toMatch(escaped(c.words));
      expect(confirm?.cite).toMatch(/K1/);
      expect(confirm?.cite).toMatch(c.id === 'smartcode-909' ? /S3/ : /S10/);
    });

    it("practice-reset's last line says it too", () => {
      const lines: string[] = [];
      const session = new PracticeSession(m, 1, (l) => lines.push(stripVTControlCharacters(l)));
      for (const k of ['b', 'h', 'b']) session.key(k);
      for (let t = 0; t < 31_000; t += 100) session.tick(100);
      session.key('r');
      session.key('p');
      const done = lines.find((l) => /✓ Factory reset done/.test(l)) ?? '';
      expect(done).toMatch(escaped(c.words));
    });

    it("the page's timeline says it beside the green flash", () => {
      const { after } = confirmOn(m);
      const led = after.find((e) => e.ch === 'led' && (e.v as { color?: string }).color === 'green')!;
      const words = describeEntry(m, led, 2);
      expect(words?.text).toMatch(/factory reset done/);
      expect(words?.detail).toMatch(c.both);
    });
  });
}

describe('conflict 1 is carried only where product-facts names it', () => {
  it('the 909, 913, 914 and 910 carry it; no other model does', () => {
    const carried = MODELS.filter((m) => m.signals.resetDone.otherSound?.conflict === 1).map((m) => m.id);
    expect(carried).toEqual(['smartcode-913', 'smartcode-914', 'smartcode-909', 'smartcode-910']);
  });

  it("on the 910 the 913's page (S10) and the 914's document (G1) are cited as borrowed", () => {
    const m = modelOf('smartcode-910');
    const twin = Twin.create(m.id, { doorOpen: true, codes: { 1: '1357' } });
    const confirm = buildPlan(m, ['factory-reset'], factsFromTwin(twin)).steps.find((s) => /^Press Program once more/.test(s.says));
    expect(confirm?.cite).toMatch(/assumed from product-facts [^;]*S10/);
    expect(confirm?.cite).not.toMatch(/^[^;]*\bproduct-facts\b[^;]*S10/);
  });
});
