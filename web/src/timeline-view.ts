// "What just happened": the trace in plain words, newest first, at its virtual time. A button's
// down and up with nothing between read as one press, the key named as the model's keypad draws
// it (src/troubleshoot/key-words.ts: "press Kwikset", "hold Program for 1.5 s"); the LED lines
// name the signal and what to do (src/troubleshoot/advice.ts; seed S8, S9, S16–S20, S23), read
// with the beeps and the events the twin reported with it (light-events.ts: at its moment, or as
// the same answer goes on — an unlock's event comes when the bolt stops), among them a reset hold
// let go early, which every model's firmware reports as not registered (seed S9;
// src/firmware/early-release.ts). A light the lock repeats by itself (a half-finished reset's
// red ×1 every 6 s, seed S24) is read once, its repeats counted on one line (repeat-fold.ts). The
// reset's red flash while its button is still held says the hold counted, not how to cancel a
// reset left waiting (armed-hold-reading.ts).

import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import { describe, type Words } from './describe.ts';
import { formatClock } from './clock.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';
import { eventsOfLight } from './light-events.ts';
import { foldRepeats } from './repeat-fold.ts';
import { HeldKeys } from './armed-hold-reading.ts';

export const TIMELINE_SHOWN = 80;

export interface Line extends Words {
  t: number;
}

/** The log as the timeline tells it, oldest first. */
export function timelineLines(model: ModelProfile, log: readonly LockTraceEntry[]): Line[] {
  const out: Line[] = [];
  const merged = new Set<number>();
  const keyName = keyWords(model);
  const held = new HeldKeys();
  for (let i = 0; i < log.length; i++) {
    held.see(log[i]);
    if (merged.has(i)) continue;
    const e = log[i];
    const v = e.v as Record<string, unknown>;
    if (e.ch === 'input' && v.do === 'hold') {
      // the next input is this key's release: one press (or a timed hold), the lock's reply between stays
      const j = log.findIndex((x, k) => k > i && x.ch === 'input');
      const n = j > 0 ? (log[j].v as Record<string, unknown>) : null;
      if (n && n.do === 'release' && n.key === v.key) {
        const held = log[j].t - e.t;
        const key = keyName(String(v.key));
        out.push({ t: e.t, kind: 'input', text: held >= 1000 ? `hold ${key} for ${(held / 1000).toFixed(1)} s` : `press ${key}` });
        merged.add(j);
        continue;
      }
    }
    let beeps: number | null = null;
    let events: string[] = [];
    if (e.ch === 'led') {
      const b = log.find((x) => x.t === e.t && x.ch === 'beep');
      beeps = b ? Number((b.v as { count: number }).count) : 0;
      events = eventsOfLight(log, i);
    }
    const w = describe(model, e, beeps, events, held.resetHeld(model, e.t));
    if (w) out.push({ t: e.t, ...w });
  }
  return foldRepeats(out);
}

export function renderTimeline(list: HTMLOListElement, model: ModelProfile, log: readonly LockTraceEntry[]): void {
  const items = timelineLines(model, log).slice(-TIMELINE_SHOWN).reverse();
  list.replaceChildren(
    ...items.map((l) => {
      const li = document.createElement('li');
      li.className = `tl tl-${l.kind}`;
      if (l.color) li.dataset.color = l.color;
      const time = document.createElement('time');
      time.textContent = formatClock(l.t);
      const text = document.createElement('span');
      text.textContent = l.text;
      li.append(time, text);
      if (l.detail) {
        const d = document.createElement('small');
        d.textContent = l.detail;
        li.append(d);
      }
      return li;
    }),
  );
}
