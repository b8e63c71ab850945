// The model × feature table for the README (`lockstep models --markdown`): each cell with the
// source of its fact, so a reader sees at a glance what is documented and what is assumed.

import type { ModelProfile } from '../models/profile.ts';

interface Row {
  feature: string;
  value: (m: ModelProfile) => string;
  source: string | ((m: ModelProfile) => string);
}

const seconds = (ms: number) => `${ms / 1000} s`;

const ROWS: Row[] = [
  { feature: 'identifiers', value: (m) => m.identifiers.join(', '), source: () => 'seed S13' },
  { feature: 'programming', value: (m) => m.programming, source: (m) => (m.programming === 'programming-code-menu' ? 'product-facts K5 (955 family menu), seed S12' : 'product-facts M1, M14') },
  { feature: 'user codes', value: (m) => `${m.codes.capacity} × ${m.codes.minLength}–${m.codes.maxLength} digits`, source: 'codes.capacity' },
  { feature: 'admin code', value: (m) => `${m.codes.adminMinLength}–${m.codes.adminMaxLength} digits; out of box: ${m.defaults.adminCode === 'tag' ? 'tag code' : m.defaults.adminCode || 'none'}; after reset: ${m.defaults.adminCodeAfterReset || 'none'}`, source: 'defaults.adminCodeAfterReset' },
  { feature: 'reset gesture', value: (m) => `pack out, hold Program, pack in, ${seconds(m.timing.resetHoldMs)}${m.reset.confirmPress ? ', press Program' : ''}`, source: 'reset.confirmPress' },
  { feature: 'door handing', value: (m) => `automatic, ${seconds(m.timing.handingStartDelayMs)} after reset / power-up while unlearned`, source: 'timing.handingStartDelayMs' },
  { feature: 'lockout', value: (m) => `${m.lockout.wrongAttempts} wrong in ${seconds(m.lockout.windowMs)} → ${seconds(m.lockout.durationMs)}`, source: 'lockout' },
  { feature: 'timeouts', value: (m) => `programming ${seconds(m.timing.programmingTimeoutMs)}, entry ${seconds(m.timing.entryTimeoutMs)}`, source: 'timing.programmingTimeoutMs' },
  { feature: 'auto-lock', value: (m) => seconds(m.timing.autoLockDelayMs), source: 'timing.autoLockDelayMs' },
  { feature: 'battery', value: (m) => `low ≤ ${m.battery.lowVolts} V, critical ≤ ${m.battery.criticalVolts} V`, source: 'battery.lowVolts' },
  { feature: 'wrong code', value: (m) => signal(m, 'wrongCode'), source: 'signals.wrongCode' },
  { feature: 'lockout signal', value: (m) => signal(m, 'lockout'), source: 'signals.lockout' },
  { feature: 'reset armed / done', value: (m) => `${signal(m, 'resetArmed')} / ${signal(m, 'resetDone')}`, source: 'signals.resetDone' },
  { feature: 'handing failed', value: (m) => signal(m, 'handingFailed'), source: 'signals.handingFailed' },
  { feature: 'low battery', value: (m) => signal(m, 'lowBattery'), source: 'signals.lowBattery' },
];

function signal(m: ModelProfile, name: keyof ModelProfile['signals']): string {
  const s = m.signals[name];
  const light = s.count === 0 ? `${s.color} solid ${seconds(s.solidMs ?? 0)}` : `${s.color} ×${s.count}`;
  return s.beeps ? `${light} + ${s.beeps} ${s.longBeep ? 'long ' : ''}beep${s.beeps > 1 ? 's' : ''}` : light;
}

function grade(source: string): string {
  if (source.startsWith('assumed')) return 'assumed';
  if (/\bseed\b/.test(source)) return 'seed';
  if (/\b[KM]\d/.test(source)) return 'documented';
  if (/\bG\d/.test(source)) return 'Z-Wave db';
  if (/\bS\d/.test(source)) return 'unverified';
  return 'inferred';
}

export function modelTableMarkdown(models: readonly ModelProfile[]): string {
  const head = `| feature | ${models.map((m) => m.name).join(' | ')} |`;
  const rule = `|---|${models.map(() => '---').join('|')}|`;
  const lines = [head, rule];
  for (const row of ROWS) {
    const cells = models.map((m) => {
      const src = typeof row.source === 'function' ? row.source(m) : (m.sources[row.source] ?? 'assumed');
      const g = grade(src);
      return `${row.value(m)} <br><sub>${src.startsWith(g) ? src : `${g}: ${src}`}</sub>`;
    });
    lines.push(`| ${row.feature} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
