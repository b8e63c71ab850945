// The browser twin's save (web/src/persist.ts) is checked whole before the page starts from it
// (web/src/saved-check.ts): every field of real saves — the snapshot, the timeline's log, the
// hand's holds, the panels' keeping — is damaged in turn, and each damaged save is either refused
// naming that field, or accepted and then started from as the page does (the twin restored and run
// on, the session rebuilt, the timeline and the LED read from the log) without an error. A reader
// that trusts the save is caught. And a refused save is set aside under its own key, never lost,
// while the page gets a fresh lock. design/architecture.md "Contracts"; the project's rule on "Bad input".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import { checkSaved, SavedError } from '../web/src/saved-check.ts';
import { ASIDE_PREFIX, STORAGE_KEY, load, save, type Saved } from '../web/src/persist.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { timelineLines } from '../web/src/timeline-view.ts';
import { patternFrom } from '../web/src/led.ts';
import type { LedEntry } from '../web/src/signals.ts';
import { checkSavedFormatOnly } from './fixtures/broken-loader/saved-format-only.ts';
import { DELETE, RUN_ON, WRONG_VALUES, damaged, fateOf, fieldName, fieldsOf } from './damage.ts';
import { grouped, readmeText } from './readme-text.ts';

/** A hand's press on the page: down, held `ms` of virtual time, up. */
function press(session: Session, key: ButtonKey, ms = 120): void {
  session.pressStart(key);
  session.advance(ms);
  session.pressEnd(key);
  session.advance(300);
}

/** The page's save after a session on the inherited 913 that touched every trace channel, Program still held. */
function pageSave(): Saved {
  const session = new Session(freshTwin('smartcode-913'));
  press(session, 'program');
  for (const k of ['1', '2', '3', '4'] as const) press(session, k);
  press(session, 'lock'); // a wrong Mastercode: red flashes, beeps, an event
  session.apply({ do: 'thumbturn', dir: 'unlock' }); // the bolt
  session.advance(2_000);
  session.apply({ do: 'battery-out' }); // power
  session.apply({ do: 'battery-in' });
  session.advance(1_000);
  session.pressStart('program'); // held as the page saves
  session.advance(700);
  return { snapshot: session.twin.snapshot(), log: [...session.log], muted: true, holds: session.holds(), kept: { scenario: { file: 'scenarios/x.yaml', next: 2 } } };
}

/** What the page does with a save it accepted, as it starts: any error thrown here would stop it on every reload. */
function startFrom(saved: Saved): void {
  const twin = Twin.restore(saved.snapshot);
  const session = new Session(twin, saved.log, saved.holds);
  const readLog = () => {
    timelineLines(twin.model, session.log);
    for (const e of session.log) if (e.ch === 'led' && !('status' in (e.v as object))) patternFrom(twin.model, e.t, e.v as LedEntry, 0);
  };
  readLog();
  session.pressEnd('program');
  for (const a of RUN_ON) session.apply(a);
  readLog();
  twin.snapshot();
}

/** What became of one damaged save: refused (naming a field), or started from as the page starts. */
function fateOfSave(check: (raw: string) => Saved, raw: string): { refused?: string; crashed?: string } {
  return fateOf(check, raw, SavedError, startFrom, 'the page would fail as it starts');
}

/** The field a refusal names: `snapshot: firmware.codes[3]: …` names snapshot.firmware.codes[3]. */
function namedField(message: string): string {
  const [first, second] = message.split(': ');
  return first === 'snapshot' && second ? `snapshot.${second}` : first!;
}

