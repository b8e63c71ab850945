// What `lockstep decode` answers for an owner's words, as data: the observation read from the
// text (signal-text.ts), the model's signals that fit it (decode.ts), the SecureScreen's lit
// digits (screen-reading.ts), the status light's blink (status-reading.ts), a reset that did not
// take (reset-failure-reading.ts), a keypad habit (keypad-habit.ts), and where nothing fits, why
// and what to do next (seed S25 flat pack, S5/S7 codes ignored; product-facts M5, M6 the
// keypad's cable). Pure: the terminal prints it (decode-command.ts) and the browser twin's
// "What is my lock showing?" shows it, each naming its own tools in the next steps (Pointers).

import type { ModelProfile, SignalName } from '../models/profile.ts';
import { adviceFor, SIGNAL_LABELS } from './advice.ts';
import { bestMatches, decodeObservation, type SignalMatch } from './decode.ts';
import { describeObservation, parseSignalText, saysAnything, saysSignal, type Observation } from './signal-text.ts';
import { noScreenHint, readLitDigits, type ScreenReading } from './screen-reading.ts';
import { readStatusBlink, type StatusReading } from './status-reading.ts';
import { readResetFailure, type ResetFailureReading } from './reset-failure-reading.ts';
import { keypadHabitHint } from './keypad-habit.ts';
import { boltStillAdvice } from './bolt-still-advice.ts';
import { freshPackAdvice, freshPackDarkHint, freshPackReseat } from './fresh-pack-advice.ts';
import { CONTEXT_WORDS, doubtedByContext } from './signal-context.ts';
import { afterResetRefusal } from './after-reset-refusal.ts';
import { everyCodeFailsAdvice } from './every-code-fails-advice.ts';
import { ownCiteInProse } from './own-cite.ts';
import { hasResetButton } from '../models/reset-button.ts';
import { quoted } from '../printable.ts';

/** Best matches shown in full; the rest are named on one line. */
export const MAX_FULL = 3;
export const MAX_ALSO = 3;
/** The exterior's cable and what unplugging it does: the 915/916 guides, borrowed by every other model. */
const CABLE_SOURCE = 'product-facts M5, M6';

/** One answer as a person at the door reads it: what it looks like, what it means, what to do,
 * and the source. A signal of the table (with its name), a SecureScreen or a status blink. */
export interface Answer {
  label: string;
  looksLike: string;
  meaning: string;
  says?: string;
  todo: string;
  cite: string;
  signal?: SignalName;
}

/** How sure the answers shown in full are. */
export type Sureness = 'exact' | 'close' | 'most likely';

/** Where the next steps send the owner: the terminal's commands, or the page's own panels. */
export interface Pointers {
  /** Where to check which model it is: "`lockstep identify`". */
  identify: string;
  /** A sentence on where to look a signal up by its meaning, or '' where there is none. */
  lookUp: string;
  /** For words that are no light and no sound: where the model's doctor and reset practice are. */
  notASignal: (model: ModelProfile, resetButton: string) => string;
  /** For a reset that did not take: where to rehearse the model's reset, and that it says at once
   * when a hold does not count ("on a twin of this lock: `lockstep practice-reset …` says …"). */
  rehearseReset: (model: ModelProfile) => string;
}

export interface DecodeReading {
  obs: Observation;
  /** What was understood, in words; null when nothing was. */
  heard: string | null;
  habit: string | null;
  screen: ScreenReading | null;
  screenHint: string | null;
  /** Nothing fits ("Nothing on the SmartCode 913 looks like that.", or no light or sound made
   * out of the words), and what to do. */
  nothing: { said: string; hint: string } | null;
  reset: ResetFailureReading | null;
  /** More than one meaning ranks first: how many. */
  severalBest: number | null;
  /** The answers shown in full, best first, and how sure they are. */
  answers: Answer[];
  sureness: Sureness;
  /** The other possible signals, named on one line. */
  also: SignalMatch[];
  /** The matches what was said beside the signal makes least likely, on a line of their own
   * ("Less likely, as you say new batteries just went in: low battery (red ×10 with 10 beeps)."),
   * or null when none is left below the answers. */
  lessLikely: string | null;
  /** The status light's reading after the table's (when the table did not already say low battery). */
  after: Answer | null;
  /** Everything the model's table matched, best first, and the ones that rank first. */
  matches: SignalMatch[];
  best: SignalMatch[];
  status: StatusReading | null;
  /** The hints as one line (habit, screen, signal), or null. */
  hint: string | null;
  /** Something answered: a signal, the screen, the status light, a habit or a failed reset. */
  found: boolean;
}

