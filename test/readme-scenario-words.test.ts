// The README's Scenarios section and the scenario language agree word for word
// (design/architecture.md, Scenario files: "The words below are the contract"): every word the
// parser takes — each key of `given:`, each step and its options, each expectation and its
// options, each value word — is named in the section, in a code span, and every one of them is
// taken. The parser's own lists are read from its errors ("expected one of: …"), so a word added
// to it and not to the README fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/scenario/load.ts';
import { ScenarioError } from '../src/scenario/types.ts';
import { REPO_ROOT } from './scenario-files.ts';

const SECTION_START = '## Scenarios';
const SECTION_END = '## The troubleshooter';
const CODE_SPAN = /`([^`\n]+)`/g;
const WORD = /[A-Za-z][A-Za-z0-9-]*/g;
const ONE_OF = /expected one of: ([^)]+)\)/;

/** The words written in code spans of the README's Scenarios section — or, given `row`, of its
 * lines that hold `row` (a table's row: a step's values are named in the step's own row). */
function readmeWords(row: string | null): Set<string> {
  const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = text.slice(text.indexOf(SECTION_START), text.indexOf(SECTION_END));
  const lines = row === null ? [section] : section.split('\n').filter((l) => l.includes(row));
  expect(lines.length, `a README line with ${row}`).toBeGreaterThan(0);
  return new Set(lines.flatMap((l) => [...l.matchAll(CODE_SPAN)].flatMap(([, span]) => wordsOf(span))));
}

/** The words of a text: `{ in: VOLTS }` gives in, VOLTS; `500ms` gives ms. */
function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map(([w]) => w);
}

/** The error of a 913 (or `model`) scenario with these lines after its header, or null when it parses. */
function errorOf(lines: string[], model = 'smartcode-913'): string | null {
  try {
    parseScenario(['name: n', `model: ${model}`, ...lines].join('\n') + '\n', 'words.yaml');
    return null;
  } catch (err) {
    if (err instanceof ScenarioError) return err.why;
    throw err;
  }
}

/** The list an error gives after "expected one of:". */
function oneOf(lines: string[]): string[] {
  const why = errorOf(lines);
  const list = why === null ? null : ONE_OF.exec(why);
  if (list === null) throw new Error(`no "expected one of" for ${lines.join(' / ')}: ${why}`);
  return list[1].split(', ');
}

const step = (s: string) => ['steps:', `  - ${s}`];
const expectation = (e: string) => step(`expect: { ${e} }`);

/** Each list of words the parser takes, as its errors give it, and the README row that names them
 * (null: anywhere in the section). */
const LISTS: Array<[string, string[], string | null]> = [
  ['top-level keys', ['nope: 1', ...step('press: lock')], null],
  ['given keys', ['given: { nope: 1 }', ...step('press: lock')], null],
  ['step words', step('nope: 1'), null],
  ['hold options', step('hold: { key: program, nope: 1 }'), '| `hold: { key: K, for: 5s }`'],
  ['release options', step('release: { key: program, nope: 1 }'), '| `hold: K` / `release: K`'],
  ['type options', step('type: { digits: "1", nope: 1 }'), '| `type: "1234"`'],
  ['type forces', step('type: { digits: "1", force: nope }'), '| `type: "1234"`'],
  ['battery options', step('battery: { nope: 1 }'), '| `battery: out'],
  ['battery actions', step('battery: nope'), '| `battery: out'],
  ['door states', step('door: nope'), '| `door: open'],
  ['strike states', step('strike: nope'), '| `door: open'],
  ['exterior states', step('exterior: nope'), '| `exterior:'],
  ['thumbturn directions', step('thumbturn: nope'), '| `thumbturn:'],
  ['bolt actions', step('bolt: nope'), '| `bolt: push`'],
  ['switch positions', step('switch: { 1: nope }'), '| `switch:'],
  ['faults', step('fault: nope'), '| `fault:'],
  ['duration units', step('wait: 5nope'), '| `wait:'],
  ['expectations', expectation('nope: 1'), null],
  ['led options', expectation('led: { color: red, nope: 1 }'), '| `led` |'],
  ['led colours', expectation('led: nope'), '| `led` |'],
  ['status options', expectation('status: { color: red, nope: 1 }'), '| `status` |'],
  ['status colours', expectation('status: nope'), '| `status` |'],
  ['bolt states', expectation('bolt: nope'), '| `bolt` |'],
  ['handings', expectation('handed: nope'), '| `handed` |'],
  ['store states', expectation('store: nope'), '| `lockout`, `mode`'],
  ['power states', expectation('power: nope'), '| `lockout`, `mode`'],
  ['userCodes states', expectation('userCodes: nope'), '| `userCodes` |'],
  ['autoLock states', expectation('autoLock: nope'), '| `autoLock`, `autoLockDelay` |'],
];

describe('README: the scenario language, word for word', () => {
  it.each(LISTS)('names every one of the parser\'s %s', (_what, lines, row) => {
    const documented = readmeWords(row);
    const words = oneOf(lines).flatMap(wordsOf);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => !documented.has(w))).toEqual([]);
  });

  // The other way round: the words the README gives beside a step or an expectation are taken.
  it.each([
    ['type: { digits: "1234", force: light }'],
    ['type: { digits: "1234", force: firm }'],
    ['switch: { 2: on }'],
    ['switch: { 2: off }'],
    ['switch: { 2: true }'],
    ['switch: { 2: false }'],
    ['wait: 500ms'],
    ['wait: 1.5s'],
    ['wait: 2min'],
    ['wait: 3h'],
    ['wait: 1d'],
    ['hold: { key: program, for: 5s }'],
    ['release: { key: program, pause: 24ms }'],
    ['wait: 30 s'],
  ])('takes the step %s', (s) => {
    const lines = s.startsWith('release') ? ['steps:', '  - hold: program', `  - ${s}`] : step(s);
    expect(errorOf(lines)).toBeNull();
  });

  it.each([
    ['smartcode-913', 'given: { switches: { 2: on, 3: false } }', 'expect: { status: { color: green, every: 6s } }'],
    ['smartcode-909', 'given: { codes: { 1: "1234" } }', 'expect: { codes: { 1: "1234", 2: null }, status: { color: green, every: 5s } }'],
    ['smartcode-913', 'given: { mastercode: none }', 'expect: { led: { color: red, flashes: 3, solid: false }, event: [unlocked, battery-low], noEvent: lockout }'],
    ['powerbolt-250', 'given: { autoLock: on, autoLockDelay: 10min, userCodes: disabled }', 'expect: { autoLock: on, autoLockDelay: 10min, userCodes: disabled, led: white }'],
    ['smartcode-955', 'given: { codes: { 3: "1234" }, oneTimeCode: 3 }', 'expect: { oneTimeCode: 3, mastercode: none }'],
    ['smartcode-275', 'given: { tag: "13579" }', 'expect: { mastercode: set, store: ok, power: on, lockout: false, mode: idle }'],
    ['smartcode-913', 'given: { mastercode: none }', 'expect: { event: lockout, why: too-many-wrong-codes }'],
  ])('takes on the %s %s and %s', (model, given, expectWords) => {
    expect(errorOf([given, 'steps:', `  - ${expectWords}`], model)).toBeNull();
  });
});
