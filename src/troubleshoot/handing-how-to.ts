// How a person (re)starts door handing on each model, in that model's words: by itself at
// power-up (seed S16), Lock held while the pack goes in (909/910, product-facts M15), a Program
// tap at power-up then one press (620, M8), or a menu item (Powerbolt 250 [S2, M9]; 264 and
// Powerbolt 2 [S1], whose confirm key is the model's own: Kwikset, or Lock on the Powerbolt 2).

import type { ModelProfile } from '../models/profile.ts';
import { lockKeyName } from './procedure-kit.ts';
import { eachOwn } from './own-cite.ts';

/** How to (re)start door handing on this model (seed S16; product-facts M15, M8, S1, S2); right after
 * a factory reset (`afterReset`) a model whose reset clears the admin code is not told to type it. */
export function handingHowTo(m: ModelProfile, { afterReset = false }: { afterReset?: boolean } = {}): { how: string; cite: string } {
  switch (m.handing.trigger) {
    case 'auto':
      return { how: 'pull the battery pack and put it back: the bolt runs out and back by itself — door open, hands off', cite: 'seed S16' };
    case 'lock-held-at-power-up':
      return { how: `pull the battery pack, wait 15 s, then hold ${lockKeyName(m)} while putting it back until the bolt moves by itself`, cite: 'product-facts M15' };
    case 'program-tap-at-power-up':
      return { how: 'pull the battery pack, hold Program while putting it back, let go at once, then press Program once', cite: 'product-facts M8' };
    case 'menu': {
      const digit = m.menu?.handing ?? '0';
      const key = lockKeyName(m);
      const byKeypad = `enter the ${m.adminCodeName} and press ${key}`;
      // The Powerbolt 250's reset clears its Mastercode (M9): Program alone opens the menu then.
      const programAlone = m.programButton === 'menu' || (afterReset && m.defaults.adminCodeAfterReset === '');
      const open = m.programButton === 'menu-without-admin' || m.programButton === 'menu' ? (programAlone ? 'press Program' : `press Program (or ${byKeypad})`) : byKeypad;
      return { how: `${open}, then ${digit}, then ${key}: the bolt runs out and back`, cite: `product-facts ${eachOwn('S1', 'S2', 'M9')}` };
    }
  }
}
