// `lockstep check --depth`: one depth for every exploration (`--depth 9`), or depths for the
// explorations named, the others keeping their default (`--depth exterior=15` or
// `--depth exterior=15,interior=10`) — so that one exploration can be searched deeper without
// paying for the others' depth (issue "Prove it": the default scope, and beyond it). Given more
// than once (`--depth exterior=15 --depth keypad=7`) its values are one list, not the last alone.

import { EXPLORATIONS, type DepthOption, type ExplorationName } from './scope.ts';
import { quoted } from '../printable.ts';
import { wholeNumberOption } from '../cli/whole-number.ts';

const NAMED = /^([a-z-]+)=(.*)$/;

/** How the command line gathers a --depth given again: after the values before it, as a list. */
export function gatherDepths(value: string, earlier: string | undefined): string {
  return earlier === undefined ? value : `${earlier},${value}`;
}

/** The option's value, or (a string) an error message naming what was wrong. */
export function parseDepthOption(text: string, max: number): DepthOption | string {
  const whole = (s: string, what: string): number | string => wholeNumberOption(s, what, max);
  if (!text.includes('=') && text.includes(',')) return `--depth: ${quoted(text)} gives more than one depth for every exploration; give one number, or exploration=depth for some (e.g. exterior=15,keypad=7)`;
  if (!text.includes('=')) return whole(text, '--depth');
  const out: Partial<Record<ExplorationName, number>> = {};
  for (const part of text.split(',')) {
    const m = NAMED.exec(part.trim());
    if (!m) return `--depth: ${quoted(part)} is neither a depth nor exploration=depth (e.g. exterior=15)`;
    const name = m[1] as ExplorationName;
    if (!EXPLORATIONS.includes(name)) return `--depth: no exploration ${quoted(m[1])} (there are ${EXPLORATIONS.join(', ')})`;
    if (out[name] !== undefined) return `--depth: ${name} is given twice`;
    const n = whole(m[2], `--depth ${name}`);
    if (typeof n !== 'number') return n;
    out[name] = n;
  }
  return out;
}
