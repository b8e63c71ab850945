// Property monitors: deliberately simple observers that watch each transition — the person's key
// edges, power changes, the bolt stopped at an end stop and the firmware's events in the trace,
// and the store before and after — and say when a property is violated. They keep a little state
// of their own (the hold timer for S8/S9, whether handing is due for S18 and the end stops the
// bolt has reached since, recent wrong entries for the lockout), which is part of the checker's
// state key. Seed S1, S2, S3, S8, S9, S18; product-facts M4 (lockout).

import { BOUNCE_WINDOW_MS, keyBit } from '../hardware/buttons.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { TraceEntry } from '../sim/trace.ts';
import type { StoreView } from '../twin/twin.ts';
import { autoLockDelayOf, autoLockWord, oneTimeCodeWord, storeText, userCodesWord } from '../twin/store-words.ts';
import { durationWords } from '../scenario/duration.ts';
import type { KeyWords } from './state-hash.ts';
import type { KeyEdge } from './actions.ts';
import type { PropertyId } from './properties.ts';
import { gestureKey, outOfBoxStore } from './scope.ts';
import { lockoutSpanMs } from './lockout-span.ts';
import { storeRulesViolation, type CodeChange } from './store-rules-monitor.ts';

/** The firmware mode entered when a reset has been decided and the store is being erased. */
export const RESET_DECIDED_MODE = 'resetting';

/**
 * How long before the hold time a finger may lift and the reset still be a full hold (S8/S9).
 * The firmware learns of a release only once the contact has stopped bouncing and stayed open
 * for its debounce time (hardware/buttons.ts, firmware.ts keyEdge): a release less than that
 * before the deadline is still unseen when the deadline comes, and the hold completes. It cannot
 * be otherwise for a debounced input — and the other way round, a finger held exactly the hold
 * time closes the contact up to a bounce window late, so a firmware strict to the millisecond
 * would refuse it (scenarios/powerbolt-264/reset-held-exactly-5s.yaml). A reset decided while
 * the key is still down is judged without this allowance.
 */
export function releaseUnseenMs(model: ModelProfile): number {
  return model.timing.debounceMs + BOUNCE_WINDOW_MS;
}

/**
 * Whether the hold that may reset the lock is only one under way as power comes up (S8: "remove
 * the battery pack entirely; press and hold Program; reinsert the pack while holding; keep
 * holding the full 30 s"; product-facts K1) — the SmartCode gesture. There a key pressed while
 * the lock is already powered starts no hold the monitor counts, however long it lasts: a reset
 * after it is a violation. The Powerbolt 250 and 955 (Program held while powered [M9], [K4]) and
 * the Reset-button models [M11] count a hold begun at any time with power on.
 */
export function holdMustSpanPowerUp(model: ModelProfile): boolean {
  return model.reset.gesture === 'power-up-program-hold';
}

/** A violation found in memory alone, said so: the firmware's RAM still holds the old store, and
 * the counterexample changes the battery before its closing expect (Violation.inMemoryOnly). */
function inMemory(found: Violation): Violation {
  return { ...found, message: `${found.message} (the firmware kept the old store in RAM: it shows at the next battery change)`, inMemoryOnly: true };
}

/** Events that mean the store accepted a code or admin-code change. */
export const CODE_CHANGE_EVENTS: readonly string[] = [
  'code-added',
  'one-time-code-added',
  'code-deleted',
  'all-codes-deleted',
  'mastercode-set',
  'mastercode-cleared',
  'programming-code-changed',
  'user-codes-disabled',
  'user-codes-enabled',
];

