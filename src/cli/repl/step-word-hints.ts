// The scenario language's step words the REPL says otherwise (README, The troubleshooter:
// `lockstep repl`; design/architecture.md, Scenario files): a door, a pack, digits and the bolt
// have commands of their own here (`open`, `pull`, `1357`, `push`), so one who writes scenarios
// types `door open`, `battery out` or `type 1357` first. Such a line is still no command; its
// error names the command that does it.

/** Digits to show when the line gave none. */
const EXAMPLE_DIGITS = '1234';
const DIGITS_ONLY = /^\d+$/;

/** The REPL's way to do what a scenario step word does, for a step word that is no REPL command. */
const REPL_WAY_BY_STEP_WORD: Readonly<Record<string, (args: readonly string[]) => string>> = {
  type: (args) => `digits are typed as they are, e.g. ${args.find((a) => DIGITS_ONLY.test(a)) ?? EXAMPLE_DIGITS}`,
  door: () => 'the door is opened with open and closed with close',
  battery: () => 'the pack is pulled with pull and put in with insert [VOLTS]',
  bolt: () => 'the bolt is pushed with push',
  expect: () => 'the REPL checks nothing itself: state shows the lock now, and record ends the scenario it writes with an expect of it',
};

/** A scenario's step word, as typed (`door`, or `door:` as the file writes it), without its colon. */
function stepWordOf(word: string): string {
  return word.toLowerCase().replace(/:$/, '');
}

/** How the REPL does what the scenario step word `word` does, or null when `word` is no such step word. */
export function replWayOfStepWord(word: string, args: readonly string[]): string | null {
  const step = stepWordOf(word);
  return Object.hasOwn(REPL_WAY_BY_STEP_WORD, step) ? REPL_WAY_BY_STEP_WORD[step]!(args) : null;
}
