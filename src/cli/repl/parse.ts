// `lockstep repl`: one typed line → one command. Physical actions use the twin's Action type
// (the same words as the scenario language, design/architecture.md "Scenario files"); the rest
// are session commands. A line that is not a command is a ReplInputError naming what is wrong.
// Its words are cut as a shell cuts them (line-words.ts), so a file name may be quoted.

import type { Action } from '../../twin/twin.ts';
import type { ButtonKey } from '../../hardware/buttons.ts';
import { DurationError, parseDuration } from '../../scenario/duration.ts';
import {
  FAULTS,
  HIGHEST_SWITCH,
  HIGHEST_VOLTS,
  KEY_NAMES,
  KEY_NAMES_HINT,
  LOWEST_SWITCH,
  LOWEST_VOLTS,
  STRIKE_STATES,
  EXTERIOR_STATES,
  TURN_DIRECTIONS,
} from '../../scenario/vocabulary.ts';
import { quoted } from '../../printable.ts';
import { ReplInputError } from './input-error.ts';
import { lineWords } from './line-words.ts';
import { shellWord } from '../shell-word.ts';
import { plainDecimal } from '../decimal-number.ts';
import { plainWholeNumber } from '../whole-number.ts';
import { MAX_SPEED, MIN_SPEED } from './pace.ts';
import { replWayOfStepWord } from './step-word-hints.ts';
import { keyNameHint, lockButtonHint } from '../../scenario/key-other-names.ts';

export type ReplCommand =
  | { kind: 'action'; action: Action }
  | { kind: 'state' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'speed'; factor: number } // 0 = instant
  | { kind: 'save'; file: string }
  | { kind: 'load'; file: string }
  | { kind: 'record'; file: string }
  | { kind: 'nothing' }; // an empty line

/** A command's words that are wrong: missing, extra, out of range, not a key. */
function badArgument(message: string): ReplInputError {
  return new ReplInputError('bad-argument', message);
}

const DIGITS_ONLY = /^\d+$/;
const SPEED_INSTANT_WORDS = ['instant', 'off', '0'];
const ON_OFF = ['on', 'off'] as const;

type Parser = (args: string[]) => ReplCommand;

function act(action: Action): ReplCommand {
  return { kind: 'action', action };
}

// Words are matched whatever their case (`Hold Program`), and echoed as typed.

function oneOf<T extends string>(word: string | undefined, allowed: readonly T[], what: string): T {
  const lower = word?.toLowerCase();
  if (lower !== undefined && (allowed as readonly string[]).includes(lower)) return lower as T;
  const got = word === undefined ? 'nothing' : quoted(word);
  throw badArgument(`${what} must be ${allowed.join(' or ')}, got ${got}`);
}

function noMore(args: string[], used: number, usage: string): void {
  if (args.length > used) throw badArgument(`unexpected ${quoted(args.slice(used).join(' '))} (usage: ${usage})`);
}

function keyName(word: string | undefined, usage: string): ButtonKey {
  const lower = word?.toLowerCase();
  if (lower !== undefined && (KEY_NAMES as readonly string[]).includes(lower)) return lower as ButtonKey;
  if (word === undefined) throw badArgument(`missing key (keys: ${KEY_NAMES_HINT}; usage: ${usage})`);
  const hint = keyNameHint(word);
  throw badArgument(`${quoted(word)} is not a key${hint === null ? '' : ` — ${hint}`} (keys: ${KEY_NAMES_HINT}; usage: ${usage})`);
}

function duration(word: string | undefined, usage: string): number {
  if (word === undefined) throw badArgument(`missing duration (usage: ${usage})`);
  const lower = word.toLowerCase();
  try {
    return parseDuration(lower);
  } catch (err) {
    if (err instanceof DurationError) throw badArgument(err.message.split(quoted(lower)).join(quoted(word)));
    throw err;
  }
}

/** How many of `args` a duration takes: two where a number is followed by its unit (`wait 5 s`,
 * as a scenario's `wait: 5 s`), else one. */
function durationWords(args: string[]): number {
  const [amount, unit] = args;
  return amount !== undefined && unit !== undefined && /^\d+(?:\.\d+)?$/.test(amount) && /^[A-Za-z]+$/.test(unit) ? 2 : 1;
}

/** One file name, as the line gave it (line-words.ts: quoted where it holds spaces). */
function fileArg(args: string[], usage: string): string {
  const [file] = args;
  if (file === undefined || file === '') throw badArgument(`missing file name (usage: ${usage})`);
  if (args.length > 1) {
    throw badArgument(`unexpected ${quoted(args.slice(1).join(' '))} after the file name ${quoted(file)} (usage: ${usage}; quote a name with spaces whole: ${usage.split(' ')[0]} ${shellWord(args.join(' '))})`);
  }
  return file;
}

function withoutArgs(command: ReplCommand, usage: string): Parser {
  return (args) => {
    noMore(args, 0, usage);
    return command;
  };
}

