// How deep a scenario file may nest mappings and sequences. A real scenario nests a handful of
// levels (steps → a step → expect → codes); thousands of levels are a damaged or hostile file that
// would exhaust the stack of the YAML parser or of the readers after it (the project's rule on "Bad input":
// an error at the file's position, exit 2, never a crash). Walked without recursion.
import { isMap, isPair, isSeq, type Node } from 'yaml';

/** The most levels of mappings and sequences inside one another a scenario may hold. */
export const MAX_NESTING = 64;

/** What a scenario whose nesting is past MAX_NESTING is told. */
export const TOO_DEEP = `nesting too deep: a scenario nests mappings and sequences at most ${MAX_NESTING} levels`;

/** What the JavaScript engine says when the stack runs out (a RangeError). */
const STACK_EXHAUSTED = /Maximum call stack size exceeded|too much recursion/;

/** Whether `err` (or a YAML error's message) is the stack running out. */
export function isStackExhausted(err: unknown): boolean {
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' && STACK_EXHAUSTED.test(message);
}

/** The first collection nested deeper than MAX_NESTING under `root` (root is level 1), or undefined. */
export function tooDeepNode(root: unknown): Node | undefined {
  const pending: [unknown, number][] = [[root, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, level] = next;
    if (!isMap(node) && !isSeq(node)) continue;
    if (level > MAX_NESTING) return node;
    for (const item of node.items) {
      if (isPair(item)) pending.push([item.key, level + 1], [item.value, level + 1]);
      else pending.push([item, level + 1]);
    }
  }
  return undefined;
}
