// `lockstep doctor`: interactive by default (arrow-key select lists, plain words), scriptable
// with --model, --symptom, --answers, --json; or it reads a twin's own condition from
// --snapshot FILE / --scenario FILE (--until-step N stops the scenario where the trouble is,
// since shipped scenarios end repaired). --show runs the prescribed plan on a twin in that
// condition, step by step with the lock's lights and beeps, and confirms the symptom is gone.
// Exit: 0 done; 1 with --show when the twin still shows trouble; 2 for input it cannot accept
// (unknown model or symptom, bad answers, no terminal to ask on). Seed S7, S24, S17, S25, S5.

import type { Command } from 'commander';
import { errColours } from './colour.ts';
import { plainWholeNumber } from './whole-number.ts';
import { modelOption } from '../models/model-named.ts';
import type { ModelProfile } from '../models/profile.ts';
import { adminCodeAlwaysSet, adminCodeOrigin } from '../models/admin-code-kept.ts';
import { Twin } from '../twin/twin.ts';
import { readSnapshotFile, SnapshotFileError } from './snapshot-file.ts';
import { loadScenarioFile } from '../scenario/load.ts';
import { examineSymptom, examineTwin, type DoctorCase } from '../troubleshoot/doctor.ts';
import { diagnoseTwin } from '../troubleshoot/conditions.ts';
import { demonstrate, type Demonstration } from '../troubleshoot/demonstrate.ts';
import { twinFromScenario, untilStepProblem, type ScenarioState } from '../troubleshoot/scenario-state.ts';
import { ANSWER_VALUES, AnswerError, SYMPTOMS, findSymptom, parseAnswers, questionsFor, type Answers, type QuestionId, type SymptomId } from '../troubleshoot/symptoms.ts';
import { EXIT_BAD_INPUT, EXIT_EXPECTATION_FAILED, EXIT_OK } from './exit-codes.ts';
import { printConfirmation, printDemonstrationStart, printReport, printTroubled, stepPrinter, type Out } from './doctor-print.ts';
import { fitLine } from './terminal-wrap.ts';
import { askAnswers, askModel, askPractise, askShow, askSymptom } from './doctor-prompts.ts';
import { practiceReset } from './practice-reset.ts';
import { hasSecureScreen } from '../firmware/secure-screen.ts';
import { QuotingError, quoted } from '../printable.ts';

/** Ctrl-C during the interview. */
const EXIT_CANCELLED = 130;

export interface DoctorOptions {
  model?: string;
  symptom?: string;
  answers?: string;
  snapshot?: string;
  scenario?: string;
  untilStep?: string;
  show?: boolean;
  json?: boolean;
}

class DoctorInputError extends QuotingError {}

/** An answer the model cannot give, refused rather than ignored: what a SecureScreen shows, on a
 * model without one; no admin code ever set, on a model that always has one. */
function answersFit(p: ModelProfile, answers: Answers): void {
  if (answers.screenDigits !== undefined && !hasSecureScreen(p)) {
    throw new DoctorInputError(`--answers screenDigits: the ${p.id} has no SecureScreen (switch 4 of the 915/916), so it shows no digits to touch first`);
  }
  if (answers.meantReset !== undefined && !p.reset.confirmPress) {
    throw new DoctorInputError(`--answers meantReset: the ${p.id} resets as its hold ends: there is no half-finished reset to cancel or finish`);
  }
  if (answers.mastercode === 'none' && adminCodeAlwaysSet(p)) {
    throw new DoctorInputError(`--answers mastercode=none: the ${p.id} always has a ${p.adminCodeName} (${adminCodeOrigin(p)}): answer known or lost`);
  }
}

/** Answers to questions the symptom never asks on this model, refused rather than ignored: the
 * ranking would not read them, and some contradict the symptom itself (`mastercode=known` with
 * no-mastercode). */
function answersAsked(p: ModelProfile, symptom: SymptomId, answers: Answers): void {
  const asked = questionsFor(symptom, p, {}).map((q) => q.id);
  const unasked = (Object.keys(answers) as QuestionId[]).filter((id) => !asked.includes(id));
  if (unasked.length === 0) return;
  const askedList = asked.length ? asked.join(', ') : 'nothing';
  throw new DoctorInputError(`--answers ${unasked.join(', ')}: the symptom ${symptom} on the ${p.id} does not ask ${unasked.length === 1 ? 'it' : 'them'} (it asks: ${askedList})`);
}

/** What a twin's own condition leaves to its owner, which no twin can show: whether the admin
 * code is lost, and whether a reset it shows half-finished was meant (doctor.ts examineTwin). */
