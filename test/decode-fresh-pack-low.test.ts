// A low-battery signal — the table's (red ×10 and ten beeps on a SmartCode, product-facts M4) or
// the status light's red blink (K3) — said to come just after new batteries went in: a fresh pack
// reads about 6 V and the lock warns only at 4.8 V (G4), so the new pack is not giving its volts.
// What a support person says then, in this order: re-seat the pack, look at each cell's way round
// and the contacts, check the cells are alkaline and not rechargeable (no source names either:
// assumed) — and only then another fresh pack. Said alike by both readings, on every model.

import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { signalAnswer } from '../src/troubleshoot/decode-reading.ts';
import { readStatusBlink } from '../src/troubleshoot/status-reading.ts';
import { looksLike } from '../src/troubleshoot/decode.ts';
import { lockstep } from './cli-run.ts';

/** The checks in the order they are to be made, then the new pack last. */
const IN_ORDER = [/put it back in firmly/, /right way round/, /contacts clean/, /alkaline, not rechargeable/, /Only then fit another set of four fresh alkaline AA batteries/];

function inOrder(todo: string): void {
  const at = IN_ORDER.map((re) => todo.search(re));
  for (const [i, pos] of at.entries()) expect(pos, `${IN_ORDER[i]} in "${todo}"`).toBeGreaterThan(-1);
  expect(at).toEqual([...at].sort((a, b) => a - b));
}

const withLowSignal = MODELS.filter((m) => m.signals.lowBattery);
const AFTER_NEW = parseSignalText('red x10 and 10 beeps after new batteries');
const RED_BLINK_AFTER_NEW = parseSignalText('blinking red every few seconds after new batteries');

describe('a low-battery signal after new batteries', () => {
  it.each(withLowSignal.map((m) => [m.id, m] as const))('%s: the signal table\'s reading checks the new pack before another', (_id, m) => {
    const a = signalAnswer(m, { signal: 'lowBattery', looksLike: looksLike(m, 'lowBattery') }, AFTER_NEW);
    inOrder(a.todo);
    expect(a.todo).not.toMatch(/themselves weak\. Fit another set/);
    expect(a.cite).toMatch(/assumed/);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s: the status light\'s red blink checks the new pack before another', (_id, m) => {
    const r = readStatusBlink(m, RED_BLINK_AFTER_NEW);
    expect(r?.color).toBe('red');
    inOrder(r!.todo);
    expect(r!.todo).not.toMatch(/^Replace all four AA batteries/);
    expect(r!.cite).toMatch(/assumed/);
  });

  it('with nothing said of new batteries, the status light still says to replace them', () => {
    expect(readStatusBlink(MODELS[0], parseSignalText('blinking red every few seconds'))?.todo).toMatch(/^Replace all four AA batteries with fresh ones/);
  });

  it('lockstep decode prints it', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'blinking red every few seconds after new batteries');
    expect(r.code).toBe(0);
    const lines = stripVTControlCharacters(r.out).split('\n');
    const status = lines.findIndex((l) => l.startsWith('▶ status light: low battery'));
    expect(status).toBeGreaterThan(-1);
    const todo = lines.slice(status).find((l) => l.trim().startsWith('→'));
    inOrder(todo!);
  });
});
