// Decoding what the lock shows: an observation (signal-text.ts) against the model's own signal
// table (profile `signals`, sourced per model: product-facts §1 K3/M1/M4/M14, §2 M5/M6, §3 M4,
// §4 M8, §6 M9), ranked best first — every given detail exact beats any detail near, then by
// score, then, when only a sound was said, the signal showing less light first, then the more
// common explanation — a red said with no count being low battery only where the model's status
// light documents a red blink so (K3, M16), else an incorrect code (M9, M10). Symptoms weigh
// in as the seed says: "beeps but won't unlock" is first a battery question (seed S7, S25), and
// so is a code taken with the bolt still — "green and a beep but it won't unlock" is the lock's own
// unlocking answer, not a reset done that shares its light; a bolt that stops part-way is a jam (seed S17), handing
// not learned (S15) or a weak pack (S25); a red blink that repeats by itself is the half-finished
// reset (seed S24) or the low-battery status blink (product-facts K3); a signal that came after a
// button held the model's full reset hold is the reset's own answer (seed S8, product-facts K1:
// 30 s, then a red flash and a beep). What is said of when it came is context (signal-context.ts):
// new batteries just fitted put low battery after every other match of its quality (product-facts
// G4); said to come when locking, it is first the jam (M4, M5/M6, M8: "jammed while attempting to
// lock"; seed S17); after a reset, "no user code" where the reset restores none (seed S6, S19),
// and the jam or failed handing of a handing forgotten (S15). The reverse direction, signalsForMeaning, finds a signal by
// name or by the words of its meaning and advice: "lockout" → "red ×15 with 15 beeps".

import type { ModelProfile, SignalName, SignalPattern } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { adviceFor } from './advice.ts';
import { applicableSignals } from './signal-scope.ts';
import { grade } from '../models/source-grade.ts';
import { contextPoints, doubtedByContext } from './signal-context.ts';
import { namesEarlyRelease } from './early-release-reading.ts';

export type Quality = 'exact' | 'near' | 'likely';

export interface SignalMatch {
  signal: SignalName;
  pattern: SignalPattern;
  /** "red ×15 with 15 beeps" */
  looksLike: string;
  /** exact: every detail given fits; near: some detail is off by a little; likely: only a symptom points here. */
  quality: Quality;
  score: number;
  /** What the owner said beside the signal makes this one least likely ("after new batteries":
   * low battery; signal-context.ts): it ranks below every other match of its quality. */
  doubted: boolean;
}

export interface MeaningMatch {
  signal: SignalName;
  pattern: SignalPattern;
  looksLike: string;
  score: number;
}

// Points for a detail that fits exactly; a near fit scores NEAR_POINTS; a clear misfit drops the signal.
const COLOR_POINTS = 3;
const COUNT_POINTS = 3;
const BEEP_POINTS = 3;
const SOLID_POINTS = 2;
const FLASHING_POINTS = 1;
const BEEP_HEARD_POINTS = 1;
const LONG_POINTS = 1;
const CONTINUOUS_POINTS = 2;
const SECONDS_POINTS = 1;
const NEAR_POINTS = 1;
/** People miscount long runs: within a fifth (at least one) is near. */
const NEAR_FRACTION = 0.2;
/** A flash this long reads as "stays red for a moment" (the SmartCode jam flash is 1 s). */
const LONG_FLASH_MS = 1_000;
/** This many beeps in one signal sound continuous (620 jam: continuous beeping, M8). */
const CONTINUOUS_MIN_BEEPS = 8;
const SECONDS_TOLERANCE_FRACTION = 0.25;
/** A sound another source has come only some seconds after the press (product-facts S10, S3:
 * conflict 1), said with no time: it fits this much less than a sound that comes at once, so an
 * unverified, late reading never ties with the everyday one on the beeps alone (our choice). */
const LATE_UNTIMED_PENALTY = 1;

/** Symptom and repetition hints: [signal, points]. */
/** "Beeps but won't unlock": a weak pack first; said with the lock's own "unlocking" answer (its
 * green light), the code was taken and the bolt did not follow — the same battery question, whose
 * advice is the motor's (bolt-still-advice.ts), never a signal that merely shares its light. */
