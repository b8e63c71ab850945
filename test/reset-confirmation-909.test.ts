// The 909's answer to the reset's confirming press, where the sources disagree (product-facts
// conflict 1): the twin gives the green flash and two beeps of Kwikset's SmartCode page (K1) at
// once; a page on the 909 (S3, unverified) says "wait 15 seconds… green flash and… long beep".
// What the twin does, and every place that tells of it — decode, the doctor's reset step,
// practice-reset's last line and the page's timeline — says so, with both sources.
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
import { modelOf } from './model-of.ts';

const SC909 = modelOf('smartcode-909');
/** Says the twin's version with its source, the other with its own, and that they conflict. */
const BOTH = /two beeps[\s\S]*K1[\s\S]*long beep[\s\S]*S3[\s\S]*conflict 1|long beep[\s\S]*S3[\s\S]*two beeps[\s\S]*K1[\s\S]*conflict 1/;

/** A 909 reset, pack out, Program held 31 s through reinsertion, released, pressed: the trace from the press on. */
function confirmOn909() {
  const twin = new Twin(SC909, { seed: 1, doorOpen: true, codes: { 1: '1357' } });
  for (const a of [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: 31_000 }, { do: 'release', key: 'program' }] as const) twin.apply(a);
  const mark = twin.trace.length;
  twin.apply({ do: 'press', key: 'program' });
  twin.apply({ do: 'wait', ms: 2_000 });
  return { twin, after: twin.trace.entries.slice(mark) };
}

describe("the 909's reset confirmation (product-facts conflict 1: K1 against S3)", () => {
  it('the twin answers the press with a green flash and two beeps, within a second', () => {
    const { after } = confirmOn909();
    const led = after.find((e) => e.ch === 'led' && (e.v as { color?: string }).color === 'green');
    const beep = after.find((e) => e.ch === 'beep');
    expect(led?.v).toMatchObject({ color: 'green', flashes: 1 });
    expect(beep?.v).toMatchObject({ count: 2 });
    expect(led!.t - after[0].t).toBeLessThan(1_000);
  });

  it('decode takes either source\'s words for it, and says which the twin gives and that they conflict', () => {
    for (const text of ['green flash and two beeps', 'green flash and a long beep', 'one green flash, one long beep']) {
      expect(decodeObservation(SC909, parseSignalText(text))[0], text).toMatchObject({ signal: 'resetDone', quality: 'exact' });
    }
    expect(looksLike(SC909, 'resetDone')).toBe('green ×1 with 2 beeps (or 1 long beep, about 15 s later: product-facts conflict 1)');
    expect(adviceFor(SC909, 'resetDone').meaning).toMatch(BOTH);
  });

  it("the doctor's reset step names the twin's signal and the other source's", () => {
    const twin = Twin.create('smartcode-909', { doorOpen: true, codes: { 1: '1357' } });
    const plan = buildPlan(SC909, ['factory-reset'], factsFromTwin(twin));
    const steps = plan.steps;
    const confirm = steps.find((s) => /^Press Program once more/.test(s.says));
    expect(confirm?.says).toMatch(/a green flash and two beeps \(or, by another source, a long beep about 15 s later: product-facts conflict 1\)/);
    expect(confirm?.cite).toMatch(/K1/);
    expect(confirm?.cite).toMatch(/S3/);
  });

  it("practice-reset's last line says it too", () => {
    const lines: string[] = [];
    const session = new PracticeSession(SC909, 1, (l) => lines.push(stripVTControlCharacters(l)));
    for (const k of ['b', 'h', 'b']) session.key(k);
    for (let t = 0; t < 31_000; t += 100) session.tick(100);
    session.key('r');
    session.key('p');
    const done = lines.find((l) => /✓ Factory reset done/.test(l)) ?? '';
    expect(done).toMatch(/a green flash and two beeps \(or, by another source, a long beep about 15 s later: product-facts conflict 1\)/);
  });

  it("the page's timeline says it beside the green flash", () => {
    const { after } = confirmOn909();
    const led = after.find((e) => e.ch === 'led' && (e.v as { color?: string }).color === 'green')!;
    const words = describeEntry(SC909, led, 2);
    expect(words?.text).toMatch(/factory reset done/);
    expect(words?.detail).toMatch(BOTH);
  });
});