export interface MonitorState {
  /** S2/S3: a factory reset (the allowed bypass) happened; the premise no longer holds. */
  bypassed: boolean;
  /** S8/S9: since when the gesture key has been held with power on, or -1 (on SmartCode
   * models, holdMustSpanPowerUp, only a hold under way at power-up counts). */
  holdFrom: number;
  /** S8/S9: a full hold was seen since the last power-up and not yet used by a reset. */
  armed: boolean;
  /** S18: a reset forgot the handing and it has not been relearned yet. */
  handingDue: boolean;
  /** S18: the ends the motor has stopped the bolt at since the handing fell due (END_BIT), the
   * evidence that door handing ran: a firmware's own "handing learned" counts only with both. */
  handingEnds: number;
  /** Lockout: times of the latest wrong entries, oldest first. */
  wrong: number[];
}

export function initialMonitor(): MonitorState {
  return { bypassed: false, holdFrom: -1, armed: false, handingDue: false, handingEnds: 0, wrong: [] };
}

/** The bolt's end stops as bits of MonitorState.handingEnds. */
const END_BIT = { extended: 1, retracted: 2 } as const;
/** Door handing drives the bolt to both end stops to learn which way it throws (handing.ts;
 * seed S15–S17; product-facts M8 for the 620: "The latch bolt will extend and retract to learn
 * the orientation of the door", §9 for the SmartCode guide, unverified: "will extend retract
 * deadbolt latch", S1 for the Powerbolt 2: "latch bolt will extend out and retract back"). */
export const BOTH_ENDS = END_BIT.extended | END_BIT.retracted;

/** Whether a stopped bolt is at an end stop (a 'bolt' trace entry worth watching). */
export function boltAtEnd(state: unknown): state is keyof typeof END_BIT {
  return state === 'extended' || state === 'retracted';
}

export interface Violation {
  property: PropertyId;
  message: string;
  /** What the counterexample's closing `expect:` checks (scenario words). */
  expect: string;
  /** Put a checkpoint right before the violating step (its expect speaks of that step alone). */
  checkpointBefore?: string;
  /** Let this much time pass after the violating step before the closing `expect:`. */
  settleMs?: number;
  /** The change is in memory only, the RAM still holding the old store: the counterexample pulls
   * the pack and puts it back before its closing `expect:`, so the lock loads what memory holds. */
  inMemoryOnly?: true;
  /** No bricking: the physical reset failed from the state with its store corrupted first
   * (recovery.ts CORRUPT_STORE); the counterexample corrupts it before the gesture. */
  storeCorrupted?: true;
}

/** A reset decided is an erase under way: its NVM writes land, and the factory-reset event is
 * emitted, within this much time. A counterexample waits it out and then expects no
 * factory-reset, whatever mode the firmware is in (a press of Program may open programming on
 * a firmware that rightly refused the reset). */
export const RESET_ERASE_SETTLE_MS = 2_000;
/** The closing `expect:` of a violation about what a factory reset left (S18: the handing; S2/S3:
 * the defaults) is judged only if the reset came: on a firmware that does not reset on that path
 * the property holds, and the scenario must pass there. */
const IF_RESET = 'ifEvent: factory-reset';

export interface MonitorContext {
  model: ModelProfile;
  props: ReadonlySet<PropertyId>;
  /** The store the search started from, as the firmware holds it. */
  initial: StoreView;
  /** The same store as the first state's memory holds it (the newest good bank, read by the
   * checker's own reading): the one a change in memory alone is judged against. It is `initial`
   * unless the first boot already loaded another — which the power-cut property reports. */
  initialInMemory: StoreView;
}

/** What one transition looked like, for the monitors. */
export interface TransitionView {
  t0: number;
  now: number;
  edges: readonly KeyEdge[];
  /** The transition's trace entries (at least those watched() picks, in trace order). */
  entries: readonly TraceEntry[];
  /** The buttons held before the transition, one bit per key (hardware/buttons.ts keyBit). */
  heldBefore: number;
  poweredBefore: boolean;
  /** The store before and after, as Twin.store() reports it: RAM while powered (read only: they
   * may share the checker's tables' lists). */
  before: StoreView;
  after: StoreView;
  /** What the memory holds before and after, powered or not: the store the next power-up loads.
   * A firmware that writes a change to memory and keeps the old store in RAM changes only these. */
  durableBefore: StoreView;
  durableAfter: StoreView;
}