const BATTERY_FIRST: [SignalName, number][] = [['lowBattery', 3], ['unlocked', 2], ['wrongCode', 1], ['lockout', 1]]; // seed S7, S25
/** "Won't lock": a jam first; said with the lock's own "locking" answer, the motor did not throw the bolt. */
const WONT_LOCK: [SignalName, number][] = [['jammed', 3], ['locked', 2], ['lowBattery', 1]]; // seed S17, S25
const UNRESPONSIVE: [SignalName, number][] = [['lowBattery', 2], ['lockout', 1]]; // seed S25, S5
/** The code taken (the lock's own "unlocking" answer) and the bolt still: a weak pack first. */
const NO_MOTION: [SignalName, number][] = [['lowBattery', 3], ['unlocked', 2], ['jammed', 1]]; // seed S25, S7
/** "It won't take a new code": the lock refusing the change (product-facts M1, M14), said with
 * no light as well; after a reset, until door handing has run (seed S18). */
const CODE_REFUSED: [SignalName, number][] = [['programmingFailed', 3]];
/** "None of my codes work": a weak pack first (seed S25), then what the lock answers each code
 * with, then the lockout that many tries bring (S7, S5). */
const CODES_FAIL: [SignalName, number][] = [['lowBattery', 2], ['wrongCode', 1], ['lockout', 1]];
const STALLS: [SignalName, number][] = [['jammed', 3], ['lowBattery', 2], ['handingFailed', 1]]; // seed S17, S25, S15
/** The bolt turned against the door: handing learned wrong or never learned; its advice redoes it. */
const WRONG_WAY: [SignalName, number][] = [['handingFailed', 3], ['jammed', 1]]; // seed S15, S17
/** A factory reset that did not take: a weak pack fails it part-way (seed S10), or it is left
 * half-finished (S24); the gesture's own failures are reset-failure-reading.ts's. */
const RESET_FAILED: [SignalName, number][] = [['lowBattery', 2], ['resetArmedReminder', 1]]; // seed S10, S24
const REPEATING: [SignalName, number][] = [['resetArmedReminder', 2], ['lowBattery', 1]]; // seed S24; product-facts K3
/** After the reset's hold: armed, waiting for the confirming press — or done, on a model that needs none. */
const RESET_HOLD: [SignalName, number][] = [['resetArmed', 3], ['resetDone', 2]]; // seed S8, S24; product-facts K1

/** Among equal scores, the more common explanation first (battery and wrong codes before programming states). */
const LIKELIHOOD: SignalName[] = [
  'lowBattery', 'wrongCode', 'noUserCode', 'lockout', 'jammed', 'handingFailed', 'resetArmedReminder', 'resetArmed', 'resetDone',
  'unlocked', 'locked', 'codeAccepted', 'programmingFailed', 'programmingTimeout', 'handingDone', 'programEnter',
  'programEnterAuth', 'menuEnter', 'mastercodeSetEnter', 'mastercodeSet', 'handingArmed', 'slotSelected',
];

/**
 * Red said with no count ("it flashed red") fits every red signal alike, so the order above
 * decides — and it puts low battery first because the one source that gives a red light a meaning
 * without a count is the SmartCode status light: "Blinking red - Low battery" (product-facts K3;
 * the 909's M16). That holds where the model's status blink is documented. Where the profile only
 * assumes it from the SmartCode page (the Powerbolt line), the model's own table decides, and it
 * gives red only as counted flashes: red ×3 for an incorrect code, and again for failed
 * programming and a failed reset — more than any other red (the 250's guide, M9; the Powerbolt 2's
 * incorrect code, M10; the 264's failure, S5). There the incorrect code comes first, low battery
 * (red ×10, M9) right after it.
 */
const LIKELIHOOD_RED_UNCOUNTED: SignalName[] = ['wrongCode', 'lowBattery', ...LIKELIHOOD.filter((n) => n !== 'wrongCode' && n !== 'lowBattery')];

/** Red said, but no count of flashes. */
function redWithoutCount(obs: Observation): boolean {
  return obs.colors.includes('red') && obs.flashes === null;
}

