// The readable timeline: every input, light, beep, bolt movement and event of a run, at its
// virtual time, with the LED in its colour, each key as the model's keypad draws it and each event
// by its title (twin/event-words.ts). Used by `lockstep run` and `npm start`.

import pc from 'picocolors';
import type { TraceEntry } from '../sim/trace.ts';
import type { ExpectFailure } from '../scenario/expect-check.ts';
import type { Step } from '../scenario/types.ts';
import { describeAction, type KeyName } from '../twin/describe-action.ts';
import { eventDetails, eventTitle } from '../twin/event-words.ts';
import type { AdminCodeName } from '../scenario/describe-expectation.ts';
import type { LockEvent } from '../firmware/io.ts';
import { expectationWords } from '../scenario/scenario-words.ts';

type Paint = (s: string) => string;
const LED_PAINT: Record<string, Paint> = { red: pc.red, green: pc.green, amber: pc.yellow };
const DOT = '●';
const TIME_DIGITS = 9; // seconds to three decimals, up to 99999.999
/** Where a row's words begin, after its time, two spaces and its mark ("   60.000s  › "): the
 * rows a terminal's width wraps it to hang there. */
export const ENTRY_TEXT_COLUMN = TIME_DIGITS + 5; // "s", two spaces, the mark and a space

export function formatTime(ms: number): string {
  const s = (ms / 1000).toFixed(3);
  return pc.dim(`${s.padStart(TIME_DIGITS)}s`);
}

/** `keyName`: the model's name for each key (troubleshoot/key-words.ts), for the input rows;
 * `admin`: the model's name for its admin code (ModelProfile.adminCodeName), for the event rows. */
export function formatEntry(e: TraceEntry, keyName?: KeyName, admin?: AdminCodeName): string | null {
  const v = e.v as Record<string, unknown>;
  switch (e.ch) {
    case 'input':
      return `${formatTime(e.t)}  ${pc.cyan('›')} ${pc.bold(describeAction(v, keyName))}`;
    case 'led': {
      if ('status' in v) {
        if (v.status === null) return `${formatTime(e.t)}  ${pc.dim('○ status light off')}`;
        const paint = LED_PAINT[String(v.status)] ?? pc.white;
        return `${formatTime(e.t)}  ${pc.dim('○ status blinks')} ${paint(String(v.status))} ${pc.dim(`every ${Number(v.everyMs) / 1000} s`)}`;
      }
      const paint = LED_PAINT[String(v.color)] ?? pc.white;
      const what = v.solidMs ? `solid ${Number(v.solidMs) / 1000} s` : `×${v.flashes}`;
      const alt = v.alt ? `/${(LED_PAINT[String(v.alt)] ?? pc.white)(String(v.alt))}` : '';
      return `${formatTime(e.t)}  ${paint(`${DOT} ${v.color}`)}${alt} ${paint(what)}`;
    }
    case 'beep':
      return `${formatTime(e.t)}  ${pc.magenta(`♪ ${v.count} ${v.long ? 'long ' : ''}beep${v.count === 1 ? '' : 's'}`)}`;
    case 'bolt':
      if ('motor' in v) return `${formatTime(e.t)}  ${pc.blue(`⇄ motor ${v.motor}: bolt ${v.bolt}`)}`;
      if ('manual' in v) return `${formatTime(e.t)}  ${pc.blue(`⇄ bolt moved by hand: ${v.state}`)}`;
      return `${formatTime(e.t)}  ${pc.blue(`■ bolt ${v.stopped}`)}`;
    case 'power':
      return `${formatTime(e.t)}  ${pc.yellow(`⚡ power ${e.v}`)}`;
    case 'mode':
      return `${formatTime(e.t)}  ${pc.dim(`  mode ${e.v}`)}`;
    case 'event': {
      const event = e.v as LockEvent;
      const details = eventDetails(event, keyName, admin);
      return `${formatTime(e.t)}  ${pc.bold(`▸ ${eventTitle(event.type, admin)}`)}${details.length ? pc.dim(` (${details.join(', ')})`) : ''}`;
    }
    default:
      return null;
  }
}

export function formatExpect(t: number, step: Step & { do: 'expect' }, failures: ExpectFailure[]): string[] {
  const what = JSON.stringify(expectationWords(step.expect)).replace(/"/g, '');
  if (failures.length === 0) return [`${formatTime(t)}  ${pc.green('✓')} expect ${what}`];
  const lines = [`${formatTime(t)}  ${pc.red('✗')} expect ${what}`];
  for (const f of failures) lines.push(`              ${pc.red(`${f.key}: expected ${f.expected}, observed ${f.observed}`)}`);
  return lines;
}
