// Checking an `expect:` step against the twin: `led`, `beep`, `beeps`, `event`, `noEvent` and
// `why` (an event's why id, firmware/event-why.ts) speak of what was seen or heard since the
// previous expect; every other word speaks of the state now (`status`:
// the status LED's slow blink, product-facts K3, M16)
// (design/architecture.md, Scenario files). `led` is a light pattern — a flash or a solid light —
// and never the status blink, so `led: green` and `led: off` cannot both hold on one window.
// A failed check says what was observed instead (a failed `led`: led-observed.ts); the failures
// come in the file's order. `ifEvent` makes the other words conditional: judged only when those
// events came in the stretch (what a factory reset must leave, on a lock that may not reset).

import type { TraceEntry } from '../sim/trace.ts';
import type { Twin } from '../twin/twin.ts';
import { autoLockDelayOf, autoLockWord, oneTimeCodeWord, userCodesWord } from '../twin/store-words.ts';
import { durationWords } from './duration.ts';
import type { EventItemPos, Expectation, SourcePos } from './types.ts';
import { parseDuration } from './duration.ts';
import { expectedLedWords, isPattern, ledObserved, type LedSeen } from './led-observed.ts';
import { quoted } from '../printable.ts';

const MS_PER_SECOND = 1_000;

export interface ExpectFailure {
  key: keyof Expectation;
  pos?: SourcePos;
  expected: string;
  observed: string;
}

/** "amber every 6 s", "off". */
function statusWords(color: string, everyMs: number | undefined): string {
  return color === 'off' || everyMs === undefined ? color : `${color} every ${everyMs / 1000} s`;
}

/** A virtual time in seconds, as the timeline reads it: 1600 → "1.6 s". */
function secondsWords(ms: number): string {
  return `${ms / MS_PER_SECOND} s`;
}

/** How a `noEvent` reads after "expected": it names the event itself, `no "locked" event`. */
export function noEventWords(type: string): string {
  return `no ${quoted(type)} event`;
}

/** The failures in the order the file gives them, so that the first one reported (`FAIL
 * file:line:col`, the JSON verdict's `failure`) is the first failed word of the `expect:` as
 * written, not the first in the order they are checked; left as checked when any has no place. */
function inFileOrder(failures: ExpectFailure[]): ExpectFailure[] {
  if (failures.some((f) => f.pos === undefined)) return failures;
  return failures.sort((a, b) => a.pos!.line - b.pos!.line || a.pos!.col - b.pos!.col);
}