const OVERLAP_WORD = 4;
const REPEAT_OVERLAP = 0.5;

/** True when `b` mostly repeats `a` (then it is left out: short answers for a person at the door). */
export function repeats(a: string, b: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]+/g)?.filter((w) => w.length >= OVERLAP_WORD) ?? []);
  const wa = words(a);
  const wb = words(b);
  if (!wb.size) return true;
  let shared = 0;
  for (const w of wb) if (wa.has(w)) shared++;
  return shared / wb.size > REPEAT_OVERLAP;
}

/** The answer's "says" line, unless it mostly repeats its meaning. */
export function saysBeyondMeaning(a: Answer): string | null {
  return a.says !== undefined && !repeats(a.meaning, a.says) ? a.says : null;
}

export function sentence(text: string): string {
  const t = text.trim();
  return t ? `${t[0].toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}` : t;
}

/** A signal of the model's table as an answer. */
export function signalAnswer(model: ModelProfile, m: { signal: SignalName; looksLike: string }, obs?: Observation): Answer {
  const advice = adviceFor(model, m.signal);
  // "…but the bolt doesn't move": the motor failed, not the code (bolt-still-advice.ts).
  const still = obs === undefined ? null : boltStillAdvice(model, m.signal, obs, advice.cite);
  // "…after new batteries": the new cells are themselves weak (fresh-pack-advice.ts).
  const fresh = obs === undefined ? null : freshPackAdvice(model, m.signal, obs, advice.cite);
  // "…none of my codes work": batteries first, then the reset (every-code-fails-advice.ts).
  const everyCode = obs === undefined ? null : everyCodeFailsAdvice(model, m.signal, obs, advice);
  // …and any other step to the batteries is the reseat of the pack just fitted (fresh-pack-advice.ts).
  const reseat = obs === undefined ? null : freshPackReseat(everyCode?.todo ?? advice.todo, obs);
  // "…after a reset, when I add a code": door handing first (after-reset-refusal.ts).
  const refused = obs === undefined ? null : afterResetRefusal(model, m.signal, obs, advice);
  return { label: SIGNAL_LABELS[m.signal], looksLike: m.looksLike, ...advice, ...everyCode, ...reseat, ...refused, ...fresh, ...still, signal: m.signal };
}

/** The doubted matches on a line of their own, with why (signal-context.ts); null when none. */
function lessLikelyLine(obs: Observation, matches: readonly SignalMatch[]): string | null {
  const doubted = matches.filter((m) => m.doubted);
  if (!doubted.length) return null;
  const because = obs.context.filter((c) => doubted.some((m) => doubtedByContext([c], m.signal))).map((c) => CONTEXT_WORDS[c].because).join(' and ');
  return `Less likely, as ${because}: ${doubted.map((m) => `${SIGNAL_LABELS[m.signal]} (${m.looksLike})`).join('; ')}.`;
}

/** No light and no sound said: the lock gives no signal at all (seed S25: a flat or disconnected pack). */
function saysDark(obs: Observation): boolean {
  return (obs.light === 'none' && obs.heardBeep !== true) || (obs.symptoms.includes('unresponsive') && obs.colors.length === 0 && obs.heardBeep !== true);
}

function noMatchHint(model: ModelProfile, obs: Observation, to: Pointers): string {
  if (saysDark(obs)) {
    const fresh = freshPackDarkHint(model, obs, ownCiteInProse(model, CABLE_SOURCE));
    if (fresh !== null) return fresh;
    return `No light and no sound: the batteries are flat or the pack is disconnected. Put in four fresh AA batteries first (seed S25). If the keypad stays dark while the Program button inside still answers, the cable from the keypad to the interior assembly is unplugged or loose: plug it back in, every code is still stored ${ownCiteInProse(model, CABLE_SOURCE)}. If it still ignores every code, only a factory reset helps (seed S5, S7).`;
  }
  return `Count the flashes and beeps again, or check the model (${to.identify}; this was the ${model.name}).${to.lookUp ? ` ${to.lookUp}` : ''}`;
}

