// Plain words for one trace entry, the way src/cli/timeline.ts tells them in the terminal (each key
// as the model's keypad draws it, src/troubleshoot/key-words.ts; each event by its title,
// src/twin/event-words.ts, the admin code by the model's name for it), with the model's signal labels and advice (src/troubleshoot/advice.ts:
// SIGNAL_LABELS, adviceFor — seed S2–S4, S6–S10, S15–S20, S23–S25). A light several signals share is read by the twin's own
// events at its moment where they tell which it was (src/troubleshoot/event-signals.ts: green ×1
// beside `factory-reset` is the reset done, not a programming step), and a light whose meaning
// names two happenings says the one its event tells (src/troubleshoot/event-told-advice.ts: the
// Mastercode set or cleared); the list of what it may be, and the hedge, are kept where they do not.
// The reset's red flash with its button still held is the hold counted, not a reset left waiting
// (armed-hold-reading.ts; seed S8, S24).

import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import { SIGNAL_LABELS } from '../../src/troubleshoot/advice.ts';
import { adviceAtEvents } from '../../src/troubleshoot/event-told-advice.ts';
import { matchSignals, type LedEntry } from './signals.ts';
import { settleByEvents } from '../../src/troubleshoot/event-signals.ts';
import { describeAction } from '../../src/twin/describe-action.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';
import { describeEvent } from '../../src/twin/event-words.ts';
import { ARMED_SIGNALS, armedWhileHeld } from './armed-hold-reading.ts';

export interface Words {
  kind: string;
  text: string;
  /** A second line: what it means and what to do, when one signal fits. */
  detail?: string;
  color?: string;
}

/** `eventsAtSameTime`: the types of the events the twin reported with the entry — at its moment,
 * and for a light those its answer went on to report (light-events.ts: an unlock's, once the bolt stopped). */
/** `resetHeld`: the model's reset button is down at the entry's moment (the armed reset's lights
 * then say the hold counted, armed-hold-reading.ts, not what to do about a reset left waiting). */
export function describe(model: ModelProfile, e: LockTraceEntry, beepsAtSameTime: number | null, eventsAtSameTime: readonly string[] = [], resetHeld = false): Words | null {
  const v = e.v as Record<string, unknown>;
  switch (e.ch) {
    case 'input':
      return { kind: 'input', text: describeAction(v, keyWords(model)) };
    case 'led': {
      if ('status' in v) {
        if (v.status === null) return { kind: 'status', text: 'status light off' };
        return { kind: 'status', text: `status light blinks ${v.status} every ${Number(v.everyMs) / 1000} s`, color: String(v.status) };
      }
      const led = v as unknown as LedEntry;
      const look = led.solidMs ? `${led.color} solid ${led.solidMs / 1000} s` : `${led.color}${led.alt ? `/${led.alt}` : ''} ×${led.flashes}`;
      const names = settleByEvents(matchSignals(model, led, beepsAtSameTime), eventsAtSameTime);
      if (names.length === 1) {
        const a = resetHeld && ARMED_SIGNALS.includes(names[0]) ? armedWhileHeld(model, names[0]) : adviceAtEvents(model, names[0], eventsAtSameTime);
        const text = `${look} — ${a.label}`;
        return { kind: 'led', text, color: led.color, detail: `${a.meaning}. ${a.todo} (${a.cite})` };
      }
      const text = names.length ? `${look} — ${names.map((n) => SIGNAL_LABELS[n]).join(' or ')}` : look;
      return { kind: 'led', text, color: led.color };
    }
    case 'beep':
      return { kind: 'beep', text: `${v.count} ${v.long ? 'long ' : ''}beep${v.count === 1 ? '' : 's'}` };
    case 'bolt':
      if ('motor' in v) return { kind: 'bolt', text: `motor ${v.motor}: bolt ${v.bolt}` };
      if ('manual' in v) return { kind: 'bolt', text: `bolt moved by hand: ${v.state}` };
      return { kind: 'bolt', text: `bolt ${v.stopped}` };
    case 'power':
      return { kind: 'power', text: `power ${String(e.v)}` };
    case 'mode':
      return null; // the firmware's inner mode: shown in the state panel, not the story
    case 'event':
      return { kind: 'event', text: describeEvent(e.v, keyWords(model), model.adminCodeName) };
    default:
      return null;
  }
}
