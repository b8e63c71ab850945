// `lockstep decode`: the troubleshooter at the door (issue "The troubleshooter"; seed S24, S7,
// S25). "15 red flashes, 15 beeps" → what the lock is saying and what to do; `--meaning lockout`
// → what that looks and sounds like ("factory reset not registered", a reset let go early, looks
// like nothing: early-release-reading.ts, seed S9). Short output for a stressed person: the best match first,
// others by name; the reading itself is decode-reading.ts's, shared with the browser twin. Exit 0 on a match, 1 when nothing matches (with a hint), 2 for bad input
// (unknown model, nothing to decode) — the CLI's documented codes (src/cli/exit-codes.ts).

import pc from 'picocolors';
import { errColours } from '../cli/colour.ts';
import { modelOption } from '../models/model-named.ts';
import type { ModelProfile } from '../models/profile.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from '../cli/exit-codes.ts';
import { adviceFor, SIGNAL_LABELS } from './advice.ts';
import { signalsForMeaning, type SignalMatch } from './decode.ts';
import { describeObservation, type Observation } from './signal-text.ts';
import { namesSecureScreen, noScreenHint, readLitDigits } from './screen-reading.ts';
import { earlyReleaseMeaning, namesEarlyRelease } from './early-release-reading.ts';
import type { ResetFailureReading } from './reset-failure-reading.ts';
import { readDecodeText, saysBeyondMeaning, sentence, signalAnswer, type Answer, type Pointers, type Sureness } from './decode-reading.ts';
import { clipped, quoted } from '../printable.ts';

export const DEFAULT_DECODE_MODEL = 'smartcode-913';
export const EXIT_NO_SIGNAL = 1;
const MAX_MEANINGS = 4;
/** Where --meaning finds no signal: the words it knows. */
const MEANING_WORDS_TO_TRY = 'Try: lockout, battery, jam, wrong code, reset, handing.';

/** The next steps the terminal gives: its own commands. */
export const TERMINAL_POINTERS: Pointers = {
  identify: '`lockstep identify`',
  lookUp: '`lockstep decode --meaning <word>` shows what a signal looks like.',
  notASignal: (model, button) =>
    `Not a light or a sound? \`lockstep doctor --model ${model.id}\` asks what the lock does and gives the steps; \`lockstep practice-reset --model ${model.id}\` walks you through this model's factory reset (a hold of its ${button} button), and \`lockstep decode --model ${model.id} --meaning reset\` shows how the lock answers it.`,
  rehearseReset: (model) => `on a twin of this lock: \`lockstep practice-reset --model ${model.id}\` says at once when a hold does not count or ends too early`,
};

