// Registers `lockstep check` on the command line (src/cli/main.ts calls this once).
import { Option, type Command } from 'commander';
import { errColours } from '../cli/colour.ts';
import { EXIT_BAD_INPUT, EXIT_INCOMPLETE } from '../cli/exit-codes.ts';
import { checkCommand, DEFAULT_OUT_DIR } from './check-command.ts';
import { DEFAULT_DEPTH, DEFAULT_STATE_CAP, EXTRA_BUTTON_DEPTH_CUT, GATE_DEPTH_AT_KEYPAD } from './scope.ts';
import { campaignCommand } from './power-cut-command.ts';
import { defaultJobs } from './exploration-pool.ts';
import { DEFAULT_MAX_CUTS } from './power-cut-campaign.ts';
import { PROPERTIES } from './properties.ts';
import { gatherDepths } from './depth-option.ts';

const listDepths = (d: Record<string, number>, sign = ''): string =>
  Object.entries(d)
    .filter(([, v]) => sign === '' || v !== 0)
    .map(([k, v]) => `${k} ${sign}${v}`)
    .join(', ');

export function registerCheckCommand(program: Command): void {
  const depths = listDepths(DEFAULT_DEPTH);
  program
    .command('check')
    .description(
      `model-check the real firmware within a small scope (${PROPERTIES.map((p) => p.id).join(', ')}: every property the report gives); exit 0 when no property fails within the depths reached (the report says when the state cap stopped an exploration short of its depth), 1 on a violation (a counterexample scenario is written), 2 for bad input, ${EXIT_INCOMPLETE} with --require-complete when the search was not complete`,
    )
    .option('--model <model>', 'the lock model: its id or the number on it, e.g. 913 (see `lockstep models`)')
    .option('--all', 'check every model')
    .option('--depth <n>', `search depth in steps, for every exploration, or name=n for some (e.g. exterior=15; the others keep theirs) (default: ${depths}, screened on the 916 only, with SecureScreen on; admin-gate ${GATE_DEPTH_AT_KEYPAD} where programming starts at the keypad; on models with a Reset button ${listDepths(EXTRA_BUTTON_DEPTH_CUT, '−')})`, gatherDepths)
    .option('--state-cap <n>', `stop an exploration after this many distinct states (default: ${DEFAULT_STATE_CAP})`)
    .option('--code-length <n>', "the length of the codes and admin code the search installs and types, and of the longest entry taken for a code: from 4 (the default, every model's shortest) to a model's longest; the keypad, screened and admin-gate explorations then try every entry up to that length, and their default depths grow with it")
    // The default in words, as the README gives it: "(default: "2")" read as a fixed figure.
    .addOption(new Option('--jobs <n>', 'explorations run at once, each on a worker thread of its own (1: all in this thread)').default(String(defaultJobs()), `one per core (${defaultJobs()} here)`))
    .option('--json', 'machine-readable report')
    .option('--require-complete', `exit ${EXIT_INCOMPLETE} when no property fails but the search did not cover the whole scope (an exploration the state cap stopped short of its depth), so that CI can gate on the exit code alone`)
    .option('--out <dir>', 'where counterexample scenarios are written', DEFAULT_OUT_DIR)
    .option('--power-cut-campaign', 're-run every shipped scenario (or --model\'s) with the pack pulled mid-write and at event boundaries; exit 1 if a cut corrupts the store')
    .option('--max-cuts <n>', `with --power-cut-campaign: cut points per scenario, beyond every mid-write one (default ${DEFAULT_MAX_CUTS})`)
    .action(async (opts, cmd: Command) => {
      const given = (key: string): boolean => cmd.getOptionValueSource(key) === 'cli';
      const misplaced = misplacedOption(Boolean(opts.powerCutCampaign), given);
      if (misplaced !== null) {
        console.error(errColours.red(`error: ${misplaced}`));
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      process.exitCode = opts.powerCutCampaign ? campaignCommand(opts) : await checkCommand(opts);
    });
}

/** The options of the model checker only, and of the power-cut campaign only (option keys as the
 * parser names them, with their flags). */
const CHECKER_ONLY: readonly [key: string, flag: string][] = [
  ['depth', '--depth'],
  ['stateCap', '--state-cap'],
  ['codeLength', '--code-length'],
  ['jobs', '--jobs'],
  ['out', '--out'],
  ['requireComplete', '--require-complete'],
];
const CAMPAIGN_ONLY: readonly [key: string, flag: string][] = [['maxCuts', '--max-cuts']];

/** An option given for the other kind of run, which it would not change (the run would ignore
 * it without a word), or null. */
export function misplacedOption(campaign: boolean, given: (key: string) => boolean): string | null {
  const misplaced = (campaign ? CHECKER_ONLY : CAMPAIGN_ONLY).find(([key]) => given(key));
  if (!misplaced) return null;
  return campaign
    ? `${misplaced[1]} is an option of the model checker; the power-cut campaign re-runs the shipped scenarios and takes --model or --all, --max-cuts and --json`
    : `${misplaced[1]} is an option of the power-cut campaign: add --power-cut-campaign`;
}
