// A lock event (firmware/io.ts LockEvent) in a person's words — "factory reset done", "user code
// added (slot 3, at the keypad)" — never its type's id or its fields as `key=value`. One table of
// titles, like the doctor's condition titles (troubleshoot/condition-titles.ts), for the terminal
// timeline (cli/timeline.ts) and the page's "What just happened" (web/src/describe.ts). The
// Lock button is said by the name given for it (troubleshoot/key-words.ts), and the admin code
// by the model's name for it (ModelProfile.adminCodeName, product-facts §7): the Powerbolt 250
// and 2 change their "Mastercode" through the same menu as the 275's "programming code". A
// trace's `--json` keeps the ids: only what a person reads changes.

import type { EventType } from '../firmware/events.ts';
import type { LockEvent } from '../firmware/io.ts';
import type { EventSource } from '../firmware/state.ts';
import type { KeyName } from './describe-action.ts';
import type { ModelProfile } from '../models/profile.ts';

/** What the model's guide calls its admin code: ModelProfile.adminCodeName. */
type AdminCodeName = ModelProfile['adminCodeName'];

export const EVENT_TITLES: Readonly<Record<EventType, string>> = {
  locked: 'locked',
  unlocked: 'unlocked',
  jam: 'bolt jammed',
  'battery-low': 'batteries low',
  'battery-critical': 'batteries flat',
  'wrong-code': 'wrong code',
  lockout: 'keypad locked out',
  'lockout-ended': 'keypad lockout over',
  'secure-screen': 'SecureScreen lit',
  'one-time-code-used': 'one-time code used',
  'programming-opened': 'programming opened',
  'slot-selected': 'code position counted',
  'mastercode-sequence-started': 'Mastercode sequence started',
  'programming-failed': 'programming refused',
  'programming-timeout': 'programming timed out',
  'code-added': 'user code added',
  'code-deleted': 'user code deleted',
  'all-codes-deleted': 'all user codes deleted',
  'one-time-code-added': 'one-time code added',
  'mastercode-set': 'Mastercode set',
  'mastercode-cleared': 'Mastercode cleared',
  'programming-code-changed': 'programming code changed',
  'user-codes-enabled': 'user codes enabled',
  'user-codes-disabled': 'user codes disabled',
  'auto-lock-on': 'automatic locking on',
  'auto-lock-off': 'automatic locking off',
  'auto-lock-delay-set': 'automatic locking delay set',
  'reset-armed': 'factory reset waiting for its last press',
  'reset-not-registered': 'factory reset not registered',
  'reset-failed': 'factory reset failed',
  'factory-reset': 'factory reset done',
  'handing-requested': 'door handing asked for',
  'handing-started': 'door handing started',
  'handing-learned': 'door handing learned',
  'handing-failed': 'door handing failed',
};

/** The titles that name the admin code, said with the model's name for it. */
const ADMIN_CODE_TITLES: Readonly<Partial<Record<EventType, (admin: AdminCodeName) => string>>> = {
  'mastercode-sequence-started': (admin) => `${admin} sequence started`,
  'mastercode-set': (admin) => `${admin} set`,
  'mastercode-cleared': (admin) => `${admin} cleared`,
  'programming-code-changed': (admin) => `${admin} changed`,
};

/** The event's title; one naming the admin code in `admin`'s words where the model is known,
 * else in the words of the event's id. */
export function eventTitle(type: EventType, admin?: AdminCodeName): string {
  const named = admin === undefined ? undefined : ADMIN_CODE_TITLES[type];
  return named ? named(admin!) : (EVENT_TITLES[type] ?? type);
}

/** Who or what moved the bolt or opened programming; the Lock button is said by its name (`lock` key). */
function sourceWords(source: EventSource, keyName: KeyName): string {
  switch (source) {
    case 'keypad':
      return 'at the keypad';
    case 'lock-button':
      return `by the ${keyName('lock')} key`;
    case 'manual':
      return 'by hand';
    case 'auto-lock':
      return 'by automatic locking';
    case 'remote':
      return 'remotely';
    case 'program-button':
      return 'by the Program button';
  }
}

/** The firmware's refusal ids (firmware/code-store.ts StoreResult, the programming parsers, door
 * handing) in words; a reason the firmware already words is said as it is. */
export const REASON_WORDS: Readonly<Record<string, string>> = {
  duplicate: 'the code is already in use',
  full: 'every slot is taken',
  'bad-length': 'a code of the wrong length',
  'not-found': 'no such code',
  mismatch: 'the two entries differ',
  'untrusted-store': 'code memory not trusted',
  'handing-required': 'door handing not learned yet',
  'same-as-user-code': 'the same as a user code',
  'same-as-programming-code': 'the same as the programming code',
  'bad-slot': 'no such slot',
  'unknown-menu-item': 'no such menu item',
  'no-code-entered': 'no code entered',
  'wrong-mastercode': 'wrong Mastercode',
  battery: 'batteries too weak',
  jam: 'bolt jammed',
};

/** The refusals that name the admin code, said with the model's name for it. */
const ADMIN_CODE_REASONS: Readonly<Record<string, (admin: AdminCodeName) => string>> = {
  'wrong-mastercode': (admin) => `wrong ${admin}`,
  'same-as-programming-code': (admin) => `the same as the ${admin}`,
};

function reasonWords(reason: string, admin?: AdminCodeName): string {
  const named = admin === undefined ? undefined : ADMIN_CODE_REASONS[reason];
  return named ? named(admin!) : (REASON_WORDS[reason] ?? reason);
}

/** What the event says with it, in words: who did it, the slot, why, the handing, the digits;
 * the admin code named `admin` (the model's adminCodeName) where the model is known. */
export function eventDetails(e: LockEvent, keyName: KeyName = (k) => k, admin?: AdminCodeName): string[] {
  const out: string[] = [];
  if (e.source !== undefined) out.push(sourceWords(e.source, keyName));
  if (e.slot !== undefined) out.push(`slot ${e.slot}`);
  if (e.reason !== undefined) out.push(reasonWords(e.reason, admin));
  if (e.handed !== undefined) out.push(e.handed === 'none' ? 'handing not learned' : `handed ${e.handed}`);
  if (e.digits !== undefined) out.push(`showing ${e.digits.split('').join(' ')}`);
  return out;
}

/** The event's title, and its details in brackets: "user code added (slot 3)". */
export function describeEvent(e: LockEvent, keyName?: KeyName, admin?: AdminCodeName): string {
  const details = eventDetails(e, keyName, admin);
  return `${eventTitle(e.type, admin)}${details.length ? ` (${details.join(', ')})` : ''}`;
}