export interface DecodeOptions {
  text: string;
  model?: string;
  meaning?: string;
  json?: boolean;
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const DEFAULT_IO: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

function adviceJson(model: ModelProfile, m: { signal: SignalMatch['signal']; looksLike: string }, obs?: Observation) {
  const a = obs === undefined ? adviceFor(model, m.signal) : signalAnswer(model, m, obs);
  return { label: SIGNAL_LABELS[m.signal], meaning: a.meaning, says: a.says, todo: a.todo, cite: a.cite };
}

function printAnswer(a: Answer, tag: string, out: Io['out']): void {
  out(`${pc.bold(`▶ ${a.label}`)}: ${a.looksLike}${tag}`);
  out(`  ${sentence(a.meaning)}`);
  const says = saysBeyondMeaning(a);
  if (says !== null) out(`  ${says}`);
  out(`  ${pc.bold('→')} ${a.todo}`);
  out(pc.dim(`  (${a.cite})`));
}

function printBlock(model: ModelProfile, m: { signal: SignalMatch['signal']; looksLike: string }, tag: string, out: Io['out']): void {
  printAnswer(signalAnswer(model, m), tag, out);
}

/** A reset that did not take: what stops it on this model, each with its source, and how to rehearse it. */
function printResetReading(r: ResetFailureReading, out: Io['out']): void {
  out(`${pc.bold(`▶ ${r.label}`)}: ${r.looksLike}`);
  out(`  ${sentence(r.meaning)}`);
  r.causes.forEach((c, i) => out(`  ${i + 1}. ${c.says} ${pc.dim(`(${c.cite})`)}`));
  out(`  ${pc.bold('→')} ${r.todo}`);
}

/** "Also possible: …" for the matches not shown in full, if any. */
function printAlso(others: readonly SignalMatch[], out: Io['out']): void {
  if (others.length) out(pc.dim(`Also possible: ${others.map((m) => `${SIGNAL_LABELS[m.signal]} (${m.looksLike})`).join('; ')}`));
}

const SURENESS_TAGS: Record<Sureness, string> = { exact: '', close: ' (close, not exact)', 'most likely': ' (most likely)' };

function decodeText(model: ModelProfile, text: string, json: boolean, header: string, io: Io): number {
  const r = readDecodeText(model, text, TERMINAL_POINTERS);
  const obs = r.obs;
  if (json) {
    io.out(JSON.stringify({
      model: model.id,
      observation: { ...obs, summary: describeObservation(obs) },
      screen: r.screen,
      status: r.status,
      reset: r.reset,
      best: r.best.map((m) => m.signal),
      // Each match's advice as the terminal prints it, with what was said beside the signal.
      matches: r.matches.map((m) => ({ signal: m.signal, looksLike: m.looksLike, quality: m.quality, score: m.score, doubted: m.doubted, ...adviceJson(model, m, obs) })),
      hint: r.hint,
    }));
    return r.found ? EXIT_OK : EXIT_NO_SIGNAL;
  }
  io.out(`${header} · you said: ${pc.bold(r.heard ?? 'nothing I recognise')}${obs.ignored.length ? pc.dim(` (ignored: ${clipped(obs.ignored.join(', '))})`) : ''}`);
  if (r.habit) io.out(pc.yellow(r.habit));
  if (r.screen) printAnswer(r.screen, r.screen.countNote ? pc.yellow(` (${r.screen.countNote})`) : '', io.out);
  else if (r.screenHint) io.out(pc.yellow(r.screenHint));
  if (r.nothing) {
    io.out(pc.yellow(r.nothing.said));
    io.out(r.nothing.hint);
  }
  if (r.reset) printResetReading(r.reset, io.out);
  if (r.severalBest !== null) io.out(`That can mean ${r.severalBest} things on this lock — the most common first:`);
  const tag = SURENESS_TAGS[r.sureness] ? pc.yellow(SURENESS_TAGS[r.sureness]) : '';
  for (const a of r.answers) printAnswer(a, a.signal === undefined ? '' : tag, io.out);
  printAlso(r.also, io.out);
  if (r.lessLikely) io.out(pc.dim(r.lessLikely));
  if (r.after) printAnswer(r.after, '', io.out);
  return r.found ? EXIT_OK : EXIT_NO_SIGNAL;
}

/** What --meaning says when it finds nothing: why, and what to do next — the lines the terminal
 * prints, which --json carries as one `hint`; null when a signal or the SecureScreen was found. */
function meaningNotFound(model: ModelProfile, word: string, screenAsked: boolean, found: boolean): { why: string; next?: string } | null {
  // A reset let go early has no signal of its own (S9): said so, with the hold to make instead.
  if (!screenAsked && namesEarlyRelease(word)) return earlyReleaseMeaning(model);
  if (found) return null;
  // A model without a SecureScreen says so (screen-reading.ts).
  if (screenAsked) return { why: noScreenHint(model, TERMINAL_POINTERS.identify) };
  return { why: `No signal of the ${model.name} matches ${quoted(word)}.`, next: MEANING_WORDS_TO_TRY };
}

function decodeMeaning(model: ModelProfile, word: string, json: boolean, header: string, io: Io): number {
  // The SecureScreen is read beside the signal table, as lit digits are (screen-reading.ts).
  const screenAsked = namesSecureScreen(word);
  const screen = screenAsked ? readLitDigits(model, 'some') : null;
  const found = screenAsked ? [] : signalsForMeaning(model, word);
  const notFound = meaningNotFound(model, word, screenAsked, found.length > 0 || screen !== null);
  if (json) {
    // The hint as the terminal prints it, where nothing was found: the same words, on one line.
    const hint = notFound === null ? null : [notFound.why, notFound.next].filter((l) => l !== undefined).join(' ');
    io.out(JSON.stringify({ model: model.id, query: word, screen, signals: found.map((m) => ({ signal: m.signal, looksLike: m.looksLike, ...adviceJson(model, m) })), hint }));
    return notFound === null ? EXIT_OK : EXIT_NO_SIGNAL;
  }
  io.out(`${header} · what ${quoted(word)} looks and sounds like`);
  if (screen) {
    printAnswer(screen, '', io.out);
    return EXIT_OK;
  }
  if (notFound !== null) {
    io.out(pc.yellow(notFound.why));
    if (notFound.next !== undefined) io.out(notFound.next);
    return EXIT_NO_SIGNAL;
  }
  for (const m of found.slice(0, MAX_MEANINGS)) printBlock(model, m, '', io.out);
  if (found.length > MAX_MEANINGS) io.out(pc.dim(`Also: ${found.slice(MAX_MEANINGS).map((m) => SIGNAL_LABELS[m.signal]).join(', ')}`));
  return EXIT_OK;
}

export function decodeCommand(opts: DecodeOptions, io: Io = DEFAULT_IO): number {
  const named = modelOption(opts.model ?? DEFAULT_DECODE_MODEL);
  if (named.problem !== undefined) {
    io.err(errColours.red(`error: ${named.problem}`));
    return EXIT_BAD_INPUT;
  }
  const model = named.model;
  const text = opts.text.trim();
  const meaning = opts.meaning?.trim();
  if (meaning !== undefined && text) {
    io.err(errColours.red('error: give either what you see and hear, or --meaning <word>, not both'));
    return EXIT_BAD_INPUT;
  }
  if (meaning === '') {
    io.err(errColours.red('error: --meaning: give a word for the signal, e.g. lockstep decode --meaning lockout (or battery, jam, reset)'));
    return EXIT_BAD_INPUT;
  }
  if (!text && !meaning) {
    io.err(errColours.red('error: say what you see and hear, e.g. lockstep decode "red x3, 3 beeps", or ask the other way: lockstep decode --meaning lockout'));
    return EXIT_BAD_INPUT;
  }
  const header = pc.bold(model.name) + (opts.model === undefined ? pc.dim(' (default; --model <model> for yours)') : '');
  return meaning ? decodeMeaning(model, meaning, Boolean(opts.json), header, io) : decodeText(model, text, Boolean(opts.json), header, io);
}
