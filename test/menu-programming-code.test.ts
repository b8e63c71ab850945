// The menu's change-programming-code item (264 [§7]: "Enter a new PC. It must be between 4 and 10
// digits"; the 275, 955 and Powerbolt 2 use the same item, their digits the model's data): a new
// code replaces the old one, and an empty entry confirmed twice is refused with the failure
// signal — the menu changes the programming code, it never clears it.
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import { findModel, MODELS } from '../src/models/index.ts';
import { setAdminSequence } from '../src/troubleshoot/keypad-sequences.ts';
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

describe('the new code entered twice (assumed: product-facts §7 [S5] gives it once)', () => {
  it('is said to be assumed by every menu model that asks it twice, and by the doctor\'s step', () => {
    const menuModels = MODELS.filter((m) => m.menu?.changeAdmin);
    expect(menuModels.map((m) => m.id)).toEqual(['smartcode-275', 'smartcode-955', 'powerbolt-250', 'powerbolt-264', 'powerbolt-92640-001', 'powerbolt-2']);
    for (const m of menuModels) {
      expect(m.sources['menu.changeAdmin'], m.id).toMatch(/second time to confirm it: assumed/);
      const steps = setAdminSequence(m, m.defaults.adminCode === 'tag' ? '1234' : m.defaults.adminCode, NEW_CODE);
      if (!Array.isArray(steps)) throw new Error(`${m.id}: ${steps.unavailable}`);
      const again = steps.find((s) => /again/.test(s.says));
      expect(again?.cite, m.id).toMatch(/^assumed/);
    }
  });
});
