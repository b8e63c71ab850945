// decode's advice on a reset waiting for its confirming press (seed S24) offers two ways out:
// the battery pack out and back in to cancel it, or the press that finishes it. The first rests on what
// the doctor's cancel rests on — the codes kept while the pack is out (product-facts S11) and,
// since no source says a pack cycle ends the waiting reset, an assumption said as one — so the
// advice cites it as the doctor does (reset-intent.ts cancelResetCite), on every model whose
// reset waits for that press.

import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { cancelResetCite } from '../src/troubleshoot/reset-intent.ts';
import { ownCite } from '../src/troubleshoot/own-cite.ts';
import { readStatusBlink } from '../src/troubleshoot/status-reading.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { PAGE_POINTERS } from '../web/src/lock-reader.ts';
import { lockstep } from './cli-run.ts';

const confirming = MODELS.filter((m) => m.reset.confirmPress);
/** The references of a cite, each with its source: "product-facts S11", "seed S24". */
function refs(cite: string): string[] {
  return cite.split(';').flatMap((clause) => {
    const c = clause.trim();
    const at = c.search(/\b(S|K|M|G)\d+|§\d/);
    if (at < 0) return [c];
    const source = c.slice(0, at).trim();
    return c.slice(at).split(',').map((x) => `${source} ${x.trim()}`);
  });
}

describe('decode\'s advice to cancel a half-finished reset by the pack', () => {
  it.each(confirming.map((m) => [m.id, m] as const))('%s: cites it as the doctor\'s cancel does', (_id, m) => {
    for (const name of ['resetArmed', 'resetArmedReminder'] as const) {
      const a = adviceFor(m, name);
      expect(a.todo, name).toMatch(/cancel it: take the battery pack out and slide it back in without touching Program/);
      for (const ref of refs(ownCite(m, cancelResetCite(m)))) expect(refs(a.cite), `${name}: ${ref}`).toContain(ref);
    }
    expect(adviceFor(m, 'resetArmedReminder').cite).toBe(ownCite(m, cancelResetCite(m)));
  });

  it('lockstep decode prints it', () => {
    const r = lockstep('decode', '--model', 'smartcode-275', 'after holding program for 30 seconds it flashed red and beeped');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(seed S8, S24, S12; product-facts K1, S11; the pack cycle cancelling it: assumed)');
    expect(findModel('smartcode-275')!.reset.confirmPress).toBeTruthy();
  });
});

// Wherever decode (and the page's "What is my lock showing?", which reads the same way) tells an
// owner to press Program to finish a reset left waiting, that press erases every code: the words
// say so, and the cancel — the pack out and back in without touching Program, every code kept —
// comes first, for an owner who did not mean to erase the lock.
/** What decode is asked about a reset left waiting, seen, held or said not to have taken. */
const ARMED_SAID = [
  'red blink every few seconds, no beep',
  'a lone red blink every few seconds and no beep',
  'red blink every few seconds, no beep, keypad ignores every code',
  "the reset didn't work, nothing happened",
  'after holding program for 30 seconds it flashed red and beeped',
];
/** The press that finishes the reset, wherever a text tells the owner to make it. */
const FINISHING_PRESS = /press Program once more/i;
/** The cancel, as the doctor's cancel-reset does it. */
const CANCEL = /Unless you meant to erase the lock, cancel it: take the battery pack out and slide it back in without touching Program/;

/** A text that tells the owner to press Program to finish the reset says that the press erases
 * every code, and — unless it is the reset gesture itself, told to an owner who is doing one on
 * purpose — offers the cancel before it; the number of such texts. */
function leadsRightWay(text: string, where: string, onPurpose = false): number {
  const press = text.search(FINISHING_PRESS);
  if (press < 0) return 0;
  expect(text, where).toMatch(/that press erases every code/);
  if (onPurpose) return 1;
  const cancel = text.search(CANCEL);
  expect(cancel, where).toBeGreaterThan(-1);
  expect(cancel, where).toBeLessThan(press);
  return 1;
}

/** The owner-facing advice of a reading: each answer's, the status light's after it, each reason
 * a reset did not take — the hold let go early being the gesture itself, done on purpose. */
function adviceTexts(r: ReturnType<typeof readDecodeText>): [string, boolean][] {
  return [...r.answers.map((a) => [a.todo, false] as [string, boolean]), ...(r.after ? [[r.after.todo, false] as [string, boolean]] : []), ...(r.reset?.causes.map((c) => [c.says, c.id === 'released-early'] as [string, boolean]) ?? [])];
}

describe('decode\'s words on a reset left waiting lead to the cancel first', () => {
  it.each(confirming.map((m) => [m.id, m] as const))('%s: the signal advice', (_id, m) => {
    for (const name of ['resetArmed', 'resetArmedReminder'] as const) expect(leadsRightWay(adviceFor(m, name).todo, name)).toBe(1);
  });

  it.each(confirming.map((m) => [m.id, m] as const))('%s: the status light\'s red blink, cited as the doctor\'s cancel', (_id, m) => {
    const red = readStatusBlink(m, parseSignalText('red blink every few seconds, no beep'))!;
    expect(leadsRightWay(red.todo, 'status red')).toBe(1);
    expect(red.todo).toContain(`held Program the full ${m.timing.resetHoldMs / 1000} s`);
    for (const ref of refs(ownCite(m, cancelResetCite(m)))) expect(refs(red.cite), ref).toContain(ref);
  });

  it.each(confirming.map((m) => [m.id, m] as const))('%s: every reading of it, as the terminal and the page give them', (_id, m) => {
    let told = 0;
    for (const said of ARMED_SAID) for (const pointers of [TERMINAL_POINTERS, PAGE_POINTERS]) for (const [text, onPurpose] of adviceTexts(readDecodeText(m, said, pointers))) told += leadsRightWay(text, `${said}: ${text}`, onPurpose);
    expect(told).toBeGreaterThan(0);
  });

  it('names no half-finished reset in the red blink of a model whose reset needs no confirming press', () => {
    for (const m of MODELS.filter((x) => !x.reset.confirmPress)) {
      const red = readStatusBlink(m, parseSignalText('red blink every few seconds, no beep'))!;
      expect(red.todo, m.id).not.toMatch(/half-finished|Program once more/);
      expect(red.cite, m.id).not.toMatch(/S24/);
    }
  });

  it('lockstep decode prints the cancel before the press that erases every code', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'red blink every few seconds, no beep');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/cancel it: take the battery pack out and slide it back in without touching Program — every code is kept\. Only if you meant to erase it, press Program once more, before the pack comes out: that press erases every code\./);
    expect(r.out).toContain('the pack cycle cancelling it: assumed');
  });
});
