// What `identify` says of a look put in words that tells no model apart (seed S13): one no model
// has ("No model lockstep knows has Wi-Fi."), or one every model has ("Every model lockstep knows
// has a Program button."). Said negated, the same is said of what is negated: "no Wi-Fi" fits
// every model because none has Wi-Fi, "without a Program button" none because every model has one.
// A feature said both ways in one breath ("Z-Wave, no Z-Wave", "5 buttons and 10 buttons") is a
// contradiction, used neither way (look-mentions.ts), and that is said too, with how to correct
// one: "\"5 buttons\" and \"10 buttons\" contradict each other: neither is used; to correct one,
// say \"I mean\" before the right one." A correction ("5 buttons, no, 10 buttons":
// look-corrections.ts) is said as taken: "\"5 buttons\" was corrected to \"10 buttons\": the
// earlier is not used."
// What every model has is graded as the ruled-out lines grade a look (ruled-out-lines.ts): where
// some models' profiles say it only by an assumed value (their `sources` entry, source-grade.ts),
// the note names them — "Every model lockstep knows has a Program button; only an assumed value
// says so of powerbolt-2, powerbolt-264." (product-facts names no Program button for either, §5,
// §7; the others' are documented: K1, K5, M7–M9, M13, M15, seed S12).
// `lockstep identify` and the page's model finder say the same lines, the one naming each model
// by its id, the other by its name.
import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { descriptionsFittingAll, descriptionsFittingNone } from './identify.ts';
import { lookCorrections, lookSaidBothWays, type Description } from './described-look.ts';
import { quoted } from '../printable.ts';

/** The labels of what was said, quoted: "\"5 buttons\" and \"10 buttons\"". */
function saidAll(said: readonly Description[]): string {
  return said.map((d) => quoted(d.label)).join(' and ');
}

/** "Every model lockstep knows has a Program button.", with the models whose profile says so only
 * by an assumed value named after it. */
function hadByAllNote(d: Description, models: readonly ModelProfile[], nameOf: (model: ModelProfile) => string): string {
  const assumedOf = models.filter((m) => d.assumedOf(m)).map(nameOf);
  const graded = assumedOf.length ? `; only an assumed value says so of ${assumedOf.join(', ')}` : '';
  return `Every model lockstep knows has ${d.feature}${graded}.`;
}

export function describedNotes(text: string, nameOf: (model: ModelProfile) => string = (m) => m.id, models: readonly ModelProfile[] = MODELS): string[] {
  const fitsNone = descriptionsFittingNone(text, models);
  const fitsAll = descriptionsFittingAll(text, models);
  const hadByNone = [...fitsNone.filter((d) => !d.negated), ...fitsAll.filter((d) => d.negated)];
  const hadByAll = [...fitsAll.filter((d) => !d.negated), ...fitsNone.filter((d) => d.negated)];
  const saidBothWays = lookSaidBothWays(text).map((said) => `${saidAll(said)} contradict each other: neither is used; to correct one, say "I mean" before the right one.`);
  const corrected = lookCorrections(text).map(({ replaced, by }) => `${saidAll(replaced)} ${replaced.length === 1 ? 'was' : 'were'} corrected to ${saidAll(by)}: the earlier is not used.`);
  return [
    ...corrected,
    ...saidBothWays,
    ...hadByNone.map((d) => `No model lockstep knows has ${d.feature}.`),
    ...hadByAll.map((d) => hadByAllNote(d, models, nameOf)),
  ];
}
