// The lockstep command line: run scenarios, list models, play the seed's recovery story.

import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errColours } from './colour.ts';
import { EXIT_BAD_INPUT, EXIT_INTERNAL } from './exit-codes.ts';
import { ScenarioError } from '../scenario/types.ts';
import { runFiles } from './run-command.ts';
import { mistakeLines } from './refusal-words.ts';
import { listModels } from './models-command.ts';
import { claimCoverage, printClaims } from './claims-command.ts';
import { identifyCommand } from './identify-command.ts';
import { decodeCommand } from '../troubleshoot/decode-command.ts';
import { replCommand } from './repl/repl-command.ts';
import { registerDoctorCommand } from './doctor-command.ts';
import { MAX_SPEED, practiceReset } from './practice-reset.ts';
import { modelOption } from '../models/model-named.ts';
import { registerCheckCommand } from '../check/register.ts';
import { clippedWords, quoted } from '../printable.ts';
import { plainDecimal } from './decimal-number.ts';
import { DEFAULT_SEED, SEED_RULE, seedFromText } from '../sim/seed.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const STORY_SCENARIO = join(ROOT, 'scenarios', 'smartcode-913', 'story-seed-recovery.yaml');

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('lockstep')
    .description('A deterministic digital twin of Kwikset SmartCode / Powerbolt keypad deadbolts')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(errColours.red(clippedWords(str))) });

  program
    .command('run')
    .description('run scenario files; exit 0 when every expectation holds, 1 at a failed one, 2 for a file it cannot accept')
    .argument('<files...>', 'scenario YAML files; a folder runs the *.yaml files in it, in name order')
    // Each changes what the timeline shows: one given with another would be silently ignored.
    .addOption(new Option('--json', 'write the trace as one JSON object per line instead of the timeline (mode changes included)').conflicts(['quiet', 'modes']))
    .addOption(new Option('-q, --quiet', 'print only the verdicts: PASS, FAIL or REFUSED lines, and the summary').conflicts('modes'))
    .option('--modes', 'also show the firmware mode changes')
    .option('--save-snapshot <file>', "save the twin's final state as a snapshot (a scenario can start from it with given.snapshot)")
    .option('--seed <n>', `run every scenario at this seed, ${SEED_RULE}, instead of its own seed: line (one that starts from a snapshot, which carries its own random streams, is refused, exit 2)`)
    .action((files: string[], opts) => {
      process.exitCode = runFiles(files, opts);
    });

  program
    .command('models')
    .description('list the lock models with the identifiers to recognise them by')
    .addOption(new Option('--json', 'machine-readable output').conflicts('markdown'))
    .option('--markdown', 'the model × feature table with the source of every cell (as in the README)')
    .action((opts) => listModels(Boolean(opts.json), console.log, Boolean(opts.markdown)));

  program
    .command('identify')
    .description('which model(s) match what is printed on your lock or its box (seed S13); exit 1 when none does')
    .argument('<text...>', 'a model number, SKU, part number or name, e.g. "92640-001" or "SmartCode 913"')
    .option('--json', 'machine-readable output')
    .action((words: string[], opts) => {
      process.exitCode = identifyCommand(words.join(' '), Boolean(opts.json));
    });

  program
    .command('decode')
    .description('what the lock is telling you: "15 red flashes, 15 beeps" → meaning and what to do (seed S24, S7, S25); --meaning for the reverse; exit 1 when nothing matches')
    .argument('[text...]', 'what you see and hear, e.g. "solid red", "red x3 and 3 beeps", "it beeps but won\'t unlock", "two digits light up" (a 915/916\'s SecureScreen)')
    .option('--model <model>', 'the lock model: its id or the number on it, e.g. 275 (default smartcode-913; see `lockstep models`)')
    .option('--meaning <word>', 'the other way round: what a signal looks and sounds like, e.g. lockout, battery, jam, SecureScreen')
    .option('--json', 'machine-readable output')
    .action((words: string[], opts) => {
      process.exitCode = decodeCommand({ text: words.join(' '), model: opts.model, meaning: opts.meaning, json: Boolean(opts.json) });
    });

  program
    .command('claims')
    .description('which shipped scenario reproduces which seed claim (S1…S25), and which property of `lockstep check` checks it or why none does')
    .option('--markdown', 'as a Markdown table (as in the README)')
    .addOption(new Option('--json', 'machine-readable output').conflicts('markdown'))
    .action((opts) => {
      const table = claimCoverage(join(ROOT, 'scenarios'), ROOT);
      if (opts.json) console.log(JSON.stringify(table));
      else printClaims(table, Boolean(opts.markdown));
    });

  program
    .command('story')
    .description("play the seed's recovery story on a SmartCode 913: inherited lock, factory reset, door handing, new Mastercode and code tested with the door open")
    .option('--modes', 'also show the firmware mode changes')
    .action((opts) => {
      if (!existsSync(STORY_SCENARIO)) throw new Error(`story scenario missing: ${STORY_SCENARIO}`);
      process.exitCode = runFiles([STORY_SCENARIO], { modes: Boolean(opts.modes) });
    });

  program
    .command('repl')
    .description('operate a live twin from the terminal (or piped commands); `help` inside lists the commands; exit 2 for an unknown model, an unreadable snapshot or --seed with --load, or, piped, once every line has run when a line was not accepted (a command not understood, a file not loaded or written; an action the lock refused is its answer: exit 0)')
    .option('--model <model>', 'the lock model: its id or the number on it, e.g. 913 (see `lockstep models`)')
    .option('--seed <n>', `the seed, ${SEED_RULE} (default ${DEFAULT_SEED}); refused with --load, exit 2: the snapshot carries its own random streams`)
    .option('--load <snapshot.json>', 'start from a saved snapshot, with the random streams it carries')
    .option('--json', 'JSON Lines for a program to read: a `ready` object, an `entry` for every trace entry, and per command `done` (with the state), `help` or `error`; piped, an `end` with the lines not accepted and the exit')
    .action(async (opts) => {
      process.exitCode = await replCommand(opts);
    });
  registerDoctorCommand(program);

  program
    .command('practice-reset')
    .description('do a factory reset for real on a twin, from the keyboard, with a live hold timer that warns when Program is released too early (seed S8, S9); exit 0 once the lock has reset, 1 when left (q, Ctrl-C, Ctrl-D) before it has, 2 for a bad option or no terminal to read keys from')
    .option('--model <model>', 'the lock model: its id or the number on it, e.g. 275', 'smartcode-913')
    .option('--speed <n>', `virtual time per real second (1 = real time, at most ${MAX_SPEED})`, '1')
    .option('--seed <n>', `the seed, ${SEED_RULE}`, String(DEFAULT_SEED))
    .action(async (opts) => {
      const named = modelOption(opts.model);
      const model = named.model;
      const speed = plainDecimal(opts.speed) ?? NaN;
      const seed = seedFromText(opts.seed);
      const problem = !model
        ? named.problem
        : !(speed > 0 && speed <= MAX_SPEED)
          ? `--speed must be a number above 0 and at most ${MAX_SPEED}, got ${quoted(opts.speed)}`
          : seed === undefined
            ? `--seed must be ${SEED_RULE}, got ${quoted(opts.seed)}`
            : null;
      if (problem !== null || !model || seed === undefined) {
        console.error(errColours.red(`error: ${problem}`));
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      process.exitCode = await practiceReset({ model, speed, seed });
    });
  registerCheckCommand(program);
  // Commander's own `help nope` printed the whole help, exit 2, without naming what was wrong.
  program.helpCommand(false);
  program
    .command('help')
    .description('display help for command')
    .argument('[command]', 'the command to describe')
    .action((name: string | undefined) => {
      if (name === undefined) return program.help();
      const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name));
      if (command === undefined) return program.error(`error: unknown command ${quoted(name)} (\`lockstep help\` lists the commands)`, { code: 'commander.unknownCommand' });
      command.help();
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
      return;
    }
    if (err instanceof ScenarioError) {
      for (const line of mistakeLines(err)) console.error(errColours.red(line));
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    console.error(errColours.red(`lockstep: internal error: ${(err as Error).stack ?? err}`));
    process.exitCode = EXIT_INTERNAL;
  }
}
