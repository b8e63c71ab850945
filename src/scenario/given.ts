// The `given:` block of a scenario — the installed lock before the first step
// (design/architecture.md, Scenario files).
import { quoted } from '../printable.ts';
import { isScalar } from 'yaml';
import { entries, type YValue } from './nodes.ts';
import { failAt, posOf, type SourceContext } from './source.ts';
import type { Given, SourcePos } from './types.ts';
import {
  DIGITS,
  readDigits,
  readDuration,
  readInt,
  numberedEntries,
  readIntKey,
  readSwitchNumber,
  readSwitchPosition,
  readText,
  readVolts,
  readWord,
} from './values.ts';
import {
  AUTO_LOCK_STATES,
  DOOR_STATES,
  GIVEN_BOLT_STATES,
  HANDINGS,
  HIGHEST_SLOT,
  LEARNED_HANDINGS,
  LOWEST_SLOT,
  MASTERCODE_NONE,
  STRIKE_STATES,
  USER_CODE_STATES,
} from './vocabulary.ts';

type Reader<T> = (ctx: SourceContext, node: YValue) => T;
type GivenKey = keyof Given;
type GivenReaders = { [K in GivenKey]: Reader<NonNullable<Given[K]>> };

/** `mastercode: "86420"` or `mastercode: none`. */
function readGivenMastercode(ctx: SourceContext, node: YValue): string {
  if (isScalar(node) && node.value === MASTERCODE_NONE) return MASTERCODE_NONE;
  if (isScalar(node) && typeof node.value === 'string' && !DIGITS.test(node.value)) {
    return failAt(ctx, node, `mastercode must be a string of digits or ${MASTERCODE_NONE}, got ${quoted(node.value)}`);
  }
  return readDigits(ctx, node, 'mastercode');
}

/** `codes: { 1: "1234", 2: "5678" }` — slot → code. */
function readGivenCodes(ctx: SourceContext, node: YValue): Record<number, string> {
  const codes: Record<number, string> = {};
  for (const { n: slot, entry } of numberedEntries(ctx, node, 'given codes', 'code slot', (key) => readIntKey(ctx, key, 'code slot', LOWEST_SLOT, HIGHEST_SLOT))) {
    codes[slot] = readDigits(ctx, entry.value, `code for slot ${slot}`);
  }
  return codes;
}

/** `switches: { 2: on }` — DIP switch → position. */
function readGivenSwitches(ctx: SourceContext, node: YValue): NonNullable<Given['switches']> {
  const switches: NonNullable<Given['switches']> = {};
  for (const { n, entry } of numberedEntries(ctx, node, 'given switches', 'switch', (key) => readSwitchNumber(ctx, key))) {
    switches[n] = readSwitchPosition(ctx, entry.value);
  }
  return switches;
}

/** `snapshot: saved.json` — resolved against the scenario file's directory. */
function readSnapshot(ctx: SourceContext, node: YValue): string {
  return ctx.resolvePath(readText(ctx, node, 'snapshot path'));
}

const GIVEN_READERS: GivenReaders = {
  door: (ctx, node) => readWord(ctx, node, HANDINGS, 'door handing'),
  handed: (ctx, node) => readWord(ctx, node, LEARNED_HANDINGS, 'learned handing'),
  mastercode: readGivenMastercode,
  codes: readGivenCodes,
  battery: (ctx, node) => readVolts(ctx, node, 'battery voltage'),
  doorState: (ctx, node) => readWord(ctx, node, DOOR_STATES, 'door state'),
  strike: (ctx, node) => readWord(ctx, node, STRIKE_STATES, 'strike'),
  bolt: (ctx, node) => readWord(ctx, node, GIVEN_BOLT_STATES, 'bolt state'),
  switches: readGivenSwitches,
  tag: (ctx, node) => readDigits(ctx, node, 'tag'),
  userCodes: (ctx, node) => readWord(ctx, node, USER_CODE_STATES, 'userCodes state'),
  oneTimeCode: (ctx, node) => readInt(ctx, node, 'oneTimeCode slot', LOWEST_SLOT, HIGHEST_SLOT),
  autoLock: (ctx, node) => readWord(ctx, node, AUTO_LOCK_STATES, 'autoLock state'),
  autoLockDelay: (ctx, node) => readDuration(ctx, node, 'autoLockDelay'),
  snapshot: readSnapshot,
};

const GIVEN_KEYS_HINT = Object.keys(GIVEN_READERS).join(', ');

function isGivenKey(key: string): key is keyof Given {
  return Object.hasOwn(GIVEN_READERS, key);
}

function assign<K extends keyof Given>(given: Given, key: K, ctx: SourceContext, node: YValue): void {
  const read = GIVEN_READERS[key];
  given[key] = read(ctx, node);
}

/** The `given:` mapping (or nothing) as a Given, with the position of each value. */
export function readGiven(
  ctx: SourceContext,
  node: YValue | undefined,
): { given: Given; givenPos: Partial<Record<keyof Given, SourcePos>> } {
  const given: Given = {};
  const givenPos: Partial<Record<keyof Given, SourcePos>> = {};
  if (node === undefined || (isScalar(node) && node.value === null)) return { given, givenPos };
  const all = entries(ctx, node, 'given');
  // Each word read on its own: a mistake in one is recorded and the next read (mistakes.ts).
  for (const entry of all) {
    ctx.mistakes.attempt(() => {
      if (!isGivenKey(entry.key)) {
        return failAt(ctx, entry.keyNode, `unknown given key ${quoted(entry.key)} (expected one of: ${GIVEN_KEYS_HINT})`);
      }
      assign(given, entry.key, ctx, entry.value);
      givenPos[entry.key] = posOf(ctx, entry.value);
    });
  }
  // A snapshot is the lock's whole state: a word beside it would be silently outweighed.
  const beside = given.snapshot === undefined ? undefined : all.find((e) => e.key !== 'snapshot');
  if (beside) {
    return failAt(ctx, beside.keyNode, `${quoted(beside.key)} cannot be given with a snapshot: the snapshot holds the lock's whole state (change it in steps instead)`);
  }
  return { given, givenPos };
}
