// What the doctor reads from a twin's own state (conditions.ts), in the words a person reads in
// a list — "Read from the twin's own state: batteries low, no Mastercode set." — never the
// condition's internal id. One table for every place that lists them: the doctor's report, the
// twin's state before and after its demonstration, each "no longer" check, the points where a
// scenario showed trouble, and `doctor --json`'s finding `title`.

import type { ConditionId } from './conditions.ts';

export const CONDITION_TITLES: Readonly<Record<ConditionId, string>> = {
  'reset-armed': 'a factory reset waiting for its last press',
  'reset-holding': 'a factory reset being held',
  'handing-not-learned': 'door handing not learned',
  'handing-running': 'door handing being learned',
  'battery-critical': 'batteries flat',
  'battery-low': 'batteries low',
  'store-untrusted': 'code memory not trusted',
  lockout: 'keypad locked out after wrong codes',
  'bolt-jammed': 'bolt jammed',
  'no-admin-code': 'no Mastercode set',
  'untested-codes': 'codes not tried with the door open',
  'no-codes': 'no user codes',
  'powered-off': 'battery pack out',
  'exterior-unplugged': "outside keypad's cable unplugged",
};

/** The conditions as a list a person reads, or that nothing is wrong. */
export function conditionList(ids: readonly ConditionId[]): string {
  return ids.length ? ids.map((id) => CONDITION_TITLES[id]).join(', ') : 'nothing wrong';
}
