// A light the lock repeats by itself, told once: a half-finished reset blinks red ×1 every 6 s
// until it is confirmed or cancelled (seed S24; firmware/reset.ts armedReminder; the cadence
// follows the 6 s status blink, product-facts K3), and "What just happened" listed each blink as
// a line of its own with the same reading, a screenful in a minute. The first blink keeps its
// line and reading; the blinks after it, with nothing else between, are one line at the latest
// blink that counts them — moved up and recounted as the lock goes on blinking.

/** A line of the timeline as far as the fold needs it (timeline-view.ts Line). */
export interface FoldLine {
  t: number;
  kind: string;
  text: string;
  detail?: string;
  color?: string;
}

const MS_PER_S = 1000;

/** The counting line's words for `n` repeats of `first`, `everyMs` apart (0 when uneven). */
export function repeatText(first: string, n: number, everyMs: number): string {
  if (n === 1) return `${first}: again ${everyMs / MS_PER_S} s later`;
  const every = everyMs > 0 ? `, every ${everyMs / MS_PER_S} s` : '';
  return `${first}: again, ${n} more times${every}`;
}

/** The lines with each run of one light shown again and again (the same words, nothing between)
 * folded: its first line as it was, then one line at the last repeat counting the others. */
export function foldRepeats<L extends FoldLine>(lines: readonly L[]): L[] {
  const out: L[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = lines[i];
    let j = i + 1;
    if (first.kind === 'led') while (j < lines.length && lines[j].kind === 'led' && lines[j].text === first.text) j++;
    out.push(first);
    if (j > i + 1) {
      const run = lines.slice(i, j);
      const gaps = run.slice(1).map((l, k) => l.t - run[k].t);
      const everyMs = gaps.every((g) => g === gaps[0]) ? gaps[0] : 0;
      const { detail: _reading, ...last } = run[run.length - 1];
      out.push({ ...last, text: repeatText(first.text, run.length - 1, everyMs) } as L);
    }
    i = j;
  }
  return out;
}