function fmt(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function checkExpectation(
  twin: Twin,
  expectation: Expectation,
  since: readonly TraceEntry[],
  keyPos: Partial<Record<keyof Expectation, SourcePos>> = {},
  itemPos: EventItemPos = {},
): ExpectFailure[] {
  const failures: ExpectFailure[] = [];
  const fail = (key: keyof Expectation, expected: unknown, observed: unknown, pos = keyPos[key]) =>
    failures.push({ key, pos, expected: fmt(expected), observed: fmt(observed) });
  const leds = since.filter((e) => e.ch === 'led').map((e) => e.v as LedSeen);
  const beeps = since.filter((e) => e.ch === 'beep').map((e) => e.v as { count: number });
  const events = since.filter((e) => e.ch === 'event').map((e) => (e.v as { type: string }).type);
  const e = expectation;
  const premise = e.ifEvent === undefined ? [] : typeof e.ifEvent === 'string' ? [e.ifEvent] : e.ifEvent;
  if (!premise.every((type) => events.includes(type))) return failures;
  const store = twin.store();

  if (e.led !== undefined) {
    const want = typeof e.led === 'string' ? { color: e.led } : e.led;
    const patterns = leds.filter(isPattern);
    let ok: boolean;
    if (want.color === 'off') ok = patterns.length === 0;
    else
      ok = patterns.some((l) => {
        if (l.color !== want.color && l.alt !== want.color) return false;
        if (want.flashes !== undefined && l.flashes !== want.flashes) return false;
        // solid: true a solid light, solid: false a flash pattern (not solid), left out either.
        if (want.solid !== undefined && Boolean(l.solidMs) !== want.solid) return false;
        return true;
      });
    if (!ok) fail('led', expectedLedWords(e.led), ledObserved(twin, leds));
  }
  if (e.status !== undefined) {
    const want = typeof e.status === 'string' ? { color: e.status, everyMs: undefined } : { color: e.status.color, everyMs: parseDuration(e.status.every) };
    const color = twin.indicators.status ?? 'off';
    const every = twin.indicators.statusEveryMs;
    if (color !== want.color || (want.everyMs !== undefined && every !== want.everyMs)) {
      fail('status', statusWords(want.color, want.everyMs), statusWords(color, every));
    }
  }
  if (e.beep !== undefined && (beeps.length > 0) !== e.beep) fail('beep', e.beep, beeps.length > 0 ? 'beeps' : 'no beep');
  if (e.beeps !== undefined) {
    const n = beeps.reduce((a, b) => a + b.count, 0);
    if (n !== e.beeps) fail('beeps', e.beeps, n);
  }
  if (e.bolt !== undefined && twin.bolt.state() !== e.bolt) fail('bolt', e.bolt, twin.bolt.state());
  if (e.locked !== undefined && twin.locked !== e.locked) fail('locked', e.locked, twin.locked);
  if (e.handed !== undefined && store.handed !== e.handed) fail('handed', e.handed, store.handed);
  if (e.codes !== undefined) {
    const present = store.codes.filter((c) => c !== '').length;
    if (typeof e.codes === 'number') {
      if (present !== e.codes) fail('codes', e.codes, `${present} (${store.trusted ? 'store ok' : 'store untrusted'})`);
    } else {
      for (const [slot, code] of Object.entries(e.codes)) {
        const actual = store.codes[Number(slot) - 1] ?? '';
        if ((code ?? '') !== actual) fail('codes', `slot ${slot} = ${code ?? 'empty'}`, `slot ${slot} = ${actual || 'empty'}`);
      }
    }
  }
  if (e.mastercode !== undefined) {
    const admin = store.adminCode;
    const ok = e.mastercode === 'none' ? admin === '' : e.mastercode === 'set' ? admin !== '' : admin === e.mastercode;
    if (!ok) fail('mastercode', e.mastercode, admin === '' ? 'none' : admin);
  }
  if (e.lockout !== undefined && twin.lockedOut !== e.lockout) fail('lockout', e.lockout, twin.lockedOut);
  if (e.mode !== undefined && twin.mode !== e.mode) fail('mode', e.mode, twin.mode);
  if (e.store !== undefined && (store.trusted ? 'ok' : 'untrusted') !== e.store) fail('store', e.store, store.trusted ? 'ok' : 'untrusted');
  if (e.userCodes !== undefined && userCodesWord(store) !== e.userCodes) fail('userCodes', e.userCodes, userCodesWord(store));
  if (e.oneTimeCode !== undefined && oneTimeCodeWord(store) !== e.oneTimeCode) fail('oneTimeCode', e.oneTimeCode, oneTimeCodeWord(store));
  if (e.autoLock !== undefined && autoLockWord(store) !== e.autoLock) fail('autoLock', e.autoLock, autoLockWord(store));
  if (e.autoLockDelay !== undefined) {
    const delay = autoLockDelayOf(twin.model, store);
    if (delay !== e.autoLockDelay) fail('autoLockDelay', durationWords(e.autoLockDelay), delay < 0 ? 'none (no menu sets it)' : durationWords(delay));
  }
  if (e.power !== undefined && (twin.powered ? 'on' : 'off') !== e.power) fail('power', e.power, twin.powered ? 'on' : 'off');
  for (const want of e.event === undefined ? [] : typeof e.event === 'string' ? [e.event] : e.event) {
    if (!events.includes(want)) fail('event', want, events.length ? events.join(', ') : 'no events', itemPos.event?.[want] ?? keyPos.event);
  }
  for (const unwanted of e.noEvent === undefined ? [] : typeof e.noEvent === 'string' ? [e.noEvent] : e.noEvent) {
    const seen = since.find((entry) => entry.ch === 'event' && (entry.v as { type: string }).type === unwanted);
    if (seen) fail('noEvent', noEventWords(unwanted), `one at ${secondsWords(seen.t)}`, itemPos.noEvent?.[unwanted] ?? keyPos.noEvent);
  }
  if (e.why !== undefined) {
    // Of the events named beside it, when `event` names any: the lockout's why, not another's.
    const types: readonly string[] | undefined = e.event === undefined ? undefined : typeof e.event === 'string' ? [e.event] : e.event;
    const said = since
      .filter((entry) => entry.ch === 'event')
      .map((entry) => entry.v as { type: string; why?: string })
      .filter((v) => v.why !== undefined && (types === undefined || types.includes(v.type)));
    if (!said.some((v) => v.why === e.why)) {
      fail('why', e.why, said.length ? said.map((v) => `${v.type} (why ${v.why})`).join(', ') : `no ${types ? `${types.join(' or ')} ` : ''}event with a why`);
    }
  }
  return inFileOrder(failures);
}
