// A person's action in plain words ("pull the battery pack", "hold Program for 5 s"): one
// wording for the terminal timeline, the browser timeline and the troubleshooter. A key is said
// by the name given for it (troubleshoot/key-words.ts: as the model's keypad draws it), or else
// by the scenario's word for it.

import type { Action } from './twin.ts';

/** A key's name: the scenario's word for it unless the model's is given. */
export type KeyName = (key: string) => string;

const SCENARIO_WORD: KeyName = (key) => key;

export function describeAction(a: Action | Record<string, unknown>, keyName: KeyName = SCENARIO_WORD): string {
  const v = a as Record<string, unknown>;
  const key = keyName(String(v.key));
  switch (v.do) {
    case 'press':
      return `press ${key}`;
    case 'hold':
      return `hold ${key} down`;
    case 'release':
      return `release ${key}${v.pauseMs !== undefined ? ` (then ${Number(v.pauseMs) / 1000} s pass)` : ''}`;
    case 'hold-for':
      return `hold ${key} for ${Number(v.ms) / 1000} s`;
    case 'type':
      return `type ${v.digits}${v.force === 'light' ? ' (light taps)' : ''}`;
    case 'type-shown':
      return 'type the digits the screen shows';
    case 'battery-out':
      return 'pull the battery pack';
    case 'battery-in':
      return `insert the battery pack${v.volts !== undefined ? ` (${v.volts} V)` : ''}`;
    case 'door':
      return `${v.state === 'open' ? 'open' : 'close'} the door`;
    case 'strike':
      return `strike plate ${v.state}`;
    case 'exterior':
      return v.state === 'connected' ? "plug the exterior assembly's cable back in" : "unplug the exterior assembly's cable";
    case 'thumbturn':
      return `turn the thumbturn to ${v.dir}`;
    case 'key':
      return `turn the key to ${v.dir}`;
    case 'push-bolt':
      return 'push against the bolt';
    case 'switch':
      return `switch ${v.n} ${v.on ? 'on' : 'off'}`;
    case 'wait':
      return `wait ${Number(v.ms) / 1000} s`;
    case 'fault':
      return `fault: ${v.fault}`;
    default:
      return JSON.stringify(v);
  }
}
