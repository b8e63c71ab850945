// The readable timeline: every input, light, beep, bolt movement and event of a run, at its
// virtual time, with the LED in its colour. Used by `lockstep run` and `npm start`.

import pc from 'picocolors';
import type { TraceEntry } from '../sim/trace.ts';
import type { ExpectFailure } from '../scenario/expect-check.ts';
import type { Step } from '../scenario/types.ts';

type Paint = (s: string) => string;
const LED_PAINT: Record<string, Paint> = { red: pc.red, green: pc.green, amber: pc.yellow };
const DOT = '●';

export function formatTime(ms: number): string {
  const s = (ms / 1000).toFixed(3);
  return pc.dim(`${s.padStart(9)}s`);
}

function describeInput(v: Record<string, unknown>): string {
  switch (v.do) {
    case 'press':
      return `press ${v.key}`;
    case 'hold':
      return `hold ${v.key} down`;
    case 'release':
      return `release ${v.key}`;
    case 'hold-for':
      return `hold ${v.key} for ${Number(v.ms) / 1000} s`;
    case 'type':
      return `type ${v.digits}${v.force === 'light' ? ' (light taps)' : ''}`;
    case 'battery-out':
      return 'pull the battery pack';
    case 'battery-in':
      return `insert the battery pack${v.volts !== undefined ? ` (${v.volts} V)` : ''}`;
    case 'door':
      return `${v.state === 'open' ? 'open' : 'close'} the door`;
    case 'strike':
      return `strike plate ${v.state}`;
    case 'thumbturn':
      return `turn the thumbturn to ${v.dir}`;
    case 'key':
      return `turn the key to ${v.dir}`;
    case 'push-bolt':
      return 'push against the bolt';
    case 'switch':
      return `switch ${v.n} ${v.on ? 'on' : 'off'}`;
    case 'fault':
      return `fault: ${v.fault}`;
    default:
      return JSON.stringify(v);
  }
}

export function formatEntry(e: TraceEntry): string | null {
  const v = e.v as Record<string, unknown>;
  switch (e.ch) {
    case 'input':
      return `${formatTime(e.t)}  ${pc.cyan('›')} ${pc.bold(describeInput(v))}`;
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
      const extra = Object.entries(v)
        .filter(([k]) => k !== 'type')
        .map(([k, x]) => `${k}=${x}`)
        .join(' ');
      return `${formatTime(e.t)}  ${pc.bold(`▸ ${v.type}`)}${extra ? pc.dim(` ${extra}`) : ''}`;
    }
    default:
      return null;
  }
}

export function formatExpect(t: number, step: Step & { do: 'expect' }, failures: ExpectFailure[]): string[] {
  const what = JSON.stringify(step.expect).replace(/"/g, '');
  if (failures.length === 0) return [`${formatTime(t)}  ${pc.green('✓')} expect ${what}`];
  const lines = [`${formatTime(t)}  ${pc.red('✗')} expect ${what}`];
  for (const f of failures) lines.push(`              ${pc.red(`${f.key}: expected ${f.expected}, observed ${f.observed}`)}`);
  return lines;
}