/** The model's own documentation says what its status light's red blink means (K3, M16). */
function redBlinkDocumented(model: ModelProfile): boolean {
  return grade(model.sources['timing.statusBlinkPeriodMs'] ?? 'assumed') !== 'assumed';
}

/** The order of likelihood for what was said on this model (see LIKELIHOOD_RED_UNCOUNTED). */
function likelihoodFor(model: ModelProfile, obs: Observation): SignalName[] {
  return redWithoutCount(obs) && !redBlinkDocumented(model) ? LIKELIHOOD_RED_UNCOUNTED : LIKELIHOOD;
}

type Fit = 'exact' | 'near' | 'miss';

function lightOf(p: SignalPattern): 'flashing' | 'solid' | 'none' {
  if (p.count > 0) return 'flashing';
  return (p.solidMs ?? 0) > 0 ? 'solid' : 'none';
}

/** A solid light no longer than a long flash is one flash to whoever sees it: the Powerbolt 250's
 * one-second red as its reset is armed reads "it flashed red" (profile resetArmed; M9). */
function briefSolid(p: SignalPattern): boolean {
  return lightOf(p) === 'solid' && (p.solidMs ?? 0) <= LONG_FLASH_MS;
}

function countFit(said: number, actual: number): Fit {
  if (said === actual) return 'exact';
  return Math.abs(said - actual) <= Math.max(1, Math.round(said * NEAR_FRACTION)) ? 'near' : 'miss';
}

/** Every colour said is shown: exact; some of them: near (a colour misnamed); none: miss. */
function colorFit(obs: Observation, p: SignalPattern): Fit {
  if (lightOf(p) === 'none') return 'miss';
  const shown = [p.color, ...(p.altColor ? [p.altColor] : [])];
  const seen = obs.colors.filter((c) => shown.includes(c)).length;
  if (seen === 0) return 'miss';
  return seen === obs.colors.length ? 'exact' : 'near';
}

/** "red ×15 with 15 beeps", "solid red for 5 s, no beep". */
export function describePattern(p: SignalPattern): string {
  const light = lightOf(p);
  const solidFor = (p.solidMs ?? 0) >= 1_000 ? ` for ${+((p.solidMs ?? 0) / 1_000).toFixed(1)} s` : '';
  const color = p.altColor ? `${p.color}/${p.altColor}` : p.color;
  const look = light === 'flashing' ? `${color} ×${p.count}` : light === 'solid' ? `solid ${color}${solidFor}` : 'no light';
  const beeps = (b: number, isLong?: boolean) => `${b} ${isLong ? 'long ' : ''}beep${b === 1 ? '' : 's'}`;
  const sound = p.beeps === 0 ? ', no beep' : ` with ${beeps(p.beeps, p.longBeep)}`;
  const o = p.otherSound;
  const later = o?.afterMs ? `, about ${o.afterMs / 1_000} s later` : '';
  const others = [...(o ? [`${o.beeps === 0 ? 'no beep' : beeps(o.beeps, o.longBeep)}${later}`] : []), ...(p.otherLight ? [p.otherLight.words] : [])];
  const conflicts = [...new Set([o?.conflict, p.otherLight?.conflict].filter((c) => c !== undefined))];
  const other = others.length ? ` (or ${others.join('; or ')}: product-facts conflict ${conflicts.join(', ')})` : '';
  return look + sound + other;
}

/** A signal as it looks and sounds on this model: its pattern, and for an alert that repeats by
 * itself (the 915/916's unplugged exterior, M5, M6) how often. */
export function looksLike(model: ModelProfile, name: SignalName): string {
  const every = name === 'exteriorDisconnected' ? model.exteriorLink.alertEveryMs : null;
  const plain = describePattern(model.signals[name]);
  return every === null ? plain : `${plain}, again every ${+(every / 1_000).toFixed(1)} s, on and on`;
}

