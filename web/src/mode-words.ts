// The "Now" panel's mode row in an owner's words: what the lock is doing or waiting for, never the
// firmware's own ids (src/firmware/state.ts FW_MODES: "reset-hold", "prog-auth"). One row per
// mode: the factory reset's hold, confirming press and erasing (seed S8, S24; product-facts K1,
// M11), door handing (S16; the 620's extra press, M8), the Mastercode's gate, setting and clearing
// (S2; product-facts M1, S14), the programming-code menu (product-facts K5, §7; the Powerbolt
// 250's auto-lock delay, M9) and the positional models' code positions (M15, M13). The admin code
// and the keys go by the model's own names for them.

import type { FwMode } from '../../src/firmware/state.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import { DISABLE_ALL, ENABLE_ALL } from '../../src/firmware/programming-menu.ts';
import { resetGestureKey } from '../../src/models/reset-button.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';

/** What each mode is called on model `p`, given its names for the admin code and keys. */
interface Names {
  admin: string;
  lock: string;
  program: string;
  resetKey: string;
  delayKeys: number | null;
}

const MODE_WORDS: Record<FwMode, (n: Names) => string> = {
  off: () => 'off: no power',
  'reset-hold': (n) => `factory reset: counting the hold of ${n.resetKey}`,
  'reset-armed': (n) => `factory reset: waiting for the confirming press of ${n.resetKey}`,
  resetting: () => 'factory reset: erasing every code',
  'handing-wait': () => 'door handing: about to start',
  handing: () => 'door handing: learning which way the bolt goes',
  idle: () => 'ready',
  'prog-auth': (n) => `programming: waiting for the ${n.admin}`,
  'prog-menu': (n) => `programming: waiting for a new code (or ${n.lock} alone, to delete one)`,
  'prog-del-auth': (n) => `deleting a code: waiting for the ${n.admin}`,
  'prog-del-1': () => 'deleting a code: waiting for the code',
  'prog-del-2': () => 'deleting a code: waiting for the code again',
  'mc-set-1': (n) => `setting the ${n.admin}: waiting for the new one`,
  'mc-set-2': (n) => `setting the ${n.admin}: waiting for the new one again`,
  'mc-off-1': (n) => `clearing the ${n.admin}: waiting for ${n.lock}`,
  'mc-off-2': (n) => `clearing the ${n.admin}: waiting for it`,
  'mc-off-3': (n) => `clearing the ${n.admin}: waiting for it again`,
  menu: () => 'programming menu: waiting for an item number',
  'menu-add': () => 'adding a code: waiting for the new code',
  'menu-del-1': () => 'deleting a code: waiting for the code',
  'menu-del-2': () => 'deleting a code: waiting for the code again',
  'menu-pc-1': (n) => `changing the ${n.admin}: waiting for the new one`,
  'menu-pc-2': (n) => `changing the ${n.admin}: waiting for the new one again`,
  'menu-disable': () => `user codes: waiting for ${DISABLE_ALL} (all off, key only) or ${ENABLE_ALL} (all on again)`,
  'menu-add-once': () => 'adding a one-time code: waiting for the code',
  'menu-auto-lock-delay': (n) => `auto-lock delay: waiting for ${n.delayKeys === null ? 'a delay key' : `a key 1–${n.delayKeys}`}`,
  'slot-select': () => 'programming: choosing the code position',
  'slot-code': () => 'programming: waiting for the code for that position',
  'handing-armed': (n) => `door handing: waiting for one more press of ${n.program}`,
};

/** Mode `mode` of model `p` as its owner reads it. */
export function modeWords(p: ModelProfile, mode: FwMode): string {
  const key = keyWords(p);
  return MODE_WORDS[mode]({
    admin: p.adminCodeName,
    lock: key('lock'),
    program: key('program'),
    resetKey: key(resetGestureKey(p)),
    delayKeys: p.menu?.autoLockDelay?.choicesMs.length ?? null,
  });
}
