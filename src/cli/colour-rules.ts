// Whether lockstep colours what it writes, decided for each stream on its own (README, "Colour"):
// NO_COLOR turns colour off; FORCE_COLOR turns it on, except FORCE_COLOR=0 (or "false"), which
// turns it off, as Node and supports-color read it; otherwise a terminal (not TERM=dumb), or a CI
// variable, turns it on. No picocolors here: bin/lockstep.js calls normaliseColourEnv() before
// picocolors is loaded (it reads the environment once, as it loads).

/** The FORCE_COLOR values that mean "no colour" (Node's and supports-color's reading). */
const FORCE_COLOR_OFF = new Set(['0', 'false']);
/** The TERM of a terminal that understands no escape codes. */
export const DUMB_TERMINAL = 'dumb';

type Env = Readonly<Record<string, string | undefined>>;

/** Make FORCE_COLOR=0 mean "no colour" to picocolors too: call before picocolors is loaded. */
export function normaliseColourEnv(env: Record<string, string | undefined> = process.env): void {
  if (env.FORCE_COLOR === undefined || !FORCE_COLOR_OFF.has(env.FORCE_COLOR.trim().toLowerCase())) return;
  delete env.FORCE_COLOR;
  env.NO_COLOR = '1';
}

/** Whether a stream that is (`isTTY`) or is not a terminal is written in colour under `env`. */
export function colourOn(isTTY: boolean | undefined, env: Env = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return !FORCE_COLOR_OFF.has(env.FORCE_COLOR.trim().toLowerCase());
  return rewritesLines(isTTY, env) || Boolean(env.CI);
}

/** Whether a terminal can have a line rewritten in place (`\r` and erase-line). */
export function rewritesLines(isTTY: boolean | undefined, env: Env = process.env): boolean {
  return Boolean(isTTY) && env.TERM !== DUMB_TERMINAL;
}