/** Whether two stores hold the same codes and admin code, the same codes enabled, the same
 * one-time code and the same auto-lock setting (and handing, when asked): disabling every user
 * code, or marking one to be deleted once it opens, changes what the store lets in as surely as
 * deleting a code does; the auto-lock setting is the menu's, behind the same gate as the codes. */
export function sameStore(a: StoreView, b: StoreView, withHanding: boolean): boolean {
  if (a.trusted !== b.trusted || a.adminCode !== b.adminCode || a.codes.length !== b.codes.length) return false;
  if (a.usersDisabled !== b.usersDisabled || a.oneTimeSlot !== b.oneTimeSlot || a.autoLock !== b.autoLock) return false;
  // The checker's views share one list per distinct code list (store-of.ts): the same list is
  // the same codes, and most transitions compare a store with itself.
  if (a.codes !== b.codes) for (let i = 0; i < a.codes.length; i++) if (a.codes[i] !== b.codes[i]) return false;
  return !withHanding || a.handed === b.handed;
}

export function codesExpect(s: Pick<StoreView, 'codes'>, slots: Iterable<number>): string {
  const parts: string[] = [];
  for (const slot of [...new Set(slots)].sort((a, b) => a - b)) {
    const c = s.codes[slot - 1] ?? '';
    parts.push(`${slot}: ${c === '' ? 'null' : `"${c}"`}`);
  }
  return `codes: { ${parts.join(', ')} }`;
}

function mastercodeExpect(admin: string): string {
  return `mastercode: ${admin === '' ? 'none' : `"${admin}"`}`;
}

/** The slots worth naming: filled in either store. */
function slotsOf(a: StoreView, b: StoreView): number[] {
  const out: number[] = [];
  const n = Math.max(a.codes.length, b.codes.length);
  for (let i = 0; i < n; i++) if ((a.codes[i] ?? '') !== '' || (b.codes[i] ?? '') !== '') out.push(i + 1);
  return out.length ? out : [1];
}

/** The expectation "the store is still `want`" (it fails on `got`). */
export function storeExpect(model: ModelProfile, want: StoreView, got: StoreView, handing: boolean): string {
  const parts = [`store: ${want.trusted ? 'ok' : 'untrusted'}`, codesExpect(want, slotsOf(want, got)), mastercodeExpect(want.adminCode)];
  if (want.usersDisabled !== got.usersDisabled) parts.push(`userCodes: ${userCodesWord(want)}`);
  if (want.oneTimeSlot !== got.oneTimeSlot) parts.push(`oneTimeCode: ${oneTimeCodeWord(want)}`);
  if (autoLockWord(want) !== autoLockWord(got)) parts.push(`autoLock: ${autoLockWord(want)}`);
  const delay = autoLockDelayOf(model, want);
  if (delay !== autoLockDelayOf(model, got) && delay >= 0) parts.push(`autoLockDelay: ${durationWords(delay)}`);
  if (handing) parts.push(`handed: ${want.handed}`);
  return parts.join(', ');
}

/** Whether a trace entry matters to the monitors: events, power changes, a reset decided, the
 * motor stopping the bolt at an end stop (S18's evidence of a handing run) or starting to withdraw
 * it (the lockout's: the lock deciding to open). */
export function watched(e: TraceEntry): boolean {
  return (
    e.ch === 'event' ||
    e.ch === 'power' ||
    (e.ch === 'mode' && e.v === RESET_DECIDED_MODE) ||
    (e.ch === 'bolt' && (boltAtEnd((e.v as { stopped?: unknown }).stopped) || motorWithdraws(e.v)))
  );
}

/** A 'bolt' trace entry's value: the motor starting to withdraw the bolt. */
function motorWithdraws(v: unknown): boolean {
  return (v as { bolt?: unknown }).bolt === 'withdrawing' && (v as { motor?: unknown }).motor !== undefined;
}

