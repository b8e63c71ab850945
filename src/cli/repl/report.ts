// What the REPL prints about the twin: the trace entries a command produced (in the timeline's
// colours), a one-line status after every command, and the `state` block. Reading only: nothing
// here changes the twin, so a session replays exactly as it was seen.

import pc from 'picocolors';
import type { TraceEntry } from '../../sim/trace.ts';
import type { Twin } from '../../twin/twin.ts';
import { autoLockDelayOf, codeFlagsText } from '../../twin/store-words.ts';
import { autoLockOnOf } from '../../firmware/store-codec.ts';
import { durationWords } from '../../scenario/duration.ts';
import { switchesText } from '../../twin/switch-words.ts';
import { formatEntry } from '../timeline.ts';
import { keyWords } from '../../troubleshoot/key-words.ts';

const VOLTS_DECIMALS = 2;
const SECONDS_DECIMALS = 3;
const MS_PER_S = 1000;
const LABEL_WIDTH = 18; // the longest label, "programming code", and two spaces
const ROW_INDENT = '  ';
/** Where a `state` row's value begins: a terminal's wrapped rows of it hang there. */
export const STATE_VALUE_COLUMN = ROW_INDENT.length + LABEL_WIDTH;
const STATUS_OPEN = '  [';
/** Where the status line's parts begin: a terminal's wrapped rows of them hang there. */
export const STATUS_HANG = STATUS_OPEN.length;
/** The firmware's mode changes are shown by the status line, not as timeline rows. */
const HIDDEN_CHANNELS = new Set<TraceEntry['ch']>(['mode']);

/** Timeline rows for the entries from `from` on. */
export function traceLines(twin: Twin, from: number): string[] {
  const lines: string[] = [];
  const keys = keyWords(twin.model);
  for (const e of twin.trace.entries.slice(from)) {
    if (HIDDEN_CHANNELS.has(e.ch)) continue;
    const line = formatEntry(e, keys, twin.model.adminCodeName);
    if (line) lines.push(line);
  }
  return lines;
}

function batteryText(twin: Twin): string {
  return twin.battery.present ? `${twin.packVolts().toFixed(VOLTS_DECIMALS)} V` : 'out';
}

function codesCount(twin: Twin): number {
  return twin.store().codes.filter((c) => c !== '').length;
}

/** `t 41.680s │ bolt retracted │ unlocked │ door closed │ battery 6.00 V │ mode idle`; `space` is
 * the space between a part's words (NO_BREAK keeps each part whole on a terminal's row). */
export function statusLine(twin: Twin, space = ' '): string {
  const parts = [
    `t ${(twin.sim.now / MS_PER_S).toFixed(SECONDS_DECIMALS)}s`,
    `bolt ${twin.bolt.state()}`,
    twin.locked ? 'locked' : 'unlocked',
    `door ${twin.door.open ? 'open' : 'closed'}`,
    `battery ${batteryText(twin)}`,
    twin.powered ? `mode ${twin.mode}` : 'power off',
  ];
  if (twin.lockedOut) parts.push(pc.red('LOCKED OUT'));
  return pc.dim(STATUS_OPEN) + parts.map((part) => part.replaceAll(' ', space)).join(pc.dim(' │ ')) + pc.dim(']');
}

function row(label: string, value: string): string {
  return `${ROW_INDENT}${pc.dim(label.padEnd(LABEL_WIDTH))}${value}`;
}

/** The menu-set auto-lock (Powerbolt 250, M9): `on, after 30s` or `off (after 30s when on)`. */
function menuAutoLockText(twin: Twin): string {
  const store = twin.store();
  const after = `after ${durationWords(autoLockDelayOf(twin.model, store))}`;
  return autoLockOnOf(store.autoLock) ? `on, ${after} (menu)` : `off (${after} when on; menu)`;
}

/** The `state` command: the lock as a person would ask about it. */
export function stateLines(twin: Twin): string[] {
  const store = twin.store();
  const door = twin.door;
  return [
    row('model', `${twin.model.id} (seed ${twin.seed})`),
    row('bolt', twin.bolt.state()),
    row('locked', twin.locked ? 'yes' : 'no'),
    row('door', `${door.handing}-handed, ${door.open ? 'open' : 'closed'}, strike ${door.strikeAligned ? 'aligned' : 'misaligned'}`),
    ...(twin.buttons.exteriorLinked ? [] : [row('keypad', "cable unplugged: no key outside reaches the lock")]),
    row('handed', store.handed === 'none' ? 'none (not learned)' : store.handed),
    row('codes', `${codesCount(twin)}${codeFlagsText(twin.model, store)}${store.trusted ? '' : ' (store untrusted)'}`),
    row(twin.model.adminCodeName, store.adminCode === '' ? 'not set' : `set (${store.adminCode})`),
    row('switches', switchesText(twin.model, twin.switches)),
    ...(twin.model.menu?.autoLock ? [row('auto-lock', menuAutoLockText(twin))] : []),
    row('lockout', twin.lockedOut ? 'yes' : 'no'),
    ...(twin.screenDigits === '' ? [] : [row('screen', `SecureScreen shows ${twin.screenDigits.split('').join(' ')}: touch them, then the code`)]),
    row('battery', batteryText(twin)),
    row('power', twin.powered ? 'on' : 'off'),
    row('mode', twin.mode),
    row('time', `${(twin.sim.now / MS_PER_S).toFixed(SECONDS_DECIMALS)} s`),
  ];
}
