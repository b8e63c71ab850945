// The README's model table (`lockstep models --markdown`): each cell graded by the source its
// model file gives for it, and the signal cells drawn as the lock shows them.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { modelTableMarkdown } from '../src/cli/model-table.ts';
import { grade } from '../src/models/source-grade.ts';
import { Twin } from '../src/twin/twin.ts';

/** The cells of one model's row, by column heading. */
function row(id: string): Record<string, string> {
  const [head, , ...rows] = modelTableMarkdown(MODELS).split('\n');
  const names = head.split('|').slice(2, -1).map((c) => c.trim());
  const line = rows.find((l) => l.includes(`\`${id}\``));
  if (!line) throw new Error(`no row for ${id}`);
  const cells = line.split('|').slice(2, -1).map((c) => c.trim());
  return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
}

describe('grade', () => {
  it('takes the grade a source states first, whatever references follow', () => {
    expect(grade('unverified: product-facts S5, M11 (three long beeps)')).toBe('unverified');
    expect(grade('unverified: product-facts S2 (Program, 0, Kwikset) and M9 (rehanding)')).toBe('unverified');
    expect(grade('assumed: as the 913 (product-facts M1, five seconds)')).toBe('assumed');
    expect(grade('inferred: product-facts M15 describes no admin code; seed S19 is the 913')).toBe('inferred');
  });

  it('grades the references of a source that states none', () => {
    expect(grade('seed S8, product-facts K1 (30 seconds)')).toBe('seed');
    expect(grade('product-facts M9 (GREEN×2)')).toBe('documented');
    expect(grade('product-facts G5 (910: 30 user codes)')).toBe('Z-Wave db');
    expect(grade('product-facts S2 (up to 25)')).toBe('unverified');
  });
});

describe('the model table', () => {
  it('marks the unverified Powerbolt resets and the 250\'s handing as unverified, not documented', () => {
    for (const id of ['powerbolt-264', 'powerbolt-92640-001']) {
      expect(row(id).reset, id).toMatch(/ᵘ$/);
      expect(row(id)['reset done'], id).toMatch(/ᵘ$/);
    }
    expect(row('powerbolt-250')['door handing']).toMatch(/ᵘ$/);
  });

  it('draws a two-colour flash as both colours: the 250\'s jam is red/white ×5 (product-facts M9)', () => {
    expect(row('powerbolt-250')['jam / low battery']).toMatch(/^red\/white ×5 \//);
    expect(row('smartcode-913')['jam / low battery']).toMatch(/^red ×1 \+ 1 beep \//);
  });
});

describe('a profile built on the 913 does not claim the 913\'s documents for itself', () => {
  it('grades as assumed what it only takes from the 913', () => {
    for (const id of ['smartcode-275', 'smartcode-955', 'powerbolt-240']) expect(row(id).lockout, id).toMatch(/ᵃ$/);
    for (const id of ['smartcode-275', 'smartcode-955', 'powerbolt-264', 'powerbolt-92640-001', 'powerbolt-250']) expect(row(id)['programming timeout'], id).toMatch(/ᵃ$/);
    for (const id of ['smartcode-275', 'smartcode-955']) expect(row(id)['door handing'], id).toMatch(/ᵃ$/);
    expect(row('homeconnect-620').reset).toMatch(/ᵃ$/);
  });

  it('cites the 913/914 guide (product-facts M1) for the programming timeout only where it is assumed', () => {
    for (const m of MODELS) {
      const source = m.sources['timing.programmingTimeoutMs'];
      if (/\bM1\b/.test(source) && !['smartcode-913', 'smartcode-914'].includes(m.id)) expect(grade(source), m.id).toBe('assumed');
    }
  });

  it('cites the SmartCode reset page (product-facts K1) for the confirming press only on the SmartCodes it covers, or says it is assumed', () => {
    for (const m of MODELS) {
      const source = m.sources['reset.confirmPress'];
      if (/\bK1\b/.test(source) && !m.documentedBy.includes('K1')) expect(source, m.id).toMatch(/\bassumed\b/);
    }
  });
});

describe('the menu-open signal', () => {
  it('cites the 955\'s two beeps (product-facts K5) only where it is the 955\'s, and the Powerbolts\' one beep as assumed but on the Powerbolt 2', () => {
    for (const m of MODELS.filter((x) => x.menu)) {
      const source = m.sources['signals.menuEnter'];
      if (m.signals.menuEnter.beeps !== 2) expect(source, m.id).not.toMatch(/two beeps/);
      if (m.id !== 'smartcode-955') expect(source, m.id).not.toMatch(/^product-facts K5/);
    }
    for (const id of ['powerbolt-264', 'powerbolt-92640-001', 'powerbolt-250']) expect(grade(MODELS.find((m) => m.id === id)!.sources['signals.menuEnter']), id).toBe('assumed');
    expect(grade(MODELS.find((m) => m.id === 'powerbolt-2')!.sources['signals.menuEnter'])).not.toBe('assumed');
  });
});

describe('the Powerbolt 2 lockout', () => {
  it('says that its window is kept across the 45 s lockout, which M10 does not say', () => {
    const pb2 = MODELS.find((m) => m.id === 'powerbolt-2')!;
    expect(pb2.lockout).toEqual({ wrongAttempts: 5, windowMs: 60_000, durationMs: 45_000 });
    expect(pb2.sources.lockout).toMatch(/^product-facts M10 .*window kept across the lockout: assumed/);
  });
});

describe('the admin code of the positional models', () => {
  it('is graded inferred: no guide of theirs gives one, and the 909\'s mentions a mastercode (product-facts M4)', () => {
    for (const id of ['smartcode-909', 'smartcode-910', 'powerbolt-240']) expect(row(id)['admin code (box / after reset)'], id).toBe('none / noneⁱ');
  });
});

describe('the disable item of the 955\'s and Powerbolt 250\'s menus', () => {
  // The table said "6 disable": the item alone changes nothing, a further 0 (then Kwikset) does.
  it('is given whole, as the lock takes it: 6, Kwikset, 0 disables every code; 6, Kwikset alone does not', () => {
    for (const id of ['smartcode-955', 'powerbolt-250']) {
      expect(row(id).programming, id).toContain('6, Kwikset, 0 disable all codes (1: enable)');
      const after = (digits: string[]) => {
        const twin = Twin.create(id, { mastercode: '8080', codes: { 1: '1111' } });
        for (const d of ['8080', 'lock', ...digits]) twin.apply(d === 'lock' ? { do: 'press', key: 'lock' } : { do: 'type', digits: d });
        twin.apply({ do: 'wait', ms: 1_000 });
        return twin.store().usersDisabled;
      };
      expect(after(['6', 'lock']), id).toBe(false);
      expect(after(['6', 'lock', '0', 'lock']), id).toBe(true);
    }
  });
});