function inTimeOrder(edges: readonly KeyEdge[]): boolean {
  for (let i = 1; i < edges.length; i++) if (edges[i][0] < edges[i - 1][0]) return false;
  return true;
}

/** Run the monitors over one transition; `m` is updated in place. */
export function observe(ctx: MonitorContext, m: MonitorState, v: TransitionView): Violation[] {
  const { model, props } = ctx;
  const out: Violation[] = [];
  const gKey = gestureKey(model);
  const holdMs = model.timing.resetHoldMs;
  const fullHoldAtRelease = holdMs - releaseUnseenMs(model);
  const holdAtKeyDown = !holdMustSpanPowerUp(model);
  const startedBypassed = m.bypassed;
  const handingDueAtStart = m.handingDue;
  let held = (v.heldBefore & keyBit(gKey)) !== 0;
  let powered = v.poweredBefore;
  let resets = 0;
  /** A factory-reset event in this step (a reset decided may report it in a later one). */
  let resetReported = false;
  let handingLearned = false;
  let storeChangeReported = false;
  /** S18: a factory reset on a model whose reset forgets handing, and no handing learned since. */
  let resetKeptHandingDue = false;
  /** S4/S11: the code changes the firmware reported (rarely any: made only when one is). */
  let changes: CodeChange[] | null = null;

  // The key edges and the watched trace entries in time order, an edge first on a tie. Both
  // lists are in time order already (the trace is written as virtual time runs), so they are
  // merged as they are walked.
  const edges = inTimeOrder(v.edges) ? v.edges : [...v.edges].sort((a, b) => a[0] - b[0]);
  const entries = v.entries;
  let ei = 0;
  let ni = 0;
  for (;;) {
    while (ni < entries.length && !watched(entries[ni])) ni++;
    const edgeNext = ei < edges.length && (ni >= entries.length || v.t0 + edges[ei][0] <= entries[ni].t);
    if (edgeNext) {
      const edge = edges[ei++];
      if (edge[1] !== gKey) continue;
      const down = edge[2];
      const t = v.t0 + edge[0];
      if (down && !held) {
        held = true;
        m.holdFrom = powered && holdAtKeyDown ? t : -1;
      } else if (!down && held) {
        if (m.holdFrom >= 0 && t - m.holdFrom >= fullHoldAtRelease) m.armed = true;
        held = false;
        m.holdFrom = -1;
      }
      continue;
    }
    if (ni >= entries.length) break;
    const e = entries[ni++];
    if (e.ch === 'mode') {
      // The firmware has decided to erase (reset.ts); the factory-reset event follows once the
      // NVM writes land, possibly in a later step. Judge the hold now, at the decision.
      resets++;
      if (props.has('S8/S9') && !(m.armed || (m.holdFrom >= 0 && e.t - m.holdFrom >= holdMs))) {
        out.push({
          property: 'S8/S9',
          message: `reset decided at t=${e.t} ms ${shortHold(m, e.t, gKey, holdMs, holdAtKeyDown)}`,
          checkpointBefore: `power: ${v.poweredBefore ? 'on' : 'off'}`,
          expect: 'noEvent: factory-reset',
          settleMs: RESET_ERASE_SETTLE_MS,
        });
      }
      m.armed = true; // the erase under way completes this reset; judged once, here
      m.bypassed = true;
      continue;
    }
    if (e.ch === 'bolt') {
      if (motorWithdraws(e.v)) {
        if (props.has('lockout') && !m.handingDue) {
          const found = openedInLockout(model, m, e.t);
          if (found) out.push({ ...found, checkpointBefore: `power: ${v.poweredBefore ? 'on' : 'off'}` });
        }
      } else if (m.handingDue) m.handingEnds |= END_BIT[(e.v as { stopped: keyof typeof END_BIT }).stopped];
      continue;
    }
    if (e.ch === 'power') {
      const on = e.v === 'on';
      powered = on;
      m.armed = false;
      m.holdFrom = on && held ? e.t : -1;
      continue;
    }
    const type = (e.v as { type: string }).type;
    if (CODE_CHANGE_EVENTS.includes(type)) {
      storeChangeReported = true;
      (changes ??= []).push({ type, slot: (e.v as { slot?: number }).slot ?? 0 });
    }
    if (type === 'factory-reset') {
      resets++;
      resetReported = true;
      const fullHold = m.armed || (m.holdFrom >= 0 && e.t - m.holdFrom >= holdMs);
      if (props.has('S8/S9') && !fullHold) {
        out.push({
          property: 'S8/S9',
          message: `factory reset at t=${e.t} ms ${shortHold(m, e.t, gKey, holdMs, holdAtKeyDown)}`,
          checkpointBefore: `power: ${v.poweredBefore ? 'on' : 'off'}`,
          expect: 'noEvent: factory-reset',
        });
      }
      m.armed = false;
      m.holdFrom = held && powered && holdAtKeyDown ? e.t : -1;
      if (model.reset.forgetsHanding) {
        m.handingDue = true;
        m.handingEnds = 0;
        resetKeptHandingDue = true;
      }
      m.bypassed = true;
    } else if (type === 'handing-learned') {
      resetKeptHandingDue = false;
      // Learned only if the bolt was seen at both ends: a report without the run is no handing.
      if (!m.handingDue || m.handingEnds === BOTH_ENDS) {
        handingLearned = true;
        m.handingDue = false;
        m.handingEnds = 0;
      }
    } else if (type === 'wrong-code' && props.has('lockout')) {
      const { wrongAttempts } = model.lockout;
      const spanMs = lockoutSpanMs(model);
      keepRecent(m.wrong, e.t, spanMs);
      if (m.wrong.length >= wrongAttempts) {
        out.push({
          property: 'lockout',
          message: `wrong entry number ${m.wrong.length + 1} within ${spanMs} ms (limit ${wrongAttempts})`,
          checkpointBefore: `power: ${v.poweredBefore ? 'on' : 'off'}`,
          expect: 'noEvent: wrong-code',
        });
      }
      m.wrong.push(e.t);
      if (m.wrong.length > wrongAttempts) m.wrong.shift();
    } else if (CODE_CHANGE_EVENTS.includes(type) && m.handingDue && props.has('S18')) {
      out.push({
        property: 'S18',
        message: `${type} accepted after a reset, before door handing completed`,
        checkpointBefore: storeExpect(model, v.before, v.after, false),
        expect: `${storeExpect(model, v.before, v.after, false)}, noEvent: [${CODE_CHANGE_EVENTS.join(', ')}]`,
      });
    }
  }
  if (m.holdFrom >= 0 && v.now - m.holdFrom >= holdMs) m.armed = true;

  // The store is judged twice: as the firmware holds it (RAM while powered) and as its memory
  // holds it, the store every later power-up loads. Correct firmware writes memory only with what
  // it holds, so memory changes no sooner than RAM; one that writes a change and keeps the old
  // store in RAM changes only memory, and the change shows at the next battery change.

  // S8/S9 judged by the store as well as by what the firmware reports: before any reset, a store
  // that becomes the factory defaults with no reset reported, no change of codes reported and no
  // full hold seen was erased behind the firmware's own back — "release early and nothing
  // happens" (seed S9).
  if (props.has('S8/S9') && !startedBypassed && resets === 0 && !storeChangeReported && !m.armed) {
    if (erasedToDefaults(model, v.before, v.after)) out.push(erasedUnasked(model, v, v.before, v.after, ''));
    else if (erasedToDefaults(model, v.durableBefore, v.durableAfter)) out.push(inMemory(erasedUnasked(model, v, v.durableBefore, v.durableAfter, ' in memory')));
  }

  // Powered up in this step from a memory that holds a good store: the firmware must hold that
  // store. The torn-write probe judges the bytes a boot would load; this judges what the boot did
  // load (a firmware that drops its codes at power-up leaves the bytes intact).
  if (props.has('power-cut') && !v.poweredBefore && powered && resets === 0 && v.before.trusted && !sameStore(v.after, v.before, true)) {
    out.push({ property: 'power-cut', message: `a power-up left the firmware holding ${storeText(model, v.after)}; its memory holds ${storeText(model, v.before)}`, expect: '' });
  }
  if (props.has('S1')) {
    const changed = !sameStore(v.after, ctx.initial, true);
    if (changed || resets > 0) {
      out.push({
        property: 'S1',
        message: resets > 0 ? 'an exterior sequence triggered a factory reset' : 'an exterior sequence changed the store',
        expect: `${storeExpect(model, ctx.initial, v.after, true)}, noEvent: factory-reset`,
      });
    } else if (!sameStore(v.durableAfter, ctx.initialInMemory, true)) {
      out.push(inMemory({ property: 'S1', message: 'an exterior sequence changed the store in memory', expect: storeExpect(model, ctx.initialInMemory, v.durableAfter, true) }));
    }
  }
  if (props.has('S2/S3') && !startedBypassed) {
    if (resets > 0) {
      const d = outOfBoxStore(model, v.after.handed);
      if (!sameStore(v.after, d, false)) {
        const left = storeExpect(model, d, v.after, false);
        out.push({ property: 'S2/S3', message: 'a factory reset left a store other than the defaults', expect: resetReported ? `${IF_RESET}, ${left}` : left });
      }
    } else if (!sameStore(v.after, ctx.initial, false)) {
      out.push({ property: 'S2/S3', message: 'the store changed without the admin code being entered', expect: storeExpect(model, ctx.initial, v.after, false) });
    } else if (!sameStore(v.durableAfter, ctx.initialInMemory, false)) {
      out.push(inMemory({ property: 'S2/S3', message: 'the store in memory changed without the admin code being entered', expect: storeExpect(model, ctx.initialInMemory, v.durableAfter, false) }));
    }
  }
  // S18's premise, judged at the reset: on a model whose reset forgets the handing (S15), the store
  // holds none once the reset is done — until a handing run relearns it, which a step seldom holds.
  // A reset that kept it would never run handing again and take codes at once. (Judged at the end
  // of recovery instead, the handing is relearned by then on a good firmware.)
  if (props.has('S18') && resetKeptHandingDue && v.after.handed !== 'none') {
    out.push({ property: 'S18', message: `a factory reset kept the learned handing (${v.after.handed}): the reset must forget it, so that door handing runs again before any code`, expect: `${IF_RESET}, handed: none` });
  }
  // S4/S11 wherever the codes or the admin code may have changed: a change reported, or another list.
  if (props.has('S4/S11') && (changes !== null || v.before.codes !== v.after.codes || v.before.adminCode !== v.after.adminCode)) {
    const found = storeRulesViolation(model, v.before, v.after, changes ?? []);
    if (found) out.push(found);
  }
  if (props.has('S18') && handingDueAtStart && resets === 0 && !handingLearned && !out.some((x) => x.property === 'S18')) {
    if (!sameStore(v.after, v.before, false)) {
      out.push({
        property: 'S18',
        message: 'the store changed after a reset, before door handing completed',
        checkpointBefore: storeExpect(model, v.before, v.after, false),
        expect: storeExpect(model, v.before, v.after, false),
      });
    } else if (!sameStore(v.durableAfter, v.durableBefore, false)) {
      out.push(inMemory({ property: 'S18', message: 'the store in memory changed after a reset, before door handing completed', expect: storeExpect(model, v.durableBefore, v.durableAfter, false) }));
    }
  }
  return out;
}

