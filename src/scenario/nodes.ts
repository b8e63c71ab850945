// Walking the YAML tree of a scenario: aliases resolved, mappings read as (key, value) entries
// with duplicate keys refused (design/architecture.md, Scenario files).
import { isAlias, isMap, isNode, isScalar, isSeq, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { failAt, posOf, type SourceContext } from './source.ts';
import { quoted } from '../printable.ts';

/** A value node once aliases are resolved. */
export type YValue = Scalar | YAMLMap | YAMLSeq;

/** One `key: value` of a mapping; `key` is the key as text (`1` and `"1"` are the same key). */
export interface Entry {
  readonly key: string;
  readonly keyNode: Scalar;
  readonly value: YValue;
  /** The value as written at this place: an alias (`*locked`) where the value is used through one. */
  readonly written: Node;
}

/** A node as a value: aliases followed, anything else refused. `at` positions the error. */
export function deref(ctx: SourceContext, node: unknown, at: Node): YValue {
  if (isAlias(node)) {
    const target = node.resolve(ctx.doc);
    if (!target) return failAt(ctx, node, `unknown alias "*${node.source}"`);
    return target;
  }
  if (isScalar(node) || isMap(node) || isSeq(node)) return node;
  return failAt(ctx, at, 'expected a value here');
}

/** How a value reads in an error message: `the string "x"`, `the number 5`, `a mapping`. */
export function describe(node: YValue): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a sequence';
  const value = node.value;
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `the string ${quoted(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  return withArticle(typeof value);
}

/** "a symbol", "an object": the indefinite article a word takes (by its first letter). */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** The node as a mapping, or an error saying what `what` should have been. */
export function asMap(ctx: SourceContext, node: YValue, what: string): YAMLMap {
  if (!isMap(node)) return failAt(ctx, node, `${what} must be a mapping, got ${describe(node)}`);
  return node;
}

/** The node as a sequence, or an error saying what `what` should have been. */
export function asSeq(ctx: SourceContext, node: YValue, what: string): YAMLSeq {
  if (!isSeq(node)) return failAt(ctx, node, `${what} must be a sequence, got ${describe(node)}`);
  return node;
}

function keyText(ctx: SourceContext, key: Scalar): string {
  const value = key.value;
  if (value === null || value === undefined) return failAt(ctx, key, 'empty key');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return failAt(ctx, key, `a key must be a plain word or number, got ${describe(key)}`);
}

/** The entries of the mapping `node`, in source order; duplicate keys and missing values refused. */
export function entries(ctx: SourceContext, node: YValue, what: string): Entry[] {
  const map = asMap(ctx, node, what);
  const seen = new Map<string, Scalar>();
  const out: Entry[] = [];
  for (const pair of map.items) {
    const rawKey = pair.key;
    const keyNode = isAlias(rawKey) ? deref(ctx, rawKey, map) : rawKey;
    if (!isScalar(keyNode)) {
      return failAt(ctx, isMap(keyNode) || isSeq(keyNode) ? keyNode : map, 'a key must be a plain word or number');
    }
    const key = keyText(ctx, keyNode);
    const first = seen.get(key);
    if (first) {
      const at = posOf(ctx, first);
      return failAt(ctx, keyNode, `duplicate key ${quoted(key)} (first given at ${at.line}:${at.col})`);
    }
    seen.set(key, keyNode);
    if (pair.value === null || pair.value === undefined) return failAt(ctx, keyNode, `${quoted(key)} has no value`);
    const written = isNode(pair.value) ? pair.value : keyNode;
    out.push({ key, keyNode, value: deref(ctx, pair.value, keyNode), written });
  }
  return out;
}

/**
 * The entries of an options mapping such as `{ key: program, for: 5s }`, by key; keys outside
 * `allowed` are refused, naming `what` (e.g. `hold option`).
 */
export function options(
  ctx: SourceContext,
  node: YValue,
  allowed: readonly string[],
  what: string,
): Map<string, Entry> {
  const found = new Map<string, Entry>();
  for (const entry of entries(ctx, node, what)) {
    if (!allowed.includes(entry.key)) {
      return failAt(ctx, entry.keyNode, `unknown ${what} ${quoted(entry.key)} (expected one of: ${allowed.join(', ')})`);
    }
    found.set(entry.key, entry);
  }
  return found;
}

/** The value of a required option, or an error at the mapping that lacks it. */
export function required(ctx: SourceContext, found: Map<string, Entry>, key: string, map: YValue, what: string): YValue {
  const entry = found.get(key);
  if (!entry) return failAt(ctx, map, `${what} needs "${key}"`);
  return entry.value;
}
