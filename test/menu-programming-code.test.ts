// The menu's change-programming-code item (264 [§7]: "Enter a new PC. It must be between 4 and 10
// digits"; the 275, 955 and Powerbolt 2 use the same item, their digits the model's data): a new
// code replaces the old one, and an empty entry confirmed twice is refused with the failure
// signal — the menu changes the programming code, it never clears it.
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import { findModel } from '../src/models/index.ts';
import { events } from './menu-steps.ts';

const PROGRAMMING_CODE = '86420';
const NEW_CODE = '13579';
const SETTLE_MS = 2_000;

/** The programming code, Kwikset, the change item, Kwikset, then each entry and Kwikset. */
function changeProgrammingCode(t: Twin, ...entries: string[]): void {
  const item = findModel(t.model.id)!.menu!.changeAdmin!;
  t.apply({ do: 'type', digits: PROGRAMMING_CODE });
  t.apply({ do: 'press', key: 'lock' });
  t.apply({ do: 'type', digits: item });
  t.apply({ do: 'press', key: 'lock' });
  for (const e of entries) {
    if (e !== '') t.apply({ do: 'type', digits: e });
    t.apply({ do: 'press', key: 'lock' });
  }
  t.apply({ do: 'wait', ms: SETTLE_MS });
}

describe('the menu changes the programming code, never clears it', () => {
  for (const id of ['powerbolt-264', 'powerbolt-92640-001', 'smartcode-275', 'smartcode-955', 'powerbolt-2']) {
    const lock = () => Twin.create(id, { handed: 'right', doorOpen: true, mastercode: PROGRAMMING_CODE, codes: {} });

    it(`${id}: an empty new code confirmed twice is refused, and the old code stays`, () => {
      const t = lock();
      changeProgrammingCode(t, '', '');
      expect(t.store().adminCode).toBe(PROGRAMMING_CODE);
      expect(events(t, 'programming-failed')).toHaveLength(1);
      expect(events(t, 'programming-code-changed')).toHaveLength(0);
    });

    it(`${id}: a new code of the model's length, confirmed, replaces it`, () => {
      const t = lock();
      changeProgrammingCode(t, NEW_CODE, NEW_CODE);
      expect(t.store().adminCode).toBe(NEW_CODE);
      expect(events(t, 'programming-code-changed')).toHaveLength(1);
    });
  }
});