/** S8/S9: the store went from `before` to the factory defaults `after` (`where`: in RAM, '', or
 * ' in memory') with no reset reported and no full hold. A function of its own, not a closure
 * in observe(): under a loader that keeps function names (tsx), every closure made costs a
 * defineProperty, and observe() runs once per transition. */
function erasedUnasked(model: ModelProfile, v: TransitionView, before: StoreView, after: StoreView, where: string): Violation {
  return {
    property: 'S8/S9',
    message: `the store was erased to the factory defaults${where} with no reset reported and no full hold of ${gestureKey(model)}`,
    checkpointBefore: `power: ${v.poweredBefore ? 'on' : 'off'}`,
    expect: storeExpect(model, before, after, false),
  };
}

/** Drop from `times` (in place) the ones `spanMs` or longer before `now`. In place and without
 * a callback: a closure over the loop's entry would give every pass of observe()'s loop a
 * context of its own to allocate. */
function keepRecent(times: number[], now: number, spanMs: number): void {
  let kept = 0;
  for (let i = 0; i < times.length; i++) if (now - times[i] < spanMs) times[kept++] = times[i];
  times.length = kept;
}

/** A store that was not the model's factory defaults and now is (handing aside). */
function erasedToDefaults(model: ModelProfile, before: StoreView, after: StoreView): boolean {
  // Most transitions change no code: answered without building the out-of-box store.
  if (before === after || sameStore(before, after, false)) return false;
  const box = outOfBoxStore(model, after.handed);
  return sameStore(after, box, false) && !sameStore(before, box, false);
}