/** How well one pattern fits the observation: the fits of each detail given, or null on a misfit. */
function fits(obs: Observation, p: SignalPattern): { points: number; near: boolean; details: number } | null {
  const light = lightOf(p);
  const results: [Fit, number][] = [];
  if (obs.light === 'none') results.push([light === 'none' ? 'exact' : 'miss', COLOR_POINTS]);
  else if (obs.colors.length) results.push([colorFit(obs, p), COLOR_POINTS]);
  if (obs.light === 'solid') {
    const longFlash = light === 'flashing' && p.count === 1 && p.onMs >= LONG_FLASH_MS;
    results.push([light === 'solid' ? 'exact' : longFlash ? 'near' : 'miss', SOLID_POINTS]);
  } else if (obs.light === 'flashing' && obs.flashes === null) {
    results.push([light === 'flashing' || briefSolid(p) ? 'exact' : 'miss', FLASHING_POINTS]);
  }
  // "Red once for 5 seconds" is how people describe a solid light: one long light, no count to check.
  const oneLongLight = obs.light === 'solid' && obs.flashes === 1;
  if (obs.flashes !== null && obs.light !== 'none' && !oneLongLight) {
    // A single flash said of a solid light: near (the 620 handing failure, M8).
    const fit: Fit = light === 'flashing' ? countFit(obs.flashes, p.count) : briefSolid(p) ? countFit(obs.flashes, 1) : light === 'solid' && obs.flashes === 1 ? 'near' : 'miss';
    results.push([fit, COUNT_POINTS]);
  }
  if (obs.longFlash) results.push([(light === 'flashing' && p.onMs >= LONG_FLASH_MS) || light === 'solid' ? 'exact' : 'near', LONG_POINTS]);
  if (obs.seconds !== null && light === 'solid') {
    const said = obs.seconds * 1_000;
    const close = Math.abs(said - (p.solidMs ?? 0)) <= Math.max(1_000, said * SECONDS_TOLERANCE_FRACTION);
    results.push([close ? 'exact' : 'near', SECONDS_POINTS]);
  }
  // The sound as the twin makes it, or as another source gives it (product-facts conflicts 1, 5): the better fit.
  const sounds = [p, ...(p.otherSound ? [p.otherSound] : [])].map((sound) => {
    const fit = tally([...results, ...soundFits(obs, sound), ...lateFits(obs, sound)]);
    return fit !== null && lateUntimed(obs, sound) ? { ...fit, points: fit.points - LATE_UNTIMED_PENALTY } : fit;
  });
  return sounds.reduce((best, next) => (next !== null && (best === null || next.points > best.points) ? next : best));
}

/** How the sound said fits one sound of a signal. */
function soundFits(obs: Observation, s: { beeps: number; longBeep?: boolean }): [Fit, number][] {
  const results: [Fit, number][] = [];
  if (obs.continuous) results.push([s.longBeep || s.beeps >= CONTINUOUS_MIN_BEEPS ? 'exact' : 'miss', CONTINUOUS_POINTS]);
  else if (obs.beeps === 0) results.push([s.beeps === 0 ? 'exact' : 'near', BEEP_POINTS]); // audio switch #3 may be off (K3)
  else if (obs.beeps !== null) results.push([s.beeps > 0 ? countFit(obs.beeps, s.beeps) : 'miss', BEEP_POINTS]);
  else if (obs.heardBeep) results.push([s.beeps > 0 ? 'exact' : 'miss', BEEP_HEARD_POINTS]);
  if (obs.longBeep && s.beeps > 0) results.push([s.longBeep ? 'exact' : 'near', LONG_POINTS]);
  return results;
}

/** "One beep after 20 seconds": a sound another source has come that much after the press fits
 * it (product-facts S10, S3: conflict 1). A time said of any other sound adds nothing and spoils
 * nothing — people say how long they waited of many things. */
function lateFits(obs: Observation, s: { beeps: number; afterMs?: number }): [Fit, number][] {
  if (obs.afterSeconds === null || s.afterMs === undefined) return [];
  const said = obs.afterSeconds * 1_000;
  return Math.abs(said - s.afterMs) <= Math.max(1_000, s.afterMs * SECONDS_TOLERANCE_FRACTION) ? [['exact', SECONDS_POINTS]] : [];
}

/** A sound that comes only late (product-facts S10, S3), said with no time after the press. */
function lateUntimed(obs: Observation, s: { beeps: number; afterMs?: number }): boolean {
  return s.afterMs !== undefined && obs.afterSeconds === null;
}

