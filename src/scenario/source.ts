// Source positions for scenario errors and steps: file:line:col (1-based) of a YAML node
// (design/architecture.md, Scenario files).
import type { Document, LineCounter, Node } from 'yaml';
import type { ModelProfile } from '../models/profile.ts';
import type { Mistakes } from './mistakes.ts';
import { ScenarioError, type SourcePos } from './types.ts';

/** Everything needed to name where a node came from. */
export interface SourceContext {
  readonly file: string;
  readonly text: string;
  readonly lines: LineCounter;
  readonly doc: Document.Parsed;
  /** Where a path written in the file (a `snapshot`) points. */
  readonly resolvePath: (relative: string) => string;
  /** The mistakes found so far: a reader records one and goes on with the next part (mistakes.ts). */
  readonly mistakes: Mistakes;
}

/** The source, and the model its steps run on: some words hold only on some models (a Reset
 * button, a menu-set auto-lock). */
export interface ModelContext extends SourceContext {
  readonly model: ModelProfile;
}

/** The position of a character offset into the scenario text. */
export function posAt(ctx: SourceContext, offset: number): SourcePos {
  const { line, col } = ctx.lines.linePos(offset);
  return { file: ctx.file, line, col };
}

/** The position where a node starts. */
export function posOf(ctx: SourceContext, node: Node): SourcePos {
  return posAt(ctx, node.range?.[0] ?? 0);
}

/** The node's text exactly as written in the file. */
export function sourceOf(ctx: SourceContext, node: Node): string {
  const range = node.range;
  return range ? ctx.text.slice(range[0], range[1]) : '';
}

/** Throw a ScenarioError positioned at `node`. */
export function failAt(ctx: SourceContext, node: Node, message: string): never {
  throw new ScenarioError(message, posOf(ctx, node));
}
