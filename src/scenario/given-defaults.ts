// What a scenario's `given:` leaves out, per model, for the README (`npm run docs:tables`): read
// off a twin built from no options at all — the path a `given:` of nothing takes — with the
// `given:` words that come closest to it (given-of-twin.ts), so the list cannot drift from the
// code. A word the same on every model is said once; one that differs gets a column.

import type { ModelProfile } from '../models/profile.ts';
import { Twin } from '../twin/twin.ts';
import { FRESH_PACK_VOLTS } from '../hardware/battery.ts';
import { autoLockDelayOf, autoLockWord, oneTimeCodeWord, userCodesWord } from '../twin/store-words.ts';
import { durationWords } from './duration.ts';
import { givenOfTwin } from './given-of-twin.ts';
import { HANDINGS, MASTERCODE_NONE } from './vocabulary.ts';
import type { Given } from './types.ts';

/** The one column that is not a `given:` word (so its heading is not code). */
const MENU_SETTINGS = 'menu settings';

/** A default in a cell: a value as the file writes it (`code`), and plain words after it. */
interface Shown {
  code?: string;
  words?: string;
}

const NOTHING: Shown = { words: '—' };

/** `{ 1: "1234" }`, `{ 1: on, 2: off }`: a slot or switch map as a scenario writes it. */
function mapWords(entries: [string, string][]): string {
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

/** The handing a twin learns when only `door` is given: `door`'s own, or a fixed one. */
function handedFollowsDoor(m: ModelProfile): boolean {
  return HANDINGS.every((door) => new Twin(m, { door }).store().handed === door);
}

/** The menu-set words a model's store keeps (the 955's and 250's menus), at their defaults. */
function menuSettings(m: ModelProfile, twin: Twin): Shown {
  const store = twin.store();
  const words: string[] = [];
  if (m.menu?.disableAll) words.push(`\`userCodes: ${userCodesWord(store)}\``);
  if (m.menu?.oneTime) words.push(`\`oneTimeCode: ${oneTimeCodeWord(store)}\``);
  if (m.menu?.autoLockDelay) words.push(`\`autoLock: ${autoLockWord(store)}\``, `\`autoLockDelay: ${durationWords(autoLockDelayOf(m, store))}\``);
  return words.length ? { words: words.join(', ') } : NOTHING;
}

/** The defaults of model `m`, by `given:` word (and `seed`). */
function defaultsOf(m: ModelProfile): Record<string, Shown> {
  const twin = new Twin(m);
  const g: Given = givenOfTwin(twin).given;
  const tagged = m.defaults.adminCode === 'tag';
  return {
    seed: { code: String(twin.seed) },
    door: { code: g.door },
    handed: handedFollowsDoor(m) ? { code: g.handed, words: '(as `door`: the handing already learned)' } : { code: g.handed },
    doorState: { code: g.doorState },
    strike: { code: g.strike },
    bolt: { code: g.bolt },
    battery: { code: String(g.battery), words: g.battery === FRESH_PACK_VOLTS ? '(volts: a fresh pack)' : '(volts)' },
    switches: { code: mapWords(Object.entries(g.switches ?? {}).map(([n, on]) => [n, on ? 'on' : 'off'])) },
    codes: { code: mapWords(Object.entries(g.codes ?? {}).map(([slot, code]) => [slot, `"${code}"`])) },
    mastercode: tagged ? { words: 'the `tag`’s code' } : { code: g.mastercode === MASTERCODE_NONE ? MASTERCODE_NONE : `"${g.mastercode}"` },
    tag: tagged ? { words: `${twin.tag.length} digits drawn from the seed (\`"${twin.tag}"\` at seed ${twin.seed})` } : NOTHING,
    [MENU_SETTINGS]: menuSettings(m, twin),
  };
}

function cell(s: Shown): string {
  return [s.code === undefined ? '' : `\`${s.code}\``, s.words ?? ''].filter(Boolean).join(' ');
}

function same(a: Shown, b: Shown): boolean {
  return a.code === b.code && a.words === b.words;
}

/** The README's list of `given:` defaults: those every model shares, then a table of the rest. */
export function givenDefaultsMarkdown(models: readonly ModelProfile[]): string {
  const all = models.map(defaultsOf);
  const keys = Object.keys(all[0]!);
  const shared = keys.filter((k) => all.every((d) => same(d[k]!, all[0]![k]!)));
  const columns = keys.filter((k) => !shared.includes(k));
  const sharedWords = shared.map((k) => {
    const s = all[0]![k]!;
    return [s.code === undefined ? `\`${k}\`: ` : `\`${k}: ${s.code}\``, s.words ?? ''].filter(Boolean).join(' ');
  });
  const lines = [`On every model: ${sharedWords.join(', ')}. Per model:`, ''];
  lines.push(`| model | ${columns.map((k) => (k === MENU_SETTINGS ? k : `\`${k}\``)).join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`);
  models.forEach((m, i) => lines.push(`| ${m.name} \`${m.id}\` | ${columns.map((k) => cell(all[i]![k]!)).join(' | ')} |`));
  return lines.join('\n');
}