const TWIN_ANSWERS: readonly QuestionId[] = ['mastercode', 'meantReset'];
/** Of those, what is read beside a twin whatever the symptom: the twin, not the symptom, shows
 * the half-finished reset. */
const TWIN_ANSWERS_ALWAYS: readonly QuestionId[] = ['meantReset'];

/** What is said beside a twin (--snapshot, --scenario) is held to the rule a symptom's answers
 * are: with a symptom, only what it asks (and TWIN_ANSWERS_ALWAYS); with none, only
 * TWIN_ANSWERS — the others would be silently ignored, the doctor reading the twin itself. */
function answersForTwin(p: ModelProfile, symptom: SymptomId | undefined, answers: Answers): void {
  if (symptom) {
    const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => !TWIN_ANSWERS_ALWAYS.includes(id as QuestionId))) as Answers;
    return answersAsked(p, symptom, rest);
  }
  const unread = (Object.keys(answers) as QuestionId[]).filter((id) => !TWIN_ANSWERS.includes(id));
  if (unread.length === 0) return;
  throw new DoctorInputError(`--answers ${unread.join(', ')}: with --snapshot or --scenario and no --symptom the doctor reads the lock's condition from the twin and takes only ${TWIN_ANSWERS.join(', ')}; give --symptom to say what the lock does`);
}

function modelOrFail(id: string | undefined): ModelProfile | undefined {
  if (id === undefined) return undefined;
  const named = modelOption(id);
  if (named.problem !== undefined) throw new DoctorInputError(named.problem);
  return named.model;
}

function symptomOrFail(id: string | undefined): SymptomId | undefined {
  if (id === undefined) return undefined;
  if (!findSymptom(id)) throw new DoctorInputError(`unknown symptom ${quoted(id)} (known: ${SYMPTOMS.map((s) => s.id).join(', ')})`);
  return id as SymptomId;
}

function untilStepOrFail(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = plainWholeNumber(text);
  if (n === undefined) throw new DoctorInputError(`--until-step wants a step count in decimal digits, got ${quoted(text)}`);
  return n;
}

function loadSnapshot(file: string): Twin {
  try {
    return Twin.restore(readSnapshotFile(file).snap);
  } catch (err) {
    if (err instanceof SnapshotFileError) throw new DoctorInputError(err.message);
    throw err;
  }
}

/** The case to treat: from a twin (snapshot or scenario), from a symptom, or from the interview. */
async function takeCase(opts: DoctorOptions, interactive: boolean): Promise<{ c: DoctorCase; scenario?: ScenarioState }> {
  const symptom = symptomOrFail(opts.symptom);
  const answers: Answers = opts.answers ? parseAnswers(opts.answers) : {};
  const model = modelOrFail(opts.model);
  if (opts.snapshot && opts.scenario) throw new DoctorInputError('give --snapshot or --scenario, not both');
  if (opts.untilStep !== undefined && !opts.scenario) throw new DoctorInputError('--until-step goes with --scenario');
  if (opts.snapshot || opts.scenario) {
    let twin: Twin;
    let scenario: ScenarioState | undefined;
    if (opts.snapshot) twin = loadSnapshot(opts.snapshot);
    else {
      const scn = loadScenarioFile(opts.scenario!);
      const untilStep = untilStepOrFail(opts.untilStep);
      const problem = untilStep === undefined ? null : untilStepProblem(scn, untilStep);
      if (problem !== null) throw new DoctorInputError(problem);
      scenario = twinFromScenario(scn, untilStep);
      twin = scenario.twin;
    }
    if (model && model.id !== twin.model.id) throw new DoctorInputError(`--model ${model.id} does not match the twin's model ${twin.model.id}`);
    answersFit(twin.model, answers);
    answersForTwin(twin.model, symptom, answers);
    return { c: examineTwin(twin, { symptom, answers }), scenario };
  }
  if (symptom) {
    const p = model ?? (interactive ? await askModel() : undefined);
    if (!p) throw new DoctorInputError('--symptom needs --model (`lockstep models` lists them)');
    answersFit(p, answers);
    answersAsked(p, symptom, answers);
    return { c: examineSymptom(p, symptom, answers) };
  }
  if (!interactive) {
    throw new DoctorInputError('no terminal to ask on: script the doctor with --model ID --symptom ID [--answers k=v,…], or give --snapshot FILE / --scenario FILE');
  }
  const p = await askModel(model?.id);
  answersFit(p, answers);
  const s = await askSymptom(p);
  answersAsked(p, s, answers);
  return { c: examineSymptom(p, s, await askAnswers(s, p, answers)) };
}

