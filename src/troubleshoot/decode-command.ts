// `lockstep decode`: the troubleshooter at the door (issue "The troubleshooter"; seed S24, S7,
// S25). "15 red flashes, 15 beeps" → what the lock is saying and what to do; `--meaning lockout`
// → what that looks and sounds like. Short output for a stressed person: the best match first,
// others by name. Exit 0 on a match, 1 when nothing matches (with a hint), 2 for bad input
// (unknown model, nothing to decode) — the CLI's documented codes (src/cli/exit-codes.ts).

import pc from 'picocolors';
import { errColours } from '../cli/colour.ts';
import { modelOption } from '../models/model-named.ts';
import type { ModelProfile } from '../models/profile.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from '../cli/exit-codes.ts';
import { adviceFor, SIGNAL_LABELS } from './advice.ts';
import { bestMatches, decodeObservation, signalsForMeaning, type SignalMatch } from './decode.ts';
import { describeObservation, parseSignalText, saysAnything, saysSignal, type Observation } from './signal-text.ts';
import { namesSecureScreen, noScreenHint, readLitDigits } from './screen-reading.ts';
import { readStatusBlink } from './status-reading.ts';
import { readResetFailure, type ResetFailureReading } from './reset-failure-reading.ts';
import { keypadHabitHint } from './keypad-habit.ts';
import { ownCiteInProse } from './own-cite.ts';
import { hasResetButton } from '../models/reset-button.ts';
import { clipped, quoted } from '../printable.ts';

export const DEFAULT_DECODE_MODEL = 'smartcode-913';
export const EXIT_NO_SIGNAL = 1;
/** Best matches shown in full; the rest are named on one line. */
const MAX_FULL = 3;
const MAX_ALSO = 3;
const MAX_MEANINGS = 4;
/** The exterior's cable and what unplugging it does: the 915/916 guides, borrowed by every other model. */
const CABLE_SOURCE = 'product-facts M5, M6';

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

function sentence(text: string): string {
  const t = text.trim();
  return t ? `${t[0].toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}` : t;
}

function adviceJson(model: ModelProfile, m: { signal: SignalMatch['signal'] }) {
  const a = adviceFor(model, m.signal);
  return { label: SIGNAL_LABELS[m.signal], meaning: a.meaning, says: a.says, todo: a.todo, cite: a.cite };
}

const OVERLAP_WORD = 4;
const REPEAT_OVERLAP = 0.5;

/** True when `b` mostly repeats `a` (then it is left out: short output for a person at the door). */
function repeats(a: string, b: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]+/g)?.filter((w) => w.length >= OVERLAP_WORD) ?? []);
  const wa = words(a);
  const wb = words(b);
  if (!wb.size) return true;
  let shared = 0;
  for (const w of wb) if (wa.has(w)) shared++;
  return shared / wb.size > REPEAT_OVERLAP;
}

/** One answer as a person at the door reads it: what it looks like, what it means, what to do,
 * and the source. A signal of the table, a SecureScreen or a status blink. */
interface Answer {
  label: string;
  looksLike: string;
  meaning: string;
  says?: string;
  todo: string;
  cite: string;
}

function printAnswer(a: Answer, tag: string, out: Io['out']): void {
  out(`${pc.bold(`▶ ${a.label}`)}: ${a.looksLike}${tag}`);
  out(`  ${sentence(a.meaning)}`);
  if (a.says !== undefined && !repeats(a.meaning, a.says)) out(`  ${a.says}`);
  out(`  ${pc.bold('→')} ${a.todo}`);
  out(pc.dim(`  (${a.cite})`));
}

