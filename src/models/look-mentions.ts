// A look put in words that names one feature more than once, for `identify` (seed S13). Said the
// same way again ("Z-Wave and also Z-Wave") it is one description, counted once. Said both ways
// ("Z-Wave, no Z-Wave"), or as two counts no lock has at once ("5 buttons and 10 buttons"), with
// no correction word between (a correction takes the later: look-corrections.ts), which was meant
// is not lockstep's to guess: the feature is used neither way, and described-notes.ts says so. A count said not and another said ("not 5 buttons but 10 buttons")
// agree, and both are kept.
import type { Description } from './described-look.ts';

/** Whether two mentions of one kind of feature cannot both be true of a lock: one feature said
 * and said not, or two values of it both said ("5 buttons", "10 buttons"). */
function contradict(a: Description, b: Description): boolean {
  return a.feature === b.feature ? a.negated !== b.negated : !a.negated && !b.negated;
}

/** The mentions of one kind of feature, as they stand in the text: each said once, and whether
 * any two contradict. */
export function sortedMentions(mentions: readonly Description[]): { said: Description[]; contradicted: boolean } {
  const said = mentions.filter((d, i) => mentions.findIndex((e) => e.label === d.label) === i);
  const contradicted = said.some((a, i) => said.slice(i + 1).some((b) => contradict(a, b)));
  return { said, contradicted };
}
