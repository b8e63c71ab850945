// What `identify` says of a look put in words that tells no model apart (seed S13): one no model
// has ("No model lockstep knows has Wi-Fi."), or one every model has ("Every model lockstep knows
// has a Program button."). Said negated, the same is said of what is negated: "no Wi-Fi" fits
// every model because none has Wi-Fi, "without a Program button" none because every model has one.
// A feature said both ways ("touchscreen, no, not a touchscreen") is used neither way
// (look-mentions.ts), and that is said too: "\"a touchscreen\" and \"no touchscreen\" were both
// said: neither is used."
// `lockstep identify` and the page's model finder say the same lines.
import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { descriptionsFittingAll, descriptionsFittingNone } from './identify.ts';
import { lookSaidBothWays } from './described-look.ts';
import { normalise } from './model-words.ts';
import { quoted } from '../printable.ts';

export function describedNotes(text: string, models: readonly ModelProfile[] = MODELS): string[] {
  const fitsNone = descriptionsFittingNone(text, models);
  const fitsAll = descriptionsFittingAll(text, models);
  const hadByNone = [...fitsNone.filter((d) => !d.negated), ...fitsAll.filter((d) => d.negated)];
  const hadByAll = [...fitsAll.filter((d) => !d.negated), ...fitsNone.filter((d) => d.negated)];
  const saidBothWays = lookSaidBothWays(normalise(text)).map((said) => `${said.map((d) => quoted(d.label)).join(' and ')} were both said: neither is used.`);
  return [
    ...saidBothWays,
    ...hadByNone.map((d) => `No model lockstep knows has ${d.feature}.`),
    ...hadByAll.map((d) => `Every model lockstep knows has ${d.feature}.`),
  ];
}