function demonstrationJson(d: Demonstration, twin: Twin): object {
  return {
    ok: d.ok,
    before: d.before.map((f) => f.id),
    after: d.after.map((f) => f.id),
    steps: d.steps.map((s) => ({ n: s.step.n, part: s.step.part, says: s.step.says, ok: s.failures.length === 0, failures: s.failures, trace: twin.trace.entries.slice(s.from, s.to) })),
    confirmation: d.confirmation,
  };
}

/** The report on standard output: on a terminal wrapped between words to its width, each step's
 * rows hanging under its text (the terminal cut words at its edge: "th" / "at"); whole otherwise. */
const reportLines: Out = (line, hang) => console.log(fitLine(process.stdout, line, hang));

export async function doctorCommand(opts: DoctorOptions, given?: Out, stdinIsTty = Boolean(process.stdin.isTTY)): Promise<number> {
  // --json's one line is never wrapped: a program reads it.
  const out: Out = given ?? (opts.json ? (line) => console.log(line) : reportLines);
  const interactive = stdinIsTty && !opts.json;
  let taken: Awaited<ReturnType<typeof takeCase>>;
  try {
    taken = await takeCase(opts, interactive);
  } catch (err) {
    if (err instanceof DoctorInputError || err instanceof AnswerError) {
      console.error(errColours.red(`error: ${err.message}`));
      return EXIT_BAD_INPUT;
    }
    if (err instanceof Error && err.name === 'ExitPromptError') return EXIT_CANCELLED;
    throw err;
  }
  const { c, scenario } = taken;
  const troubled = scenario && opts.untilStep === undefined && !c.report.findings.some((f) => f.priority <= 2) ? scenario.troubled : [];
  let show = Boolean(opts.show);
  if (!opts.json) {
    printReport(c.report, out);
    printTroubled(troubled, out);
    if (!show && interactive && c.plan.steps.length) {
      try {
        show = await askShow();
      } catch (err) {
        if (err instanceof Error && err.name === 'ExitPromptError') return EXIT_CANCELLED;
        throw err;
      }
    }
  }
  let demo: Demonstration | undefined;
  if (show && c.plan.steps.length) {
    if (!opts.json) printDemonstrationStart(c.twin, { before: diagnoseTwin(c.twin) }, out);
    demo = demonstrate(c.twin, c.plan, c.confirm, opts.json ? undefined : stepPrinter(out, c.plan.titles));
    if (!opts.json) printConfirmation(demo, out);
  }
  // Show, don't tell: where the plan is a factory reset, let the owner practise the hold itself.
  if (interactive && !opts.json && (c.plan.resets || c.plan.ids.includes('finish-reset'))) {
    try {
      if (await askPractise(c.twin.model)) await practiceReset({ model: c.twin.model, speed: 1, seed: 1 });
    } catch (err) {
      if (err instanceof Error && err.name === 'ExitPromptError') return EXIT_CANCELLED;
      throw err;
    }
  }
  if (opts.json) {
    const json: Record<string, unknown> = { report: c.report };
    if (scenario) json.scenario = { ranSteps: scenario.ranSteps, troubled: scenario.troubled };
    if (demo) json.demonstration = demonstrationJson(demo, c.twin);
    out(JSON.stringify(json));
  }
  return demo && !demo.ok ? EXIT_EXPECTATION_FAILED : EXIT_OK;
}

/** Register `lockstep doctor` on the program (so that it inherits the program's settings). */
export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description("diagnose a lock from its symptom (seed S7) or a twin's state, prescribe the shortest physical fix, and show it working on a twin")
    .option('--model <model>', 'the lock model: its id or the number on it, e.g. 913 (`lockstep models`)')
    .option('--symptom <id>', `the trouble: ${SYMPTOMS.map((s) => s.id).join(' | ')}`)
    .option('--answers <list>', `answers as key=value,… (${Object.keys(ANSWER_VALUES).join(', ')}; screenDigits on the 916 only; meantReset where a reset waits for a confirming press)`)
    .option('--snapshot <file>', "diagnose a saved twin's state (`lockstep run --save-snapshot`)")
    .option('--scenario <file>', "diagnose a scenario's twin after its steps")
    .option('--until-step <n>', 'with --scenario: stop after the first N steps (shipped scenarios end repaired)')
    .option('--show', 'run the prescribed plan on a twin in that condition, step by step, and confirm the symptom is gone')
    .option('--json', 'machine-readable output (never asks)')
    .action(async (opts: DoctorOptions) => {
      process.exitCode = await doctorCommand(opts);
    });
}
