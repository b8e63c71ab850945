// The README's generated tables (models, claims → scenarios) match the code and scenarios.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { join } from 'node:path';
import { generatedReadme } from '../scripts/readme-tables.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { readmeAfter, readmeText } from './readme-text.ts';
import { MODELS } from '../src/models/index.ts';
import { ANSWER_VALUES, SYMPTOMS } from '../src/troubleshoot/symptoms.ts';
import { BOUNCE_WINDOW_MS } from '../src/hardware/buttons.ts';
import { explorationJobs } from '../src/check/exploration-pool.ts';
import { helpEntries } from '../src/cli/repl/help.ts';
import { ACTION } from '../src/twin/trace-check.ts';
import { POWER_ENTRIES } from '../src/twin/twin.ts';
import { buildProgram } from '../src/cli/main.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';
import { DEFAULT_ALPHABET, DEFAULT_DEPTH, EXPLORATIONS, GATE_DEPTH_AT_KEYPAD, WHOLE_KEYPAD, defaultScope, digitsOf } from '../src/check/scope.ts';

describe('README', () => {
  it('has up-to-date generated tables (npm run docs:tables)', () => {
    const current = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(generatedReadme(current) === current).toBe(true);
  });

  it("lists every symptom `lockstep doctor --symptom` takes, and the bolt's and the half-finished reset's answers with their words", () => {
    const listed = readmeAfter('Symptoms (`--symptom`):', '`--answers`', 'the doctor\'s symptom list');
    for (const s of SYMPTOMS) expect(listed, s.id).toContain(`\`${s.id}\``);
    const text = readmeText();
    for (const q of ['boltDoes', 'runsFreeOpen', 'meantReset'] as const) expect(text, q).toContain(`\`${q}=${ANSWER_VALUES[q].join('|')}\``);
  });

  it('has the quick start the project promises', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const cmd of ['npm install', 'npm start', 'npm test', 'npm run bench']) expect(text).toContain(cmd);
  });

  // The scope named four of the five explorations that press every digit: not the store's.
  it('names every exploration that presses all ten digits, as the checker has them', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const scope = defaultScope(MODELS[0]);
    const whole = EXPLORATIONS.filter((e) => digitsOf(e, scope).length === WHOLE_KEYPAD.length);
    const named = `${whole.slice(0, -1).join(', ')} and ${whole.at(-1)}`;
    expect(text).toContain(`Scope: digits {${DEFAULT_ALPHABET.join(', ')}} (all ten in the ${named} explorations)`);
  });

  // A hold is timed after the debounce: the figures the Steps table gives are the model data's.
  it('gives the key debounce and bounce of the model data for a hold timed short of a threshold', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const debounces = new Set(MODELS.map((m) => m.timing.debounceMs));
    expect(debounces.size).toBe(1);
    const [debounce] = debounces;
    expect(text).toContain(`after its key debounce (${debounce} ms on every model, the profiles' \`timing.debounceMs\``);
    expect(text).toContain(`(within ${BOUNCE_WINDOW_MS} ms) to when it has been open and quiet for ${debounce} ms`);
    expect(text).toContain(`one up to ${debounce! - BOUNCE_WINDOW_MS} ms short always, one ${debounce! + BOUNCE_WINDOW_MS} ms short or more never`);
  });

  // The default scope's sentence left out the switches exploration, added after it was written.
  it('gives the default depth of every exploration in the default scope, as the checker has them', () => {
    const sentence = readmeAfter('The **default scope** is every state reachable within a depth of ', ' steps', 'the default scope sentence');
    for (const e of EXPLORATIONS) expect(sentence, e).toMatch(new RegExp(`(^|, | and )${e} ${DEFAULT_DEPTH[e]}\\b`));
    expect(sentence).toContain(`admin-gate ${DEFAULT_DEPTH['admin-gate']} (${GATE_DEPTH_AT_KEYPAD} on the menu models)`);
  });

  // The order the explorations are handed out in left out the three added after it (switches,
  // screened, store).
  it('gives the order a model\'s explorations are handed out in, as the pool hands them out', () => {
    const text = readmeText();
    // The model with every exploration (the 916) gives the whole order.
    const orders = MODELS.map((m) => explorationJobs([{ model: m, scope: defaultScope(m) }]).map((j) => j.exploration));
    const order = orders.reduce((longest, o) => (o.length > longest.length ? o : longest));
    expect(order).toHaveLength(EXPLORATIONS.length);
    expect(text).toContain(`(they are handed out longest first: ${order.join(', ')})`);
  });

  // The REPL's words as the README lists them left out press, the exterior's cable, fault and quit.
  it('names every command the REPL\'s help lists', () => {
    // `help` itself is the sentence's subject, named before its list.
    const list = `\`help\` ${readmeAfter('`help` lists the words (', ')', 'the sentence listing the REPL\'s words')}`;
    const named = new Set([...list.matchAll(/`([^`]+)`/g)].flatMap(([, span]) => span!.split(/[ /]/)));
    for (const { command } of helpEntries()) {
      const words = command.split(' / ').map((c) => c.split(' ')[0]!);
      for (const w of words) expect(/^[0-9]+$/.test(w) ? list.includes('digits') : named.has(w), `${w} (${command})`).toBe(true);
    }
  });

  // The trace lines' table named every action of an `input` line but the exterior's cable.
  it('names every action, and each of its fields, an `input` trace line holds, and every `power` value', () => {
    const lines = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').split('\n');
    const row = (ch: string) => {
      const found = lines.find((l) => l.startsWith(`| \`${ch}\` |`));
      expect(found, `the trace table's ${ch} row`).toBeDefined();
      return found!;
    };
    const words = new Set([...row('input').matchAll(/`([^`]+)`/g)].flatMap(([, span]) => span!.match(/[A-Za-z][A-Za-z-]*/g) ?? []));
    for (const form of ACTION.options) {
      for (const word of [form.shape.do.value, ...Object.keys(form.shape)]) expect(words.has(word), `${form.shape.do.value}: ${word}`).toBe(true);
    }
    for (const v of POWER_ENTRIES) expect(row('power'), v).toContain(`\`"${v}"\``);
  });

  // How it is built named two programming grammars after the positional one (909, 910, 240) came.
  it('names each of the firmware\'s programming grammars', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const grammars = readdirSync(join(REPO_ROOT, 'src', 'firmware')).filter((f) => /^programming-.*\.ts$/.test(f));
    expect(grammars.length).toBeGreaterThan(1);
    for (const f of grammars) expect(text, f).toContain(`\`${f}\``);
  });

  // The seed's rule named the --seed of repl and practice-reset after run took one too.
  it('names every command that takes a --seed where it gives a seed\'s rule', () => {
    const named = readmeAfter('A seed (`seed:` in a scenario, `--seed` of ', ')', "the seed's rule");
    const seeded = buildProgram().commands.filter((c) => c.options.some((o) => o.long === '--seed')).map((c) => c.name());
    expect(seeded.length).toBeGreaterThan(0);
    for (const c of seeded) expect(named, c).toContain(`\`${c}\``);
  });

  // Every option the README gives a command is one the command has: a command written out
  // (`lockstep check --all --depth 7`, `npx lockstep …` in a code block), a command's row of the
  // command table, or a command and option named in passing (`doctor --until-step`).
  it('gives each command only options it has', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const options = new Map(buildProgram().commands.map((c) => [c.name(), new Set(c.options.map((o) => o.long))]));
    const given: [string, string, string][] = []; // command, option, where
    const optionsIn = (s: string) => [...s.matchAll(/(?:^|[\s`(])(--[a-z][a-z-]*)/g)].map(([, o]) => o!);
    const blocks = /^```[a-z]*\n([\s\S]*?)^```$/gm;
    const blockLines = [...text.matchAll(blocks)].flatMap(([, body]) => body!.split('\n'));
    const spans = [...text.replace(blocks, '').matchAll(/`([^`]+)`/g)].map(([, span]) => span!);
    for (const s of [...spans, ...blockLines]) {
      for (const [, command, rest] of s.matchAll(/lockstep ([a-z-]+)([^|#\n]*(?:\n[^|#\n`]*)*)/g)) {
        if (options.has(command!)) for (const o of optionsIn(rest!)) given.push([command!, o, s]);
      }
      const [, command, rest] = /^([a-z-]+) (--[a-z][\s\S]*)$/.exec(s) ?? [];
      if (command && options.has(command)) for (const o of optionsIn(rest!)) given.push([command, o, s]);
    }
    for (const row of text.split('\n').filter((l) => l.startsWith('| `lockstep '))) {
      const command = /^\| `lockstep ([a-z-]+)/.exec(row)![1]!;
      for (const [, o] of row.slice(row.indexOf(' | ')).matchAll(/`(--[a-z][a-z-]*)/g)) given.push([command, o!, row.slice(0, 40)]);
    }
    expect(new Set(given.map(([c]) => c)).size, 'commands given options').toBeGreaterThanOrEqual(7);
    for (const [command, option, where] of given) expect(options.get(command)!.has(option), `${command} ${option} (in ${where.slice(0, 80)})`).toBe(true);
    // And the commands that take --model are the ones the README says take it.
    const flat = text.replace(/\s+/g, ' ');
    const named = /`--model` \(of ([^)]*)\) takes a model's id/.exec(flat);
    expect(named, 'the sentence on --model').not.toBeNull();
    const withModel = [...options].filter(([, o]) => o.has('--model')).map(([c]) => c);
    expect(new Set([...named![1]!.matchAll(/`([a-z-]+)`/g)].map(([, c]) => c))).toEqual(new Set(withModel));
  });

  // Every file the README names is in the tree: a path (`src/check/monitors.ts`,
  // `scenarios/smartcode-913/s08-factory-reset.yaml`, a link), a scenario by its model's folder
  // (`smartcode-913/k3-auto-lock-30s.yaml`), a file named in a list of its folder's files
  // (`handing.ts`), a glob (`test/check-default-scope-*.test.ts`). Not checked: what is outside the
  // repository (`../shared/…`, `/proc`), a placeholder (`scenarios/<model>/`, `NAME.start.json`)
  // and what a build writes (`web/dist/`, the library's `dist/`, there only once `npm install` or
  // `npm run build:lib` has run).
  it('names only files that are in the tree', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '');
    const tracked = execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const basenames = new Set(tracked.map((f) => basename(f)));
    const named = [
      ...[...text.matchAll(/`([^`\s]+)`/g)].map(([, span]) => span!),
      ...[...text.matchAll(/\]\(([^)#\s]+)\)/g)].map(([, link]) => link!),
    ].filter((p) => /^[\w.*-]+(\/[\w.*-]*)+$/.test(p) || /^[\w.-]+\.(ts|mjs|js|yaml|json|md|png)$/.test(p));
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: object; devDependencies: object };
    const packages = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    const notChecked = (p: string) => p.startsWith('../') || p.startsWith('/') || /^[A-Z][A-Z-]*\./.test(p) || p === 'web/dist/' || p === 'dist/' || packages.has(p.split('/')[0]!);
    const found = (p: string) =>
      p.includes('*') ? tracked.some((f) => new RegExp(`^${p.replace(/[.]/g, '\\.').replaceAll('*', '[^/]*')}$`).test(f))
      : existsSync(join(REPO_ROOT, p)) || existsSync(join(REPO_ROOT, 'scenarios', p)) || (!p.includes('/') && basenames.has(p));
    const checked = named.filter((p) => !notChecked(p));
    expect(checked.length).toBeGreaterThan(100);
    expect(checked.filter((p) => !found(p))).toEqual([]);
  });

  // The broken fixtures' table has a row for each fixture the checker's tests and the fuzzers
  // run, and none for a fixture that is gone.
  it('has a row in the broken fixtures\' table for every broken firmware and for no other', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const start = text.indexOf('| fixture | what is broken |');
    expect(start, "the broken fixtures' table").toBeGreaterThanOrEqual(0);
    const rows = text.slice(start, text.indexOf('\n\n', start)).split('\n').slice(2);
    const names = rows.map((r) => /^\| `([a-z0-9-]+)` \|/.exec(r)?.[1] ?? r);
    expect([...names].sort()).toEqual(Object.keys(BROKEN_FIRMWARE).sort());
  });
});
