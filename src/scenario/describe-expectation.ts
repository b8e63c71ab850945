// An `expect:` checkpoint in plain words ("the LED showed red ×3; 3 beeps heard; the bolt is
// extended"), to stand beside the wording of a person's actions (src/twin/describe-action.ts)
// where a scenario is shown step by step. `led`, `beep`, `beeps`, `event`, `noEvent` and `why`
// speak of what was seen or heard since the previous expect; the rest of the state now
// (design/architecture.md, Scenario files). The `mastercode` word is named as the model's guide
// names its admin code: "the programming code" on the 955, 264 and 275 family (product-facts §7).

import type { Expectation } from './types.ts';
import { durationWords } from './duration.ts';
import type { ModelProfile } from '../models/profile.ts';

/** What the model's guide calls its admin code, as ModelProfile.adminCodeName. */
export type AdminCodeName = ModelProfile['adminCodeName'];

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

function list(v: string | string[]): string {
  return (typeof v === 'string' ? [v] : v).join(', ');
}

function led(e: NonNullable<Expectation['led']>): string {
  const want = typeof e === 'string' ? { color: e } : e;
  if (want.color === 'off') return 'no light pattern';
  const solid = 'solid' in want ? want.solid : undefined;
  const how = 'flashes' in want && want.flashes !== undefined ? ` ×${want.flashes}` : solid === true ? ' solid' : solid === false ? ' flashing' : '';
  return `the LED showed ${want.color}${how}`;
}

function status(e: NonNullable<Expectation['status']>): string {
  const want = typeof e === 'string' ? { color: e, every: undefined } : e;
  return want.color === 'off' ? 'the status light is dark' : `the status light blinks ${want.color}${want.every !== undefined ? ` every ${want.every}` : ''}`;
}

function codes(e: NonNullable<Expectation['codes']>): string {
  if (typeof e === 'number') return `${plural(e, 'code')} stored`;
  return Object.entries(e)
    .map(([slot, code]) => `slot ${slot} ${code === null ? 'empty' : `holds ${code}`}`)
    .join(', ');
}

function mastercode(e: string, name: AdminCodeName): string {
  if (e === 'none') return `no ${name}`;
  if (e === 'set') return `a ${name} is set`;
  return `the ${name} is ${e}`;
}

/** Each word of the expectation in plain words, in the order the file gives them; the admin code
 * named `adminCode` (the model's adminCodeName). */
export function describeExpectation(e: Expectation, adminCode: AdminCodeName = 'Mastercode'): string {
  const parts: string[] = [];
  for (const key of Object.keys(e) as (keyof Expectation)[]) {
    switch (key) {
      case 'led':
        parts.push(led(e.led!));
        break;
      case 'status':
        parts.push(status(e.status!));
        break;
      case 'beep':
        parts.push(e.beep ? 'a beep heard' : 'no beep heard');
        break;
      case 'beeps':
        parts.push(`${plural(e.beeps!, 'beep')} heard`);
        break;
      case 'bolt':
        parts.push(`the bolt is ${e.bolt}`);
        break;
      case 'locked':
        parts.push(e.locked ? 'the door is locked' : 'the door is not locked');
        break;
      case 'handed':
        parts.push(`handing learned: ${e.handed}`);
        break;
      case 'codes':
        parts.push(codes(e.codes!));
        break;
      case 'mastercode':
        parts.push(mastercode(e.mastercode!, adminCode));
        break;
      case 'lockout':
        parts.push(e.lockout ? 'the keypad is locked out' : 'the keypad is not locked out');
        break;
      case 'mode':
        parts.push(`firmware mode ${e.mode}`);
        break;
      case 'store':
        parts.push(e.store === 'ok' ? 'the code store is sound' : 'the code store is untrusted');
        break;
      case 'userCodes':
        parts.push(e.userCodes === 'enabled' ? 'the user codes are enabled' : 'every user code is disabled');
        break;
      case 'oneTimeCode':
        parts.push(e.oneTimeCode === 'none' ? 'no one-time code' : `slot ${e.oneTimeCode} holds the one-time code`);
        break;
      case 'autoLock':
        parts.push(`auto-lock ${e.autoLock}`);
        break;
      case 'autoLockDelay':
        parts.push(`the auto-lock delay is ${durationWords(e.autoLockDelay!)}`);
        break;
      case 'power':
        parts.push(`power ${e.power}`);
        break;
      case 'event':
        parts.push(`happened: ${list(e.event!)}`);
        break;
      case 'noEvent':
        parts.push(`did not happen: ${list(e.noEvent!)}`);
        break;
      case 'why':
        parts.push(`why: ${e.why}`);
        break;
      case 'ifEvent':
        break;
    }
  }
  const premise = e.ifEvent === undefined ? '' : `if ${list(e.ifEvent)} happened, `;
  return `check: ${premise}${parts.join('; ')}`;
}