/** The fits of the details given, summed: null on a misfit. */
function tally(results: [Fit, number][]): { points: number; near: boolean; details: number } | null {
  if (results.some(([fit]) => fit === 'miss')) return null;
  const points = results.reduce((sum, [fit, pts]) => sum + (fit === 'exact' ? pts : NEAR_POINTS), 0);
  return { points, near: results.some(([fit]) => fit === 'near'), details: results.length };
}

/** A hold said to have lasted the model's reset hold (a quarter short still counts: people round). */
function heldForReset(model: ModelProfile, obs: Observation): boolean {
  return obs.heldSeconds !== null && obs.heldSeconds * 1_000 >= model.timing.resetHoldMs * (1 - SECONDS_TOLERANCE_FRACTION);
}

function hintPoints(model: ModelProfile, obs: Observation, name: SignalName): number | null {
  // "Beeps but won't unlock" with no light said is the seed's row as it stands (S7, S25): the
  // battery answers it, and the lock's unlocking answer is left out. Said with its light ("green
  // and a beep but it won't unlock"), that answer is what the owner saw: it stays (BATTERY_FIRST).
  if (obs.symptoms.includes('wont-unlock') && name === 'unlocked' && !obs.colors.length) return null;
  if (obs.symptoms.includes('wont-lock') && name === 'locked' && !obs.colors.length) return null;
  const lists: [boolean, [SignalName, number][]][] = [
    [obs.symptoms.includes('wont-unlock'), BATTERY_FIRST],
    [obs.symptoms.includes('wont-lock'), WONT_LOCK],
    [obs.symptoms.includes('unresponsive'), UNRESPONSIVE],
    [obs.symptoms.includes('no-motion'), NO_MOTION],
    [obs.symptoms.includes('stalls'), STALLS],
    [obs.symptoms.includes('wrong-way'), WRONG_WAY],
    [obs.symptoms.includes('reset-failed'), RESET_FAILED],
    [obs.symptoms.includes('code-refused'), CODE_REFUSED],
    [obs.symptoms.includes('codes-fail'), CODES_FAIL],
    [obs.repeating, REPEATING],
    [heldForReset(model, obs), RESET_HOLD],
  ];
  let points = contextPoints(model, obs.context, name);
  for (const [on, list] of lists) if (on) points += list.find(([n]) => n === name)?.[1] ?? 0;
  return points;
}

const QUALITY_RANK: Record<Quality, number> = { exact: 0, near: 1, likely: 2 };

function byRank<T extends { signal: SignalName; score: number }>(a: T & { quality?: Quality }, b: T & { quality?: Quality }, likelihood: SignalName[] = LIKELIHOOD): number {
  const q = QUALITY_RANK[a.quality ?? 'exact'] - QUALITY_RANK[b.quality ?? 'exact'];
  if (q !== 0) return q;
  if (b.score !== a.score) return b.score - a.score;
  return likelihood.indexOf(a.signal) - likelihood.indexOf(b.signal);
}

/** How much light a signal shows, in ms lit: none for a signal that only sounds. */
function lightShownMs(p: SignalPattern): number {
  const light = lightOf(p);
  return light === 'flashing' ? p.count * p.onMs : light === 'solid' ? (p.solidMs ?? 0) : 0;
}

/** Nothing said of a light: no colour, no flash, not solid, not dark. */
function saysNoLight(obs: Observation): boolean {
  return obs.colors.length === 0 && obs.light === null && obs.flashes === null && !obs.longFlash;
}

/** Best first: by quality; then a match doubted by what was said beside the signal last
 * (signal-context.ts); then by score; then, when the person spoke only of sound, the signal that
 * shows less light (none at all first: a light they would have seen goes unmentioned less often —
 * the 909's "beeps 2 times" timeout before the reset's green flash and two beeps, M4); then the
 * more common explanation on this model (likelihoodFor). */
