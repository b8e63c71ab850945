// The `help` text of `lockstep repl`: every command, in the words parse.ts accepts.

import pc from 'picocolors';
import { MAX_SPEED, MIN_SPEED } from './pace.ts';

const COMMANDS: readonly [string, string][] = [
  ['1234', 'type digits on the keypad'],
  ['shown', "type the digits a 916's SecureScreen shows now (switch 4 on; a touch wakes it)"],
  ['lock', 'press the exterior Lock button'],
  ['program', 'press the interior Program button'],
  ['press KEY', 'press and release any key: 0-9, lock, program, reset'],
  ['hold KEY', 'press a key and keep it down (release it with: release KEY)'],
  ['hold KEY 5s', 'hold a key for a time, then let go'],
  ['release KEY', 'let go of a held key'],
  ['pull', 'take the battery pack out'],
  ['insert [VOLTS]', 'put the pack (back) in, e.g. insert 4.6 for a weak one'],
  ['open / close', 'open or close the door'],
  ['strike aligned|misaligned', 'the strike plate lines up with the bolt, or not'],
  ['exterior connected|disconnected', "plug in or pull the exterior assembly's cable (keypad to inside)"],
  ['thumbturn lock|unlock', 'turn the interior thumbturn'],
  ['key lock|unlock', 'turn the key outside'],
  ['push', 'push against the bolt by hand'],
  ['switch N on|off', 'set DIP switch N (1-4)'],
  ['fault store-glitch|power-cut-mid-write', 'inject a fault'],
  ['wait 30s', 'let time pass: 500ms, 30s, 2min, 3h, 1d'],
  ['speed N', `pace waits in real time ×N, N from ${MIN_SPEED} to ${MAX_SPEED} (speed 1 = real time); speed instant (or off, or 0) = no pacing (default)`],
  ['state', 'bolt, locked, handing, codes, Mastercode, switches, lockout, battery, mode'],
  ['save FILE', 'save the whole twin as a snapshot (JSON); quote a name with spaces: save "my snap.json"'],
  ['load FILE', 'continue from a snapshot; the recording starts again from it'],
  ['record FILE', 'write the session so far as a scenario that `lockstep run FILE` replays'],
  ['help', 'this list'],
  ['quit', 'leave (or Ctrl-D)'],
];

const ROW_INDENT = '  ';
const COLUMN = Math.max(...COMMANDS.map(([c]) => c.length)) + 2;
/** Where a command's words begin on its row: a terminal's wrapped rows of them hang there. */
export const HELP_TEXT_COLUMN = ROW_INDENT.length + COLUMN;

/** The commands as data (`repl --json`'s help). */
export function helpEntries(): { command: string; does: string }[] {
  return COMMANDS.map(([command, does]) => ({ command, does }));
}

export function helpLines(): string[] {
  return ['Commands:', ...COMMANDS.map(([cmd, what]) => `${ROW_INDENT}${pc.bold(cmd.padEnd(COLUMN))}${what}`)];
}
