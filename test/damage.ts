// Damaging a JSON value one field at a time, for the tests of what lockstep reads from outside
// (snapshot files, the browser twin's save): every field as a path of keys, how the checks name
// it, a copy with that field replaced or deleted, values wrong for most fields, what a twin
// restored from an accepted copy is asked to do, and what became of each damaged copy.

import type { Action } from '../src/twin/twin.ts';

/** What the restored twin is asked to do: type, hold, wait through every timer — done as the
 * hardware would (Twin.applyAnyway), whatever keys the restored lock holds down. */
export const RUN_ON: readonly Action[] = [
  { do: 'press', key: '2' },
  { do: 'press', key: '4' },
  { do: 'press', key: '6' },
  { do: 'press', key: '8' },
  { do: 'hold-for', key: 'program', ms: 6_000 },
  { do: 'press', key: 'lock' },
  { do: 'wait', ms: 600_000 },
];

/** Values that are wrong for most fields, and right for a few. */
export const WRONG_VALUES: readonly unknown[] = [null, -2, 0, 1.5, 1e308, 'x', '', [], {}, true, 2 ** 60, [1, 2, 3, 4]];

/** Every field of `value`, as a path of keys. */
export function fieldsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...path, i], ...fieldsOf(v, [...path, i])]);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...fieldsOf(v, [...path, k])]);
  return [];
}

/** How the checks name a path: `firmware.codes[3]`. */
export function fieldName(path: (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

export const DELETE = Symbol('delete');
/** A copy of `whole` with the field at `path` replaced by `value`, or deleted when `value` is DELETE. */
export function damaged(whole: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(whole)) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}


/** What became of one damaged input: refused by `check` with a `Refusal` (its message), or accepted
 * and then put to `use` without an error ({}), or anything else thrown (`crashed`, saying where). */
export function fateOf<In, Out>(
  check: (input: In) => Out,
  input: In,
  Refusal: abstract new (...args: never[]) => Error,
  use: (accepted: Out) => void,
  usedFor: string,
): { refused?: string; crashed?: string } {
  let accepted: Out;
  try {
    accepted = check(input);
  } catch (err) {
    if (err instanceof Refusal) return { refused: err.message };
    return { crashed: `the check threw ${String(err)}` };
  }
  try {
    use(accepted);
    return {};
  } catch (err) {
    return { crashed: `${usedFor}: ${String(err)}` };
  }
}