/** The motor starts to withdraw the bolt at `t`: with the model's wrong entries all within the
 * lockout span (lockout-span.ts), the firmware has locked the keypad for at least the rest of the
 * span and nothing typed may open the lock. The count of wrong entries the firmware reports
 * cannot see a firmware that goes on judging entries silently behind its lockout; this can. The
 * handing run after a reset (handingDue) is not judged: it withdraws the bolt to learn, not to open. */
function openedInLockout(model: ModelProfile, m: MonitorState, t: number): Omit<Violation, 'checkpointBefore'> | null {
  const spanMs = lockoutSpanMs(model);
  let recent = 0;
  for (const w of m.wrong) if (t - w < spanMs) recent++;
  if (recent < model.lockout.wrongAttempts) return null;
  return {
    property: 'lockout',
    message: `the motor began to open the lock during a lockout, ${t - m.wrong[m.wrong.length - 1]} ms after wrong entry number ${recent} within ${spanMs} ms`,
    expect: 'noEvent: unlocked',
    settleMs: MOTOR_SETTLE_MS,
  };
}

/** A motor run that has begun is over within this (a full stroke takes about a second). */
const MOTOR_SETTLE_MS = 2_000;

/** What was wrong with the hold at a reset, for the violation's message. */
function shortHold(m: MonitorState, t: number, key: string, holdMs: number, holdAtKeyDown: boolean): string {
  if (m.holdFrom >= 0) return `after ${key} was held ${t - m.holdFrom} ms, not the full ${holdMs} ms`;
  if (holdAtKeyDown) return `after ${key} was held not at all, not the full ${holdMs} ms`;
  return `without ${key} held from a power-up (S8: held as the pack goes in, then the full ${holdMs} ms)`;
}

/** The monitor's part of the state key: times relative to now, the hold clipped at its target. */
export function hashMonitor(h: KeyWords, m: MonitorState, now: number, model: ModelProfile): void {
  const holdMs = model.timing.resetHoldMs;
  h.bool(m.bypassed).bool(m.armed).bool(m.handingDue).num(m.handingDue ? m.handingEnds : 0);
  h.num(m.holdFrom < 0 ? -1 : Math.min(now - m.holdFrom, holdMs));
  const spanMs = lockoutSpanMs(model);
  for (const t of m.wrong) if (now - t < spanMs) h.num(now - t);
  h.num(-2);
}
