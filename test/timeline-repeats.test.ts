// The page's "What just happened" tells a light the lock repeats by itself once (web/src/
// repeat-fold.ts): a half-finished reset blinks red ×1 every 6 s (seed S24; product-facts K3's
// cadence), and each blink used to be a line of its own with the same long reading. Now the first
// blink keeps its line and reading, and one line at the latest blink counts the rest; the same
// light shown again after something else happened is a new line.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { timelineLines } from '../web/src/timeline-view.ts';
import { foldRepeats, repeatText } from '../web/src/repeat-fold.ts';

/** A SmartCode 913 reset held its full 30 s from power-up, released, and never confirmed (seed S8, S24). */
const LEFT_HALF_FINISHED = `
name: a reset left half-finished for a minute
model: smartcode-913
given: { handed: right, codes: { 1: "1357" } }
steps:
  - battery: out
  - hold: program
  - battery: in
  - wait: 31s
  - release: program
  - wait: 60s
  - expect: { event: reset-armed }
`;

describe('a light the lock repeats by itself is told once', () => {
  it('a half-finished reset\'s red ×1 every 6 s: its reading once, then one line counting the repeats', () => {
    const run = runScenario(parseScenario(LEFT_HALF_FINISHED, 'left-half-finished.yaml'));
    const log = run.twin.trace.entries;
    const blinks = log.filter((e) => e.ch === 'led' && (e.v as { flashes?: number }).flashes === 1 && e.t > 30_000);
    expect(blinks.length).toBe(10); // the lock blinked ten times in the minute
    const lines = timelineLines(run.twin.model, log).filter((l) => l.text.startsWith('red ×1 — half-finished reset'));
    expect(lines).toHaveLength(2);
    expect(lines[0].t).toBe(blinks[0].t);
    expect(lines[0].detail).toMatch(/^half-finished reset: waiting for the confirming press of Program\./);
    expect(lines[1]).toMatchObject({ t: blinks[9].t, kind: 'led', color: 'red', text: 'red ×1 — half-finished reset: again, 9 more times, every 6 s' });
    expect(lines[1].detail).toBeUndefined();
  });

  it('the same light after something else happened is a line of its own', () => {
    const lines = foldRepeats([
      { t: 0, kind: 'led', text: 'red ×3 — wrong code' },
      { t: 500, kind: 'input', text: 'type 1111' },
      { t: 1000, kind: 'led', text: 'red ×3 — wrong code' },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['red ×3 — wrong code', 'type 1111', 'red ×3 — wrong code']);
  });

  it('says one repeat by its gap, and leaves out a cadence the repeats do not keep', () => {
    expect(repeatText('red ×1 — half-finished reset', 1, 6_000)).toBe('red ×1 — half-finished reset: again 6 s later');
    const uneven = foldRepeats([
      { t: 0, kind: 'led', text: 'x' },
      { t: 1000, kind: 'led', text: 'x' },
      { t: 3000, kind: 'led', text: 'x' },
    ]);
    expect(uneven.map((l) => [l.t, l.text])).toEqual([[0, 'x'], [3000, 'x: again, 2 more times']]);
  });
});
