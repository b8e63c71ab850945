// Whether a look put in words is negated (seed S13): "no reset button", "without Z-Wave",
// "doesn't have a touchscreen" describe the models that lack it, not those that have it. The
// negation must stand just before what it negates, an article at most between, so that
// "Z-Wave, no touchscreen" negates the touchscreen alone and "no idea, Z-Wave" negates nothing.

/** The words that negate what follows them, as plain lower-case words ("doesn't" is "doesn t"). */
const NEGATIONS = ['no', 'not', 'without', 'lacks', 'lacking', 'doesn t have', 'doesnt have', 'does not have', 'isn t', 'isnt'];
/** What may stand between a negation and what it negates: at most one of these words. */
const BETWEEN = ['a', 'an', 'the', 'any'];
/** A negation ending the text before what is described ("without a "). */
const NEGATED_BEFORE = new RegExp(String.raw`(?:^| )(?:${NEGATIONS.join('|')})(?: (?:${BETWEEN.join('|')}))? $`);

/** Whether what `text` (plain lower-case words, single-spaced) describes from `at` is negated. */
export function negatedAt(text: string, at: number): boolean {
  return NEGATED_BEFORE.test(text.slice(0, at));
}
