// Every mistake of a scenario file found in one reading (README, Scenarios): a reader that meets
// one records it and goes on with the next top-level value, `given:` word, step or expectation, so
// that a file with four mistakes is refused once with all four, each at its file:line:col, sorted
// by position — not one per run. A mistake that leaves the rest unjudgeable (a YAML syntax error,
// an unknown model for the steps) still ends the reading (design/architecture.md, Scenario files).
import { ScenarioError } from './types.ts';

/** How many mistakes the command line and the browser twin list of one file; the rest are counted ("and N more"). */
export const MISTAKES_LISTED = 20;

/** The mistakes found so far in one reading of a file. */
export class Mistakes {
  private readonly found: ScenarioError[] = [];

  /** How many have been found so far (a reader compares it to see whether a part read cleanly). */
  get count(): number {
    return this.found.length;
  }

  /** Run `read`; a ScenarioError it throws is recorded, and undefined given in place of its value. */
  attempt<T>(read: () => T): T | undefined {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      this.found.push(err, ...err.more);
      return undefined;
    }
  }

  /** Record a mistake found without a throw. */
  add(mistake: ScenarioError): void {
    this.found.push(mistake);
  }

  /** Throw what was found, if anything: one ScenarioError, the first by position, the rest (by
   * position, then as found) under its `more`; one found twice at one place (a step used again
   * through an alias) once. */
  throwIfAny(): void {
    const seen = new Set<string>();
    const unique = this.found.filter((m) => {
      const at = `${m.pos.line}:${m.pos.col}:${m.why}`;
      if (seen.has(at)) return false;
      seen.add(at);
      return true;
    });
    const [first, ...rest] = unique.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
    if (first) throw new ScenarioError(first.why, first.pos, rest);
  }
}

/** The mistakes of `err` the command line and the page list (at most MISTAKES_LISTED), and how many it leaves unlisted. */
export function listedMistakes(err: ScenarioError): { listed: ScenarioError[]; unlisted: number } {
  const all = [err, ...err.more];
  return { listed: all.slice(0, MISTAKES_LISTED), unlisted: Math.max(0, all.length - MISTAKES_LISTED) };
}
