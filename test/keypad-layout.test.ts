// The page's keypad (web/src/keypad-layout.ts): ten keys, or five keys carrying two digits each
// on the SmartCode 909/910 and Powerbolt 2 (product-facts §3, M10); every key sends a key the
// twin reads as the digits printed on it — a code typed on the drawn keys opens the lock, and
// the Powerbolt 2's door handing (0000, Lock, 0, Lock — product-facts S1) works from them.
import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { Twin } from '../src/twin/twin.ts';
import { keypadLayout, type KeypadLayout } from '../web/src/keypad-layout.ts';

const TWO_DIGIT = MODELS.filter((m) => m.keypad.digitsPerKey === 2).map((m) => m.id);

/** Press the drawn key that carries each digit. */
function typeOnKeys(t: Twin, layout: KeypadLayout, digits: string): void {
  for (const d of digits) {
    const k = layout.digits.find((x) => x.digits.includes(d));
    if (!k) throw new Error(`no key carries ${d}`);
    t.apply({ do: 'press', key: k.key });
  }
}

describe('keypad layout', () => {
  it('the two-digit models are the 909, 910 and Powerbolt 2', () => {
    expect(TWO_DIGIT.sort()).toEqual(['powerbolt-2', 'smartcode-909', 'smartcode-910']);
  });

  it.each(MODELS.map((m) => [m.id]))('%s: keys as printed, every digit on exactly one key', (id) => {
    const model = findModel(id)!;
    const layout = keypadLayout(model);
    const printed = layout.digits.map((k) => k.digits).join('');
    expect([...printed].sort().join('')).toBe('0123456789');
    if (model.keypad.digitsPerKey === 2) {
      expect(layout.kind).toBe('pairs');
      expect(layout.digits.map((k) => k.label)).toEqual(['1 2', '3 4', '5 6', '7 8', '9 0']);
      for (const k of layout.digits) expect(k.digits).toContain(k.key);
    } else {
      expect(layout.kind).toBe('single');
      expect(layout.digits).toHaveLength(10);
      for (const k of layout.digits) expect(k.key).toBe(k.digits);
    }
    expect(layout.lock.key).toBe('lock');
    for (const k of [...layout.digits, layout.lock]) expect(k.aria).toContain(k.label); // the accessible name holds the visible label
  });

  it('names the confirm button as the model does: Lock on the SmartCode 913 and the Powerbolt 2, Kwikset on the Powerbolt 250/264/240', () => {
    expect(keypadLayout(findModel('smartcode-913')!).lock.label).toBe('Lock');
    // The touchscreen's checkmark and lock symbol are one key on the twin (product-facts M7).
    expect(keypadLayout(findModel('smartcode-916')!).lock.label).toBe('✓ Lock');
    expect(keypadLayout(findModel('smartcode-916')!).lock.aria).toBe('✓ Lock: the checkmark or the Lock symbol (one key on the twin)');
    expect(keypadLayout(findModel('smartcode-909')!).lock.label).toBe('Lock');
    expect(keypadLayout(findModel('powerbolt-2')!).lock.label).toBe('Lock'); // its guide: press the lock button (product-facts section 5)
    for (const id of ['powerbolt-250', 'powerbolt-264', 'powerbolt-240', 'smartcode-275']) expect(keypadLayout(findModel(id)!).lock.label).toBe('Kwikset');
  });

  it.each(TWO_DIGIT.map((id) => [id]))('%s: a code typed on the drawn keys opens the lock, whichever digit of a key it names', (id) => {
    for (const code of ['1234', '2468', '9070', '5678']) {
      const t = Twin.create(id, { seed: 5, doorOpen: true, boltExtended: true, codes: { 1: code } });
      const layout = keypadLayout(t.model);
      typeOnKeys(t, layout, code);
      // The Powerbolt 2 opens with the Lock button after the code (product-facts M10).
      if (t.model.keypad.unlockWith === 'lock-button') t.apply({ do: 'press', key: layout.lock.key });
      t.apply({ do: 'wait', ms: 3_000 });
      expect(t.bolt.state(), `${id} ${code}`).toBe('retracted');
    }
  });

  it('powerbolt-2: door handing from the drawn keys — 0000, Lock, 0, Lock (product-facts S1)', () => {
    const t = Twin.create('powerbolt-2', { seed: 5, doorOpen: true, handed: 'none' });
    const layout = keypadLayout(t.model);
    typeOnKeys(t, layout, '0000');
    t.apply({ do: 'press', key: layout.lock.key });
    typeOnKeys(t, layout, '0');
    t.apply({ do: 'press', key: layout.lock.key });
    t.apply({ do: 'wait', ms: 10_000 });
    const events = t.trace.entries.filter((e) => e.ch === 'event').map((e) => (e.v as { type: string }).type);
    expect(events).toContain('handing-requested');
    expect(t.store().handed).toBe('right');
  });
});