function printBlock(model: ModelProfile, m: { signal: SignalMatch['signal']; looksLike: string }, tag: string, out: Io['out']): void {
  printAnswer({ label: SIGNAL_LABELS[m.signal], looksLike: m.looksLike, ...adviceFor(model, m.signal) }, tag, out);
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

function noMatchHint(model: ModelProfile, obs: Observation): string {
  if ((obs.light === 'none' && obs.heardBeep !== true) || (obs.symptoms.includes('unresponsive') && obs.colors.length === 0 && obs.heardBeep !== true)) {
    return `No light and no sound: the batteries are flat or the pack is disconnected. Put in four fresh AA batteries first (seed S25). If the keypad stays dark while the Program button inside still answers, the cable from the keypad to the interior assembly is unplugged or loose: plug it back in, every code is still stored ${ownCiteInProse(model, CABLE_SOURCE)}. If it still ignores every code, only a factory reset helps (seed S5, S7).`;
  }
  return `Count the flashes and beeps again, or check the model (\`lockstep identify\`; this was the ${model.name}). \`lockstep decode --meaning <word>\` shows what a signal looks like.`;
}

const SAY_MORE = 'Say the colour, how many flashes and how many beeps, e.g. "red x3, 3 beeps", "solid red", "green flash, two beeps".';

/** Words that are no light and no sound ("how do I reset it", "it won't take my code") still get
 * a next step on the model: the doctor's interview, and how its factory reset is done — held on
 * its own Reset button on the 264 and Powerbolt 2 (product-facts M11), Program elsewhere. */
function sayMore(model: ModelProfile): string {
  const button = hasResetButton(model) ? 'Reset' : 'Program';
  return `${SAY_MORE}\nNot a light or a sound? \`lockstep doctor --model ${model.id}\` asks what the lock does and gives the steps; \`lockstep practice-reset --model ${model.id}\` walks you through this model's factory reset (a hold of its ${button} button), and \`lockstep decode --model ${model.id} --meaning reset\` shows how the lock answers it.`;
}

function decodeText(model: ModelProfile, text: string, json: boolean, header: string, io: Io): number {
  const obs = parseSignalText(text);
  // Digits lit to be touched are read beside the signal table (screen-reading.ts).
  const screen = obs.litDigits === null ? null : readLitDigits(model, obs.litDigits);
  const screenHint = obs.litDigits !== null && screen === null ? noScreenHint(model) : null;
  // A blink that comes by itself in a status colour is the status light (status-reading.ts).
  const status = readStatusBlink(model, obs);
  // A reset that did not take: its own failures on this model (reset-failure-reading.ts).
  const reset = readResetFailure(model, obs);
  const matches = saysSignal(obs) ? decodeObservation(model, obs) : [];
  const best = bestMatches(matches);
  const understood = saysAnything(obs);
  const lightUnmatched = saysSignal(obs) && matches.length === 0 && status === null && reset === null;
  const signalHint = lightUnmatched ? noMatchHint(model, obs) : understood ? null : sayMore(model);
  const habit = keypadHabitHint(model, obs);
  const found = matches.length > 0 || screen !== null || status !== null || habit !== null || reset !== null;
  if (json) {
    io.out(JSON.stringify({
      model: model.id,
      observation: { ...obs, summary: describeObservation(obs) },
      screen,
      status,
      reset,
      best: best.map((m) => m.signal),
      matches: matches.map((m) => ({ signal: m.signal, looksLike: m.looksLike, quality: m.quality, score: m.score, ...adviceJson(model, m) })),
      hint: [habit, screenHint, signalHint].filter((h) => h !== null).join(' ') || null,
    }));
    return found ? EXIT_OK : EXIT_NO_SIGNAL;
  }
  const heard = understood ? describeObservation(obs) : 'nothing I recognise';
  io.out(`${header} · you said: ${pc.bold(heard)}${obs.ignored.length ? pc.dim(` (ignored: ${clipped(obs.ignored.join(', '))})`) : ''}`);
  if (habit) io.out(pc.yellow(habit));
  if (screen) printAnswer(screen, screen.countNote ? pc.yellow(` (${screen.countNote})`) : '', io.out);
  else if (screenHint) io.out(pc.yellow(screenHint));
  if (signalHint !== null) {
    io.out(pc.yellow(understood ? `Nothing on the ${model.name} looks like that.` : `Could not make out a light or a sound in ${quoted(text)}.`));
    io.out(signalHint);
  }
  if (reset) printResetReading(reset, io.out);
  // The status light first, and what the table matches is the rarer reading of the same blink —
  // but a red blink on a lock that ignores its codes is first seed S24's half-finished reset.
  const statusFirst = status !== null && (status.color !== 'red' || obs.symptoms.length === 0);
  if (status && statusFirst) {
    printAnswer(status, '', io.out);
    printAlso(matches.slice(0, MAX_ALSO), io.out);
  } else if (matches.length) {
    if (best.length > 1) io.out(`That can mean ${best.length} things on this lock — the most common first:`);
    const tag = best[0].quality === 'near' ? pc.yellow(' (close, not exact)') : best[0].quality === 'likely' ? pc.yellow(' (most likely)') : '';
    for (const m of best.slice(0, MAX_FULL)) printBlock(model, m, tag, io.out);
    printAlso([...best.slice(MAX_FULL), ...matches.slice(best.length)].slice(0, MAX_ALSO), io.out);
    // The status reading after the table's, unless the table already said low battery.
    if (status && !best.some((m) => m.signal === 'lowBattery')) printAnswer(status, '', io.out);
  }
  return found ? EXIT_OK : EXIT_NO_SIGNAL;
}

function decodeMeaning(model: ModelProfile, word: string, json: boolean, header: string, io: Io): number {
  // The SecureScreen is read beside the signal table, as lit digits are (screen-reading.ts).
  const screenAsked = namesSecureScreen(word);
  const screen = screenAsked ? readLitDigits(model, 'some') : null;
  const found = screenAsked ? [] : signalsForMeaning(model, word);
  if (json) {
    io.out(JSON.stringify({ model: model.id, query: word, screen, signals: found.map((m) => ({ signal: m.signal, looksLike: m.looksLike, ...adviceJson(model, m) })) }));
    return found.length || screen ? EXIT_OK : EXIT_NO_SIGNAL;
  }
  io.out(`${header} · what ${quoted(word)} looks and sounds like`);
  if (screen) {
    printAnswer(screen, '', io.out);
    return EXIT_OK;
  }
  if (screenAsked) {
    io.out(pc.yellow(noScreenHint(model)));
    return EXIT_NO_SIGNAL;
  }
  if (!found.length) {
    io.out(pc.yellow(`No signal of the ${model.name} matches ${quoted(word)}.`));
    io.out('Try: lockout, battery, jam, wrong code, reset, handing.');
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
