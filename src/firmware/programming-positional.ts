// Positional programming (SmartCode 909/910/912 [M15]; Powerbolt 240 [M13]): the code's slot is
// chosen first, then the code; a new code in an occupied slot replaces the old one, which is how
// these locks delete ("override the code by adding a different user code in the same position").
//   909:  Program pressed N times (slot N), code, Lock        (M15)
//   240:  Program, slot number, Kwikset, code, Kwikset        (M13)
// A 5 s pause times out as everywhere else (M13: "a time out will occur if the keypad is not
// pressed for 5 seconds").

import { setCodeAt, storeWritable } from './code-store.ts';
import { backToIdle, setMode, signal, type Fw } from './context.ts';
import { fail } from './programming-mastercode.ts';
import type { ModelProfile } from '../models/profile.ts';

/** The most digits a slot number keeps: one past the largest slot number, so 123 is refused rather than read as 12. */
export const MAX_SLOT_DIGITS = 3;

/** The most digits a slot's code keeps: one past the longest code, so an over-long one is refused, not cut short. */
export function slotCodeEntryMax(p: ModelProfile): number {
  return p.codes.maxLength + 1;
}

function touch(fw: Fw): void {
  fw.s.tProg = fw.io.now() + fw.p.timing.programmingTimeoutMs;
}

/** Program pressed in normal operation, or again while choosing a slot by presses. Each press
 * shows the same green, and says what it did: the first opens programming (`programming-opened`,
 * at position 1 where presses count it: M15; the 240's number comes next: M13), a later one
 * counts the next position (`slot-selected`, M15) — so that green is told from an unlock or a code
 * added, which look the same. */
export function slotProgramPressed(fw: Fw): void {
  const s = fw.s;
  const byPresses = fw.p.slotSelection === 'presses';
  let opened: boolean;
  if (s.mode === 'idle') {
    const gate = storeWritable(fw);
    if (gate !== 'ok') return fail(fw, gate);
    s.buffer = '';
    s.tEntry = -1;
    s.slot = byPresses ? 1 : 0;
    setMode(fw, 'slot-select');
    opened = true;
  } else if (s.mode === 'slot-select' && byPresses) {
    if (s.slot < fw.p.codes.capacity) s.slot++;
    opened = false;
  } else {
    return;
  }
  signal(fw, 'slotSelected');
  const slot = byPresses ? { slot: s.slot } : {};
  fw.io.emit(opened ? { type: 'programming-opened', source: 'program-button', ...slot } : { type: 'slot-selected', source: 'program-button', ...slot });
  touch(fw);
}

export function positionalKey(fw: Fw, key: string): void {
  const s = fw.s;
  touch(fw);
  if (s.mode === 'slot-select') {
    if (fw.p.slotSelection === 'digit') {
      if (key === 'lock') {
        s.slot = Number(s.buffer);
        s.buffer = '';
        if (!(s.slot >= 1 && s.slot <= fw.p.codes.capacity)) return fail(fw, 'bad-slot');
        setMode(fw, 'slot-code');
      } else if (s.buffer.length < MAX_SLOT_DIGITS) {
        s.buffer += key;
      }
      return;
    }
    if (key === 'lock') return fail(fw, 'no-code-entered');
    setMode(fw, 'slot-code');
  }
  if (key !== 'lock') {
    if (s.buffer.length < slotCodeEntryMax(fw.p)) s.buffer += key;
    return;
  }
  const r = setCodeAt(fw, s.slot, s.buffer);
  if (r.result !== 'ok') return fail(fw, r.result);
  signal(fw, 'codeAccepted');
  fw.io.emit({ type: 'code-added', slot: r.slot, source: 'keypad' });
  backToIdle(fw);
}