describe('checkSaved', () => {
  const real = pageSave();

  it('accepts the page’s own save as it is, touching every trace channel, a key held', () => {
    expect(new Set(real.log.map((e) => e.ch))).toEqual(new Set(['input', 'led', 'beep', 'bolt', 'power', 'mode', 'event']));
    expect(real.holds).toEqual([['program', expect.any(Number)]]);
    expect(checkSaved(JSON.stringify(real))).toEqual(real);
    expect(() => startFrom(checkSaved(JSON.stringify(real)))).not.toThrow();
  });

  it('every damaged field is refused by name, or the page starts from it', () => {
    const fates = fieldsOf(real).flatMap((path) =>
      [...WRONG_VALUES, DELETE].map((value) => ({ field: fieldName(path), value, ...fateOfSave(checkSaved, JSON.stringify(damaged(real, path, value))) })),
    );
    expect(fates.length).toBeGreaterThan(2_000);
    expect(fates.filter((f) => f.crashed).map((f) => `${f.field} = ${JSON.stringify(f.value) ?? 'deleted'}: ${f.crashed}`)).toEqual([]);
    for (const f of fates) {
      if (f.refused === undefined) continue;
      // Named at the field, a field inside it or the field holding it (a deleted item shortens its
      // list); or, where two fields must agree, at the other one, naming this one.
      const named = namedField(f.refused);
      expect(f.field.startsWith(named) || named.startsWith(f.field) || f.refused.includes(f.field.replace(/^snapshot\./, '')), `${f.field}: ${f.refused}`).toBe(true);
    }
    const log = fates.filter((f) => f.field.startsWith('log'));
    expect(log.filter((f) => f.refused).length).toBeGreaterThan(log.length / 2);
    // The README's figures are this test's (it gave 13 wrong values, and a save smaller than this one).
    const refused = fates.filter((f) => f.refused !== undefined).length;
    const said = `damages every field of a real page save in turn (${WRONG_VALUES.length} wrong values each, or deleted: ${grouped(fates.length)} damaged saves, ${grouped(refused)} of them refused)`;
    expect(readmeText().includes(said), said).toBe(true);
  });

  it('refuses what is not a save: not JSON, cut short, another shape', () => {
    const text = JSON.stringify(real);
    expect(() => checkSaved(text.slice(0, text.length / 2))).toThrow(/^not JSON: /);
    expect(() => checkSaved('[]')).toThrow('the save: Invalid input: expected object, received array');
    expect(() => checkSaved(JSON.stringify({ ...real, extra: 1 }))).toThrow(/^the save: Unrecognized key: "extra"/);
    expect(() => checkSaved(JSON.stringify({ ...real, snapshot: { ...real.snapshot, sim: { ...real.snapshot.sim, now: 1.5 } } }))).toThrow(/^snapshot: sim\.now: /);
  });

  it('catches a reader that trusts the save past its format number', () => {
    // A few damages, not every one: trusting the rest, the broken reader lets some through that
    // make the twin run forever (a clock at 1.5 ms), which no test could wait out.
    const damages: [(string | number)[], unknown][] = [
      [['snapshot', 'prng'], null],
      [['log', 3, 'v'], null],
      [['log', 5, 'v'], 1.5],
      [['holds'], -2],
    ];
    for (const [path, value] of damages) {
      const raw = JSON.stringify(damaged(real, path, value));
      expect(fateOfSave(checkSavedFormatOnly, raw).crashed, fieldName(path)).toBeDefined();
      expect(namedField(fateOfSave(checkSaved, raw).refused ?? ''), fieldName(path)).toBe(fieldName(path));
    }
  });
});

/** Enough of the browser's localStorage for persist.ts; `capacity` in characters, as browsers count a quota. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly capacity = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.capacity) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('persist.load: a save the page cannot start from is set aside, not lost', () => {
  const original = (globalThis as { localStorage?: unknown }).localStorage;
  let storage: MemoryStorage;
  const use = (s: MemoryStorage) => Object.assign(globalThis, { localStorage: (storage = s) });
  beforeEach(() => use(new MemoryStorage()));
  afterEach(() => Object.assign(globalThis, { localStorage: original }));

  it('restores a good save, and finds nothing where nothing was saved', async () => {
    expect((await load()).kind).toBe('none');
    const twin = Twin.create('smartcode-275', { seed: 4, codes: { 1: '2468' } });
    twin.apply({ do: 'press', key: 'lock' });
    save(twin, [], true);
    const found = await load();
    expect(found.kind).toBe('restored');
    if (found.kind === 'restored') expect(found.twin.snapshot()).toEqual(twin.snapshot());
  });

  it('moves a damaged save to a key of its own, byte for byte, and says what was wrong', async () => {
    const raw = JSON.stringify(damaged(pageSave(), ['log', 3, 'v'], null));
    storage.setItem(STORAGE_KEY, raw);
    const found = await load();
    expect(found).toEqual({ kind: 'set-aside', problem: expect.stringMatching(/^log\[3\]\.v: /), keptAs: expect.stringMatching(new RegExp(`^${ASIDE_PREFIX.replace(/\./g, '\\.')}`)) });
    if (found.kind !== 'set-aside') return;
    expect(storage.getItem(found.keptAs!)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('sets a save aside when its check cannot be fetched (the page offline), rather than let the page save over it', async () => {
    vi.resetModules();
    vi.doMock('../web/src/saved-check.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const fresh = await import('../web/src/persist.ts');
      const raw = JSON.stringify(pageSave());
      storage.setItem(STORAGE_KEY, raw);
      const found = await fresh.load();
      expect(found.kind === 'set-aside' && found.problem).toMatch(/^its check could not be loaded: /);
      expect(found.kind === 'set-aside' && storage.getItem(found.keptAs!)).toBe(raw);
      expect(storage.getItem(STORAGE_KEY)).toBeNull();
    } finally {
      vi.doUnmock('../web/src/saved-check.ts');
      vi.resetModules();
    }
  });

  it('sets it aside even when the storage is too full for a second copy', async () => {
    const raw = '{"snapshot": "cut sh';
    use(new MemoryStorage(STORAGE_KEY.length + raw.length + 40));
    storage.setItem(STORAGE_KEY, raw);
    const found = await load();
    expect(found.kind === 'set-aside' && storage.getItem(found.keptAs!)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
});