/** The command words, each with its parser. Usage texts match help.ts. */
const PARSERS: Record<string, Parser> = {
  lock: withoutArgs(act({ do: 'press', key: 'lock' }), 'lock'),
  program: withoutArgs(act({ do: 'press', key: 'program' }), 'program'),
  press: (args) => {
    noMore(args, 1, 'press KEY');
    return act({ do: 'press', key: keyName(args[0], 'press KEY') });
  },
  hold: (args) => {
    const usage = 'hold KEY [DURATION]';
    noMore(args, 1 + durationWords(args.slice(1)), usage);
    const key = keyName(args[0], usage);
    if (args[1] === undefined) return act({ do: 'hold', key });
    return act({ do: 'hold-for', key, ms: duration(args.slice(1).join(' '), usage) });
  },
  release: (args) => {
    noMore(args, 1, 'release KEY');
    return act({ do: 'release', key: keyName(args[0], 'release KEY') });
  },
  shown: withoutArgs(act({ do: 'type-shown' }), 'shown'),
  pull: withoutArgs(act({ do: 'battery-out' }), 'pull'),
  insert: (args) => {
    noMore(args, 1, 'insert [VOLTS]');
    if (args[0] === undefined) return act({ do: 'battery-in' });
    const volts = plainDecimal(args[0]) ?? NaN;
    if (!(volts >= LOWEST_VOLTS && volts <= HIGHEST_VOLTS)) {
      throw badArgument(`battery voltage must be a number from ${LOWEST_VOLTS} to ${HIGHEST_VOLTS}, got ${quoted(args[0])}`);
    }
    return act({ do: 'battery-in', volts });
  },
  open: withoutArgs(act({ do: 'door', state: 'open' }), 'open'),
  close: withoutArgs(act({ do: 'door', state: 'closed' }), 'close'),
  strike: (args) => {
    noMore(args, 1, 'strike aligned|misaligned');
    return act({ do: 'strike', state: oneOf(args[0], STRIKE_STATES, 'strike') });
  },
  exterior: (args) => {
    noMore(args, 1, 'exterior connected|disconnected');
    return act({ do: 'exterior', state: oneOf(args[0], EXTERIOR_STATES, 'exterior cable state') });
  },
  thumbturn: (args) => {
    noMore(args, 1, 'thumbturn lock|unlock');
    return act({ do: 'thumbturn', dir: oneOf(args[0], TURN_DIRECTIONS, 'thumbturn direction') });
  },
  key: (args) => {
    noMore(args, 1, 'key lock|unlock');
    return act({ do: 'key', dir: oneOf(args[0], TURN_DIRECTIONS, 'key direction') });
  },
  push: withoutArgs(act({ do: 'push-bolt' }), 'push'),
  switch: (args) => {
    const usage = `switch N on|off (N from ${LOWEST_SWITCH} to ${HIGHEST_SWITCH})`;
    noMore(args, 2, usage);
    const n = plainWholeNumber(args[0]) ?? NaN;
    if (!(n >= LOWEST_SWITCH && n <= HIGHEST_SWITCH)) {
      throw badArgument(`switch number must be from ${LOWEST_SWITCH} to ${HIGHEST_SWITCH}, got ${args[0] === undefined ? 'nothing' : quoted(args[0])}`);
    }
    return act({ do: 'switch', n: n as 1 | 2 | 3 | 4, on: oneOf(args[1], ON_OFF, 'switch position') === 'on' });
  },
  fault: (args) => {
    noMore(args, 1, `fault ${FAULTS.join('|')}`);
    return act({ do: 'fault', fault: oneOf(args[0], FAULTS, 'fault') });
  },
  wait: (args) => {
    noMore(args, durationWords(args), 'wait DURATION');
    return act({ do: 'wait', ms: duration(args[0] === undefined ? undefined : args.join(' '), 'wait DURATION') });
  },
  speed: (args) => {
    noMore(args, 1, 'speed N');
    const word = args[0];
    if (word !== undefined && SPEED_INSTANT_WORDS.includes(word.toLowerCase())) return { kind: 'speed', factor: 0 };
    const factor = plainDecimal(word);
    if (factor === undefined || factor < MIN_SPEED || factor > MAX_SPEED) {
      throw badArgument(`speed needs a factor from ${MIN_SPEED} to ${MAX_SPEED} in decimal digits (1 = real time) or "instant", got ${word === undefined ? 'nothing' : quoted(word)}`);
    }
    return { kind: 'speed', factor };
  },
  state: withoutArgs({ kind: 'state' }, 'state'),
  help: () => ({ kind: 'help' }),
  save: (args) => ({ kind: 'save', file: fileArg(args, 'save FILE') }),
  load: (args) => ({ kind: 'load', file: fileArg(args, 'load FILE') }),
  record: (args) => ({ kind: 'record', file: fileArg(args, 'record FILE') }),
  quit: withoutArgs({ kind: 'quit' }, 'quit'),
  exit: withoutArgs({ kind: 'quit' }, 'exit'),
};

/** Every command word, for tab completion. */
export const COMMAND_WORDS: readonly string[] = Object.keys(PARSERS);

/** Parse one line. Throws ReplInputError (unknown-command or bad-argument) for anything that is not a command. */
export function parseLine(line: string): ReplCommand {
  if (line.trim().startsWith('#')) return { kind: 'nothing' };
  const [word, ...args] = lineWords(line);
  if (word === undefined) return { kind: 'nothing' };
  const lower = word.toLowerCase();
  if (DIGITS_ONLY.test(word)) {
    noMore(args, 0, 'DIGITS, e.g. 1234');
    return act({ do: 'type', digits: word });
  }
  const parser = Object.hasOwn(PARSERS, lower) ? PARSERS[lower] : undefined;
  if (!parser) {
    const way = replWayOfStepWord(word, args) ?? lockButtonHint(word);
    throw new ReplInputError('unknown-command', `unknown command ${quoted(word)}${way === null ? '' : `: ${way}`} (type help for the list of commands)`);
  }
  return parser(args);
}
