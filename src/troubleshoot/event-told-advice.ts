// A light whose meaning covers more than one happening, told by the lock's own event at its
// moment: the Mastercode sequence's green flash and beep is the same whether the Mastercode was
// set (product-facts M1) or cleared (S14; the same light assumed), so the signal's meaning names
// both, as decode must for a real lock, where nothing tells; beside the twin's `mastercode-set` or
// `mastercode-cleared` (firmware/programming-mastercode.ts) the page's "What just happened" says
// which, with what to do after that one. Likewise the Powerbolt 250's red ×3 is both a programming
// step refused and its factory reset failed with the bolt thrown (product-facts M9's alert table);
// beside the twin's `reset-failed` (firmware/reset.ts) it is the reset failed, with how to retract
// the bolt (bolt-out-reset-words.ts). Which signal a light is, the events settle first
// (event-signals.ts).

import type { EventType } from '../firmware/events.ts';
import type { ModelProfile, SignalName } from '../models/profile.ts';
import { MASTERCODE_CLEARED_MEANING, MASTERCODE_SET_MEANING } from '../models/signals-smartcode.ts';
import { adviceFor, SIGNAL_LABELS, type Advice } from './advice.ts';
import { signalWords, sourceCite } from './procedure-kit.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';
import { boltOutResetWords } from './bolt-out-reset-words.ts';

/** The reset refused with the bolt thrown: its label, its meaning and what the lock is saying. */
const RESET_FAILED_LABEL = 'factory reset failed';
const BOLT_OUT_MEANING = 'factory reset refused: the bolt must be retracted';
const NOTHING_ERASED = 'The reset did not happen: every code and setting is as it was.';

/** The clearing sequence: hold Program, Lock, Mastercode, Lock, Mastercode again, Lock. */
const CLEARING_SOURCE = 'product-facts S14';

/** A signal's advice with the short name it goes by. */
export interface NamedAdvice extends Advice {
  label: string;
}

interface Told {
  signal: SignalName;
  told: (m: ModelProfile, general: Advice) => NamedAdvice;
}

/** What an event says of the signal shown with it, where that signal's meaning names more than one happening. */
const TOLD_BY_EVENT: Partial<Record<EventType, Told>> = {
  'mastercode-set': {
    signal: 'mastercodeSet',
    told: (_m, general) => ({ ...general, label: 'Mastercode set', meaning: MASTERCODE_SET_MEANING, says: 'The new Mastercode is stored.' }),
  },
  'reset-failed': {
    signal: 'programmingFailed',
    told: (m) => ({
      label: RESET_FAILED_LABEL,
      meaning: BOLT_OUT_MEANING,
      says: NOTHING_ERASED,
      todo: boltOutResetWords(m),
      cite: ownCite(m, sourceCite(m, 'reset.requiresBoltRetracted', 'signals.programmingFailed')),
    }),
  },
  'mastercode-cleared': {
    signal: 'mastercodeSet',
    told: (m) => ({
      label: 'Mastercode cleared',
      meaning: MASTERCODE_CLEARED_MEANING,
      says: 'The Mastercode is gone.',
      todo: `Press Program once to check: ${signalWords(m, 'programEnter')} means programming opens without a Mastercode. Without one, anyone who can reach Program can add or delete codes: set a new one when you want that kept to you.`,
      cite: ownCite(m, joinCites(sourceCite(m, 'signals.mastercodeSet'), CLEARING_SOURCE, 'seed S19, S21')),
    }),
  },
};

/** Signal `name` on `model` as the events reported at its moment tell it: narrowed where one of
 * them says which happening it was, else the signal's own label and advice. */
export function adviceAtEvents(model: ModelProfile, name: SignalName, events: readonly string[]): NamedAdvice {
  for (const e of events) {
    const t = TOLD_BY_EVENT[e as EventType];
    if (t !== undefined && t.signal === name) return t.told(model, adviceFor(model, name));
  }
  return { label: SIGNAL_LABELS[name], ...adviceFor(model, name) };
}