function rankFor(model: ModelProfile, obs: Observation): (a: SignalMatch, b: SignalMatch) => number {
  const soundOnly = saysNoLight(obs);
  const likelihood = likelihoodFor(model, obs);
  return (a, b) => {
    const q = QUALITY_RANK[a.quality] - QUALITY_RANK[b.quality];
    if (q !== 0) return q;
    if (a.doubted !== b.doubted) return a.doubted ? 1 : -1;
    if (b.score !== a.score) return b.score - a.score;
    if (soundOnly && lightShownMs(a.pattern) !== lightShownMs(b.pattern)) return lightShownMs(a.pattern) - lightShownMs(b.pattern);
    return byRank(a, b, likelihood);
  };
}

/** The model's signals that fit what was seen and heard, best first; empty when none fits. */
export function decodeObservation(model: ModelProfile, obs: Observation): SignalMatch[] {
  const out: SignalMatch[] = [];
  for (const name of applicableSignals(model)) {
    const pattern = model.signals[name];
    const fit = fits(obs, pattern);
    const hint = hintPoints(model, obs, name);
    if (fit === null || hint === null) continue;
    const score = fit.points + hint;
    if (score <= 0) continue;
    const quality: Quality = fit.details === 0 ? 'likely' : fit.near ? 'near' : 'exact';
    out.push({ signal: name, pattern, looksLike: looksLike(model, name), quality, score, doubted: doubtedByContext(obs.context, name) });
  }
  return out.sort(rankFor(model, obs));
}

/** The matches that rank equal with the best one. */
export function bestMatches(matches: readonly SignalMatch[]): SignalMatch[] {
  if (!matches.length) return [];
  const [top] = matches;
  return matches.filter((m) => m.quality === top.quality && m.score === top.score && m.doubted === top.doubted);
}

// --- the reverse direction ---------------------------------------------------------------

const NAME_POINTS = 6;
const MEANING_POINTS = 3;
const ADVICE_POINTS = 1;
const MIN_WORD = 3;
const STOPWORDS = new Set(['the', 'and', 'for', 'what', 'does', 'look', 'like', 'when', 'lock', 'signal', 'how']);
/** Everyday words for a signal name, compacted (no spaces or dashes). */
const ALIASES: Record<string, SignalName> = {
  lockedout: 'lockout', battery: 'lowBattery', batteries: 'lowBattery', jam: 'jammed', stuck: 'jammed',
  timeout: 'programmingTimeout', timedout: 'programmingTimeout', halfreset: 'resetArmedReminder',
  halffinishedreset: 'resetArmedReminder', wrong: 'wrongCode', incorrect: 'wrongCode', incorrectcode: 'wrongCode',
};

function compactWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ies|es|s|ed|ing)$/, '') : word;
}

/** The model's signals named by `word` (a SignalName such as "lockout", or words of its meaning), best first. */
export function signalsForMeaning(model: ModelProfile, word: string): MeaningMatch[] {
  // A reset let go early has no light or sound of its own (S9; early-release-reading.ts): no
  // signal means it, though "factory reset" names several.
  if (namesEarlyRelease(word)) return [];
  const names = applicableSignals(model);
  const compact = compactWord(word);
  const named = names.find((n) => n.toLowerCase() === compact) ?? (ALIASES[compact] && names.includes(ALIASES[compact]) ? ALIASES[compact] : undefined);
  const entry = (signal: SignalName, score: number): MeaningMatch => ({ signal, pattern: model.signals[signal], looksLike: looksLike(model, signal), score });
  if (named) return [entry(named, Number.MAX_SAFE_INTEGER)];
  const words = word.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= MIN_WORD && !STOPWORDS.has(w)).map(stem);
  if (!words.length) return [];
  const out: MeaningMatch[] = [];
  for (const name of names) {
    const advice = adviceFor(model, name);
    const meaning = advice.meaning.toLowerCase();
    const adviceText = `${advice.says} ${advice.todo}`.toLowerCase();
    let score = 0;
    for (const w of words) {
      if (name.toLowerCase().includes(w)) score += NAME_POINTS;
      if (meaning.includes(w)) score += MEANING_POINTS;
      if (adviceText.includes(w)) score += ADVICE_POINTS;
    }
    if (score > 0) out.push(entry(name, score));
  }
  // A word found only in some advice ("resets fail" under low battery) counts only when nothing names it.
  const strong = out.filter((m) => m.score >= MEANING_POINTS);
  return (strong.length ? strong : out).sort(byRank);
}
