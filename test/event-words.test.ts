// Event rows say what happened in words — "factory reset done (by the Kwikset key)", never
// "▸ factory-reset source=lock-button": every event type with every field the firmware reports
// (src/twin/event-words.ts), in `lockstep run`'s terminal timeline (src/cli/timeline.ts) and the
// page's "What just happened" (web/src/describe.ts), on every model; `--json` keeps the ids.
import { describe as group, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { EVENT_TYPES } from '../src/firmware/events.ts';
import { SOURCES } from '../src/firmware/state.ts';
import { keyWords } from '../src/troubleshoot/key-words.ts';
import { REASON_WORDS } from '../src/twin/event-words.ts';
import { formatEntry } from '../src/cli/timeline.ts';
import type { LockTraceEntry } from '../src/twin/trace-entry.ts';
import { describe } from '../web/src/describe.ts';

/** An internal id (two lowercase words joined by a hyphen; "one-time" is English) or a field as key=value. */
const ID_OR_FIELD = /\b(?!one-time\b)[a-z]+-[a-z]+\b|\w=\w/;
// eslint-disable-next-line no-control-regex
const COLOUR = /\x1b\[[0-9;]*m/g;

function event(v: Record<string, unknown>): LockTraceEntry {
  return { t: 0, ch: 'event', v } as unknown as LockTraceEntry;
}

/** Every event type, alone and with each field the firmware sends with events. */
function everyEvent(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const type of EVENT_TYPES) {
    out.push({ type });
    for (const source of SOURCES) out.push({ type, source, slot: 3 });
    for (const reason of [...Object.keys(REASON_WORDS), 'bolt extended after lock']) out.push({ type, reason });
    for (const handed of ['left', 'right', 'none']) out.push({ type, handed });
    out.push({ type, digits: '42' });
  }
  return out;
}

group('event rows in words', () => {
  it('the terminal timeline and "What just happened", for every event on every model', () => {
    for (const p of MODELS) {
      for (const v of everyEvent()) {
        const row = formatEntry(event(v), keyWords(p), p.adminCodeName)!.replace(COLOUR, '');
        const said = describe(p, event(v), null)!.text;
        expect(row, `${p.id} ${JSON.stringify(v)}`).not.toMatch(ID_OR_FIELD);
        expect(said, `${p.id} ${JSON.stringify(v)}`).not.toMatch(ID_OR_FIELD);
        expect(row.endsWith(said), `${p.id}: the terminal and the page say it alike`).toBe(true);
      }
    }
  });

  it('the Lock key is said by its name on the keypad', () => {
    for (const p of MODELS) {
      const row = formatEntry(event({ type: 'locked', source: 'lock-button' }), keyWords(p))!.replace(COLOUR, '');
      expect(row, p.id).toContain(`▸ locked (by the ${keyWords(p)('lock')} key)`);
    }
  });
});