export const SAY_MORE = 'Say the colour, how many flashes and how many beeps, e.g. "red x3, 3 beeps", "solid red", "green flash, two beeps".';

/** Words that are no light and no sound ("how do I reset it", "it won't take my code") still get
 * a next step on the model: the doctor's interview, and how its factory reset is done — held on
 * its own Reset button on the 264 and Powerbolt 2 (product-facts M11), Program elsewhere. */
function sayMore(model: ModelProfile, to: Pointers): string {
  return `${SAY_MORE}\n${to.notASignal(model, hasResetButton(model) ? 'Reset' : 'Program')}`;
}

/** The reading of `text` on `model`, in the order the terminal prints it. */
export function readDecodeText(model: ModelProfile, text: string, to: Pointers): DecodeReading {
  const obs = parseSignalText(text);
  // Digits lit to be touched are read beside the signal table (screen-reading.ts).
  const screen = obs.litDigits === null ? null : readLitDigits(model, obs.litDigits);
  const screenHint = obs.litDigits !== null && screen === null ? noScreenHint(model, to.identify) : null;
  // A blink that comes by itself in a status colour is the status light (status-reading.ts).
  const status = readStatusBlink(model, obs);
  // A reset that did not take: its own failures on this model (reset-failure-reading.ts).
  const reset = readResetFailure(model, obs, to.rehearseReset);
  const matches = saysSignal(obs) ? decodeObservation(model, obs) : [];
  const best = bestMatches(matches);
  const understood = saysAnything(obs);
  const lightUnmatched = saysSignal(obs) && matches.length === 0 && status === null && reset === null;
  const signalHint = lightUnmatched ? noMatchHint(model, obs, to) : understood ? null : sayMore(model, to);
  const habit = keypadHabitHint(model, obs);
  const found = matches.length > 0 || screen !== null || status !== null || habit !== null || reset !== null;
  const nothing = signalHint === null ? null : { said: understood ? (lightUnmatched && saysDark(obs) ? `That is no signal at all: the ${model.name} is not answering.` : `Nothing on the ${model.name} looks like that.`) : `Could not make out a light or a sound in ${quoted(text)}.`, hint: signalHint };
  // The status light first, and what the table matches is the rarer reading of the same blink —
  // but a red blink on a lock that ignores its codes, or that new batteries just went into (the
  // red blink's low battery doubted, signal-context.ts), is first seed S24's half-finished reset.
  const statusFirst = status !== null && (status.color !== 'red' || (obs.symptoms.length === 0 && !doubtedByContext(obs.context, 'lowBattery')));
  const reading = { obs, heard: understood ? describeObservation(obs) : null, habit, screen, screenHint, nothing, reset, matches, best, status, found };
  const hint = [habit, screenHint, signalHint].filter((h) => h !== null).join(' ') || null;
  // A doubted match is named apart, below the others, unless it is the best there is.
  const shownDoubted = best[0]?.doubted ?? false;
  const others = (list: SignalMatch[]) => list.filter((m) => !m.doubted || shownDoubted);
  const lessLikely = shownDoubted ? null : lessLikelyLine(obs, matches);
  if (status && statusFirst) {
    return { ...reading, hint, severalBest: null, answers: [status], sureness: 'exact', also: others(matches).slice(0, MAX_ALSO), lessLikely, after: null };
  }
  if (!matches.length) return { ...reading, hint, severalBest: null, answers: [], sureness: 'exact', also: [], lessLikely: null, after: null };
  const sureness: Sureness = best[0].quality === 'near' ? 'close' : best[0].quality === 'likely' ? 'most likely' : 'exact';
  return {
    ...reading,
    hint,
    severalBest: best.length > 1 ? best.length : null,
    answers: best.slice(0, MAX_FULL).map((m) => signalAnswer(model, m, obs)),
    sureness,
    also: others([...best.slice(MAX_FULL), ...matches.slice(best.length)]).slice(0, MAX_ALSO),
    lessLikely,
    // The status reading after the table's, unless the table already said low battery.
    after: status && !best.some((m) => m.signal === 'lowBattery') ? status : null,
  };
}
