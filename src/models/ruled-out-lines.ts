// What `identify` says of the models ruled out by the look described (seed S13): one line for each
// feature described, naming the models whose profile contradicts it — `Ruled out by "5 buttons":
// smartcode-914, smartcode-916.` — so that the owner sees why a model that fits
// the rest of the text is not listed; and one for each feature that only an assumed value of a
// profile contradicts (no source gives it), naming the models still possible for that — `Not
// ruled out by "Z-Wave", which only an assumed value contradicts: powerbolt-2.` `lockstep
// identify` names each by its id, the page's model finder by its name.
import type { ModelProfile } from './profile.ts';
import type { Identification, RuledOut } from './identify.ts';
import { quoted } from '../printable.ts';

export function ruledOutLines(ruledOut: readonly RuledOut[], nameOf: (model: ModelProfile) => string, found: readonly Identification[] = []): string[] {
  const ruled = byFeature(ruledOut.map((f) => [f.model, f.ruledOutBy]), nameOf);
  const kept = byFeature(found.map((f) => [f.model, f.assumedAgainst ?? []]), nameOf);
  return [
    ...[...ruled].map(([label, names]) => `Ruled out by ${quoted(label)}: ${names.join(', ')}.`),
    ...[...kept].map(([label, names]) => `Not ruled out by ${quoted(label)}, which only an assumed value contradicts: ${names.join(', ')}.`),
  ];
}

/** The names of the models each feature is said of, feature by feature as first met. */
function byFeature(said: ReadonlyArray<readonly [ModelProfile, readonly string[]]>, nameOf: (model: ModelProfile) => string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const [model, labels] of said) {
    for (const label of labels) names.set(label, [...(names.get(label) ?? []), nameOf(model)]);
  }
  return names;
}
