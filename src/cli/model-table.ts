// The model × feature table for the README (`lockstep models --markdown`): one row per model,
// each cell graded by the source of its fact, so a reader sees at a glance what is documented,
// what is inferred and what is assumed (issue "The model family"; sources in each model file).

import { hasSecureScreen, screenDigitsOf } from '../firmware/secure-screen.ts';
import { DISABLE_ALL, ENABLE_ALL } from '../firmware/programming-menu.ts';
import type { ModelProfile } from '../models/profile.ts';
import { grade } from '../models/source-grade.ts';

interface Column {
  feature: string;
  value: (m: ModelProfile) => string;
  /** The model's `sources` key for this fact, or a fixed source. */
  source: (m: ModelProfile) => string;
}

const seconds = (ms: number) => `${ms / 1000} s`;
const src = (key: string) => (m: ModelProfile) => m.sources[key] ?? 'assumed';

const RESET_WORDS: Record<ModelProfile['reset']['gesture'], (m: ModelProfile) => string> = {
  'power-up-program-hold': (m) => `pack out, hold Program, pack in, ${seconds(m.timing.resetHoldMs)}`,
  'program-hold-powered': (m) => `hold Program ${seconds(m.timing.resetHoldMs)}${m.reset.requiresBoltRetracted ? ' (bolt retracted)' : ''}`,
  'reset-button': (m) => `hold Reset ${seconds(m.timing.resetHoldMs)}`,
};

const HANDING_WORDS: Record<ModelProfile['handing']['trigger'], string> = {
  auto: 'by itself after reset / power-up',
  'lock-held-at-power-up': 'hold Lock while inserting the pack',
  'program-tap-at-power-up': 'short Program hold at pack insertion, then Program',
  menu: 'menu item',
};

function programming(m: ModelProfile): string {
  switch (m.programming) {
    case 'mastercode-program-button':
      return 'Program button, Mastercode if set';
    case 'positional':
      return m.slotSelection === 'presses' ? 'by slot: Program ×N' : 'by slot: Program, slot no.';
    default: {
      const menu = m.menu!;
      const key = m.keypad.lockKeyLabel ?? 'Kwikset';
      // The disable item takes a further choice: the item alone changes nothing.
      const disable = menu.disableAll && `${menu.disableAll}, ${key}, ${DISABLE_ALL} disable all codes (${ENABLE_ALL}: enable)`;
      const items = [`${menu.add} add`, `${menu.delete} delete`, menu.changeAdmin && `${menu.changeAdmin} code`, disable, menu.oneTime && `${menu.oneTime} one-time code`, menu.autoLock && `${menu.autoLock} auto-lock on/off`, menu.autoLockDelay && `${menu.autoLockDelay.item} auto-lock delay`, menu.handing && `${menu.handing} handing`]
        .filter(Boolean)
        .join(', ');
      const opener = m.programButton === 'menu' ? `Program or code + ${key}` : m.programButton === 'menu-without-admin' ? `code + ${key} (Program while no code)` : `code + ${key}`;
      return `menu (${opener}): ${items}`;
    }
  }
}

function signal(m: ModelProfile, name: keyof ModelProfile['signals']): string {
  const s = m.signals[name];
  const colour = s.altColor ? `${s.color}/${s.altColor}` : s.color;
  const light = s.count === 0 ? (s.solidMs ? `${colour} solid ${seconds(s.solidMs)}` : '') : `${colour} ×${s.count}`;
  const sound = s.beeps ? `${s.beeps} ${s.longBeep ? 'long ' : ''}beep${s.beeps > 1 ? 's' : ''}` : '';
  return [light, sound].filter(Boolean).join(' + ');
}

const COLUMNS: Column[] = [
  { feature: 'codes', value: (m) => `${m.codes.capacity} × ${m.codes.minLength}–${m.codes.maxLength} digits${m.codes.uniquePrefixLength ? `, first ${m.codes.uniquePrefixLength} unique` : ''}`, source: src('codes.capacity') },
  { feature: 'keypad', value: (m) => (m.keypad.digitsPerKey === 2 ? '2 digits per key' : '1 digit per key') + (m.keypad.minForceN > 2 ? ', firm press' : '') + (m.keypad.unlockWith === 'lock-button' ? ', opens with code + Lock' : '') + (hasSecureScreen(m) ? `, SecureScreen on switch 4 (${screenDigitsOf(m)} digits first)` : ''), source: src('keypad') },
  { feature: 'programming', value: programming, source: (m) => m.sources.menu ?? (m.programming === 'mastercode-program-button' ? 'product-facts M1, M14' : 'assumed') },
  { feature: 'admin code (box / after reset)', value: (m) => `${m.defaults.adminCode === 'tag' ? 'tag code' : m.defaults.adminCode || 'none'} / ${m.defaults.adminCodeAfterReset || 'none'}`, source: src('defaults.adminCodeAfterReset') },
  { feature: 'reset', value: (m) => RESET_WORDS[m.reset.gesture](m) + (m.reset.confirmPress ? ', then press Program' : ''), source: src('reset.confirmPress') },
  { feature: 'door handing', value: (m) => HANDING_WORDS[m.handing.trigger], source: src('handing.trigger') },
  { feature: 'lockout', value: (m) => `${m.lockout.wrongAttempts} wrong in ${seconds(m.lockout.windowMs)} → ${seconds(m.lockout.durationMs)}`, source: src('lockout') },
  { feature: 'programming timeout', value: (m) => seconds(m.timing.programmingTimeoutMs), source: src('timing.programmingTimeoutMs') },
  { feature: 'wrong code / lockout signal', value: (m) => `${signal(m, 'wrongCode')} / ${signal(m, 'lockout')}`, source: src('signals.lockout') },
  { feature: 'reset done', value: (m) => signal(m, 'resetDone'), source: src('signals.resetDone') },
  { feature: 'jam / low battery', value: (m) => `${signal(m, 'jammed')} / ${signal(m, 'lowBattery')}`, source: src('signals.jammed') },
  { feature: 'status LED (switch 1)', value: (m) => `blinks every ${seconds(m.timing.statusBlinkPeriodMs)}${m.battery.lowBlinkIgnoresLedSwitch ? '; low-battery red even with switch 1 off' : ''}`, source: src('timing.statusBlinkPeriodMs') },
];

const GRADE_MARK: Record<string, string> = { seed: 'ˢ', documented: 'ᵈ', 'Z-Wave db': 'ᶻ', unverified: 'ᵘ', assumed: 'ᵃ', inferred: 'ⁱ' };

export function modelTableMarkdown(models: readonly ModelProfile[]): string {
  const lines = [`| model | ${COLUMNS.map((c) => c.feature).join(' | ')} |`, `|---|${COLUMNS.map(() => '---').join('|')}|`];
  for (const m of models) {
    const cells = COLUMNS.map((c) => `${c.value(m)}${GRADE_MARK[grade(c.source(m))]}`);
    lines.push(`| **${m.name}**<br>\`${m.id}\` | ${cells.join(' | ')} |`);
  }
  lines.push('', 'Source grades: ˢ seed · ᵈ documented (Kwikset pages and guides) · ᶻ Z-Wave device databases · ᵘ unverified third-party pages · ⁱ inferred · ᵃ assumed. Every cell\'s source is in its model file (`src/models/`).');
  return lines.join('\n');
}
