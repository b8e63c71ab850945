// What `identify` says of the models ruled out by the look described (seed S13): one line for each
// feature described, naming the models whose profile contradicts it — `Ruled out by "5 buttons":
// homeconnect-620, smartcode-914, smartcode-916.` — so that the owner sees why a model that fits
// the rest of the text is not listed. `lockstep identify` names each by its id, the page's model
// finder by its name.
import type { ModelProfile } from './profile.ts';
import type { RuledOut } from './identify.ts';
import { quoted } from '../printable.ts';

export function ruledOutLines(ruledOut: readonly RuledOut[], nameOf: (model: ModelProfile) => string): string[] {
  const byFeature = new Map<string, string[]>();
  for (const f of ruledOut) {
    for (const label of f.ruledOutBy) byFeature.set(label, [...(byFeature.get(label) ?? []), nameOf(f.model)]);
  }
  return [...byFeature].map(([label, names]) => `Ruled out by ${quoted(label)}: ${names.join(', ')}.`);
}
